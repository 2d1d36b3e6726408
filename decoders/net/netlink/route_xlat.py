"""Tables for decoders/net/netlink/route.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

NL_ROUTE_TYPES = (
    (0x10, 'RTM_NEWLINK'),
    (0x11, 'RTM_DELLINK'),
    (0x12, 'RTM_GETLINK'),
    (0x13, 'RTM_SETLINK'),
    (0x14, 'RTM_NEWADDR'),
    (0x15, 'RTM_DELADDR'),
    (0x16, 'RTM_GETADDR'),
    (0x18, 'RTM_NEWROUTE'),
    (0x19, 'RTM_DELROUTE'),
    (0x1a, 'RTM_GETROUTE'),
    (0x1c, 'RTM_NEWNEIGH'),
    (0x1d, 'RTM_DELNEIGH'),
    (0x1e, 'RTM_GETNEIGH'),
    (0x20, 'RTM_NEWRULE'),
    (0x21, 'RTM_DELRULE'),
    (0x22, 'RTM_GETRULE'),
    (0x24, 'RTM_NEWQDISC'),
    (0x25, 'RTM_DELQDISC'),
    (0x26, 'RTM_GETQDISC'),
    (0x28, 'RTM_NEWTCLASS'),
    (0x29, 'RTM_DELTCLASS'),
    (0x2a, 'RTM_GETTCLASS'),
    (0x2c, 'RTM_NEWTFILTER'),
    (0x2d, 'RTM_DELTFILTER'),
    (0x2e, 'RTM_GETTFILTER'),
    (0x30, 'RTM_NEWACTION'),
    (0x31, 'RTM_DELACTION'),
    (0x32, 'RTM_GETACTION'),
    (0x34, 'RTM_NEWPREFIX'),
    (0x3a, 'RTM_GETMULTICAST'),
    (0x3e, 'RTM_GETANYCAST'),
    (0x40, 'RTM_NEWNEIGHTBL'),
    (0x42, 'RTM_GETNEIGHTBL'),
    (0x43, 'RTM_SETNEIGHTBL'),
    (0x44, 'RTM_NEWNDUSEROPT'),
    (0x48, 'RTM_NEWADDRLABEL'),
    (0x49, 'RTM_DELADDRLABEL'),
    (0x4a, 'RTM_GETADDRLABEL'),
    (0x4e, 'RTM_GETDCB'),
    (0x4f, 'RTM_SETDCB'),
    (0x50, 'RTM_NEWNETCONF'),
    (0x51, 'RTM_DELNETCONF'),
    (0x52, 'RTM_GETNETCONF'),
    (0x54, 'RTM_NEWMDB'),
    (0x55, 'RTM_DELMDB'),
    (0x56, 'RTM_GETMDB'),
    (0x58, 'RTM_NEWNSID'),
    (0x59, 'RTM_DELNSID'),
    (0x5a, 'RTM_GETNSID'),
    (0x5c, 'RTM_NEWSTATS'),
    (0x5e, 'RTM_GETSTATS'),
    (0x60, 'RTM_NEWCACHEREPORT'),
    (0x64, 'RTM_NEWCHAIN'),
    (0x65, 'RTM_DELCHAIN'),
    (0x66, 'RTM_GETCHAIN'),
    (0x68, 'RTM_NEWNEXTHOP'),
    (0x69, 'RTM_DELNEXTHOP'),
    (0x6a, 'RTM_GETNEXTHOP'),
    (0x6c, 'RTM_NEWLINKPROP'),
    (0x6d, 'RTM_DELLINKPROP'),
    (0x6e, 'RTM_GETLINKPROP'),
    (0x70, 'RTM_NEWVLAN'),
    (0x71, 'RTM_DELVLAN'),
    (0x72, 'RTM_GETVLAN'),
    (0x74, 'RTM_NEWNEXTHOPBUCKET'),
    (0x75, 'RTM_DELNEXTHOPBUCKET'),
    (0x76, 'RTM_GETNEXTHOPBUCKET'),
)

RTNL_FAMILY = (
    (0x80, 'RTNL_FAMILY_IPMR'),
    (0x81, 'RTNL_FAMILY_IP6MR'),
)

ROUTING_SCOPES = (
    (0, 'RT_SCOPE_UNIVERSE'),
    (0xc8, 'RT_SCOPE_SITE'),
    (0xfd, 'RT_SCOPE_LINK'),
    (0xfe, 'RT_SCOPE_HOST'),
    (0xff, 'RT_SCOPE_NOWHERE'),
)

ROUTING_TABLE_IDS = (
    (0, 'RT_TABLE_UNSPEC'),
    (0xfc, 'RT_TABLE_COMPAT'),
    (0xfd, 'RT_TABLE_DEFAULT'),
    (0xfe, 'RT_TABLE_MAIN'),
    (0xff, 'RT_TABLE_LOCAL'),
)

ROUTING_PROTOCOLS = (
    (0, 'RTPROT_UNSPEC'),
    (0x1, 'RTPROT_REDIRECT'),
    (0x2, 'RTPROT_KERNEL'),
    (0x3, 'RTPROT_BOOT'),
    (0x4, 'RTPROT_STATIC'),
    (0x8, 'RTPROT_GATED'),
    (0x9, 'RTPROT_RA'),
    (0xa, 'RTPROT_MRT'),
    (0xb, 'RTPROT_ZEBRA'),
    (0xc, 'RTPROT_BIRD'),
    (0xd, 'RTPROT_DNROUTED'),
    (0xe, 'RTPROT_XORP'),
    (0xf, 'RTPROT_NTK'),
    (0x10, 'RTPROT_DHCP'),
    (0x11, 'RTPROT_MROUTED'),
    (0x12, 'RTPROT_KEEPALIVED'),
    (0x2a, 'RTPROT_BABEL'),
    (0x63, 'RTPROT_OPENR'),
    (0xba, 'RTPROT_BGP'),
    (0xbb, 'RTPROT_ISIS'),
    (0xbc, 'RTPROT_OSPF'),
    (0xbd, 'RTPROT_RIP'),
    (0xc0, 'RTPROT_EIGRP'),
)

ROUTING_TYPES = (
    (0, 'RTN_UNSPEC'),
    (0x1, 'RTN_UNICAST'),
    (0x2, 'RTN_LOCAL'),
    (0x3, 'RTN_BROADCAST'),
    (0x4, 'RTN_ANYCAST'),
    (0x5, 'RTN_MULTICAST'),
    (0x6, 'RTN_BLACKHOLE'),
    (0x7, 'RTN_UNREACHABLE'),
    (0x8, 'RTN_PROHIBIT'),
    (0x9, 'RTN_THROW'),
    (0xa, 'RTN_NAT'),
    (0xb, 'RTN_XRESOLVE'),
)

ROUTING_FLAGS = (
    (0x100, 'RTM_F_NOTIFY'),
    (0x200, 'RTM_F_CLONED'),
    (0x400, 'RTM_F_EQUALIZE'),
    (0x800, 'RTM_F_PREFIX'),
    (0x1000, 'RTM_F_LOOKUP_TABLE'),
    (0x2000, 'RTM_F_FIB_MATCH'),
    (0x4000, 'RTM_F_OFFLOAD'),
    (0x8000, 'RTM_F_TRAP'),
    (0x20000000, 'RTM_F_OFFLOAD_FAILED'),
)

IP_TYPE_OF_SERVICES = (
    (0x10, 'IPTOS_LOWDELAY'),
    (0x8, 'IPTOS_THROUGHPUT'),
    (0x4, 'IPTOS_RELIABILITY'),
    (0x2, 'IPTOS_MINCOST'),
)

ROUTE_NEXTHOP_FLAGS = (
    (0x1, 'RTNH_F_DEAD'),
    (0x2, 'RTNH_F_PERVASIVE'),
    (0x4, 'RTNH_F_ONLINK'),
    (0x8, 'RTNH_F_OFFLOAD'),
    (0x10, 'RTNH_F_LINKDOWN'),
    (0x20, 'RTNH_F_UNRESOLVED'),
    (0x40, 'RTNH_F_TRAP'),
)

LWTUNNEL_ENCAP_TYPES = (
    (0, 'LWTUNNEL_ENCAP_NONE'),
    (0x1, 'LWTUNNEL_ENCAP_MPLS'),
    (0x2, 'LWTUNNEL_ENCAP_IP'),
    (0x3, 'LWTUNNEL_ENCAP_ILA'),
    (0x4, 'LWTUNNEL_ENCAP_IP6'),
    (0x5, 'LWTUNNEL_ENCAP_SEG6'),
    (0x6, 'LWTUNNEL_ENCAP_BPF'),
    (0x7, 'LWTUNNEL_ENCAP_SEG6_LOCAL'),
    (0x8, 'LWTUNNEL_ENCAP_RPL'),
)

RTNL_ROUTE_ATTRS = (
    (0, 'RTA_UNSPEC'),
    (0x1, 'RTA_DST'),
    (0x2, 'RTA_SRC'),
    (0x3, 'RTA_IIF'),
    (0x4, 'RTA_OIF'),
    (0x5, 'RTA_GATEWAY'),
    (0x6, 'RTA_PRIORITY'),
    (0x7, 'RTA_PREFSRC'),
    (0x8, 'RTA_METRICS'),
    (0x9, 'RTA_MULTIPATH'),
    (0xa, 'RTA_PROTOINFO'),
    (0xb, 'RTA_FLOW'),
    (0xc, 'RTA_CACHEINFO'),
    (0xd, 'RTA_SESSION'),
    (0xe, 'RTA_MP_ALGO'),
    (0xf, 'RTA_TABLE'),
    (0x10, 'RTA_MARK'),
    (0x11, 'RTA_MFC_STATS'),
    (0x12, 'RTA_VIA'),
    (0x13, 'RTA_NEWDST'),
    (0x14, 'RTA_PREF'),
    (0x15, 'RTA_ENCAP_TYPE'),
    (0x16, 'RTA_ENCAP'),
    (0x17, 'RTA_EXPIRES'),
    (0x18, 'RTA_PAD'),
    (0x19, 'RTA_UID'),
    (0x1a, 'RTA_TTL_PROPAGATE'),
    (0x1b, 'RTA_IP_PROTO'),
    (0x1c, 'RTA_SPORT'),
    (0x1d, 'RTA_DPORT'),
    (0x1e, 'RTA_NH_ID'),
)

RTNL_RTA_METRICS_ATTRS = (
    (0, 'RTAX_UNSPEC'),
    (0x1, 'RTAX_LOCK'),
    (0x2, 'RTAX_MTU'),
    (0x3, 'RTAX_WINDOW'),
    (0x4, 'RTAX_RTT'),
    (0x5, 'RTAX_RTTVAR'),
    (0x6, 'RTAX_SSTHRESH'),
    (0x7, 'RTAX_CWND'),
    (0x8, 'RTAX_ADVMSS'),
    (0x9, 'RTAX_REORDERING'),
    (0xa, 'RTAX_HOPLIMIT'),
    (0xb, 'RTAX_INITCWND'),
    (0xc, 'RTAX_FEATURES'),
    (0xd, 'RTAX_RTO_MIN'),
    (0xe, 'RTAX_INITRWND'),
    (0xf, 'RTAX_QUICKACK'),
    (0x10, 'RTAX_CC_ALGO'),
    (0x11, 'RTAX_FASTOPEN_NO_COOKIE'),
)

RTNL_ADDR_ATTRS = (
    (0, 'IFA_UNSPEC'),
    (0x1, 'IFA_ADDRESS'),
    (0x2, 'IFA_LOCAL'),
    (0x3, 'IFA_LABEL'),
    (0x4, 'IFA_BROADCAST'),
    (0x5, 'IFA_ANYCAST'),
    (0x6, 'IFA_CACHEINFO'),
    (0x7, 'IFA_MULTICAST'),
    (0x8, 'IFA_FLAGS'),
    (0x9, 'IFA_RT_PRIORITY'),
    (0xa, 'IFA_TARGET_NETNSID'),
    (0xb, 'IFA_PROTO'),
)

IFADDRFLAGS = (
    (0x1, 'IFA_F_SECONDARY'),
    (0x2, 'IFA_F_NODAD'),
    (0x4, 'IFA_F_OPTIMISTIC'),
    (0x8, 'IFA_F_DADFAILED'),
    (0x10, 'IFA_F_HOMEADDRESS'),
    (0x20, 'IFA_F_DEPRECATED'),
    (0x40, 'IFA_F_TENTATIVE'),
    (0x80, 'IFA_F_PERMANENT'),
    (0x100, 'IFA_F_MANAGETEMPADDR'),
    (0x200, 'IFA_F_NOPREFIXROUTE'),
    (0x400, 'IFA_F_MCAUTOJOIN'),
    (0x800, 'IFA_F_STABLE_PRIVACY'),
)

RTNL_ADDRLABEL_ATTRS = (
    (0x1, 'IFAL_ADDRESS'),
    (0x2, 'IFAL_LABEL'),
)

RTNL_RULE_ATTRS = (
    (0, 'FRA_UNSPEC'),
    (0x1, 'FRA_DST'),
    (0x2, 'FRA_SRC'),
    (0x3, 'FRA_IIFNAME'),
    (0x4, 'FRA_GOTO'),
    (0x5, 'FRA_UNUSED2'),
    (0x6, 'FRA_PRIORITY'),
    (0x7, 'FRA_UNUSED3'),
    (0x8, 'FRA_UNUSED4'),
    (0x9, 'FRA_UNUSED5'),
    (0xa, 'FRA_FWMARK'),
    (0xb, 'FRA_FLOW'),
    (0xc, 'FRA_TUN_ID'),
    (0xd, 'FRA_SUPPRESS_IFGROUP'),
    (0xe, 'FRA_SUPPRESS_PREFIXLEN'),
    (0xf, 'FRA_TABLE'),
    (0x10, 'FRA_FWMASK'),
    (0x11, 'FRA_OIFNAME'),
    (0x12, 'FRA_PAD'),
    (0x13, 'FRA_L3MDEV'),
    (0x14, 'FRA_UID_RANGE'),
    (0x15, 'FRA_PROTOCOL'),
    (0x16, 'FRA_IP_PROTO'),
    (0x17, 'FRA_SPORT_RANGE'),
    (0x18, 'FRA_DPORT_RANGE'),
)

FIB_RULE_ACTIONS = (
    (0, 'FR_ACT_UNSPEC'),
    (0x1, 'FR_ACT_TO_TBL'),
    (0x2, 'FR_ACT_GOTO'),
    (0x3, 'FR_ACT_NOP'),
    (0x4, 'FR_ACT_RES3'),
    (0x5, 'FR_ACT_RES4'),
    (0x6, 'FR_ACT_BLACKHOLE'),
    (0x7, 'FR_ACT_UNREACHABLE'),
    (0x8, 'FR_ACT_PROHIBIT'),
)

FIB_RULE_FLAGS = (
    (0x1, 'FIB_RULE_PERMANENT'),
    (0x2, 'FIB_RULE_INVERT'),
    (0x4, 'FIB_RULE_UNRESOLVED'),
    (0x8, 'FIB_RULE_IIF_DETACHED'),
    (0x10, 'FIB_RULE_OIF_DETACHED'),
    (0x10000, 'FIB_RULE_FIND_SADDR'),
)

DCB_COMMANDS = (
    (0, 'DCB_CMD_UNDEFINED'),
    (0x1, 'DCB_CMD_GSTATE'),
    (0x2, 'DCB_CMD_SSTATE'),
    (0x3, 'DCB_CMD_PGTX_GCFG'),
    (0x4, 'DCB_CMD_PGTX_SCFG'),
    (0x5, 'DCB_CMD_PGRX_GCFG'),
    (0x6, 'DCB_CMD_PGRX_SCFG'),
    (0x7, 'DCB_CMD_PFC_GCFG'),
    (0x8, 'DCB_CMD_PFC_SCFG'),
    (0x9, 'DCB_CMD_SET_ALL'),
    (0xa, 'DCB_CMD_GPERM_HWADDR'),
    (0xb, 'DCB_CMD_GCAP'),
    (0xc, 'DCB_CMD_GNUMTCS'),
    (0xd, 'DCB_CMD_SNUMTCS'),
    (0xe, 'DCB_CMD_PFC_GSTATE'),
    (0xf, 'DCB_CMD_PFC_SSTATE'),
    (0x10, 'DCB_CMD_BCN_GCFG'),
    (0x11, 'DCB_CMD_BCN_SCFG'),
    (0x12, 'DCB_CMD_GAPP'),
    (0x13, 'DCB_CMD_SAPP'),
    (0x14, 'DCB_CMD_IEEE_SET'),
    (0x15, 'DCB_CMD_IEEE_GET'),
    (0x16, 'DCB_CMD_GDCBX'),
    (0x17, 'DCB_CMD_SDCBX'),
    (0x18, 'DCB_CMD_GFEATCFG'),
    (0x19, 'DCB_CMD_SFEATCFG'),
    (0x1a, 'DCB_CMD_CEE_GET'),
    (0x1b, 'DCB_CMD_IEEE_DEL'),
)

RTNL_DCB_ATTRS = (
    (0, 'DCB_ATTR_UNDEFINED'),
    (0x1, 'DCB_ATTR_IFNAME'),
    (0x2, 'DCB_ATTR_STATE'),
    (0x3, 'DCB_ATTR_PFC_STATE'),
    (0x4, 'DCB_ATTR_PFC_CFG'),
    (0x5, 'DCB_ATTR_NUM_TC'),
    (0x6, 'DCB_ATTR_PG_CFG'),
    (0x7, 'DCB_ATTR_SET_ALL'),
    (0x8, 'DCB_ATTR_PERM_HWADDR'),
    (0x9, 'DCB_ATTR_CAP'),
    (0xa, 'DCB_ATTR_NUMTCS'),
    (0xb, 'DCB_ATTR_BCN'),
    (0xc, 'DCB_ATTR_APP'),
    (0xd, 'DCB_ATTR_IEEE'),
    (0xe, 'DCB_ATTR_DCBX'),
    (0xf, 'DCB_ATTR_FEATCFG'),
    (0x10, 'DCB_ATTR_CEE'),
)

RTNL_NETCONF_ATTRS = (
    (0, 'NETCONFA_UNSPEC'),
    (0x1, 'NETCONFA_IFINDEX'),
    (0x2, 'NETCONFA_FORWARDING'),
    (0x3, 'NETCONFA_RP_FILTER'),
    (0x4, 'NETCONFA_MC_FORWARDING'),
    (0x5, 'NETCONFA_PROXY_NEIGH'),
    (0x6, 'NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN'),
    (0x7, 'NETCONFA_INPUT'),
    (0x8, 'NETCONFA_BC_FORWARDING'),
)

RTNL_NSID_ATTRS = (
    (0xffffffff, 'NETNSA_NSID_NOT_ASSIGNED'),
    (0, 'NETNSA_NONE'),
    (0x1, 'NETNSA_NSID'),
    (0x2, 'NETNSA_PID'),
    (0x3, 'NETNSA_FD'),
    (0x4, 'NETNSA_TARGET_NSID'),
    (0x5, 'NETNSA_CURRENT_NSID'),
)

RTNL_IPMRA_CREPORT_ATTR = (
    (0, 'IPMRA_CREPORT_UNSPEC'),
    (0x1, 'IPMRA_CREPORT_MSGTYPE'),
    (0x2, 'IPMRA_CREPORT_VIF_ID'),
    (0x3, 'IPMRA_CREPORT_SRC_ADDR'),
    (0x4, 'IPMRA_CREPORT_DST_ADDR'),
    (0x5, 'IPMRA_CREPORT_PKT'),
    (0x6, 'IPMRA_CREPORT_TABLE'),
)

RTNL_IP6MRA_CREPORT_ATTR = (
    (0, 'IP6MRA_CREPORT_UNSPEC'),
    (0x1, 'IP6MRA_CREPORT_MSGTYPE'),
    (0x2, 'IP6MRA_CREPORT_MIF_ID'),
    (0x3, 'IP6MRA_CREPORT_SRC_ADDR'),
    (0x4, 'IP6MRA_CREPORT_DST_ADDR'),
    (0x5, 'IP6MRA_CREPORT_PKT'),
)

RTNL_IPMRA_MSG_TYPES = (
    (0x1, 'IGMPMSG_NOCACHE'),
    (0x2, 'IGMPMSG_WRONGVIF'),
    (0x3, 'IGMPMSG_WHOLEPKT'),
    (0x4, 'IGMPMSG_WRVIFWHOLE'),
)

RTNL_IP6MRA_MSG_TYPES = (
    (0x1, 'MRT6MSG_NOCACHE'),
    (0x2, 'MRT6MSG_WRONGMIF'),
    (0x3, 'MRT6MSG_WHOLEPKT'),
)

RTNL_MDB_ATTRS = (
    (0, 'MDBA_UNSPEC'),
    (0x1, 'MDBA_MDB'),
    (0x2, 'MDBA_ROUTER'),
)

RTNL_MDBA_MDB_ATTRS = (
    (0, 'MDBA_MDB_UNSPEC'),
    (0x1, 'MDBA_MDB_ENTRY'),
)

RTNL_MDBA_MDB_ENTRY_ATTRS = (
    (0, 'MDBA_MDB_ENTRY_UNSPEC'),
    (0x1, 'MDBA_MDB_ENTRY_INFO'),
)

RTNL_MDBA_MDB_EATTR_ATTRS = (
    (0, 'MDBA_MDB_EATTR_UNSPEC'),
    (0x1, 'MDBA_MDB_EATTR_TIMER'),
    (0x2, 'MDBA_MDB_EATTR_SRC_LIST'),
    (0x3, 'MDBA_MDB_EATTR_GROUP_MODE'),
    (0x4, 'MDBA_MDB_EATTR_SOURCE'),
    (0x5, 'MDBA_MDB_EATTR_RTPROT'),
)

RTNL_MDBA_ROUTER_ATTRS = (
    (0, 'MDBA_ROUTER_UNSPEC'),
    (0x1, 'MDBA_ROUTER_PORT'),
)

RTNL_MDBA_ROUTER_PATTR_ATTRS = (
    (0, 'MDBA_ROUTER_PATTR_UNSPEC'),
    (0x1, 'MDBA_ROUTER_PATTR_TIMER'),
    (0x2, 'MDBA_ROUTER_PATTR_TYPE'),
    (0x3, 'MDBA_ROUTER_PATTR_INET_TIMER'),
    (0x4, 'MDBA_ROUTER_PATTR_INET6_TIMER'),
)

MDB_FLAGS = (
    (0x1, 'MDB_FLAGS_OFFLOAD'),
    (0x2, 'MDB_FLAGS_FAST_LEAVE'),
    (0x4, 'MDB_FLAGS_STAR_EXCL'),
    (0x8, 'MDB_FLAGS_BLOCKED'),
)

MDB_STATES = (
    (0, 'MDB_TEMPORARY'),
    (0x1, 'MDB_PERMANENT'),
)

MULTICAST_ROUTER_TYPES = (
    (0, 'MDB_RTR_TYPE_DISABLED'),
    (0x1, 'MDB_RTR_TYPE_TEMP_QUERY'),
    (0x2, 'MDB_RTR_TYPE_PERM'),
    (0x3, 'MDB_RTR_TYPE_TEMP'),
)

RTNL_NEXTHOP_ATTRS = (
    (0, 'NHA_UNSPEC'),
    (0x1, 'NHA_ID'),
    (0x2, 'NHA_GROUP'),
    (0x3, 'NHA_GROUP_TYPE'),
    (0x4, 'NHA_BLACKHOLE'),
    (0x5, 'NHA_OIF'),
    (0x6, 'NHA_GATEWAY'),
    (0x7, 'NHA_ENCAP_TYPE'),
    (0x8, 'NHA_ENCAP'),
    (0x9, 'NHA_GROUPS'),
    (0xa, 'NHA_MASTER'),
    (0xb, 'NHA_FDB'),
    (0xc, 'NHA_RES_GROUP'),
    (0xd, 'NHA_RES_BUCKET'),
)

RTNL_NEXTHOP_GRP_TYPES = (
    (0, 'NEXTHOP_GRP_TYPE_MPATH'),
    (0x1, 'NEXTHOP_GRP_TYPE_RES'),
)

RTNL_NHA_RES_GROUP_ATTRS = (
    (0, 'NHA_RES_GROUP_PAD'),
    (0x1, 'NHA_RES_GROUP_BUCKETS'),
    (0x2, 'NHA_RES_GROUP_IDLE_TIMER'),
    (0x3, 'NHA_RES_GROUP_UNBALANCED_TIMER'),
    (0x4, 'NHA_RES_GROUP_UNBALANCED_TIME'),
)

RTNL_NHA_RES_BUCKET_ATTRS = (
    (0, 'NHA_RES_BUCKET_PAD'),
    (0x1, 'NHA_RES_BUCKET_INDEX'),
    (0x2, 'NHA_RES_BUCKET_IDLE_TIME'),
    (0x3, 'NHA_RES_BUCKET_NH_ID'),
)
