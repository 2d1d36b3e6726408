"""C's integer conversions and number formats, as strace prints numbers.

A register holds 64 unsigned bits; strace's casts decide how much of it a
value is and whether it is signed: :func:`int32` is ``(int)``, :func:`int64`
``(long)``.  The formats are C's: :func:`hexval` is ``%#x``, :func:`octal`
``%#03o``.
"""
from __future__ import annotations

U16 = 0xFFFF
U32 = 0xFFFFFFFF
U64 = 0xFFFFFFFFFFFFFFFF
INT_MAX = 0x7FFFFFFF


def signed(value: int, bits: int = 64) -> int:
    """The low ``bits`` bits of ``value`` as a two's complement number."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def int32(value: int) -> int:
    """The low 32 bits of a register as a C ``int``."""
    value &= U32
    return value - (1 << 32) if value & 0x80000000 else value


def int64(value: int) -> int:
    """A register as a C ``long``."""
    value &= U64
    return value - (1 << 64) if value & (1 << 63) else value


def hexval(value: int) -> str:
    """C's ``%#x``: ``0`` for zero, ``0x..`` otherwise (callers mask to width)."""
    return "%#x" % value if value else "0"


def octal(value: int) -> str:
    """C's ``%#03o``: ``000``, ``022``, ``0644``, ``04755``."""
    return ("0%o" % value if value else "0").rjust(3, "0")


def zero_padded_hex(value: int, digits: int) -> str:
    """C's ``%#0*x`` with a width of ``digits``: the ``0x`` counts towards the
    width, and zero has no prefix at all (``0x000001``, ``00000000``)."""
    if not value:
        return "0" * digits
    return "0x" + ("%x" % value).rjust(digits - 2, "0")


def id_text(value: int) -> str:
    """A uid_t/gid_t: ``-1`` for (uid_t)-1, unsigned decimal otherwise."""
    value &= U32
    return "-1" if value == U32 else str(value)
