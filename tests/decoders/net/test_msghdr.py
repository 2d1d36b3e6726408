"""decoders/net/msghdr.py: recvmmsg's timeout, which the kernel rewrites
with what is left of it (fixtures/fam_mmsg.c shows the rest under strace)."""
from __future__ import annotations

import struct

import decoders
from decoders import ARG_KINDS, RET_KINDS
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
