"""NETLINK_ROUTE traffic control: struct tcmsg (qdiscs, classes, filters,
chains) and struct tcamsg (actions), with their statistics."""
from __future__ import annotations

import struct

from decoders.net.netlink import route_tc_xlat as xl
from decoders.net.netlink.fields import D, U, Struct, family_message, family_only, ifindex, xval
from decoders.net.netlink.nlattr import (
    Attrs, array_of, decode_str, decode_u8, decode_u32, decode_u64, nla_flags, struct_decoder)
from decoders.net.socket_xlat import ADDRESS_FAMILIES

# struct tc_stats up to backlog: its tail padding is not part of the attribute
_TC_STATS = Struct(
    ("bytes", "Q", U), ("packets", "I", U), ("drops", "I", U), ("overlimits", "I", U),
    ("bps", "I", U), ("pps", "I", U), ("qlen", "I", U), ("backlog", "I", U))
_ESTIMATOR = Struct(("interval", "b", D), ("ewma_log", "B", U))
_BASIC = Struct(("bytes", "Q", U), ("packets", "I", U))
_RATE_EST = Struct(("bps", "I", U), ("pps", "I", U))
_QUEUE = Struct(("qlen", "I", U), ("backlog", "I", U), ("drops", "I", U),
                ("requeues", "I", U), ("overlimits", "I", U))
_RATE_EST64 = Struct(("bps", "Q", U), ("pps", "Q", U))
_SIZESPEC = Struct(
    ("cell_log", "B", U), ("size_log", "B", U), ("cell_align", "h", D), ("overhead", "i", D),
    ("linklayer", "I", U), ("mpu", "I", U), ("mtu", "I", U), ("tsize", "I", U))

STATS_ATTRS = Attrs(xl.RTNL_TCA_STATS_ATTRS, "TCA_STATS_???", {
    "TCA_STATS_BASIC": struct_decoder(_BASIC),
    "TCA_STATS_RATE_EST": struct_decoder(_RATE_EST),
    "TCA_STATS_QUEUE": struct_decoder(_QUEUE),
    "TCA_STATS_RATE_EST64": struct_decoder(_RATE_EST64),
    "TCA_STATS_BASIC_HW": struct_decoder(_BASIC),
    "TCA_STATS_PKT64": decode_u64,
})
_STAB_ATTRS = Attrs(xl.RTNL_TCA_STAB_ATTRS, "TCA_STAB_???", {
    "TCA_STAB_BASE": struct_decoder(_SIZESPEC),
    "TCA_STAB_DATA": array_of(2, lambda chunk, call: str(struct.unpack("<H", chunk)[0])),
})
_TC_ATTRS = Attrs(xl.RTNL_TC_ATTRS, "TCA_???", {
    "TCA_KIND": decode_str,
    "TCA_STATS": struct_decoder(_TC_STATS),
    "TCA_RATE": struct_decoder(_ESTIMATOR),
    "TCA_FCNT": decode_u32,
    "TCA_STATS2": STATS_ATTRS,
    "TCA_STAB": _STAB_ATTRS,
    "TCA_CHAIN": decode_u32,
    "TCA_HW_OFFLOAD": decode_u8,
    "TCA_INGRESS_BLOCK": decode_u32,
    "TCA_EGRESS_BLOCK": decode_u32,
    "TCA_DUMP_FLAGS": decode_u32,
})
_TCMSG = Struct(
    ("tcm_family", "B", xval(ADDRESS_FAMILIES, "AF_???")), ("pad", "3x", None),
    ("tcm_ifindex", "i", ifindex), ("tcm_handle", "I", U), ("tcm_parent", "I", U),
    ("tcm_info", "I", U))
decode_tcmsg = family_message(_TCMSG, _TC_ATTRS)

_HW_STATS = nla_flags(xl.RTNL_TCA_ACT_HW_STATS, "TCA_ACT_HW_STATS_???", 4)
_ACTION_ATTRS = Attrs(xl.RTNL_TC_ACTION_ATTRS, "TCA_ACT_???", {
    "TCA_ACT_KIND": decode_str,
    "TCA_ACT_INDEX": decode_u32,
    "TCA_ACT_STATS": STATS_ATTRS,
    "TCA_ACT_FLAGS": nla_flags(xl.RTNL_TCA_ACT_FLAGS, "TCA_ACT_FLAGS_???", 4),
    "TCA_ACT_HW_STATS": _HW_STATS,
    "TCA_ACT_USED_HW_STATS": _HW_STATS,
    "TCA_ACT_IN_HW_COUNT": decode_u32,
})
decode_tcamsg = family_only("tca_family", _ACTION_ATTRS, size=4)
