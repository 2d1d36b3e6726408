"""shmget, shmat and shmctl (struct shmid_ds, shminfo and shm_info)."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.ipc.sysv import (
    IPC_INFO, IPC_SET, IPC_STAT, PERMISSION_BITS, _ipc_ctl, ctl_decoder, fields_printer,
    ipc_perm_text)
from decoders.render.scalars import pid_text
from decoders.render.flags import flags32, print_flags
from decoders.render.numbers import U32, octal

SHM_RESOURCE_FLAGS = (
    (0x200, 'IPC_CREAT'),
    (0x400, 'IPC_EXCL'),
    (0x800, 'SHM_HUGETLB'),
    (0x1000, 'SHM_NORESERVE'),
)

SHM_FLAGS = (
    (0x1000, 'SHM_RDONLY'),
    (0x2000, 'SHM_RND'),
    (0x4000, 'SHM_REMAP'),
    (0x8000, 'SHM_EXEC'),
)

SHMCTL_FLAGS = (
    (0x0, 'IPC_RMID'),
    (0x1, 'IPC_SET'),
    (0x2, 'IPC_STAT'),
    (0x3, 'IPC_INFO'),
    (0xb, 'SHM_LOCK'),
    (0xc, 'SHM_UNLOCK'),
    (0xd, 'SHM_STAT'),
    (0xe, 'SHM_INFO'),
    (0xf, 'SHM_STAT_ANY'),
)

SHM_HUGE_SHIFT = 26
SHM_HUGE_MASK = 0x3F << SHM_HUGE_SHIFT

# the shift is a named constant printed in decimal
_SHM_HUGE_SHIFT_TEXT = {"abbrev": "SHM_HUGE_SHIFT", "raw": "26", "verbose": "26 /* SHM_HUGE_SHIFT */"}


@arg_kind("shmget_flags")
def _shmget_flags(value: int, call: Call) -> str:
    """``SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600``."""
    value &= U32
    style = call.opts.xlat_style
    flags = value & ~PERMISSION_BITS
    huge = flags & SHM_HUGE_MASK
    flags &= ~SHM_HUGE_MASK
    parts = []
    if flags or not huge:
        text = print_flags(flags, SHM_RESOURCE_FLAGS, None, style)
        if text:
            parts.append(text)
    if huge:
        parts.append("%d<<%s" % (huge >> SHM_HUGE_SHIFT, _SHM_HUGE_SHIFT_TEXT[style]))
    parts.append(octal(value & PERMISSION_BITS))
    return "|".join(parts)


arg_kind("shmat_flags")(flags32(SHM_FLAGS, "SHM_???"))

arg_kind("shmctl_cmd")(_ipc_ctl(SHMCTL_FLAGS, "SHM_???"))

SHM_STAT, SHM_INFO, SHM_STAT_ANY = 13, 14, 15

# struct shmid_ds after shm_perm: segsz, atime, dtime, ctime, cpid, lpid, nattch
_SHMID_DS = struct.Struct("<48xQQQQiiQ16x")
_SHMINFO = struct.Struct("<5Q32x")           # IPC_INFO's struct shminfo
_SHM_INFO = struct.Struct("<i4x5Q")          # SHM_INFO's struct shm_info


def _shmid_ds(call: Call, data: bytes, cmd: int) -> str:
    segsz, atime, dtime, ctime, cpid, lpid, nattch = _SHMID_DS.unpack(data)
    parts = ["shm_perm=" + ipc_perm_text(data, cmd)]
    if cmd != IPC_SET:
        parts += ["shm_segsz=%d" % segsz, "shm_cpid=" + pid_text(cpid, call),
                  "shm_lpid=" + pid_text(lpid, call), "shm_nattch=%d" % nattch,
                  "shm_atime=%d" % atime, "shm_dtime=%d" % dtime, "shm_ctime=%d" % ctime]
    return "{" + ", ".join(parts) + "}"


_DS = (_SHMID_DS.size, _shmid_ds)
ctl_decoder("shmctl", 1, SHMCTL_FLAGS, "SHM_???", {
    IPC_SET: _DS, IPC_STAT: _DS, SHM_STAT: _DS, SHM_STAT_ANY: _DS,
    IPC_INFO: fields_printer(("shmmax", "shmmin", "shmmni", "shmseg", "shmall"), _SHMINFO),
    SHM_INFO: fields_printer(("used_ids", "shm_tot", "shm_rss", "shm_swp", "swap_attempts",
                       "swap_successes"), _SHM_INFO)})
