"""decoders/ipc/mq.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38
Mem = MemoryImage


# ---- mq_open / mq_getsetattr ------------------------------------------------------------

O_RDWR_CREAT, O_RDWR = 0x42, 0x2


def mq_memory():
    mem = Mem()
    mem.put(0x600, struct.pack("<4q", 0x800, 5, 64, 0))
    mem.put(0x640, struct.pack("<4q", 0x801, -1, 2, 3))
    mem.put(0x6C0, struct.pack("<4q", 0, 5, 64, 0))
    return mem


@pytest.mark.parametrize("flags, attr, opts, text", [
    # mq_open("s2q", O_RDWR|O_CREAT, 0600, {mq_flags=0x800, mq_maxmsg=5, mq_msgsize=64,
    #         mq_curmsgs=0}) = 3
    (O_RDWR_CREAT, BASE + 0x600, {}, "{mq_flags=0x800, mq_maxmsg=5, mq_msgsize=64, mq_curmsgs=0}"),
    # the same under -X raw and -X verbose: mq_flags stays in hex
    (O_RDWR_CREAT, BASE + 0x600, {"xlat_style": "verbose"},
     "{mq_flags=0x800, mq_maxmsg=5, mq_msgsize=64, mq_curmsgs=0}"),
    # mq_open("s2q", O_RDWR) = 4
    (O_RDWR, BASE + 0x600, {}, None),
    # mq_open("s2q", O_RDWR|O_CREAT|O_EXCL, 0600, NULL) = -1 EEXIST
    (0xC2, 0, {}, "NULL"),
    # mq_open("s2q", O_RDWR|O_CREAT, 0600, 0x10008000) = -1 EFAULT
    (O_RDWR_CREAT, UNMAPPED, {}, "0x10008000"),
])
def test_mq_attr_creat(flags, attr, opts, text):
    args = (BASE + 0x680, flags, 0o600, attr)
    assert decode("mq_attr_creat", "mq_open", args, 3, mq_memory(), **opts) == text


@pytest.mark.parametrize("opts, text", [
    # mq_getsetattr(3, {mq_flags=O_NONBLOCK|0x1, mq_maxmsg=-1, mq_msgsize=2, mq_curmsgs=3},
    #               0x100006c0) = -1 EINVAL
    ({}, "{mq_flags=O_NONBLOCK|0x1, mq_maxmsg=-1, mq_msgsize=2, mq_curmsgs=3}"),
    ({"xlat_style": "verbose"},
     "{mq_flags=0x801 /* O_NONBLOCK|0x1 */, mq_maxmsg=-1, mq_msgsize=2, mq_curmsgs=3}"),
    ({"xlat_style": "raw"}, "{mq_flags=0x801, mq_maxmsg=-1, mq_msgsize=2, mq_curmsgs=3}"),
])
def test_mq_attr_new(opts, text):
    args = (3, BASE + 0x640, BASE + 0x6C0)
    assert decode("mq_attr", "mq_getsetattr", args, 1, mq_memory(), **opts) == text


def test_mq_attr_old():
    mem = mq_memory()
    old = BASE + 0x6C0
    # mq_getsetattr(3, {...}, 0x100006c0) = -1 EINVAL
    assert decode("mq_attr", "mq_getsetattr", (3, BASE + 0x640, old), 2, mem,
                  errno=EINVAL) == "0x100006c0"
    # mq_getsetattr(3, NULL, {mq_flags=0, mq_maxmsg=5, mq_msgsize=64, mq_curmsgs=0}) = 0
    assert decode("mq_attr", "mq_getsetattr", (3, 0, old), 2, mem, rv=0) == \
        "{mq_flags=0, mq_maxmsg=5, mq_msgsize=64, mq_curmsgs=0}"
    assert decode("mq_attr", "mq_getsetattr", (3, 0, old), 1, mem) == "NULL"
    # mq_getsetattr(3, NULL, 0x10008000) = -1 EFAULT
    assert decode("mq_attr", "mq_getsetattr", (3, 0, UNMAPPED), 2, mem,
                  errno=EFAULT) == "0x10008000"
