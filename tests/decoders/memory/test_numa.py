"""decoders/memory/numa.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.observed import assert_in_its_style, row_id

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOMEM = 14, 22, 12
Mem = MemoryImage


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('mpol_mode', 'mbind', 2, 0x0, 'abbrev', 'MPOL_DEFAULT'),
    ('mbind_flags', 'mbind', 5, 0x0, 'abbrev', '0'),
    ('mpol_mode', 'mbind', 2, 0x8002, 'abbrev', 'MPOL_BIND|MPOL_F_STATIC_NODES'),
    ('mbind_flags', 'mbind', 5, 0x7, 'abbrev', 'MPOL_MF_STRICT|MPOL_MF_MOVE|MPOL_MF_MOVE_ALL'),
    ('mpol_mode', 'mbind', 2, 0x6003, 'abbrev', 'MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING'),
    ('mbind_flags', 'mbind', 5, 0x8, 'abbrev', '0x8 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x9, 'abbrev', '0x9 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x8009, 'abbrev', 'MPOL_F_STATIC_NODES|0x9'),
    ('mpol_mode', 'mbind', 2, 0x10001, 'abbrev', '0x10001 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x100000001, 'abbrev', '0x100000001 /* MPOL_??? */'),
    ('mbind_flags', 'mbind', 5, 0x100000001, 'abbrev', 'MPOL_MF_STRICT'),
    ('mpol_mode', 'set_mempolicy', 0, 0x5, 'abbrev', 'MPOL_PREFERRED_MANY'),
    ('mpol_mode', 'set_mempolicy', 0, 0x100008001, 'abbrev', 'MPOL_PREFERRED|MPOL_F_STATIC_NODES'),
    ('mpol_mode', 'set_mempolicy', 0, 0x9000, 'abbrev', 'MPOL_F_STATIC_NODES|0x1000'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x7, 'abbrev', 'MPOL_F_NODE|MPOL_F_ADDR|MPOL_F_MEMS_ALLOWED'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x8, 'abbrev', '0x8 /* MPOL_??? */'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x100000001, 'abbrev', 'MPOL_F_NODE|0x100000000'),
    ('move_pages_flags', 'move_pages', 5, 0x0, 'abbrev', '0'),
    ('move_pages_flags', 'move_pages', 5, 0x6, 'abbrev', 'MPOL_MF_MOVE|MPOL_MF_MOVE_ALL'),
    ('move_pages_flags', 'move_pages', 5, 0x1, 'abbrev', '0x1 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x0, 'raw', '0'),
    ('mbind_flags', 'mbind', 5, 0x0, 'raw', '0'),
    ('mpol_mode', 'mbind', 2, 0x8002, 'raw', '0x8002'),
    ('mbind_flags', 'mbind', 5, 0x7, 'raw', '0x7'),
    ('mpol_mode', 'mbind', 2, 0x6003, 'raw', '0x6003'),
    ('mbind_flags', 'mbind', 5, 0x8, 'raw', '0x8'),
    ('mpol_mode', 'mbind', 2, 0x9, 'raw', '0x9'),
    ('mpol_mode', 'mbind', 2, 0x8009, 'raw', '0x8009'),
    ('mpol_mode', 'mbind', 2, 0x10001, 'raw', '0x10001'),
    ('mpol_mode', 'mbind', 2, 0x100000001, 'raw', '0x100000001'),
    ('mbind_flags', 'mbind', 5, 0x100000001, 'raw', '0x1'),
    ('mpol_mode', 'set_mempolicy', 0, 0x5, 'raw', '0x5'),
    ('mpol_mode', 'set_mempolicy', 0, 0x100008001, 'raw', '0x8001'),
    ('mpol_mode', 'set_mempolicy', 0, 0x9000, 'raw', '0x9000'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x7, 'raw', '0x7'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x8, 'raw', '0x8'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x100000001, 'raw', '0x100000001'),
    ('move_pages_flags', 'move_pages', 5, 0x0, 'raw', '0'),
    ('move_pages_flags', 'move_pages', 5, 0x6, 'raw', '0x6'),
    ('move_pages_flags', 'move_pages', 5, 0x1, 'raw', '0x1'),
    ('mpol_mode', 'mbind', 2, 0x0, 'verbose', '0 /* MPOL_DEFAULT */'),
    ('mbind_flags', 'mbind', 5, 0x0, 'verbose', '0'),
    ('mpol_mode', 'mbind', 2, 0x8002, 'verbose', '0x8002 /* MPOL_BIND|MPOL_F_STATIC_NODES */'),
    ('mbind_flags', 'mbind', 5, 0x7, 'verbose', '0x7 /* MPOL_MF_STRICT|MPOL_MF_MOVE|MPOL_MF_MOVE_ALL */'),
    ('mpol_mode', 'mbind', 2, 0x6003, 'verbose', '0x6003 /* MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING */'),
    ('mbind_flags', 'mbind', 5, 0x8, 'verbose', '0x8 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x9, 'verbose', '0x9 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x8009, 'verbose', '0x8009 /* MPOL_F_STATIC_NODES|0x9 */'),
    ('mpol_mode', 'mbind', 2, 0x10001, 'verbose', '0x10001 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x100000001, 'verbose', '0x100000001 /* MPOL_??? */'),
    ('mbind_flags', 'mbind', 5, 0x100000001, 'verbose', '0x1 /* MPOL_MF_STRICT */'),
    ('mpol_mode', 'set_mempolicy', 0, 0x5, 'verbose', '0x5 /* MPOL_PREFERRED_MANY */'),
    ('mpol_mode', 'set_mempolicy', 0, 0x100008001, 'verbose', '0x8001 /* MPOL_PREFERRED|MPOL_F_STATIC_NODES */'),
    ('mpol_mode', 'set_mempolicy', 0, 0x9000, 'verbose', '0x9000 /* MPOL_F_STATIC_NODES|0x1000 */'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x7, 'verbose', '0x7 /* MPOL_F_NODE|MPOL_F_ADDR|MPOL_F_MEMS_ALLOWED */'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x8, 'verbose', '0x8 /* MPOL_??? */'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x100000001, 'verbose', '0x100000001 /* MPOL_F_NODE|0x100000000 */'),
    ('move_pages_flags', 'move_pages', 5, 0x0, 'verbose', '0'),
    ('move_pages_flags', 'move_pages', 5, 0x6, 'verbose', '0x6 /* MPOL_MF_MOVE|MPOL_MF_MOVE_ALL */'),
    ('move_pages_flags', 'move_pages', 5, 0x1, 'verbose', '0x1 /* MPOL_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)


# ---- NUMA node masks -----------------------------------------------------------------

def numa_memory():
    mem = Mem()
    mem.put(0x400, struct.pack("<5Q", 1, 0, 0x8000000000000000, 0x10, 0xFF))
    mem.put(0x3FF8, struct.pack("<Q", 0))
    mem.put(0x500, struct.pack("<iQ", 2, 1)[:4])
    mem.put(0x508, struct.pack("<Q", 1))
    return mem


MASK = BASE + 0x400


W1, W0, WTOP, W10, WFF = ("0x00000000000001", "0000000000000000", "0x8000000000000000",
                          "0x00000000000010", "0x000000000000ff")


@pytest.mark.parametrize("addr, maxnode, opts, text", [
    # set_mempolicy(MPOL_BIND, [0x00000000000001, 0000000000000000, 0x8000000000000000], 130)
    (MASK, 130, {}, "[%s, %s, %s]" % (W1, W0, WTOP)),
    # set_mempolicy(MPOL_BIND, 0x10000400, 1) = -1 EINVAL
    (MASK, 1, {}, "0x10000400"),
    # set_mempolicy(MPOL_BIND, [..., 0x00000000000010, 0x000000000000ff], 320) = 0
    (MASK, 320, {}, "[%s, %s, %s, %s, %s]" % (W1, W0, WTOP, W10, WFF)),
    # strace -s 4: set_mempolicy(MPOL_BIND, [..., 0x00000000000010, ...], 320)
    (MASK, 320, {"string_limit": 4}, "[%s, %s, %s, %s, ...]" % (W1, W0, WTOP, W10)),
    # set_mempolicy(MPOL_BIND, [0x00000000000001], 65) = 0
    (MASK, 65, {}, "[%s]" % W1),
    # set_mempolicy(MPOL_BIND, [0000000000000000, ... /* 0x10004000 */], 130) = -1 EFAULT
    (BASE + 0x3FF8, 130, {}, "[%s, ... /* 0x10004000 */]" % W0),
    # set_mempolicy(MPOL_DEFAULT, [], 0) = -1 EINVAL
    (MASK, 0, {}, "[]"),
    # set_mempolicy(MPOL_DEFAULT, NULL, 0) = 0
    (0, 0, {}, "NULL"),
    # set_mempolicy(MPOL_BIND, 0x10008000, 64) = -1 EFAULT
    (UNMAPPED, 64, {}, "0x10008000"),
])
def test_nodemask_set_mempolicy(addr, maxnode, opts, text):
    assert decode("nodemask", "set_mempolicy", (2, addr, maxnode), 1, numa_memory(),
                  **opts) == text


def test_nodemask_mbind_and_migrate_pages():
    mem = numa_memory()
    # mbind(0x10000000, 4096, MPOL_BIND, [0x00000000000001], 65, 0) = 0
    assert decode("nodemask", "mbind", (BASE, 4096, 2, MASK, 65, 0), 3, mem) == "[%s]" % W1
    # migrate_pages(0, 64, [0x00000000000001], [0x00000000000010]) = -1 EINVAL
    args = (0, 64, MASK, MASK + 24)
    assert decode("nodemask", "migrate_pages", args, 2, mem) == "[%s]" % W1
    assert decode("nodemask", "migrate_pages", args, 3, mem) == "[%s]" % W10


@pytest.mark.parametrize("opts, mode", [
    # get_mempolicy([MPOL_BIND], [0x00000000000001], 64, NULL, 0) = 0
    ({}, "[MPOL_BIND]"),
    # strace -X verbose: get_mempolicy([0x2 /* MPOL_BIND */], ...)
    ({"xlat_style": "verbose"}, "[0x2 /* MPOL_BIND */]"),
    # strace -X raw: get_mempolicy([0x2], ...)
    ({"xlat_style": "raw"}, "[0x2]"),
])
def test_get_mempolicy(opts, mode):
    mem = numa_memory()
    args = (BASE + 0x500, BASE + 0x508, 64, 0, 0)
    assert decode("mpol_mode_ptr", "get_mempolicy", args, 0, mem, rv=0, **opts) == mode
    assert decode("nodemask", "get_mempolicy", args, 1, mem, rv=0, **opts) == "[%s]" % W1


def test_get_mempolicy_failed():
    # get_mempolicy(0x10008000, 0x10000508, 64, NULL, 0) = -1 EFAULT
    args = (UNMAPPED, BASE + 0x508, 64, 0, 0)
    mem = numa_memory()
    assert decode("mpol_mode_ptr", "get_mempolicy", args, 0, mem, errno=EFAULT) == "0x10008000"
    assert decode("nodemask", "get_mempolicy", args, 1, mem, errno=EFAULT) == "0x10000508"


# ---- move_pages ------------------------------------------------------------------------

def move_pages_memory():
    mem = Mem()
    mem.put(0xD00, struct.pack("<3Q", BASE, BASE + 0x1000, UNMAPPED))
    mem.put(0xD40, struct.pack("<3i", 0, 0, 0))
    mem.put(0xD60, struct.pack("<3i", 0, 0, -EFAULT))
    return mem


PAGES, NODES, STATUS = BASE + 0xD00, BASE + 0xD40, BASE + 0xD60


@pytest.mark.parametrize("opts, status", [
    # move_pages(0, 3, [0x10000000, 0x10001000, 0x10008000], NULL, [0, 0, -EFAULT], 0) = 0
    ({}, "[0, 0, -EFAULT]"),
    # strace -X verbose: ... [0, 0, -14 /* -EFAULT */] ...
    ({"xlat_style": "verbose"}, "[0, 0, -14 /* -EFAULT */]"),
    # strace -X raw: ... [0, 0, -14] ...
    ({"xlat_style": "raw"}, "[0, 0, -14]"),
])
def test_move_pages_three(opts, status):
    mem = move_pages_memory()
    args = (0, 3, PAGES, 0, STATUS, 0)
    assert decode("ptr_array", "move_pages", args, 2, mem, **opts) == \
        "[0x10000000, 0x10001000, 0x10008000]"
    assert decode("int_array", "move_pages", args, 3, mem, **opts) == "NULL"
    assert decode("move_pages_status", "move_pages", args, 4, mem, rv=0, **opts) == status


def test_move_pages_two_and_none():
    mem = move_pages_memory()
    # move_pages(0, 2, [0x10000000, 0x10001000], [0, 0], [0, 0], MPOL_MF_MOVE) = 0
    args = (0, 2, PAGES, NODES, STATUS, 2)
    assert decode("ptr_array", "move_pages", args, 2, mem) == "[0x10000000, 0x10001000]"
    assert decode("int_array", "move_pages", args, 3, mem) == "[0, 0]"
    assert decode("move_pages_status", "move_pages", args, 4, mem, rv=0) == "[0, 0]"
    # move_pages(0, 2, [...], [0, 0], 0x10008000, 0) = -1 EFAULT
    args = (0, 2, PAGES, NODES, UNMAPPED, 0)
    assert decode("move_pages_status", "move_pages", args, 4, mem, errno=EFAULT) == "0x10008000"
    # move_pages(0, 0, [], NULL, [], 0) = 0
    args = (0, 0, PAGES, 0, STATUS, 0)
    assert decode("ptr_array", "move_pages", args, 2, mem) == "[]"
    assert decode("move_pages_status", "move_pages", args, 4, mem, rv=0) == "[]"
