"""decoders/net/netlink/fields.py: the structures the netlink decoders lay
out field by field have the kernel headers' sizes (sizes_probe.c), and a
structure prints its fields with their printers."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from decoders.net.netlink import (
    crypto, route_addr, route_dcb, route_link, route_mdb, route_neigh, route_nexthop,
    route_route, route_rule, route_stats, route_tc, sock_diag_inet, sock_diag_netlink,
    sock_diag_packet, sock_diag_smc, sock_diag_unix)
from decoders.net.netlink.fields import U, Struct, cookie, flags, nonzero_x
from tests.decoders.conftest import make_call
from tests.decoders.net.netlink.live import HERE

LAYOUTS = {
    "ifinfomsg": route_link._IFINFOMSG, "ifaddrmsg": route_addr._IFADDRMSG,
    "ifa_cacheinfo": route_addr._CACHEINFO, "ifaddrlblmsg": route_addr._IFADDRLBLMSG,
    "dcbmsg": route_dcb._DCBMSG, "rtnl_link_ifmap": route_link._IFMAP,
    "br_boolopt_multi": route_link._BOOLOPT, "ifla_port_vsi": route_link._PORT_VSI,
    "br_mdb_entry": route_mdb._ENTRY, "br_port_msg": route_mdb._BR_PORT_MSG,
    "nda_cacheinfo": route_neigh._CACHEINFO, "ndmsg": route_neigh._NDMSG,
    "ndt_config": route_neigh._CONFIG, "ndt_stats": route_neigh._STATS,
    "nhmsg": route_nexthop._NHMSG, "rta_cacheinfo": route_route._CACHEINFO,
    "rta_mfc_stats": route_route._MFC_STATS, "rtnexthop": route_route._NEXTHOP,
    "rtmsg": route_route._RTMSG, "fib_rule_uid_range": route_rule._RANGE,
    "fib_rule_port_range": route_rule._PORT_RANGE, "fib_rule_hdr": route_rule._FIB_RULE_HDR,
    "bridge_vlan_xstats": route_stats._VLAN, "br_mcast_stats": route_stats._MCAST,
    "bridge_stp_xstats": route_stats._STP, "mpls_link_stats": route_stats._MPLS_LINK,
    "if_stats_msg": route_stats._IF_STATS_MSG, "tc_stats": route_tc._TC_STATS,
    "tc_estimator": route_tc._ESTIMATOR, "gnet_stats_basic": route_tc._BASIC,
    "gnet_stats_rate_est": route_tc._RATE_EST, "gnet_stats_queue": route_tc._QUEUE,
    "tc_sizespec": route_tc._SIZESPEC, "tcmsg": route_tc._TCMSG,
    "inet_diag_sockid": sock_diag_inet._SOCKID, "inet_diag_req": sock_diag_inet._REQUEST,
    "inet_diag_req_v2": sock_diag_inet._REQUEST_V2, "inet_diag_msg": sock_diag_inet._MESSAGE,
    "inet_diag_bc_op": sock_diag_inet._BC_OP, "inet_diag_hostcond": sock_diag_inet._HOSTCOND,
    "inet_diag_markcond": sock_diag_inet._MARKCOND,
    "inet_diag_meminfo": sock_diag_inet._MEMINFO, "tcpvegas_info": sock_diag_inet._VEGAS,
    "tcp_dctcp_info": sock_diag_inet._DCTCP, "tcp_bbr_info": sock_diag_inet._BBR,
    "netlink_diag_req": sock_diag_netlink._REQUEST,
    "netlink_diag_msg": sock_diag_netlink._MESSAGE, "netlink_diag_ring": sock_diag_netlink._RING,
    "packet_diag_req": sock_diag_packet._REQUEST, "packet_diag_msg": sock_diag_packet._MESSAGE,
    "packet_diag_info": sock_diag_packet._INFO, "packet_diag_ring": sock_diag_packet._RING,
    "smc_diag_req": sock_diag_smc._REQUEST, "smc_diag_msg": sock_diag_smc._MESSAGE,
    "smc_diag_cursor": sock_diag_smc._CURSOR, "smc_diag_conninfo": sock_diag_smc._CONNINFO,
    "smc_diag_linkinfo": sock_diag_smc._LINKINFO, "smc_diag_lgrinfo": sock_diag_smc._LGRINFO,
    "smcd_diag_dmbinfo": sock_diag_smc._DMBINFO, "smc_diag_fallback": sock_diag_smc._FALLBACK,
    "unix_diag_req": sock_diag_unix._REQUEST, "unix_diag_msg": sock_diag_unix._MESSAGE,
    "unix_diag_vfs": sock_diag_unix._VFS, "unix_diag_rqlen": sock_diag_unix._RQLEN,
    "crypto_user_alg": crypto._USER_ALG, "crypto_report_hash": crypto._HASH,
    "crypto_report_blkcipher": crypto._BLKCIPHER, "crypto_report_aead": crypto._AEAD,
    "crypto_report_rng": crypto._RNG, "crypto_report_cipher": crypto._CIPHER,
}


@pytest.mark.skipif(not shutil.which("gcc"), reason="needs gcc")
def test_structures_have_the_kernel_headers_sizes(tmp_path):
    binary = tmp_path / "sizes"
    subprocess.run(["gcc", "-w", "-o", str(binary), str(HERE / "sizes_probe.c")], check=True)
    sizes = dict(line.split() for line in subprocess.run(
        [str(binary)], capture_output=True, text=True, check=True).stdout.splitlines())
    assert set(sizes) == set(LAYOUTS)
    assert {name: layout.size for name, layout in LAYOUTS.items()} == {
        name: int(size) for name, size in sizes.items()}


def test_fields_print_in_order_and_reserved_ones_only_when_set():
    layout = Struct(("a", "B", U), ("pad", "3x", None), ("b", "I", nonzero_x),
                    ("c", "2I", cookie), ("d", "H", flags(((1, "ONE"), (4, "FOUR")), "X_???")))
    call = make_call()
    assert layout.size == 18
    data = bytes([7, 0, 0, 0]) + (0).to_bytes(4, "little") + bytes(8) + (5).to_bytes(2, "little")
    assert layout.text(data, call) == "{a=7, c=[0, 0], d=ONE|FOUR}"
    data = data[:4] + (9).to_bytes(4, "little") + data[8:16] + (2).to_bytes(2, "little")
    assert layout.text(data, call) == "{a=7, b=0x9, c=[0, 0], d=0x2 /* X_??? */}"
    assert layout.value(data, "b") == 9
