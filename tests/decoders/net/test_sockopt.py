"""decoders/net/sockopt.py fed bytes: values strace 6.1 prints for fixtures/
fam_sockopt.c (tests/test_families.py compares the whole fixture), and the
ones a fixture cannot make stable (the bytes of its own pid)."""
from __future__ import annotations

import struct

import decoders
from decoders import SYSCALL_DECODERS
from tests.decoders.conftest import make_call

decoders.load_all()
SOL_SOCKET, SO_PEERCRED, SOL_RAW, ICMP_FILTER = 1, 17, 255, 1
VALUE, LENGTH = 0x5000, 0x6000


def getsockopt(level, name, value: bytes, offered: int, returned: int, **opts):
    entry, exit_ = SYSCALL_DECODERS["getsockopt"]
    memory = {VALUE: value, LENGTH: struct.pack("<i", offered)}
    call = make_call("getsockopt", (3, level, name, VALUE, LENGTH), memory, **opts)
    head = entry(call)
    call.mem.blocks[LENGTH] = struct.pack("<i", returned)
    call.exiting, call.rv = True, 0
    return head + exit_(call)


def test_peer_credentials_cut_inside_a_field_show_its_bytes():
    creds = struct.pack("<iII", 0x4459, 0, 0)
    assert getsockopt(SOL_SOCKET, SO_PEERCRED, creds, 3, 3) == \
        '3, SOL_SOCKET, SO_PEERCRED, {pid="\\x59\\x44\\x00"}, [3]'
    assert getsockopt(SOL_SOCKET, SO_PEERCRED, creds, 12, 12) == \
        "3, SOL_SOCKET, SO_PEERCRED, {pid=17497, uid=0, gid=0}, [12]"


def test_icmp_filter_a_short_value_keeps_the_default_bits():
    # one byte given: the other 24 bits stay set, so the complement shows
    text = getsockopt(SOL_RAW, ICMP_FILTER, b"\x01", 1, 1)
    assert text == "3, SOL_RAW, ICMP_FILTER, ~[0x1 /* ICMP_??? */ 0x2 /* ICMP_??? */ " \
        "ICMP_DEST_UNREACH ICMP_SOURCE_QUENCH ICMP_REDIRECT 0x6 /* ICMP_??? */ " \
        "0x7 /* ICMP_??? */], [1]"
