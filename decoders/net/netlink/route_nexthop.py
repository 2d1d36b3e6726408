"""NETLINK_ROUTE next hops: struct nhmsg and NHA_* attributes (groups,
resilient group buckets)."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink import route_xlat as xl
from decoders.net.netlink.fields import (
    Struct, family_message, flags, nonzero_x, xval)
from decoders.net.netlink.nlattr import (
    Attrs, array_of, decode_clock_t, decode_ifindex, decode_u16, decode_u32, nla_xval)
from decoders.net.netlink.route_route import address_of_family, decode_lwt_encap_type
from decoders.net.socket_xlat import ADDRESS_FAMILIES

_GROUP = struct.Struct("<IBBH")


def _group(chunk: bytes, call: Call) -> str:
    group_id, weight, resvd1, resvd2 = _GROUP.unpack(chunk)
    text = "{id=%d, weight=%d" % (group_id, weight)
    if resvd1:
        text += ", resvd1=%#x" % resvd1
    if resvd2:
        text += ", resvd2=%#x" % resvd2
    return text + "}"


_RES_GROUP_ATTRS = Attrs(xl.RTNL_NHA_RES_GROUP_ATTRS, "NHA_RES_GROUP_???", {
    "NHA_RES_GROUP_BUCKETS": decode_u16,
    "NHA_RES_GROUP_IDLE_TIMER": decode_clock_t,
    "NHA_RES_GROUP_UNBALANCED_TIMER": decode_clock_t,
    "NHA_RES_GROUP_UNBALANCED_TIME": decode_clock_t,
})
_RES_BUCKET_ATTRS = Attrs(xl.RTNL_NHA_RES_BUCKET_ATTRS, "NHA_RES_BUCKET_???", {
    "NHA_RES_BUCKET_INDEX": decode_u16,
    "NHA_RES_BUCKET_IDLE_TIME": decode_clock_t,
    "NHA_RES_BUCKET_NH_ID": decode_u32,
})
_ATTRS = Attrs(xl.RTNL_NEXTHOP_ATTRS, "NHA_???", {
    "NHA_ID": decode_u32,
    "NHA_GROUP": array_of(_GROUP.size, _group),
    "NHA_GROUP_TYPE": nla_xval(xl.RTNL_NEXTHOP_GRP_TYPES, "NEXTHOP_GRP_TYPE_???", 2),
    "NHA_BLACKHOLE": decode_u32,
    "NHA_OIF": decode_ifindex,
    "NHA_GATEWAY": address_of_family,
    "NHA_ENCAP_TYPE": decode_lwt_encap_type,
    "NHA_GROUPS": decode_u32,
    "NHA_MASTER": decode_ifindex,
    "NHA_FDB": decode_u32,
    "NHA_RES_GROUP": _RES_GROUP_ATTRS,
    "NHA_RES_BUCKET": _RES_BUCKET_ATTRS,
})
_NHMSG = Struct(
    ("nh_family", "B", xval(ADDRESS_FAMILIES, "AF_???")),
    ("nh_scope", "B", xval(xl.ROUTING_SCOPES, None)),
    ("nh_protocol", "B", xval(xl.ROUTING_PROTOCOLS, "RTPROT_???")),
    ("resvd", "B", nonzero_x), ("nh_flags", "I", flags(xl.ROUTE_NEXTHOP_FLAGS, "RTNH_F_???")))
decode_nhmsg = family_message(_NHMSG, _ATTRS)
