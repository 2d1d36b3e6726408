"""decoders/ipc/msg.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('ipc_msg_flags', 'msgsnd', 3, 0x0, 'abbrev', '0'),
    ('ipc_msg_flags', 'msgsnd', 3, 0x7800, 'abbrev', 'MSG_NOERROR|MSG_EXCEPT|MSG_COPY|IPC_NOWAIT'),
    ('ipc_msg_flags', 'msgsnd', 3, 0x1, 'abbrev', '0x1 /* MSG_??? */'),
    ('msgctl_cmd', 'msgctl', 1, 0x0, 'abbrev', 'IPC_RMID'),
    ('msgctl_cmd', 'msgctl', 1, 0x10d, 'abbrev', 'IPC_64|MSG_STAT_ANY'),
    ('msgctl_cmd', 'msgctl', 1, 0xe, 'abbrev', '0xe /* MSG_??? */'),
    ('ipc_msg_flags', 'msgsnd', 3, 0x0, 'raw', '0'),
    ('ipc_msg_flags', 'msgsnd', 3, 0x7800, 'raw', '0x7800'),
    ('ipc_msg_flags', 'msgsnd', 3, 0x1, 'raw', '0x1'),
    ('msgctl_cmd', 'msgctl', 1, 0x0, 'raw', '0'),
    ('msgctl_cmd', 'msgctl', 1, 0x10d, 'raw', '0x100|0xd'),
    ('msgctl_cmd', 'msgctl', 1, 0xe, 'raw', '0xe'),
    ('ipc_msg_flags', 'msgsnd', 3, 0x0, 'verbose', '0'),
    ('ipc_msg_flags', 'msgsnd', 3, 0x7800, 'verbose', '0x7800 /* MSG_NOERROR|MSG_EXCEPT|MSG_COPY|IPC_NOWAIT */'),
    ('ipc_msg_flags', 'msgsnd', 3, 0x1, 'verbose', '0x1 /* MSG_??? */'),
    ('msgctl_cmd', 'msgctl', 1, 0x0, 'verbose', '0 /* IPC_RMID */'),
    ('msgctl_cmd', 'msgctl', 1, 0x10d, 'verbose', '0x100 /* IPC_64 */|0xd /* MSG_STAT_ANY */'),
    ('msgctl_cmd', 'msgctl', 1, 0xe, 'verbose', '0xe /* MSG_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
