"""decoders/files/fcntl.py against strace 6.1."""
from __future__ import annotations

import pytest

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
