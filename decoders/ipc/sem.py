"""semget's flags (in ipc/sysv), semop/semtimedop's sembufs and semctl (struct
semid_ds and seminfo)."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.ipc.sysv import (
    IPC_INFO, IPC_SET, IPC_STAT, _ipc_ctl, ctl_decoder, fields_printer, ipc_perm_text)
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

SEM_STAT, SEM_INFO, SEM_STAT_ANY = 18, 19, 20

# struct semid_ds after sem_perm: otime, ctime, nsems (each then a reserved word)
_SEMID_DS = struct.Struct("<48xQ8xQ8xQ16x")
_SEMINFO = struct.Struct("<10i")


def _semid_ds(call: Call, data: bytes, cmd: int) -> str:
    otime, ctime, nsems = _SEMID_DS.unpack(data)
    parts = ["sem_perm=" + ipc_perm_text(data, cmd)]
    if cmd != IPC_SET:
        parts += ["sem_otime=%d" % otime, "sem_ctime=%d" % ctime, "sem_nsems=%d" % nsems]
    return "{" + ", ".join(parts) + "}"


_DS = (_SEMID_DS.size, _semid_ds)
_INFO = fields_printer(("semmap", "semmni", "semmns", "semmnu", "semmsl", "semopm", "semume",
                        "semusz", "semvmx", "semaem"), _SEMINFO)
# semctl's fourth argument, union semun, is passed by value: its buf pointer
ctl_decoder("semctl", 2, SEMCTL_FLAGS, "SEM_???", {
    IPC_SET: _DS, IPC_STAT: _DS, SEM_STAT: _DS, SEM_STAT_ANY: _DS,
    IPC_INFO: _INFO, SEM_INFO: _INFO})
