"""Generic rendering of flag sets and enumerations from xlat tables.

An xlat table is plain data: a tuple of ``(value, "NAME")`` pairs, in the order
strace tries them (order matters: a multi-bit flag such as O_TMPFILE must come
before O_DIRECTORY, whose bit it contains).  A flag matches only when all its
bits are set; bits left over print in hex after the names, as strace does.

The one implementation lives in ``decoders.flags`` (strace's printflags and
printxval, all three ``-X`` styles); these names are kept for decoders that
think of it as rendering.
"""
from __future__ import annotations

from decoders.flags import hexval, lookup, print_flags, print_xval

Xlat = tuple[tuple[int, str], ...]

__all__ = ["Xlat", "hexval", "lookup", "render_flags", "render_enum"]


def render_flags(value: int, table: Xlat, default: str | None = None,
                 style: str = "abbrev") -> str:
    """``A|B|0x40`` as strace's printflags (see decoders.flags.print_flags)."""
    return print_flags(value, table, default, style)


def render_enum(value: int, table: Xlat, default: str | None = None,
                style: str = "abbrev", decimal: bool = False) -> str:
    """The name of ``value``, or the number with ``/* default */`` (printxval)."""
    return print_xval(value, table, default, style, "d" if decimal else "x")
