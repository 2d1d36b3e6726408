"""personality: the execution domain and its flags."""
from __future__ import annotations

from decoders import Call, arg_kind, ret_kind
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, hexval

PERSONALITY_TYPES = (
    (0x0, 'PER_LINUX'),
    (0x800000, 'PER_LINUX_32BIT'),
    (0x80000, 'PER_LINUX_FDPIC'),
    (0x4100001, 'PER_SVR4'),
    (0x5000002, 'PER_SVR3'),
    (0x7000003, 'PER_SCOSVR3'),
    (0x6000003, 'PER_OSR5'),
    (0x5000004, 'PER_WYSEV386'),
    (0x4000005, 'PER_ISCR4'),
    (0x6, 'PER_BSD'),
    (0x4000006, 'PER_SUNOS'),
    (0x5000007, 'PER_XENIX'),
    (0x8, 'PER_LINUX32'),
    (0x8000008, 'PER_LINUX32_3GB'),
    (0x4000009, 'PER_IRIX32'),
    (0x400000a, 'PER_IRIXN32'),
    (0x400000b, 'PER_IRIX64'),
    (0xc, 'PER_RISCOS'),
    (0x400000d, 'PER_SOLARIS'),
    (0x410000e, 'PER_UW7'),
    (0xf, 'PER_OSF4'),
    (0x10, 'PER_HPUX'),
    (0xff, 'PER_MASK'),
)

PERSONALITY_FLAGS = (
    (0x20000, 'UNAME26'),
    (0x40000, 'ADDR_NO_RANDOMIZE'),
    (0x80000, 'FDPIC_FUNCPTRS'),
    (0x100000, 'MMAP_PAGE_ZERO'),
    (0x200000, 'ADDR_COMPAT_LAYOUT'),
    (0x400000, 'READ_IMPLIES_EXEC'),
    (0x800000, 'ADDR_LIMIT_32BIT'),
    (0x1000000, 'SHORT_INODE'),
    (0x2000000, 'WHOLE_SECONDS'),
    (0x4000000, 'STICKY_TIMEOUTS'),
    (0x8000000, 'ADDR_LIMIT_3GB'),
)

PER_MASK = 0xFF


def personality_text(value: int, style: str = "abbrev") -> str:
    """``PER_LINUX|ADDR_NO_RANDOMIZE``: the personality type in the low byte."""
    value &= U32
    text = print_xval(value & PER_MASK, PERSONALITY_TYPES, "PER_???", style)
    rest = value & ~PER_MASK
    if rest:
        text += "|" + print_flags(rest, PERSONALITY_FLAGS, None, style)
    return text


@arg_kind("personality")
def _personality(value: int, call: Call) -> str:
    if value & U32 == U32:      # the query value, printed as is
        return "0xffffffff"
    return personality_text(value, call.opts.xlat_style)


@ret_kind("personality")
def _ret_personality(value: int, call: Call) -> str:
    """The old personality in hex, then its decoding (which follows -X)."""
    return "%s (%s)" % (hexval(value & 0xFFFFFFFFFFFFFFFF),
                        personality_text(value, call.opts.xlat_style))
