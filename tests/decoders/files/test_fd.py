"""decoders/files/fd.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('pipe_flags', 'pipe2', 1, (0, 0), '0', '0', '0'),
    ('pipe_flags', 'pipe2', 1, (0, 0x80000), 'O_CLOEXEC', '0x80000', '0x80000 /* O_CLOEXEC */'),
    ('pipe_flags', 'pipe2', 1, (0, 0x80800), 'O_NONBLOCK|O_CLOEXEC', '0x80800', '0x80800 /* O_NONBLOCK|O_CLOEXEC */'),
    ('pipe_flags', 'pipe2', 1, (0, 0x4000), 'O_DIRECT', '0x4000', '0x4000 /* O_DIRECT */'),
    ('pipe_flags', 'pipe2', 1, (0, 1), '0x1 /* O_??? */', '0x1', '0x1 /* O_??? */'),
    ('dup3_flags', 'dup3', 2, (0xffffffffffffffff, 0xffffffffffffffff, 0), '0', '0', '0'),
    ('dup3_flags', 'dup3', 2, (0xffffffffffffffff, 0xffffffffffffffff, 0x80000), 'O_CLOEXEC', '0x80000', '0x80000 /* O_CLOEXEC */'),
    ('dup3_flags', 'dup3', 2, (0xffffffffffffffff, 0xffffffffffffffff, 1), '0x1 /* O_??? */', '0x1', '0x1 /* O_??? */'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 0), '0', '0', '0'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 2), 'CLOSE_RANGE_UNSHARE', '0x2', '0x2 /* CLOSE_RANGE_UNSHARE */'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 4), 'CLOSE_RANGE_CLOEXEC', '0x4', '0x4 /* CLOSE_RANGE_CLOEXEC */'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 6), 'CLOSE_RANGE_UNSHARE|CLOSE_RANGE_CLOEXEC', '0x6', '0x6 /* CLOSE_RANGE_UNSHARE|CLOSE_RANGE_CLOEXEC */'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 1), '0x1 /* CLOSE_RANGE_??? */', '0x1', '0x1 /* CLOSE_RANGE_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)
