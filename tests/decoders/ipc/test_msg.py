"""decoders/ipc/msg.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.observed import assert_in_its_style, row_id

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38
Mem = MemoryImage


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


# ---- msgsnd / msgrcv ---------------------------------------------------------------------

def msg_memory():
    mem = Mem()
    mem.put(0xA00, struct.pack("<q", 1) + b"hello\0world\n")
    mem.put(0xA80, struct.pack("<q", 1) + b"hello\0world\n" + bytes(52))
    return mem


@pytest.mark.parametrize("addr, size, opts, text", [
    # msgsnd(0, {mtype=1, mtext="hello\0world\n"}, 12, 0) = 0
    (BASE + 0xA00, 12, {}, '{mtype=1, mtext="hello\\0world\\n"}'),
    # msgsnd(0, {mtype=1, mtext="hel"}, 3, IPC_NOWAIT) = 0
    (BASE + 0xA00, 3, {}, '{mtype=1, mtext="hel"}'),
    # strace -s 4: msgsnd(0, {mtype=1, mtext="hell"...}, 12, 0) = 0
    (BASE + 0xA00, 12, {"string_limit": 4}, '{mtype=1, mtext="hell"...}'),
    # msgsnd(0, 0x10008000, 3, IPC_NOWAIT) = -1 EFAULT
    (UNMAPPED, 3, {}, "0x10008000"),
    # msgsnd(0, 0x10003ff8, 3, IPC_NOWAIT) = -1 EINVAL (8 readable bytes are not enough)
    (BASE + 0x3FF8, 3, {}, "0x10003ff8"),
])
def test_msgbuf_in(addr, size, opts, text):
    assert decode("msgbuf_in", "msgsnd", (0, addr, size, 0), 1, msg_memory(), **opts) == text


def test_msgbuf_out():
    mem = msg_memory()
    buf = BASE + 0xA80
    # msgrcv(0, {mtype=1, mtext="hello\0world\n\0\0...\0"...}, 64, 0, 0) = 12
    assert decode("msgbuf_out", "msgrcv", (0, buf, 64, 0, 0), 1, mem, rv=12) == \
        '{mtype=1, mtext="hello\\0world\\n' + "\\0" * 20 + '"...}'
    # strace -s 4: msgrcv(0, {mtype=1, mtext="hell"...}, 64, 0, 0) = 12
    assert decode("msgbuf_out", "msgrcv", (0, buf, 64, 0, 0), 1, mem, rv=12,
                  string_limit=4) == '{mtype=1, mtext="hell"...}'
    # msgrcv(0, 0x10000a80, 2, 0, 0) = -1 E2BIG
    assert decode("msgbuf_out", "msgrcv", (0, buf, 2, 0, 0), 1, mem, errno=E2BIG) == "0x10000a80"
