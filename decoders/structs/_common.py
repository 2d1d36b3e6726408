"""Building blocks shared by the structure decoders.

Everything here mirrors a piece of strace's printing machinery that the struct
decoders lean on: flag and value lookup with the three ``-X`` styles, reading a
structure or printing its address instead, arrays cut at ``-s`` elements, and
the ``/* 2023-11-14T22:13:20+0000 */`` time comments.
"""
from __future__ import annotations

import time
from functools import lru_cache

from decoders import Call
from decoders.strings import hex_address

Xlat = tuple[tuple[int, str], ...]

U32 = 0xFFFFFFFF
U64 = 0xFFFFFFFFFFFFFFFF


def hexval(value: int) -> str:
    """C's ``%#x``: ``0`` for zero, ``0x..`` otherwise."""
    return "%#x" % value if value else "0"


def octal(value: int) -> str:
    """C's ``%#03o``, the way strace prints modes: ``0644``, ``000``."""
    return "0%o" % value if value else "000"


def comment(text: str | None) -> str:
    return " /* %s */" % text if text else ""


@lru_cache(maxsize=256)
def _index(table: Xlat) -> dict[int, str]:
    found: dict[int, str] = {}
    for value, name in table:
        found.setdefault(value, name)
    return found


def lookup(value: int, table: Xlat) -> str | None:
    return _index(table).get(value)


@lru_cache(maxsize=4096)
def flags(value: int, table: Xlat, dflt: str | None = None,
          style: str = "abbrev") -> str:
    """strace's printflags: names joined by ``|``, leftover bits in hex.

    Zero prints the table's zero-valued name when one exists, ``0`` when a
    default is given, and nothing at all otherwise (as strace does).
    """
    if style == "raw":
        return hexval(value) if (value or dflt) else ""
    names = []
    rest = value
    for bits, name in table:
        if rest == bits or (bits and (rest & bits) == bits):
            names.append(name)
            rest &= ~bits
        if not rest:
            break
    if names:
        if rest:
            names.append("%#x" % rest)
        text = "|".join(names)
        if style == "verbose":
            return "%s /* %s */" % ("0" if not value else "%#x" % value, text)
        return text
    if rest:
        if style == "verbose":
            return "%#x%s" % (rest, comment(dflt))
        return "%#x%s" % (rest, comment(dflt))
    return "0" if dflt else ""


@lru_cache(maxsize=4096)
def xval(value: int, table: Xlat, dflt: str | None = None,
         style: str = "abbrev", decimal: bool = False) -> str:
    """strace's printxval: the name, or the number with ``/* dflt */``."""
    number = str(value) if decimal else hexval(value)
    if style == "raw":
        return number
    name = lookup(value, table)
    if name is not None:
        return "%s /* %s */" % (number, name) if style == "verbose" else name
    return number + comment(dflt)


def symbolic(raw: str, name: str, style: str) -> str:
    """A value that has both a raw and a symbolic rendering (makedev, modes...)."""
    if style == "raw":
        return raw
    if style == "verbose":
        return "%s /* %s */" % (raw, name)
    return name


def fetch(addr: int, size: int, call: Call, output: bool = True) -> bytes | None:
    """``size`` bytes at ``addr``, or None when strace would print the address:
    NULL, unreadable, or an output argument of a failed call."""
    if not addr or (output and call.writes and call.exiting and call.failed):
        return None
    return call.mem.read(addr, size)


def array(call: Call, addr: int, count: int, elem_size: int, render,
          output: bool = True, limit: int | None = None) -> str:
    """strace's print_array: ``[a, b, ...]`` cut at ``-s`` elements unless -v.

    ``render(chunk)`` returns the element's text, or None to stop after it.
    An unreadable first element prints the array's address; a later one ends
    the list with ``... /* 0xaddr */``.
    """
    if not addr:
        return "NULL"
    if output and call.exiting and call.failed:
        return hex_address(addr)
    if count == 0:
        return "[]"
    if count * elem_size > U64 - addr:
        return hex_address(addr)
    if limit is None:
        limit = count if call.opts.verbose else call.opts.string_limit
    shown = min(count, limit)
    # One read for everything we may print (plus the element that tells
    # whether "..." follows); element by element only when that fails.
    wanted = min(count, shown + 1) * elem_size
    block = call.mem.read(addr, wanted)
    parts = []
    for i in range(min(count, shown + 1)):
        if block is not None:
            chunk = block[i * elem_size:(i + 1) * elem_size]
        else:
            chunk = call.mem.read(addr + i * elem_size, elem_size)
        if chunk is None:
            if i == 0:
                return hex_address(addr)
            parts.append("..." + comment(hex_address(addr + i * elem_size)))
            break
        if i >= shown:
            parts.append("...")
            break
        text = render(chunk)
        if text is None:
            break
        parts.append(text)
    return "[" + ", ".join(parts) + "]"


def sprinttime(sec: int, part: int = 0, width: int = 0) -> str | None:
    """The local-time comment text strace prints for a timestamp, or None
    when strace prints none (zero time, invalid fraction, unrepresentable)."""
    if (sec == 0 and part == 0) or part > 10 ** width - 1:
        return None
    try:
        tm = time.localtime(sec)
        text = time.strftime("%Y-%m-%dT%H:%M:%S", tm)
        if part > 0:
            text += ".%0*d" % (width, part)
        return text + time.strftime("%z", tm)
    except (OverflowError, OSError, ValueError):
        return None


def time_comment(sec: int, part: int = 0, width: int = 0) -> str:
    return comment(sprinttime(sec, part, width))


def signed(value: int, bits: int = 64) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def makedev_text(dev: int, style: str) -> str:
    """``makedev(0x1, 0x3)`` from a glibc dev_t (also used for st_rdev)."""
    major = ((dev >> 8) & 0xFFF) | ((dev >> 32) & 0xFFFFF000)
    minor = (dev & 0xFF) | ((dev >> 12) & 0xFFFFFF00)
    return symbolic(hexval(dev), "makedev(%s, %s)" % (hexval(major), hexval(minor)),
                    style)
