"""mmap, mprotect, munmap, mremap, madvise, msync, mlock2, mlockall and mincore."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.memo import memoized
from decoders.memory.mmap_xlat import (
    MADVISE_CMDS, MCTL_SYNC, MLOCKALL_FLAGS, MLOCK_FLAGS, MMAP_FLAGS, MMAP_PROT,
    MREMAP_FLAGS)
from decoders.render.flags import flags32, flags64, print_flags, print_xval, xval32
from decoders.render.numbers import U32, U64, hexval
from decoders.render.strings import hex_address
from decoders.render.structs import page_size, print_array

MAP_TYPE = 0x0F
MAP_HUGE_SHIFT = 26
MAP_HUGE_MASK = 0x3F


@memoized(1024)
def mmap_flags_text(flags: int, style: str = "abbrev") -> str:
    """``MAP_PRIVATE|MAP_ANONYMOUS``: the map type first (MAP_FILE for 0),
    then the other flags, then a huge page size as ``21<<MAP_HUGE_SHIFT``."""
    if style == "raw":
        return hexval(flags)
    parts = [print_xval(flags & MAP_TYPE, MMAP_FLAGS, "MAP_???")]
    rest = flags & ~MAP_TYPE
    huge = rest & (MAP_HUGE_MASK << MAP_HUGE_SHIFT)
    # strace clears the huge-page bits with a 32-bit mask, losing any bits
    # above 31 along with them.
    rest &= ~(MAP_HUGE_MASK << MAP_HUGE_SHIFT) & U32
    if rest:
        parts.append(print_flags(rest, MMAP_FLAGS))
    if huge:
        parts.append("%d<<MAP_HUGE_SHIFT" % (huge >> MAP_HUGE_SHIFT))
    text = "|".join(parts)
    if style == "verbose":
        return "%s /* %s */" % (hexval(flags), text)
    return text


@arg_kind("mmap_flags")
def _mmap_flags(value: int, call: Call) -> str:
    return mmap_flags_text(value, call.opts.xlat_style)


arg_kind("mmap_prot")(flags64(MMAP_PROT, "PROT_???"))
arg_kind("madvise_advice")(xval32(MADVISE_CMDS, "MADV_???"))
arg_kind("mremap_flags")(flags64(MREMAP_FLAGS, "MREMAP_???"))
arg_kind("msync_flags")(flags32(MCTL_SYNC, "MS_???"))
arg_kind("mlock2_flags")(flags32(MLOCK_FLAGS, "MLOCK_???"))
arg_kind("mlockall_flags")(flags32(MLOCKALL_FLAGS, "MCL_???"))

MREMAP_MAYMOVE = 1
MREMAP_FIXED = 2


@arg_kind("mremap_new_address")
def _mremap_new_address(value: int, call: Call) -> str | None:
    """mremap's fifth argument exists only with MREMAP_MAYMOVE|MREMAP_FIXED
    (the flags are the argument before it)."""
    flags = call.args[call.index - 1] if call.index > 0 else 0
    both = MREMAP_MAYMOVE | MREMAP_FIXED
    if flags & both != both:
        return None
    return hex_address(value)


@arg_kind("mincore_vec")
def _mincore_vec(value: int, call: Call) -> str:
    """One byte per page of the range (the length is argument 1); only the
    residency bit is shown."""
    length = call.args[1] & U64
    size = page_size()
    pages = length // size + (1 if length % size else 0)
    return print_array(call, value, pages, 1, lambda chunk: str(chunk[0] & 1))


@arg_kind("page_offset")
def _page_offset(value: int, call: Call) -> str:
    """mmap2's offset, given in pages: strace prints it in bytes."""
    return hexval((value & U32) * page_size())
