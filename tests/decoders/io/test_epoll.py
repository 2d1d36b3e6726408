"""decoders/io/epoll.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0), '0 /* EPOLL_CTL_??? */', '0', '0 /* EPOLL_CTL_??? */'),
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 1, 0xffffffffffffffff, 0), 'EPOLL_CTL_ADD', '0x1', '0x1 /* EPOLL_CTL_ADD */'),
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 2, 0xffffffffffffffff, 0), 'EPOLL_CTL_DEL', '0x2', '0x2 /* EPOLL_CTL_DEL */'),
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 3, 0xffffffffffffffff, 0), 'EPOLL_CTL_MOD', '0x3', '0x3 /* EPOLL_CTL_MOD */'),
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 4, 0xffffffffffffffff, 0), '0x4 /* EPOLL_CTL_??? */', '0x4', '0x4 /* EPOLL_CTL_??? */'),
    ('epoll_create_flags', 'epoll_create1', 0, (1,), '0x1 /* EPOLL_??? */', '0x1', '0x1 /* EPOLL_??? */'),
    ('epoll_create_flags', 'epoll_create1', 0, (0x800,), '0x800 /* EPOLL_??? */', '0x800', '0x800 /* EPOLL_??? */'),
    ('epoll_create_flags', 'epoll_create1', 0, (0x80001,), 'EPOLL_CLOEXEC|0x1', '0x80001', '0x80001 /* EPOLL_CLOEXEC|0x1 */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)
