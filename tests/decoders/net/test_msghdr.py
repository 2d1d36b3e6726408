"""decoders/net/msghdr.py: recvmmsg's timeout, which the kernel rewrites
with what is left of it (fixtures/fam_mmsg.c shows the rest under strace);
the buffers of a message addressed to or from a netlink peer (msg_name of
AF_NETLINK) print as netlink messages, those of any other as bytes, as
strace's print_struct_msghdr chooses."""
from __future__ import annotations

import struct

import decoders
from decoders import ARG_KINDS, RET_KINDS
from decoders.net.netlink.message import decode_netlink
from tests.decoders.conftest import make_call

decoders.load_all()
TIMEOUT = 0x7000


def recvmmsg_call(remaining, rv, **opts):
    call = make_call("recvmmsg", (3, 0x5000, 2, 0, TIMEOUT),
                     {TIMEOUT: struct.pack("<qQ", 1, 500)}, **opts)
    call.index = 4
    entry_text = ARG_KINDS["recvmmsg_timeout"](TIMEOUT, call)
    memory = getattr(call.mem, "inner", call.mem)
    memory.blocks[TIMEOUT] = struct.pack("<qQ", *remaining)
    call.exiting, call.rv = True, rv
    return entry_text, call


def test_timeout_given_at_entry_and_left_at_exit():
    entry_text, call = recvmmsg_call((0, 250), 2)
    assert entry_text == ""
    assert ARG_KINDS["recvmmsg_timeout"](TIMEOUT, call) == "{tv_sec=1, tv_nsec=500}"
    assert RET_KINDS["recvmmsg"](2, call) == "2 (left {tv_sec=0, tv_nsec=250})"


def test_nothing_received_is_a_timeout():
    _, call = recvmmsg_call((0, 0), 0)
    assert RET_KINDS["recvmmsg"](0, call) == "0 (Timeout)"


def test_outside_verbose_the_timeout_is_an_address_and_nothing_is_left():
    _, call = recvmmsg_call((0, 0), 1, structs_as_addresses=True)
    assert ARG_KINDS["recvmmsg_timeout"](TIMEOUT, call) == "0x7000"
    assert RET_KINDS["recvmmsg"](1, call) == "1"


NAME, IOV, DATA, HDR = 0x10000000, 0x10001000, 0x10002000, 0x10003000
# the RTM_GETLINK request of ip link (IFLA_EXT_MASK RTEXT_FILTER_VF)
REQUEST = bytes.fromhex("2800000012000103d0ad0a6b00000000" "00000000000000000000000000000000"
                        "08001d0001000000")


def _sendmsg(family: int, name: bytes) -> str:
    msghdr = struct.pack("<QI4xQQQQi4x", NAME, len(name), IOV, 1, 0, 0, 0)
    iov = struct.pack("<QQ", DATA, len(REQUEST))
    call = make_call("sendmsg", (5, HDR, 0), {NAME: name, IOV: iov, DATA: REQUEST, HDR: msghdr})
    call.index = 1
    return ARG_KINDS["msghdr_in"](HDR, call)


def test_a_netlink_peer_makes_the_buffers_netlink_messages():
    text = _sendmsg(16, struct.pack("<HHII", 16, 0, 0, 0))
    # the descriptor is not known to be a netlink socket: no protocol
    expected = decode_netlink(make_call(memory={DATA: REQUEST}), None, DATA, len(REQUEST))
    assert "msg_iov=[{iov_base=%s, iov_len=40}]" % expected in text
    assert expected.startswith("[{nlmsg_len=40, nlmsg_type=0x12 /* NLMSG_??? */")


def test_another_peer_leaves_the_buffers_bytes():
    text = _sendmsg(2, struct.pack("<HH4s8x", 2, 0, b"\x7f\0\0\1"))
    assert 'msg_iov=[{iov_base="(\\0\\0\\0\\22\\0\\1\\3' in text
