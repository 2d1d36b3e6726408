"""decoders/ipc/shm.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('shmget_flags', 'shmget', 2, 0x0, 'abbrev', '000'),
    ('shmget_flags', 'shmget', 2, 0x7a4, 'abbrev', 'IPC_CREAT|IPC_EXCL|0644'),
    ('shmget_flags', 'shmget', 2, 0x1980, 'abbrev', 'SHM_HUGETLB|SHM_NORESERVE|0600'),
    ('shmget_flags', 'shmget', 2, 0x54000980, 'abbrev', 'SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600'),
    ('shmget_flags', 'shmget', 2, 0x54000000, 'abbrev', '21<<SHM_HUGE_SHIFT|000'),
    ('shmget_flags', 'shmget', 2, 0x8180, 'abbrev', '0x8000|0600'),
    ('shmat_flags', 'shmat', 2, 0x0, 'abbrev', '0'),
    ('shmat_flags', 'shmat', 2, 0xf000, 'abbrev', 'SHM_RDONLY|SHM_RND|SHM_REMAP|SHM_EXEC'),
    ('shmat_flags', 'shmat', 2, 0x1, 'abbrev', '0x1 /* SHM_??? */'),
    ('shmctl_cmd', 'shmctl', 1, 0x0, 'abbrev', 'IPC_RMID'),
    ('shmctl_cmd', 'shmctl', 1, 0x10b, 'abbrev', 'IPC_64|SHM_LOCK'),
    ('shmctl_cmd', 'shmctl', 1, 0x63, 'abbrev', '0x63 /* SHM_??? */'),
    ('shmctl_cmd', 'shmctl', 1, 0x163, 'abbrev', 'IPC_64|0x63 /* SHM_??? */'),
    ('shmget_flags', 'shmget', 2, 0x0, 'raw', '000'),
    ('shmget_flags', 'shmget', 2, 0x7a4, 'raw', '0x600|0644'),
    ('shmget_flags', 'shmget', 2, 0x1980, 'raw', '0x1800|0600'),
    ('shmget_flags', 'shmget', 2, 0x54000980, 'raw', '0x800|21<<26|0600'),
    ('shmget_flags', 'shmget', 2, 0x54000000, 'raw', '21<<26|000'),
    ('shmget_flags', 'shmget', 2, 0x8180, 'raw', '0x8000|0600'),
    ('shmat_flags', 'shmat', 2, 0x0, 'raw', '0'),
    ('shmat_flags', 'shmat', 2, 0xf000, 'raw', '0xf000'),
    ('shmat_flags', 'shmat', 2, 0x1, 'raw', '0x1'),
    ('shmctl_cmd', 'shmctl', 1, 0x0, 'raw', '0'),
    ('shmctl_cmd', 'shmctl', 1, 0x10b, 'raw', '0x100|0xb'),
    ('shmctl_cmd', 'shmctl', 1, 0x63, 'raw', '0x63'),
    ('shmctl_cmd', 'shmctl', 1, 0x163, 'raw', '0x100|0x63'),
    ('shmget_flags', 'shmget', 2, 0x0, 'verbose', '000'),
    ('shmget_flags', 'shmget', 2, 0x7a4, 'verbose', '0x600 /* IPC_CREAT|IPC_EXCL */|0644'),
    ('shmget_flags', 'shmget', 2, 0x1980, 'verbose', '0x1800 /* SHM_HUGETLB|SHM_NORESERVE */|0600'),
    ('shmget_flags', 'shmget', 2, 0x54000980, 'verbose', '0x800 /* SHM_HUGETLB */|21<<26 /* SHM_HUGE_SHIFT */|0600'),
    ('shmget_flags', 'shmget', 2, 0x54000000, 'verbose', '21<<26 /* SHM_HUGE_SHIFT */|000'),
    ('shmget_flags', 'shmget', 2, 0x8180, 'verbose', '0x8000|0600'),
    ('shmat_flags', 'shmat', 2, 0x0, 'verbose', '0'),
    ('shmat_flags', 'shmat', 2, 0xf000, 'verbose', '0xf000 /* SHM_RDONLY|SHM_RND|SHM_REMAP|SHM_EXEC */'),
    ('shmat_flags', 'shmat', 2, 0x1, 'verbose', '0x1 /* SHM_??? */'),
    ('shmctl_cmd', 'shmctl', 1, 0x0, 'verbose', '0 /* IPC_RMID */'),
    ('shmctl_cmd', 'shmctl', 1, 0x10b, 'verbose', '0x100 /* IPC_64 */|0xb /* SHM_LOCK */'),
    ('shmctl_cmd', 'shmctl', 1, 0x63, 'verbose', '0x63 /* SHM_??? */'),
    ('shmctl_cmd', 'shmctl', 1, 0x163, 'verbose', '0x100 /* IPC_64 */|0x63 /* SHM_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
