"""Tables for decoders/net/netlink/route_neigh.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

RTNL_NEIGH_ATTRS = (
    (0, 'NDA_UNSPEC'),
    (0x1, 'NDA_DST'),
    (0x2, 'NDA_LLADDR'),
    (0x3, 'NDA_CACHEINFO'),
    (0x4, 'NDA_PROBES'),
    (0x5, 'NDA_VLAN'),
    (0x6, 'NDA_PORT'),
    (0x7, 'NDA_VNI'),
    (0x8, 'NDA_IFINDEX'),
    (0x9, 'NDA_MASTER'),
    (0xa, 'NDA_LINK_NETNSID'),
    (0xb, 'NDA_SRC_VNI'),
    (0xc, 'NDA_PROTOCOL'),
    (0xd, 'NDA_NH_ID'),
    (0xe, 'NDA_FDB_EXT_ATTRS'),
    (0xf, 'NDA_FLAGS_EXT'),
    (0x10, 'NDA_NDM_STATE_MASK'),
    (0x11, 'NDA_NDM_FLAGS_MASK'),
)

RTNL_NEIGH_FDB_EXT_ATTRS = (
    (0, 'NFEA_UNSPEC'),
    (0x1, 'NFEA_ACTIVITY_NOTIFY'),
    (0x2, 'NFEA_DONT_REFRESH'),
)

FDB_NOTIFY_FLAGS = (
    (0x1, 'FDB_NOTIFY_BIT'),
    (0x2, 'FDB_NOTIFY_INACTIVE_BIT'),
)

NEIGHBOR_CACHE_ENTRY_EXT_FLAGS = (
    (0x1, 'NTF_EXT_MANAGED'),
)

NEIGHBOR_CACHE_ENTRY_STATES = (
    (0, 'NUD_NONE'),
    (0x1, 'NUD_INCOMPLETE'),
    (0x2, 'NUD_REACHABLE'),
    (0x4, 'NUD_STALE'),
    (0x8, 'NUD_DELAY'),
    (0x10, 'NUD_PROBE'),
    (0x20, 'NUD_FAILED'),
    (0x40, 'NUD_NOARP'),
    (0x80, 'NUD_PERMANENT'),
)

NEIGHBOR_CACHE_ENTRY_FLAGS = (
    (0x1, 'NTF_USE'),
    (0x2, 'NTF_SELF'),
    (0x4, 'NTF_MASTER'),
    (0x8, 'NTF_PROXY'),
    (0x10, 'NTF_EXT_LEARNED'),
    (0x20, 'NTF_OFFLOADED'),
    (0x40, 'NTF_STICKY'),
    (0x80, 'NTF_ROUTER'),
)

RTNL_NEIGHTBL_ATTRS = (
    (0, 'NDTA_UNSPEC'),
    (0x1, 'NDTA_NAME'),
    (0x2, 'NDTA_THRESH1'),
    (0x3, 'NDTA_THRESH2'),
    (0x4, 'NDTA_THRESH3'),
    (0x5, 'NDTA_CONFIG'),
    (0x6, 'NDTA_PARMS'),
    (0x7, 'NDTA_STATS'),
    (0x8, 'NDTA_GC_INTERVAL'),
    (0x9, 'NDTA_PAD'),
)

RTNL_NEIGHTBL_PARMS_ATTRS = (
    (0, 'NDTPA_UNSPEC'),
    (0x1, 'NDTPA_IFINDEX'),
    (0x2, 'NDTPA_REFCNT'),
    (0x3, 'NDTPA_REACHABLE_TIME'),
    (0x4, 'NDTPA_BASE_REACHABLE_TIME'),
    (0x5, 'NDTPA_RETRANS_TIME'),
    (0x6, 'NDTPA_GC_STALETIME'),
    (0x7, 'NDTPA_DELAY_PROBE_TIME'),
    (0x8, 'NDTPA_QUEUE_LEN'),
    (0x9, 'NDTPA_APP_PROBES'),
    (0xa, 'NDTPA_UCAST_PROBES'),
    (0xb, 'NDTPA_MCAST_PROBES'),
    (0xc, 'NDTPA_ANYCAST_DELAY'),
    (0xd, 'NDTPA_PROXY_DELAY'),
    (0xe, 'NDTPA_PROXY_QLEN'),
    (0xf, 'NDTPA_LOCKTIME'),
    (0x10, 'NDTPA_QUEUE_LENBYTES'),
    (0x11, 'NDTPA_MCAST_REPROBES'),
    (0x12, 'NDTPA_PAD'),
    (0x13, 'NDTPA_INTERVAL_PROBE_TIME_MS'),
)
