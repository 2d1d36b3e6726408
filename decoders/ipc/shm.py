"""shmget, shmat and shmctl."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.ipc.sysv import PERMISSION_BITS, _ipc_ctl
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
