/* The sizes of the kernel structures the netlink decoders lay out (see
 * test_fields.py), from the kernel headers. */
#include <stdio.h>
#include <stddef.h>
#include <sys/socket.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_link.h>
#include <linux/if_addr.h>
#include <linux/if_addrlabel.h>
#include <linux/if_bridge.h>
#include <linux/fib_rules.h>
#include <linux/neighbour.h>
#include <linux/nexthop.h>
#include <linux/pkt_sched.h>
#include <linux/gen_stats.h>
#include <linux/dcbnl.h>
#include <linux/mpls.h>
#include <linux/inet_diag.h>
#include <linux/unix_diag.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/smc_diag.h>
#include <linux/cryptouser.h>
/* sizeof, and for E the end of a field: what the decoders read */
#define S(t) printf("%s %zu\n", #t, sizeof(struct t))
#define E(t, f) printf("%s %zu\n", #t, offsetof(struct t, f) + sizeof(((struct t *) 0)->f))
int main(void) {
S(ifinfomsg); S(ifaddrmsg); S(ifa_cacheinfo); S(ifaddrlblmsg); S(dcbmsg); E(rtnl_link_ifmap, port);
S(br_boolopt_multi); S(ifla_port_vsi); S(br_mdb_entry); S(br_port_msg); S(nda_cacheinfo); S(ndmsg);
S(ndt_config); S(ndt_stats); S(nhmsg); S(rta_cacheinfo); S(rta_mfc_stats); S(rtnexthop); S(rtmsg);
S(fib_rule_uid_range); S(fib_rule_port_range); S(fib_rule_hdr); S(bridge_vlan_xstats); S(br_mcast_stats);
S(bridge_stp_xstats); S(mpls_link_stats); S(if_stats_msg); E(tc_stats, backlog); S(tc_estimator); E(gnet_stats_basic, packets);
S(gnet_stats_rate_est); S(gnet_stats_queue); S(tc_sizespec); S(tcmsg); S(inet_diag_sockid); S(inet_diag_req);
S(inet_diag_req_v2); S(inet_diag_msg); S(inet_diag_bc_op); S(inet_diag_hostcond); S(inet_diag_markcond);
S(inet_diag_meminfo); S(tcpvegas_info); S(tcp_dctcp_info); S(tcp_bbr_info); S(netlink_diag_req); S(netlink_diag_msg);
S(netlink_diag_ring); S(packet_diag_req); S(packet_diag_msg); S(packet_diag_info); S(packet_diag_ring);
S(smc_diag_req); S(smc_diag_msg); S(smc_diag_cursor); S(smc_diag_conninfo); S(smc_diag_linkinfo); S(smc_diag_lgrinfo);
S(smcd_diag_dmbinfo); S(smc_diag_fallback); S(unix_diag_req); S(unix_diag_msg); S(unix_diag_vfs); S(unix_diag_rqlen);
S(crypto_user_alg); S(crypto_report_hash); S(crypto_report_blkcipher); S(crypto_report_aead); S(crypto_report_rng); S(crypto_report_cipher);
return 0; }
