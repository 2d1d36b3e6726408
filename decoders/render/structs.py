"""Reading structures from the tracee and printing their common parts.

Everything here mirrors a piece of strace's printing machinery that the
structure decoders lean on: reading a structure or printing its address
instead (umove_or_printaddr), arrays cut at ``-s`` elements (print_array),
the bytes past the known part of an extensible structure, ``/* comments */``
and the ``/* 2023-11-14T22:13:20+0000 */`` date comments.
"""
from __future__ import annotations

import os
import struct
import time

from decoders import Call
from decoders.render.numbers import U32, U64
from decoders.render.strings import hex_address, quote


def comment(text: str | None) -> str:
    """`` /* text */``, or nothing for no text."""
    return " /* %s */" % text if text else ""


def readable(call: Call, ignore_failure: bool = False) -> bool:
    """Whether strace would fetch the tracee's memory now: not for the output
    arguments of a failed call (unless the decoder clears the error, as the
    kernel read the argument at entry)."""
    return ignore_failure or not (call.exiting and call.failed)


def fetch(call: Call, addr: int, size: int, ignore_failure: bool = False) -> bytes | None:
    """strace's umove_or_printaddr: ``size`` bytes at ``addr``, or None when
    strace would print the address instead: NULL, unreadable, or (unless
    ``ignore_failure``) an argument the kernel writes, at a failed call's exit."""
    if not addr or (not ignore_failure and call.writes and call.exiting and call.failed):
        return None
    return call.mem.read(addr, size)


def int_in_brackets(call: Call, addr: int, fmt: str = "%d") -> str:
    """printnum_int: ``[42]`` or the address."""
    data = fetch(call, addr, 4)
    if data is None:
        return hex_address(addr)
    value = struct.unpack("<i", data)[0]
    return "[" + (fmt % (value & U32 if fmt in ("%u", "%#x") else value)) + "]"


def ret_with_note(value: int, note: str | None, hex_: bool = True) -> str:
    """A return value followed by strace's ``(auxstr)``."""
    text = ("%#x" % (value & U64) if value else "0") if hex_ else str(value)
    return text + (" (%s)" % note if note else "")


class Last(str):
    """An element text after which the array printer stops (and closes the array)."""


def print_array(call: Call, addr: int, count: int, elem_size: int, render,
                ignore_failure: bool = False) -> str:
    """strace's print_array: ``[a, b, ...]``, cut after ``-s`` elements unless
    ``-v``; the address alone when the first element cannot be read, and
    ``... /* 0xaddr */`` when a later one cannot.

    ``render(chunk)`` turns one element's bytes into text; a :class:`Last`
    result ends the array after it, None ends it before.
    """
    return print_array_ex(call, addr, count, elem_size, render, ignore_failure)[0]


def print_array_ex(call: Call, addr: int, count: int, elem_size: int, render,
                   ignore_failure: bool = False) -> tuple[str, bool]:
    """:func:`print_array`, and whether it went to the array's end (or was cut
    on purpose): False for NULL, an empty array or an unreadable element, as
    strace's print_array returns."""
    if not addr:
        return "NULL", False
    count &= U64
    if not count:
        return "[]", False
    size = count * elem_size
    if size > U64 or addr + size > U64:
        return hex_address(addr), False
    if not readable(call, ignore_failure):
        return hex_address(addr), False
    limit = count
    if not call.opts.verbose and call.opts.string_limit < count:
        limit = call.opts.string_limit
    parts: list[str] = []
    index = 0
    # Read in blocks of what will be printed (plus the element that proves
    # there is more); element by element only when a block is unreadable.
    wanted = min(count, limit + 1)
    while index < wanted:
        chunk_count = min(wanted - index, 256)
        block = call.mem.read(addr + index * elem_size, chunk_count * elem_size)
        for i in range(chunk_count):
            here = addr + (index + i) * elem_size
            if block is not None:
                chunk = block[i * elem_size:(i + 1) * elem_size]
            else:
                chunk = call.mem.read(here, elem_size)
            if chunk is None:
                if not parts:
                    return hex_address(addr), False
                parts.append("... /* %s */" % hex_address(here))
                return "[" + ", ".join(parts) + "]", False
            if index + i >= limit:
                parts.append("...")
                return "[" + ", ".join(parts) + "]", True
            text = render(chunk)
            if text is None:
                return "[" + ", ".join(parts) + "]", True
            parts.append(text)
            if isinstance(text, Last):
                return "[" + ", ".join(parts) + "]", True
        index += chunk_count
    return "[" + ", ".join(parts) + "]", True


def local_array(items: list[str], call: Call, truncated: bool = False) -> str:
    """print_local_array_ex: elements already in hand, cut after ``-s`` of
    them unless ``-v``; ``truncated`` (PAF_ARRAY_TRUNCATED) adds a final
    ``...`` when the array is known to go on."""
    limit = len(items) if call.opts.verbose else call.opts.string_limit
    if len(items) > limit:
        return "[" + ", ".join(items[:limit] + ["..."]) + "]"
    return "[" + ", ".join(items + (["..."] if truncated else [])) + "]"


_page_size: list[int] = []


def page_size() -> int:
    if not _page_size:
        _page_size.append(os.sysconf("SC_PAGESIZE"))
    return _page_size[0]


def nonzero_tail(call: Call, addr: int, start: int, total: int) -> str:
    """strace's print_nonzero_bytes for extensible structures: the bytes from
    ``start`` to ``total`` past the known part, as ``, /* bytes 24..31 */
    "\\x.."`` when any is nonzero, ``, ???`` when unreadable, else nothing."""
    if start >= total:
        return ""
    length = total - start
    data = call.mem.read(addr + start, length)
    if data is None:
        return ", ???"
    if not data.strip(b"\0"):
        return ""
    shown = min(length, call.opts.string_limit)
    return ", /* bytes %d..%d */ %s" % (start, total - 1,
                                         quote(data[:shown], 2, shown < length))


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
