/* NETLINK_ROUTE messages of every kind strace decodes, each with a few
 * attributes, whole, cut short and running into unreadable memory (see
 * probe.h).  Tags name the decoder module: route_link-..., route_addr-...
 *
 * The kernel acts only on messages flagged NLM_F_REQUEST: the ones that
 * would change something (NEW, DEL, SET) go without it, and only the
 * requests that read (GET) have it. */
#include "probe.h"
#include <arpa/inet.h>
#include <net/if.h>
#include <linux/if_addr.h>
#include <linux/if_addrlabel.h>
#include <linux/if_bridge.h>
#include <linux/if_link.h>
#include <linux/fib_rules.h>
#include <linux/neighbour.h>
#include <linux/netconf.h>
#include <linux/nexthop.h>
#include <linux/net_namespace.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>
#include <linux/dcbnl.h>
#include <linux/lwtunnel.h>
#include <linux/gen_stats.h>
#include <linux/pkt_cls.h>
#include <linux/mroute.h>

static int fd;
static char buf[1024];

/* the fixed header of a message, then the attributes built at p */
#define SEND(tag, type, flags, hdr, p) do {				\
	memcpy(buf, &(hdr), sizeof(hdr));				\
	size_t at_ = NLMSG_ALIGN(sizeof(hdr));				\
	size_t n_ = (p) - attrs;					\
	memmove(buf + at_, attrs, n_);					\
	probe_message(tag, fd, NETLINK_ROUTE, (type), (flags), buf, at_ + n_); \
} while (0)

static char attrs[800];

static void links(void)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_type = 772,
				 .ifi_index = 1, .ifi_flags = IFF_UP | IFF_LOOPBACK,
				 .ifi_change = 0xffffffff };
	char *p = attrs;
	put_attr(&p, IFLA_IFNAME, "lo", 3);
	PUT(p, IFLA_MTU, (uint32_t) 65536);
	put_attr(&p, IFLA_ADDRESS, "\0\1\2\3\4\5", 6);
	PUT(p, IFLA_OPERSTATE, (uint8_t) 6);
	PUT(p, IFLA_EXT_MASK, (uint32_t) (RTEXT_FILTER_VF | 0x1000));
	struct rtnl_link_stats64 st64 = { .rx_packets = 1, .tx_bytes = 2, .rx_nohandler = 3 };
	put_attr(&p, IFLA_STATS64, &st64, sizeof(st64));
	struct rtnl_link_ifmap map = { .mem_start = 0xfeed, .irq = 5, .port = 1 };
	put_attr(&p, IFLA_MAP, &map, sizeof(map));
	PUT(p, IFLA_EVENT, (uint32_t) IFLA_EVENT_REBOOT);
	PUT(p, 0x3fff, (uint32_t) 7);
	SEND("route_link-new", RTM_NEWLINK, NLM_F_CREATE, ifi, p);

	/* nested: link info of a bridge, XDP, AF_SPEC, VF info */
	char nest[300], *q = nest;
	p = attrs;
	put_attr(&q, IFLA_INFO_KIND, "bridge", 7);
	char data[100], *d = data;
	PUT(d, IFLA_BR_FORWARD_DELAY, (uint32_t) 1500);
	PUT(d, IFLA_BR_VLAN_PROTOCOL, (uint16_t) htons(0x8100));
	put_attr(&q, IFLA_INFO_DATA, data, d - data);
	put_attr(&p, IFLA_LINKINFO | NLA_F_NESTED, nest, q - nest);
	q = nest;
	PUT(q, IFLA_XDP_FD, (int32_t) 0);
	PUT(q, IFLA_XDP_FLAGS, (uint32_t) (XDP_FLAGS_SKB_MODE | 0x100));
	PUT(q, IFLA_XDP_ATTACHED, (uint8_t) XDP_ATTACHED_DRV);
	put_attr(&p, IFLA_XDP, nest, q - nest);
	q = nest;
	d = data;
	PUT(d, IFLA_INET6_FLAGS, (uint32_t) 0x80000000);
	PUT(d, IFLA_INET6_ADDR_GEN_MODE, (uint8_t) 1);
	int32_t conf[3] = { 1, -1, 2 };
	put_attr(&d, IFLA_INET6_CONF, conf, sizeof(conf));
	put_attr(&q, AF_INET6, data, d - data);
	put_attr(&q, AF_UNIX, "\1\2", 2);
	put_attr(&p, IFLA_AF_SPEC, nest, q - nest);
	q = nest;
	d = data;
	struct ifla_vf_mac vfmac = { .vf = 1, .mac = { 1, 2, 3 } };
	put_attr(&d, IFLA_VF_MAC, &vfmac, sizeof(vfmac));
	struct ifla_vf_vlan_info vlan = { .vf = 2, .vlan = 3, .vlan_proto = htons(0x88a8) };
	char vlans[40], *v = vlans;
	put_attr(&v, IFLA_VF_VLAN_INFO, &vlan, sizeof(vlan));
	put_attr(&d, IFLA_VF_VLAN_LIST, vlans, v - vlans);
	put_attr(&q, IFLA_VF_INFO, data, d - data);
	put_attr(&p, IFLA_VFINFO_LIST, nest, q - nest);
	ifi.ifi_family = AF_INET;
	SEND("route_link-nested", RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, ifi, p);

	/* AF_BRIDGE: protocol info of a bridge port, bridge AF_SPEC */
	p = attrs;
	q = nest;
	PUT(q, IFLA_BRPORT_STATE, (uint8_t) 3);
	PUT(q, IFLA_BRPORT_COST, (uint32_t) 100);
	uint8_t id[8] = { 0x80, 0, 1, 2, 3, 4, 5, 6 };
	put_attr(&q, IFLA_BRPORT_ROOT_ID, id, sizeof(id));
	put_attr(&p, IFLA_PROTINFO | NLA_F_NESTED, nest, q - nest);
	q = nest;
	PUT(q, IFLA_BRIDGE_FLAGS, (uint16_t) BRIDGE_FLAGS_SELF);
	struct bridge_vlan_info bvi = { .flags = BRIDGE_VLAN_INFO_PVID, .vid = 10 };
	put_attr(&q, IFLA_BRIDGE_VLAN_INFO, &bvi, sizeof(bvi));
	put_attr(&p, IFLA_AF_SPEC, nest, q - nest);
	put_attr(&p, IFLA_BROADCAST, "\xff\xff\xff\xff\xff\xff", 6);
	ifi.ifi_family = AF_BRIDGE;
	SEND("route_link-bridge", RTM_NEWLINK, NLM_F_ACK, ifi, p);
	SEND("route_link-getneigh", RTM_GETNEIGH, NLM_F_REQUEST, ifi, attrs);
}

