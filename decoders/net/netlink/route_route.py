"""NETLINK_ROUTE routes: struct rtmsg and its RTA_* attributes (metrics,
multipath next hops...), and the small decoders other route messages share
(routing tables, protocols, tunnel encapsulations)."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink import route_xlat as xl
from decoders.net.netlink.fields import (
    U, X, Struct, align4, family_message, fetch_text, flags, ifindex, xval)
from decoders.net.netlink.nlattr import (
    Attrs, decode_ifindex, decode_inet_addr, decode_str, decode_u8, decode_u16, decode_u32,
    decode_u64, struct_decoder, xval_of)
from decoders.net.socket_xlat import ADDRESS_FAMILIES
from decoders.render.strings import hex_address

decode_rt_class = xval_of("<I", xl.ROUTING_TABLE_IDS, None)
decode_rt_proto = xval_of("<B", xl.ROUTING_PROTOCOLS, "RTPROT_???")
decode_lwt_encap_type = xval_of("<H", xl.LWTUNNEL_ENCAP_TYPES, "LWTUNNEL_ENCAP_???")


def address_of_family(call: Call, addr: int, length: int, context: bytes) -> str:
    """An address of the family in the message's first byte."""
    return decode_inet_addr(call, addr, length, context[0])


_METRICS = Attrs(xl.RTNL_RTA_METRICS_ATTRS, "RTAX_???", dict(
    {name: decode_u32 for name in (
        "RTAX_LOCK", "RTAX_MTU", "RTAX_WINDOW", "RTAX_RTT", "RTAX_RTTVAR", "RTAX_SSTHRESH",
        "RTAX_CWND", "RTAX_ADVMSS", "RTAX_REORDERING", "RTAX_HOPLIMIT", "RTAX_INITCWND",
        "RTAX_FEATURES", "RTAX_RTO_MIN", "RTAX_INITRWND", "RTAX_QUICKACK")},
    RTAX_CC_ALGO=decode_str))
_CACHEINFO = Struct(
    ("rta_clntref", "I", U), ("rta_lastuse", "I", U), ("rta_expires", "I", U),
    ("rta_error", "I", U), ("rta_used", "I", U), ("rta_id", "I", X), ("rta_ts", "I", U),
    ("rta_tsage", "I", U))
_MFC_STATS = Struct(("mfcs_packets", "Q", U), ("mfcs_bytes", "Q", U),
                    ("mfcs_wrong_if", "Q", U))
_NEXTHOP = Struct(
    ("rtnh_len", "H", U), ("rtnh_flags", "B", flags(xl.ROUTE_NEXTHOP_FLAGS, "RTNH_F_???")),
    ("rtnh_hops", "B", U), ("rtnh_ifindex", "i", ifindex))
_FAMILY = xval(ADDRESS_FAMILIES, "AF_???")


def _rtvia(call: Call, addr: int, length: int, context=None) -> str | None:
    """struct rtvia: a family, and an address of it."""
    if length < 2:
        return None
    data, failed = fetch_text(call, addr, 2)
    if data is None:
        return failed
    family = struct.unpack("<H", data)[0]
    text = "{rtvia_family=" + _FAMILY(family, call)
    if length > 2:
        text += ", " + decode_inet_addr(call, addr + 2, length - 2, family, "rtvia_addr")
    return text + "}"


def _multipath(call: Call, addr: int, length: int, context=None) -> str | None:
    """RTA_MULTIPATH: struct rtnexthop, each followed by its own attributes."""
    if length < _NEXTHOP.size:
        return None
    parts = []
    is_array = False
    cur, left = addr, length
    while True:
        data = call.mem.read(cur, _NEXTHOP.size)
        if data is None:
            # strace prints the address right after the previous hop
            if parts:
                parts[-1] += hex_address(cur)
            else:
                parts.append(hex_address(cur))
            break
        nh_len = _NEXTHOP.value(data, "rtnh_len")
        shown = min(left, nh_len)
        if cur == addr and nh_len < length:
            is_array = True
        text = _NEXTHOP.text(data, call)
        if shown > _NEXTHOP.size:
            text = "[%s, %s]" % (text, ROUTE_ATTRS.decode(call, cur + _NEXTHOP.size,
                                                         shown - _NEXTHOP.size, context))
        parts.append(text)
        step = align4(shown)
        if step >= left or not step:
            break
        cur += step
        left -= step
    return "[" + ", ".join(parts) + "]" if is_array else ", ".join(parts)


ROUTE_ATTRS = Attrs(xl.RTNL_ROUTE_ATTRS, "RTA_???", {
    "RTA_DST": address_of_family,
    "RTA_SRC": address_of_family,
    "RTA_IIF": decode_ifindex,
    "RTA_OIF": decode_ifindex,
    "RTA_GATEWAY": address_of_family,
    "RTA_PRIORITY": decode_u32,
    "RTA_PREFSRC": address_of_family,
    "RTA_METRICS": _METRICS,
    "RTA_MULTIPATH": _multipath,
    "RTA_PROTOINFO": decode_u32,
    "RTA_FLOW": decode_u32,
    "RTA_CACHEINFO": struct_decoder(_CACHEINFO),
    "RTA_MP_ALGO": decode_u32,
    "RTA_TABLE": decode_rt_class,
    "RTA_MARK": decode_u32,
    "RTA_MFC_STATS": struct_decoder(_MFC_STATS),
    "RTA_VIA": _rtvia,
    "RTA_NEWDST": address_of_family,
    "RTA_PREF": decode_u8,
    "RTA_ENCAP_TYPE": decode_lwt_encap_type,
    "RTA_EXPIRES": decode_u64,
    "RTA_UID": decode_u32,
    "RTA_TTL_PROPAGATE": decode_u8,
    "RTA_IP_PROTO": decode_u8,
    "RTA_SPORT": decode_u16,
    "RTA_DPORT": decode_u16,
})

_RTMSG = Struct(
    ("rtm_family", "B", _FAMILY), ("rtm_dst_len", "B", U), ("rtm_src_len", "B", U),
    ("rtm_tos", "B", flags(xl.IP_TYPE_OF_SERVICES, "IPTOS_TOS_???")),
    ("rtm_table", "B", xval(xl.ROUTING_TABLE_IDS, None)),
    ("rtm_protocol", "B", xval(xl.ROUTING_PROTOCOLS, "RTPROT_???")),
    ("rtm_scope", "B", xval(xl.ROUTING_SCOPES, None)),
    ("rtm_type", "B", xval(xl.ROUTING_TYPES, "RTN_???")),
    ("rtm_flags", "I", flags(xl.ROUTING_FLAGS, "RTM_F_???")))

decode_rtmsg = family_message(_RTMSG, ROUTE_ATTRS)
