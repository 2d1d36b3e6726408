"""pytrace/decode/sockets.py: what the tracer tells the decoders about a
tracee's sockets, asked of the kernel for real sockets of this process."""
from __future__ import annotations

import os
import socket

from pytrace.decode.sockets import SocketQueries, netlink_family_of

NETLINK_ROUTE, NETLINK_SOCK_DIAG, NETLINK_GENERIC = 0, 4, 16
GENL_ID_CTRL = 0x10


def test_the_netlink_protocol_is_read_from_sock_diag_details():
    assert netlink_family_of("NETLINK:[ROUTE:1234]") == NETLINK_ROUTE
    assert netlink_family_of("NETLINK:[SOCK_DIAG:0]") == NETLINK_SOCK_DIAG
    assert netlink_family_of("NETLINK:[17]") == 17
    assert netlink_family_of("TCP:[127.0.0.1:22]") is None
    assert netlink_family_of(None) is None


def test_a_bound_netlink_socket_names_its_protocol():
    queries = SocketQueries()
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_SOCK_DIAG) as sock:
        sock.bind((0, 0))
        assert queries.protocol(os.getpid(), sock.fileno()) == "NETLINK"
        assert queries.netlink_family(os.getpid(), sock.fileno()) == NETLINK_SOCK_DIAG


def test_other_descriptors_are_no_netlink_sockets():
    queries = SocketQueries()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        assert queries.protocol(os.getpid(), sock.fileno()) == "UDP"
        assert queries.netlink_family(os.getpid(), sock.fileno()) is None
    read_end, write_end = os.pipe()
    try:
        assert queries.protocol(os.getpid(), read_end) is None
        assert queries.netlink_family(os.getpid(), read_end) is None
    finally:
        os.close(read_end)
        os.close(write_end)
    assert queries.protocol(os.getpid(), -1) is None


def test_generic_netlink_families_come_from_nlctrl_once():
    queries = SocketQueries()
    families = queries.genl_families()
    assert (GENL_ID_CTRL, "nlctrl") in families
    assert queries.genl_families() is families