static void addresses_and_routes(void)
{
	struct ifaddrmsg ifa = { .ifa_family = AF_INET, .ifa_prefixlen = 8,
				 .ifa_flags = IFA_F_PERMANENT, .ifa_scope = RT_SCOPE_HOST,
				 .ifa_index = 1 };
	char *p = attrs;
	PUT(p, IFA_ADDRESS, (uint32_t) htonl(0x7f000001));
	put_attr(&p, IFA_LABEL, "lo", 3);
	struct ifa_cacheinfo ci = { 1, 2, 3, 4 };
	put_attr(&p, IFA_CACHEINFO, &ci, sizeof(ci));
	PUT(p, IFA_FLAGS, (uint32_t) (IFA_F_NOPREFIXROUTE | 0x80000000));
	PUT(p, IFA_LOCAL, (uint16_t) 1);
	SEND("route_addr-inet", RTM_NEWADDR, NLM_F_MULTI, ifa, p);
	ifa.ifa_family = AF_INET6;
	p = attrs;
	struct in6_addr a6 = IN6ADDR_LOOPBACK_INIT;
	put_attr(&p, IFA_ADDRESS, &a6, sizeof(a6));
	SEND("route_addr-inet6", RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, ifa, p);
	struct ifaddrlblmsg ifal = { .ifal_family = AF_INET6, .ifal_prefixlen = 64,
				     .ifal_index = 1, .ifal_seq = 7 };
	p = attrs;
	put_attr(&p, IFAL_ADDRESS, &a6, sizeof(a6));
	PUT(p, IFAL_LABEL, (uint32_t) 3);
	SEND("route_addr-label", RTM_NEWADDRLABEL, NLM_F_ACK, ifal, p);

	struct rtmsg rtm = { .rtm_family = AF_INET, .rtm_dst_len = 24,
			     .rtm_table = RT_TABLE_MAIN, .rtm_protocol = RTPROT_KERNEL,
			     .rtm_scope = RT_SCOPE_LINK, .rtm_type = RTN_UNICAST,
			     .rtm_flags = RTM_F_NOTIFY | 0x10 };
	p = attrs;
	PUT(p, RTA_DST, (uint32_t) htonl(0x0a000000));
	PUT(p, RTA_OIF, (uint32_t) 1);
	PUT(p, RTA_TABLE, (uint32_t) 252);
	char metrics[40], *m = metrics;
	PUT(m, RTAX_MTU, (uint32_t) 1400);
	put_attr(&m, RTAX_CC_ALGO, "cubic", 6);
	put_attr(&p, RTA_METRICS, metrics, m - metrics);
	struct { struct rtnexthop nh; char a[8]; } hops[2];
	memset(hops, 0, sizeof(hops));
	for (int i = 0; i < 2; i++) {
		hops[i].nh = (struct rtnexthop) { sizeof(hops[i]), RTNH_F_ONLINK, i, 1 };
		char *h = hops[i].a;
		PUT(h, RTA_GATEWAY, (uint32_t) htonl(0x0a000001 + i));
	}
	put_attr(&p, RTA_MULTIPATH, hops, sizeof(hops));
	struct { uint16_t family; uint8_t addr[4]; } via = { AF_INET, { 10, 0, 0, 9 } };
	put_attr(&p, RTA_VIA, &via, 6);
	PUT(p, RTA_ENCAP_TYPE, (uint16_t) LWTUNNEL_ENCAP_MPLS);
	SEND("route_route-new", RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL, rtm, p);

	struct fib_rule_hdr frh = { .family = AF_INET, .table = RT_TABLE_LOCAL,
				    .action = FR_ACT_TO_TBL, .flags = FIB_RULE_INVERT };
	p = attrs;
	PUT(p, FRA_PRIORITY, (uint32_t) 32766);
	put_attr(&p, FRA_IIFNAME, "eth0", 5);
	struct fib_rule_uid_range range = { 1000, 2000 };
	put_attr(&p, FRA_UID_RANGE, &range, sizeof(range));
	PUT(p, FRA_PROTOCOL, (uint8_t) RTPROT_BOOT);
	PUT(p, FRA_TUN_ID, (uint64_t) 0x0102030405060708ULL);
	SEND("route_rule-new", RTM_NEWRULE, NLM_F_ACK, frh, p);
}

