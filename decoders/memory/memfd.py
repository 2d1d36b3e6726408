"""memfd_create's name and flags, memfd_secret's flags."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.render.flags import print_flags
from decoders.render.numbers import U32, hexval
from decoders.render.strings import printstr_ex

MEMFD_CREATE_FLAGS = (
    (0x1, 'MFD_CLOEXEC'),
    (0x2, 'MFD_ALLOW_SEALING'),
    (0x4, 'MFD_HUGETLB'),
)

MEMFD_SECRET_FLAGS = (
    (0x80000, 'O_CLOEXEC'),
)

# the kernel takes names of at most 255 bytes with "memfd:" in front; strace
# reads one byte more, so a longer name (or one ending exactly at an
# unreadable page) prints with "..."
MFD_NAME_MAX_LEN = 255 - len("memfd:")


@arg_kind("memfd_name")
def _memfd_name(value: int, call: Call) -> str:
    return printstr_ex(call, value, MFD_NAME_MAX_LEN + 1, zero_terminated=True)


MFD_HUGE_SHIFT = 26
MFD_HUGE_MASK = 0x3F


@arg_kind("memfd_flags")
def _memfd_flags(value: int, call: Call) -> str:
    flags = value & U32
    style = call.opts.xlat_style
    if flags == 0 or style == "raw":
        return hexval(flags)
    huge = flags & (MFD_HUGE_MASK << MFD_HUGE_SHIFT)
    flags &= ~(MFD_HUGE_MASK << MFD_HUGE_SHIFT)
    parts = []
    if flags or not huge:
        parts.append(print_flags(flags, MEMFD_CREATE_FLAGS, "MFD_???"))
    if huge:
        parts.append("%d<<MFD_HUGE_SHIFT" % (huge >> MFD_HUGE_SHIFT))
    text = "|".join(parts)
    if style == "verbose":
        return "%s /* %s */" % (hexval(value & U32), text)
    return text


@arg_kind("memfd_secret_flags")
def _memfd_secret_flags(value: int, call: Call) -> str:
    """strace gives this one an empty default: unknown bits print without a
    comment, and zero still prints as ``0``."""
    value &= U32
    if not value:
        return "0"
    return print_flags(value, MEMFD_SECRET_FLAGS, None, call.opts.xlat_style)
