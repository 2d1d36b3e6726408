"""semget's flags (in ipc/sysv), semop/semtimedop's sembufs and semctl."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.ipc.sysv import _ipc_ctl
from decoders.render.flags import print_flags
from decoders.render.numbers import U32
from decoders.render.structs import print_array

SEMCTL_FLAGS = (
    (0x0, 'IPC_RMID'),
    (0x1, 'IPC_SET'),
    (0x2, 'IPC_STAT'),
    (0x3, 'IPC_INFO'),
    (0xb, 'GETPID'),
    (0xc, 'GETVAL'),
    (0xd, 'GETALL'),
    (0xe, 'GETNCNT'),
    (0xf, 'GETZCNT'),
    (0x10, 'SETVAL'),
    (0x11, 'SETALL'),
    (0x12, 'SEM_STAT'),
    (0x13, 'SEM_INFO'),
    (0x14, 'SEM_STAT_ANY'),
)

SEMOP_FLAGS = (
    (0x1000, "SEM_UNDO"),
    (0x800, "IPC_NOWAIT"),
)

arg_kind("semctl_cmd")(_ipc_ctl(SEMCTL_FLAGS, "SEM_???"))

SEMBUF = struct.Struct("<Hhh")      # sem_num, sem_op, sem_flg


@arg_kind("sembuf_array")
def _sembuf_array(value: int, call: Call) -> str:
    """semop/semtimedop's operations; nsops is the next argument."""
    style = call.opts.xlat_style

    def one(chunk: bytes) -> str:
        num, op, flg = SEMBUF.unpack(chunk)
        return "{sem_num=%d, sem_op=%d, sem_flg=%s}" % (
            num, op, print_flags(flg & 0xFFFF, SEMOP_FLAGS, "SEM_???", style))

    return print_array(call, value, call.args[call.index + 1] & U32, SEMBUF.size, one)