static void neighbours_and_tc(void)
{
	struct ndmsg ndm = { .ndm_family = AF_INET, .ndm_ifindex = 1,
			     .ndm_state = NUD_REACHABLE | NUD_PERMANENT,
			     .ndm_flags = NTF_ROUTER, .ndm_type = RTN_UNICAST };
	char *p = attrs;
	PUT(p, NDA_DST, (uint32_t) htonl(0xc0a80001));
	put_attr(&p, NDA_LLADDR, "\xaa\xbb\xcc\xdd\xee\xff", 6);
	struct nda_cacheinfo nci = { 1, 2, 3, 4 };
	put_attr(&p, NDA_CACHEINFO, &nci, sizeof(nci));
	PUT(p, NDA_PORT, (uint16_t) htons(4789));
	SEND("route_neigh-new", RTM_NEWNEIGH, NLM_F_ACK, ndm, p);
	struct ndtmsg ndtm = { .ndtm_family = AF_INET };
	p = attrs;
	put_attr(&p, NDTA_NAME, "arp_cache", 10);
	char parms[40], *q = parms;
	PUT(q, NDTPA_IFINDEX, (uint32_t) 1);
	PUT(q, NDTPA_REACHABLE_TIME, (uint64_t) 30000);
	put_attr(&p, NDTA_PARMS, parms, q - parms);
	SEND("route_neigh-table", RTM_GETNEIGHTBL, NLM_F_REQUEST | NLM_F_DUMP, ndtm, p);

	struct tcmsg tcm = { .tcm_family = AF_UNSPEC, .tcm_ifindex = 1,
			     .tcm_handle = 0x10000, .tcm_parent = 0xffffffff };
	p = attrs;
	put_attr(&p, TCA_KIND, "pfifo_fast", 11);
	char stats[60];
	q = stats;
	struct gnet_stats_basic basic = { 1000, 10 };
	put_attr(&q, TCA_STATS_BASIC, &basic, 12);
	struct gnet_stats_queue queue = { 1, 2, 3, 4, 5 };
	put_attr(&q, TCA_STATS_QUEUE, &queue, sizeof(queue));
	put_attr(&p, TCA_STATS2, stats, q - stats);
	struct tc_estimator est = { -1, 2 };
	put_attr(&p, TCA_RATE, &est, sizeof(est));
	SEND("route_tc-qdisc", RTM_NEWQDISC, NLM_F_ACK, tcm, p);
	struct tcamsg tca = { .tca_family = AF_UNSPEC };
	p = attrs;
	put_attr(&p, TCA_ACT_KIND, "gact", 5);
	PUT(p, TCA_ACT_FLAGS, (uint32_t) 1);
	SEND("route_tc-action", RTM_DELACTION, NLM_F_ROOT, tca, p);
}

