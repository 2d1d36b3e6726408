"""decoders/process/wait.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0, 0), '0', '0', '0'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 1, 0), 'WNOHANG', '0x1', '0x1 /* WNOHANG */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 2, 0), 'WSTOPPED', '0x2', '0x2 /* WSTOPPED */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 3, 0), 'WNOHANG|WSTOPPED', '0x3', '0x3 /* WNOHANG|WSTOPPED */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x40000000, 0), '__WALL', '0x40000000', '0x40000000 /* __WALL */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x80000001, 0), 'WNOHANG|__WCLONE', '0x80000001', '0x80000001 /* WNOHANG|__WCLONE */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x1000004, 0), 'WEXITED|WNOWAIT', '0x1000004', '0x1000004 /* WEXITED|WNOWAIT */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x20000000, 0), '__WNOTHREAD', '0x20000000', '0x20000000 /* __WNOTHREAD */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x100, 0), '0x100 /* W??? */', '0x100', '0x100 /* W??? */'),
    ('waitid_which', 'waitid', 0, (0, 0, 0, 0x100000, 0), 'P_ALL', '0', '0 /* P_ALL */'),
    ('waitid_which', 'waitid', 0, (1, 0, 0, 0x100000, 0), 'P_PID', '0x1', '0x1 /* P_PID */'),
    ('waitid_which', 'waitid', 0, (2, 0, 0, 0x100000, 0), 'P_PGID', '0x2', '0x2 /* P_PGID */'),
    ('waitid_which', 'waitid', 0, (3, 0, 0, 0x100000, 0), 'P_PIDFD', '0x3', '0x3 /* P_PIDFD */'),
    ('waitid_which', 'waitid', 0, (4, 0, 0, 0x100000, 0), '0x4 /* P_??? */', '0x4', '0x4 /* P_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)
