"""Generic rendering of flag sets and enumerations from xlat tables.

An xlat table is plain data: a tuple of ``(value, "NAME")`` pairs, in the order
strace tries them (order matters: a multi-bit flag such as O_TMPFILE must come
before O_DIRECTORY, whose bit it contains).  A flag matches only when all its
bits are set; bits left over print in hex after the names, as strace does.
"""
from __future__ import annotations

from functools import lru_cache

Xlat = tuple[tuple[int, str], ...]


def hexval(value: int) -> str:
    """strace's ``%#x``: ``0`` for zero, ``0x..`` otherwise."""
    return "%#x" % value if value else "0"


@lru_cache(maxsize=8192)
def render_flags(value: int, table: Xlat, default: str | None = None,
                 style: str = "abbrev") -> str:
    """``A|B|0x40`` as strace's printflags; unknown bits in hex.

    With nothing matching, a non-zero value prints in hex followed by
    ``/* default */`` and zero prints ``0``.
    """
    if style == "raw":
        return hexval(value)
    names = []
    rest = value
    for bits, name in table:
        if (bits and (rest & bits) == bits) or (not bits and value == 0 and not names):
            names.append(name)
            rest &= ~bits
            if not rest and bits:
                break
    if names:
        if rest:
            names.append("%#x" % rest)
        text = "|".join(names)
        if style == "verbose":
            return "%s /* %s */" % (hexval(value), text)
        return text
    if rest:
        if style == "verbose" or not default:
            return "%#x" % rest
        return "%#x /* %s */" % (rest, default)
    return "0"


@lru_cache(maxsize=8192)
def render_enum(value: int, table: Xlat, default: str | None = None,
                style: str = "abbrev", decimal: bool = False) -> str:
    """The name of ``value`` in ``table``, or the number with ``/* default */``."""
    number = str(value) if decimal else hexval(value)
    if style == "raw":
        return number
    for known, name in table:
        if known == value:
            return "%s /* %s */" % (number, name) if style == "verbose" else name
    if default:
        return "%s /* %s */" % (number, default)
    return number


def lookup(value: int, table: Xlat) -> str | None:
    """The name of ``value`` in ``table``, or None."""
    for known, name in table:
        if known == value:
            return name
    return None
