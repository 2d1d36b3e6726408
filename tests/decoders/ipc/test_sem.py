"""decoders/ipc/sem.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.observed import assert_in_its_style, row_id

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOMEM = 14, 22, 12
Mem = MemoryImage


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


# ---- semop / semtimedop ----------------------------------------------------------------------

def sembuf_memory():
    mem = Mem()
    mem.put(0x900, struct.pack("<Hhh", 0, 1, 0x1000) + struct.pack("<Hhh", 1, 0, 0x800)
            + struct.pack("<Hhh", 1, -3, 0x4800))
    return mem


SOPS = BASE + 0x900


@pytest.mark.parametrize("addr, count, opts, text", [
    # semop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, {sem_num=1, sem_op=0,
    #            sem_flg=IPC_NOWAIT}], 2) = 0
    (SOPS, 2, {}, "[{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, "
                  "{sem_num=1, sem_op=0, sem_flg=IPC_NOWAIT}]"),
    # semop(0, [{sem_num=1, sem_op=-3, sem_flg=IPC_NOWAIT|0x4000}], 1) = -1 EAGAIN
    (SOPS + 12, 1, {}, "[{sem_num=1, sem_op=-3, sem_flg=IPC_NOWAIT|0x4000}]"),
    # strace -X verbose
    (SOPS, 2, {"xlat_style": "verbose"},
     "[{sem_num=0, sem_op=1, sem_flg=0x1000 /* SEM_UNDO */}, "
     "{sem_num=1, sem_op=0, sem_flg=0x800 /* IPC_NOWAIT */}]"),
    (SOPS + 12, 1, {"xlat_style": "verbose"},
     "[{sem_num=1, sem_op=-3, sem_flg=0x4800 /* IPC_NOWAIT|0x4000 */}]"),
    # strace -X raw
    (SOPS + 12, 1, {"xlat_style": "raw"}, "[{sem_num=1, sem_op=-3, sem_flg=0x4800}]"),
    # semop(0, NULL, 1) = -1 EFAULT
    (0, 1, {}, "NULL"),
    # semop(0, 0x10008000, 1) = -1 EFAULT
    (UNMAPPED, 1, {}, "0x10008000"),
    # semop(0, [], 0) = -1 EINVAL
    (SOPS, 0, {}, "[]"),
])
def test_sembuf_array(addr, count, opts, text):
    assert decode("sembuf_array", "semop", (0, addr, count), 1, sembuf_memory(), **opts) == text


def test_sembuf_array_semtimedop():
    # semtimedop(0, [{sem_num=1, sem_op=0, sem_flg=IPC_NOWAIT}], 1, {tv_sec=0, tv_nsec=1000})
    args = (0, SOPS + 6, 1, BASE + 0x9C0)
    assert decode("sembuf_array", "semtimedop", args, 1, sembuf_memory()) == \
        "[{sem_num=1, sem_op=0, sem_flg=IPC_NOWAIT}]"
