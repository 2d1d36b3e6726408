"""decoders/ipc/sem.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('semctl_cmd', 'semctl', 2, 0x0, 'abbrev', 'IPC_RMID'),
    ('semctl_cmd', 'semctl', 2, 0x110, 'abbrev', 'IPC_64|SETVAL'),
    ('semctl_cmd', 'semctl', 2, 0x15, 'abbrev', '0x15 /* SEM_??? */'),
    ('semctl_cmd', 'semctl', 2, 0x0, 'raw', '0'),
    ('semctl_cmd', 'semctl', 2, 0x110, 'raw', '0x100|0x10'),
    ('semctl_cmd', 'semctl', 2, 0x15, 'raw', '0x15'),
    ('semctl_cmd', 'semctl', 2, 0x0, 'verbose', '0 /* IPC_RMID */'),
    ('semctl_cmd', 'semctl', 2, 0x110, 'verbose', '0x100 /* IPC_64 */|0x10 /* SETVAL */'),
    ('semctl_cmd', 'semctl', 2, 0x15, 'verbose', '0x15 /* SEM_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
