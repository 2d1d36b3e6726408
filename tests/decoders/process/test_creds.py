"""decoders/process/creds.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOMEM = 14, 22, 12
Mem = MemoryImage


# ---- setgroups / getgroups ---------------------------------------------------------

def groups_memory():
    mem = Mem()
    gids = list(range(40))
    gids[2] = 0xFFFFFFFF
    mem.put(0, struct.pack("<40I", *gids))
    mem.put(0x3FFC, struct.pack("<I", 7))
    return mem


@pytest.mark.parametrize("size, addr, opts, text", [
    # setgroups(3, [0, 1, -1]) = -1 EINVAL
    (3, BASE, {}, "[0, 1, -1]"),
    # setgroups(40, [0, 1, -1, 3, 4, ..., 31, ...]) = -1 EINVAL
    (40, BASE, {}, "[0, 1, -1, " + ", ".join(map(str, range(3, 32))) + ", ...]"),
    # strace -v: setgroups(40, [0, 1, -1, 3, ..., 39])
    (40, BASE, {"verbose": True}, "[0, 1, -1, " + ", ".join(map(str, range(3, 40))) + "]"),
    # strace -s 4: setgroups(40, [0, 1, -1, 3, ...])
    (40, BASE, {"string_limit": 4}, "[0, 1, -1, 3, ...]"),
    # setgroups(-1, 0x10000000) = -1 EINVAL
    (0xFFFFFFFF, BASE, {}, "0x10000000"),
    # setgroups(2, 0x10008000) = -1 EFAULT
    (2, UNMAPPED, {}, "0x10008000"),
    # setgroups(0, NULL) = 0
    (0, 0, {}, "NULL"),
    # setgroups(2, [7, ... /* 0x10004000 */]) = -1 EFAULT
    (2, BASE + 0x3FFC, {}, "[7, ... /* 0x10004000 */]"),
])
def test_gid_array(size, addr, opts, text):
    assert decode("gid_array", "setgroups", (size, addr), 1, groups_memory(), **opts) == text


def test_gid_array_rv():
    mem = Mem()
    list_addr = mem.put(0x200, struct.pack("<3I", 0, 1, 65534))
    # getgroups(40, [0, 1, 65534]) = 3
    assert decode("gid_array_rv", "getgroups", (40, list_addr), 1, mem, rv=3) == "[0, 1, 65534]"
    # getgroups(0, NULL) = 3
    assert decode("gid_array_rv", "getgroups", (0, 0), 1, mem, rv=3) == "NULL"
    # getgroups(1, 0x10000200) = -1 EINVAL
    assert decode("gid_array_rv", "getgroups", (1, list_addr), 1, mem, errno=EINVAL) == "0x10000200"
    # getgroups(3, 0x10008000) = -1 EFAULT
    assert decode("gid_array_rv", "getgroups", (3, UNMAPPED), 1, mem, errno=EFAULT) == "0x10008000"
    # getgroups(40, []) = 0
    assert decode("gid_array_rv", "getgroups", (40, list_addr), 1, mem, rv=0) == "[]"
