"""kcmp: the comparison type and the indexes that depend on it."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import xval32
from decoders.render.numbers import U64, hexval, int32
from decoders.render.scalars import PID_TGID, fd_text
from decoders.render.strings import hex_address

KCMP_TYPES = (
    (0x0, 'KCMP_FILE'),
    (0x1, 'KCMP_VM'),
    (0x2, 'KCMP_FILES'),
    (0x3, 'KCMP_FS'),
    (0x4, 'KCMP_SIGHAND'),
    (0x5, 'KCMP_IO'),
    (0x6, 'KCMP_SYSVSEM'),
    (0x7, 'KCMP_EPOLL_TFD'),
)

arg_kind("kcmp_type")(xval32(KCMP_TYPES, "KCMP_???"))

KCMP_FILE = 0
KCMP_EPOLL_TFD = 7
KCMP_NO_INDEX = frozenset(range(1, 7))     # VM, FILES, FS, SIGHAND, IO, SYSVSEM
KCMP_EPOLL_SLOT = struct.Struct("<III")     # efd, tfd, toff


def _kcmp_fd(fd: int, pid: int, call: Call) -> str:
    """An fd of process ``pid`` (as the tracee's pid namespace numbers it):
    only the tracee's own fds can get a -y path."""
    pid = int32(pid)
    if call.translate_pid is not None and pid > 0:
        pid = call.translate_pid(pid, PID_TGID)
    if pid == call.pid:
        return fd_text(fd, call)
    return str(int32(fd))


@arg_kind("kcmp_idx")
def _kcmp_idx(value: int, call: Call) -> str | None:
    """idx1 (position 3) and idx2 (position 4) of kcmp, by comparison type."""
    kind = int32(call.args[2])
    pid = call.args[0 if call.index == 3 else 1]
    if kind == KCMP_FILE or (kind == KCMP_EPOLL_TFD and call.index == 3):
        return _kcmp_fd(value, pid, call)
    if kind == KCMP_EPOLL_TFD:
        data = call.mem.read(value, KCMP_EPOLL_SLOT.size) if value else None
        if data is None:
            return hex_address(value & U64)
        efd, tfd, toff = KCMP_EPOLL_SLOT.unpack(data)
        return "{efd=%s, tfd=%s, toff=%d}" % (_kcmp_fd(efd, pid, call),
                                            _kcmp_fd(tfd, pid, call), toff)
    if kind in KCMP_NO_INDEX:
        return None
    return hexval(value & U64)
