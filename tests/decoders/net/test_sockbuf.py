"""decoders/net/sockbuf.py: the buffers of sendto and recvfrom print as
netlink messages on a netlink socket and as bytes on any other, with the
tracer's answers about real sockets of this process and bytes the kernel
really sent."""
from __future__ import annotations

import os
import socket
import struct

import pytest

import decoders.net.sockbuf  # noqa: F401  (registers the kinds)
from decoders import ARG_KINDS
from decoders.net.netlink.message import decode_netlink
from pytrace.decode.sockets import SocketQueries
from tests.decoders.conftest import make_call

NETLINK_ROUTE, RTM_GETLINK, NLM_F_REQUEST, NLM_F_DUMP = 0, 18, 1, 0x300
BASE = 0x10000000


@pytest.fixture(scope="module")
def route_reply():
    """A NETLINK_ROUTE socket and the first datagram of its link dump."""
    sock = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_ROUTE)
    sock.bind((0, 0))
    request = struct.pack("=IHHII", 32, RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, 1, 0)
    sock.send(request + bytes(16))
    yield sock, sock.recv(65536)
    sock.close()


def _buffer(kind, fd, data, rv=None, **options):
    args = (fd, BASE, len(data), 0, 0, 0)
    call = make_call("recvfrom" if rv is not None else "sendto", args, {BASE: data},
                     rv=rv, **options)
    call.sockets = SocketQueries()
    call.pid = os.getpid()
    call.index = 1
    return ARG_KINDS[kind](BASE, call)


def test_a_netlink_socket_buffer_prints_as_messages(route_reply):
    sock, data = route_reply
    expected = decode_netlink(make_call(memory={BASE: data}), NETLINK_ROUTE, BASE, len(data))
    assert "{nlmsg_len=" in expected and "RTM_NEWLINK" in expected
    assert _buffer("sockbuf_rv", sock.fileno(), data, rv=len(data)) == expected
    assert _buffer("sockbuf_next", sock.fileno(), data) == expected


def test_other_sockets_and_undecoded_calls_print_bytes(route_reply):
    sock, data = route_reply
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        assert _buffer("sockbuf_next", udp.fileno(), b"abc") == '"abc"'
    # outside -e verbose= strace does not look at the socket
    text = _buffer("sockbuf_next", sock.fileno(), data[:8], structs_as_addresses=True)
    assert text.startswith('"') and "nlmsg_len" not in text
    assert _buffer("sockbuf_rv", sock.fileno(), data, rv=-1, errno=11) == "%#x" % BASE
