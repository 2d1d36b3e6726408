"""Pieces shared by the structs2 decoders: reading a structure the way strace
does, its array printer, and C's zero-padded hex."""
from __future__ import annotations

import os
from functools import lru_cache

from decoders import Call
from decoders.strings import hex_address, quote
from decoders.structs._common import fetch as common_fetch

U16 = 0xFFFF
U32 = 0xFFFFFFFF
U64 = 0xFFFFFFFFFFFFFFFF
INT_MAX = 0x7FFFFFFF


def signed(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def zero_padded_hex(value: int, digits: int) -> str:
    """C's ``%#0*x`` with a width of ``digits``: the ``0x`` counts towards the
    width, and zero has no prefix at all (``0x000001``, ``00000000``)."""
    if not value:
        return "0" * digits
    return "0x" + ("%x" % value).rjust(digits - 2, "0")


def readable(call: Call, ignore_failure: bool = False) -> bool:
    """Whether strace would fetch the tracee's memory now: not for the output
    arguments of a failed call (unless the decoder clears the error, as the
    kernel read the argument at entry)."""
    return ignore_failure or not (call.exiting and call.failed)


def fetch(call: Call, addr: int, size: int, ignore_failure: bool = False) -> bytes | None:
    """strace's umove: ``size`` bytes at ``addr``, or None when strace would
    print the address instead (NULL, unreadable, failed call's output)."""
    return common_fetch(addr, size, call, output=not ignore_failure)


class Last(str):
    """An element text after which the array printer stops (and closes the array)."""


def print_array(call: Call, addr: int, count: int, elem_size: int, render,
                ignore_failure: bool = False) -> str:
    """strace's print_array: ``[a, b, ...]``, cut after ``-s`` elements unless
    ``-v``; the address alone when the first element cannot be read, and
    ``... /* 0xaddr */`` when a later one cannot.

    ``render(chunk)`` turns one element's bytes into text; a :class:`Last`
    result ends the array after it.
    """
    if not addr:
        return "NULL"
    count &= U64
    if not count:
        return "[]"
    size = count * elem_size
    if size > U64 or addr + size > U64:
        return hex_address(addr)
    if not readable(call, ignore_failure):
        return hex_address(addr)
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
                    return hex_address(addr)
                parts.append("... /* %s */" % hex_address(here))
                return "[" + ", ".join(parts) + "]"
            if index + i >= limit:
                parts.append("...")
                return "[" + ", ".join(parts) + "]"
            text = render(chunk)
            parts.append(text)
            if isinstance(text, Last):
                return "[" + ", ".join(parts) + "]"
        index += chunk_count
    return "[" + ", ".join(parts) + "]"


@lru_cache(maxsize=1)
def page_size() -> int:
    return os.sysconf("SC_PAGESIZE")


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
