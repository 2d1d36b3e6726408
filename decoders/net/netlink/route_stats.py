"""NETLINK_ROUTE link statistics (RTM_GETSTATS): struct if_stats_msg and
the IFLA_STATS_* attributes (bridge and bond extended statistics, MPLS)."""
from __future__ import annotations

from decoders import Call
from decoders.net.netlink import route_stats_xlat as xl
from decoders.net.netlink.fields import (
    U, Struct, family_message, fetch_text, flags, ifindex, nonzero_x, xval)
from decoders.net.netlink.nlattr import Attrs, decode_af_spec, decode_u64, hex_tail
from decoders.net.netlink.route_link import decode_link_stats64
from decoders.net.netlink.route_link_xlat import NL_BRIDGE_VLAN_FLAGS
from decoders.net.socket_xlat import ADDRESS_FAMILIES
from decoders.render.flags import print_xval
from decoders.render.structs import local_array

AF_MPLS = 28


def _with_tail(layout: Struct, render=None):
    """A structure, then whatever bytes the attribute has past it, in hex."""
    def decoder(call: Call, addr: int, length: int, context=None) -> str | None:
        if length < layout.size:
            return None
        data, failed = fetch_text(call, addr, layout.size)
        if data is None:
            return failed
        text = render(data, call) if render else layout.text(data, call)
        return text + hex_tail(call, addr, length, layout.size)
    return decoder


_VLAN = Struct(
    ("rx_bytes", "Q", U), ("rx_packets", "Q", U), ("tx_bytes", "Q", U),
    ("tx_packets", "Q", U), ("vid", "H", U),
    ("flags", "H", flags(NL_BRIDGE_VLAN_FLAGS, "BRIDGE_VLAN_INFO_???")),
    ("pad2", "I", nonzero_x))
_MCAST_FIELDS = (
    "igmp_v1queries", "igmp_v2queries", "igmp_v3queries", "igmp_leaves", "igmp_v1reports",
    "igmp_v2reports", "igmp_v3reports", "igmp_parse_errors", "mld_v1queries",
    "mld_v2queries", "mld_leaves", "mld_v1reports", "mld_v2reports", "mld_parse_errors",
    "mcast_bytes", "mcast_packets")
_SCALAR_MCAST = ("igmp_parse_errors", "mld_parse_errors")
_MCAST = Struct(*((name, "Q" if name in _SCALAR_MCAST else "2Q", U)
                  for name in _MCAST_FIELDS))


def _mcast(data: bytes, call: Call) -> str:
    """struct br_mcast_stats: most fields are [RX, TX] pairs."""
    items = []
    style = call.opts.xlat_style
    for name in _MCAST_FIELDS:
        value = _MCAST.value(data, name)
        if name in _SCALAR_MCAST:
            items.append("%s=%d" % (name, value))
            continue
        pair = ["[%s]=%d" % (print_xval(i, xl.IFSTATS_XSTATS_BRIDGE_MCAST_INDICES, None,
                                          style, "u"), v) for i, v in enumerate(value)]
        items.append("%s=%s" % (name, local_array(pair, call)))
    return "{" + ", ".join(items) + "}"


_STP = Struct(*((name, "Q", U) for name in (
    "transition_blk", "transition_fwd", "rx_bpdu", "tx_bpdu", "rx_tcn", "tx_tcn")))
_BRIDGE_ATTRS = Attrs(xl.IFSTATS_XSTATS_BRIDGE_ATTRS, "BRIDGE_XSTATS_???", {
    "BRIDGE_XSTATS_VLAN": _with_tail(_VLAN),
    "BRIDGE_XSTATS_MCAST": _with_tail(_MCAST, _mcast),
    "BRIDGE_XSTATS_STP": _with_tail(_STP),
})
_BOND_3AD_ATTRS = Attrs(xl.IFSTATS_XSTATS_BOND_3AD_ATTRS, "BOND_XSTATS_???", {
    value: decode_u64 for value, name in xl.IFSTATS_XSTATS_BOND_3AD_ATTRS
    if name != "BOND_3AD_STAT_PAD"})
_BOND_ATTRS = Attrs(xl.IFSTATS_XSTATS_BOND_ATTRS, "BOND_XSTATS_???", {
    "BOND_XSTATS_3AD": _BOND_3AD_ATTRS,
})
_XSTATS_ATTRS = Attrs(xl.IFSTATS_XSTATS_TYPE_ATTRS, "LINK_XSTATS_TYPE_???", {
    "LINK_XSTATS_TYPE_BRIDGE": _BRIDGE_ATTRS,
    "LINK_XSTATS_TYPE_BOND": _BOND_ATTRS,
})
_OFFLOAD_ATTRS = Attrs(xl.IFSTATS_OFFLOAD_ATTRS, "IFLA_OFFLOAD_XSTATS_???", {
    "IFLA_OFFLOAD_XSTATS_CPU_HIT": decode_link_stats64,
})
_MPLS_LINK = Struct(*((name, "Q", U) for name in (
    "rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors",
    "rx_dropped", "tx_dropped", "rx_noroute")))
_BY_AF = {AF_MPLS: Attrs(xl.IFSTATS_AF_SPEC_MPLS_ATTRS, "MPLS_STATS_???", {
    "MPLS_STATS_LINK": _with_tail(_MPLS_LINK),
})}


def _one_family(call: Call, addr: int, length: int, nla_type: int) -> str:
    return decode_af_spec(call, addr, length, nla_type & 0xFF, _BY_AF)


_ATTRS = Attrs(xl.IFSTATS_ATTRS, "IFLA_STATS_???", {
    "IFLA_STATS_LINK_64": decode_link_stats64,
    "IFLA_STATS_LINK_XSTATS": _XSTATS_ATTRS,
    "IFLA_STATS_LINK_XSTATS_SLAVE": _XSTATS_ATTRS,
    "IFLA_STATS_LINK_OFFLOAD_XSTATS": _OFFLOAD_ATTRS,
    "IFLA_STATS_AF_SPEC": Attrs(ADDRESS_FAMILIES, "AF_???", each=_one_family),
})
_IF_STATS_MSG = Struct(
    ("family", "B", xval(ADDRESS_FAMILIES, "AF_???")), ("pad1", "B", nonzero_x),
    ("pad2", "H", nonzero_x), ("ifindex", "I", ifindex),
    ("filter_mask", "I", flags(xl.IFSTATS_ATTR_FLAGS, "1<<IFLA_STATS_???")))
decode_ifstatsmsg = family_message(_IF_STATS_MSG, _ATTRS)
