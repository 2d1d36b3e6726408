"""decoders/files/fcntl.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from decoders import RET_KINDS
from tests.decoders.conftest import make_call
from tests.decoders.conftest import whole_call_entry as entry
from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0), '0', '0', '0'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 1), 'LOCK_SH', '0x1', '0x1 /* LOCK_SH */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 2), 'LOCK_EX', '0x2', '0x2 /* LOCK_EX */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 4), 'LOCK_NB', '0x4', '0x4 /* LOCK_NB */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 5), 'LOCK_SH|LOCK_NB', '0x5', '0x5 /* LOCK_SH|LOCK_NB */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 6), 'LOCK_EX|LOCK_NB', '0x6', '0x6 /* LOCK_EX|LOCK_NB */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 8), 'LOCK_UN', '0x8', '0x8 /* LOCK_UN */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0x20), 'LOCK_MAND', '0x20', '0x20 /* LOCK_MAND */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0xc0), 'LOCK_RW', '0xc0', '0xc0 /* LOCK_RW */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0x44), 'LOCK_NB|LOCK_READ', '0x44', '0x44 /* LOCK_NB|LOCK_READ */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0x100), '0x100 /* LOCK_??? */', '0x100', '0x100 /* LOCK_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


def test_fcntl_return_values():
    ret = RET_KINDS["fcntl"]
    assert ret(1, make_call("fcntl", (5, 1), rv=1)) == "0x1 (flags FD_CLOEXEC)"
    assert ret(0x8002, make_call("fcntl", (5, 3), rv=0x8002)) == "0x8002 (flags O_RDWR|O_LARGEFILE)"
    assert ret(10, make_call("fcntl", (5, 11), rv=10)) == "10 (SIGUSR1)"
    assert ret(2, make_call("fcntl", (6, 0x401), rv=2)) == "0x2 (F_UNLCK)"
    assert ret(6, make_call("fcntl", (7, 0x40a), rv=6)) == "0x6 (seals F_SEAL_SHRINK|F_SEAL_GROW)"


def test_fcntl_flock_argument():
    flock = struct.pack("<hh4xqqi4x", 1, 0, 0, 10, 0)
    text, _ = entry("fcntl", (6, 6, 0x8000), {0x8000: flock})
    assert text == "6, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10}"
