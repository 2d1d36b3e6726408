"""decoders/ipc/sysv.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('ipc_key', 'shmget', 0, 0x0, 'abbrev', 'IPC_PRIVATE'),
    ('ipc_key', 'shmget', 0, 0x1234, 'abbrev', '0x1234'),
    ('ipc_get_flags', 'semget', 2, 0x0, 'abbrev', '000'),
    ('ipc_key', 'semget', 0, 0xffffffff, 'abbrev', '0xffffffff'),
    ('ipc_get_flags', 'semget', 2, 0xfb6, 'abbrev', 'IPC_CREAT|IPC_EXCL|IPC_NOWAIT|0666'),
    ('ipc_get_flags', 'semget', 2, 0x1180, 'abbrev', '0x10000600'),
    ('ipc_key', 'msgget', 0, 0x42, 'abbrev', '0x42'),
    ('ipc_get_flags', 'msgget', 1, 0x380, 'abbrev', 'IPC_CREAT|0600'),
    ('ipc_key', 'shmget', 0, 0x0, 'raw', '0'),
    ('ipc_key', 'shmget', 0, 0x1234, 'raw', '0x1234'),
    ('ipc_get_flags', 'semget', 2, 0x0, 'raw', '000'),
    ('ipc_key', 'semget', 0, 0xffffffff, 'raw', '0xffffffff'),
    ('ipc_get_flags', 'semget', 2, 0xfb6, 'raw', '0xe00|0666'),
    ('ipc_get_flags', 'semget', 2, 0x1180, 'raw', '0x1000|0600'),
    ('ipc_key', 'msgget', 0, 0x42, 'raw', '0x42'),
    ('ipc_get_flags', 'msgget', 1, 0x380, 'raw', '0x200|0600'),
    ('ipc_key', 'shmget', 0, 0x0, 'verbose', '0 /* IPC_PRIVATE */'),
    ('ipc_key', 'shmget', 0, 0x1234, 'verbose', '0x1234'),
    ('ipc_get_flags', 'semget', 2, 0x0, 'verbose', '000'),
    ('ipc_key', 'semget', 0, 0xffffffff, 'verbose', '0xffffffff'),
    ('ipc_get_flags', 'semget', 2, 0xfb6, 'verbose', '0xe00 /* IPC_CREAT|IPC_EXCL|IPC_NOWAIT */|0666'),
    ('ipc_get_flags', 'semget', 2, 0x1180, 'verbose', '0x10000600'),
    ('ipc_key', 'msgget', 0, 0x42, 'verbose', '0x42'),
    ('ipc_get_flags', 'msgget', 1, 0x380, 'verbose', '0x200 /* IPC_CREAT */|0600'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
