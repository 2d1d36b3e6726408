"""Tables for decoders/net/netlink/route_tc.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

RTNL_TC_ATTRS = (
    (0, 'TCA_UNSPEC'),
    (0x1, 'TCA_KIND'),
    (0x2, 'TCA_OPTIONS'),
    (0x3, 'TCA_STATS'),
    (0x4, 'TCA_XSTATS'),
    (0x5, 'TCA_RATE'),
    (0x6, 'TCA_FCNT'),
    (0x7, 'TCA_STATS2'),
    (0x8, 'TCA_STAB'),
    (0x9, 'TCA_PAD'),
    (0xa, 'TCA_DUMP_INVISIBLE'),
    (0xb, 'TCA_CHAIN'),
    (0xc, 'TCA_HW_OFFLOAD'),
    (0xd, 'TCA_INGRESS_BLOCK'),
    (0xe, 'TCA_EGRESS_BLOCK'),
    (0xf, 'TCA_DUMP_FLAGS'),
)

RTNL_TCA_STATS_ATTRS = (
    (0, 'TCA_STATS_UNSPEC'),
    (0x1, 'TCA_STATS_BASIC'),
    (0x2, 'TCA_STATS_RATE_EST'),
    (0x3, 'TCA_STATS_QUEUE'),
    (0x4, 'TCA_STATS_APP'),
    (0x5, 'TCA_STATS_RATE_EST64'),
    (0x6, 'TCA_STATS_PAD'),
    (0x7, 'TCA_STATS_BASIC_HW'),
    (0x8, 'TCA_STATS_PKT64'),
)

RTNL_TCA_STAB_ATTRS = (
    (0, 'TCA_STAB_UNSPEC'),
    (0x1, 'TCA_STAB_BASE'),
    (0x2, 'TCA_STAB_DATA'),
)

RTNL_TC_ACTION_ATTRS = (
    (0, 'TCA_ACT_UNSPEC'),
    (0x1, 'TCA_ACT_KIND'),
    (0x2, 'TCA_ACT_OPTIONS'),
    (0x3, 'TCA_ACT_INDEX'),
    (0x4, 'TCA_ACT_STATS'),
    (0x5, 'TCA_ACT_PAD'),
    (0x6, 'TCA_ACT_COOKIE'),
    (0x7, 'TCA_ACT_FLAGS'),
    (0x8, 'TCA_ACT_HW_STATS'),
    (0x9, 'TCA_ACT_USED_HW_STATS'),
    (0xa, 'TCA_ACT_IN_HW_COUNT'),
)

RTNL_TCA_ACT_FLAGS = (
    (0x1, 'TCA_ACT_FLAGS_NO_PERCPU_STATS'),
    (0x2, 'TCA_ACT_FLAGS_SKIP_HW'),
    (0x4, 'TCA_ACT_FLAGS_SKIP_SW'),
)

RTNL_TCA_ACT_HW_STATS = (
    (0x1, 'TCA_ACT_HW_STATS_IMMEDIATE'),
    (0x2, 'TCA_ACT_HW_STATS_DELAYED'),
)