static void the_others(void)
{
	struct br_port_msg bpm = { .family = AF_BRIDGE, .ifindex = 1 };
	char *p = attrs, entries[80], *q = entries, info[60], *i = info;
	struct br_mdb_entry entry = { .ifindex = 1, .state = MDB_PERMANENT,
				      .flags = MDB_FLAGS_OFFLOAD, .vid = 3 };
	entry.addr.u.ip4 = htonl(0xe0000001);
	entry.addr.proto = htons(AF_INET);
	put_attr(&i, MDBA_MDB_ENTRY_INFO, &entry, sizeof(entry));
	put_attr(&q, MDBA_MDB_ENTRY, info, i - info);
	put_attr(&p, MDBA_MDB, entries, q - entries);
	SEND("route_mdb-new", RTM_NEWMDB, NLM_F_ACK, bpm, p);

	struct nhmsg nhm = { .nh_family = AF_INET, .nh_scope = RT_SCOPE_LINK,
			     .nh_protocol = RTPROT_STATIC, .resvd = 1,
			     .nh_flags = RTNH_F_DEAD };
	p = attrs;
	PUT(p, NHA_ID, (uint32_t) 5);
	struct nexthop_grp grp[2] = { { 1, 2 }, { 3, 4, 5, 6 } };
	put_attr(&p, NHA_GROUP, grp, sizeof(grp));
	PUT(p, NHA_GROUP_TYPE, (uint16_t) NEXTHOP_GRP_TYPE_RES);
	PUT(p, NHA_GATEWAY, (uint32_t) htonl(0x0a000001));
	SEND("route_nexthop-new", RTM_NEWNEXTHOP, NLM_F_ACK, nhm, p);

	struct netconfmsg ncm = { .ncm_family = AF_INET6 };
	p = attrs;
	PUT(p, NETCONFA_IFINDEX, (int32_t) 1);
	PUT(p, NETCONFA_FORWARDING, (int32_t) -1);
	SEND("route_netconf-new", RTM_NEWNETCONF, NLM_F_ACK, ncm, p);
	struct rtgenmsg rtg = { .rtgen_family = AF_UNSPEC };
	p = attrs;
	PUT(p, NETNSA_NSID, (int32_t) -1);
	PUT(p, NETNSA_FD, (int32_t) 1);
	SEND("route_nsid-get", RTM_GETNSID, NLM_F_REQUEST, rtg, p);
	struct dcbmsg dcb = { .dcb_family = AF_UNSPEC, .cmd = DCB_CMD_GSTATE };
	p = attrs;
	put_attr(&p, DCB_ATTR_IFNAME, "eth0", 5);
	SEND("route_dcb-get", RTM_GETDCB, NLM_F_REQUEST, dcb, p);
	struct if_stats_msg ism = { .family = AF_UNSPEC, .ifindex = 1,
				    .filter_mask = 1 << IFLA_STATS_LINK_64 };
	p = attrs;
	struct rtnl_link_stats64 st64 = { .rx_packets = 9 };
	put_attr(&p, IFLA_STATS_LINK_64, &st64, sizeof(st64) - 8);
	SEND("route_stats-get", RTM_GETSTATS, NLM_F_REQUEST, ism, p);
	rtg.rtgen_family = RTNL_FAMILY_IPMR;
	p = attrs;
	PUT(p, IPMRA_CREPORT_MSGTYPE, (uint8_t) IGMPMSG_NOCACHE);
	PUT(p, IPMRA_CREPORT_SRC_ADDR, (uint32_t) htonl(0x0a000001));
	SEND("route_cachereport-new", RTM_NEWCACHEREPORT, 0, rtg, p);
	rtg.rtgen_family = AF_INET;
	SEND("route-unknown-type", RTM_NEWPREFIX, 0, rtg, attrs + 8);
}

int main(void)
{
	fd = nl_socket(NETLINK_ROUTE);
	if (fd < 0)
		return 0;
	links();
	addresses_and_routes();
	neighbours_and_tc();
	the_others();
	return 0;
}
