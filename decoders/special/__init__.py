"""Whole-call decoders: syscalls whose arguments depend on one another.

Each module registers ``(entry, exit)`` pairs with ``@syscall_decoder``.  The
helpers here are the small pieces every family needs: reading tracee memory
the way strace's ``umove_or_printaddr`` does, and delegating to the argument
kinds other modules own (fd, pid...) without importing them eagerly, so that
a missing kind degrades to a plain number instead of an import error.
"""
from __future__ import annotations

import struct

from decoders import ARG_KINDS, Call
from decoders.flags import hexval
from decoders.strings import hex_address
from decoders.structs._common import fetch as common_fetch

U32 = 0xFFFFFFFF
U64 = 0xFFFFFFFFFFFFFFFF


def s32(value: int) -> int:
    value &= U32
    return value - (1 << 32) if value & 0x80000000 else value


def s64(value: int) -> int:
    value &= U64
    return value - (1 << 64) if value & (1 << 63) else value


def via_kind(kind: str, value: int, call: Call, fallback) -> str:
    """Render ``value`` with the argument kind ``kind`` if some module registered it."""
    fn = ARG_KINDS.get(kind)
    if fn is None:
        return fallback(value)
    saved = call.index
    try:
        text = fn(value, call)
    finally:
        call.index = saved
    return fallback(value) if text is None else text


def fd_text(fd: int, call: Call) -> str:
    """An fd as printfd prints it (with -y decoration when the fd kind provides it)."""
    return via_kind("fd", fd & U32, call, lambda v: str(s32(v)))


def pid_text(pid: int, call: Call) -> str:
    return via_kind("pid", pid & U32, call, lambda v: str(s32(v)))


def fetch(call: Call, addr: int, size: int) -> bytes | None:
    """strace's umove_or_printaddr: None (print the address instead) when the
    pointer is NULL, the call failed and we are at its exit, or memory is unreadable.
    (The one implementation is decoders.structs._common.fetch.)"""
    return common_fetch(addr, size, call)


def int_in_brackets(call: Call, addr: int, fmt: str = "%d") -> str:
    """printnum_int: ``[42]`` or the address."""
    data = fetch(call, addr, 4)
    if data is None:
        return hex_address(addr)
    value = struct.unpack("<i", data)[0]
    return "[" + (fmt % (value & U32 if fmt in ("%u", "%#x") else value)) + "]"


def addr(value: int) -> str:
    return hex_address(value & U64)


def sprint_flags(prefix: str, table, flags: int, style: str = "abbrev",
                 sep: str = "", auxstr: bool = False) -> str | None:
    """strace's sprintflags_ex, used for the ``(flags FD_CLOEXEC)`` notes
    after return values: None when there is nothing to say."""
    out = prefix
    if style == "raw":
        if not flags or (auxstr and not sep):
            return None
        return out + sep + hexval(flags)
    if flags == 0 and table and table[0][0] == 0:
        if style == "verbose" and not auxstr:
            return out + sep + "0 /* %s */" % table[0][1]
        return out + sep + table[0][1]
    verbose = style == "verbose" and not auxstr
    if verbose and flags:
        out += sep + hexval(flags)
        sep = ""
    found = False
    for bits, name in table:
        if not flags:
            break
        if bits and flags & bits == bits:
            if sep:
                out += sep
            elif verbose:
                out += " /* "
            out += name
            found = True
            sep = "|"
            flags &= ~bits
    if flags:
        out += sep
        if found or (style != "verbose" and (not auxstr or sep)):
            out += hexval(flags)
    elif not found:
        return None
    if found and verbose:
        out += " */"
    return out if out != prefix else None


def ret_with_note(value: int, note: str | None, hex_: bool = True) -> str:
    """A return value followed by strace's ``(auxstr)``."""
    text = ("%#x" % (value & U64) if value else "0") if hex_ else str(value)
    return text + (" (%s)" % note if note else "")


__all__ = ["sprint_flags", "ret_with_note", "U32", "U64", "s32", "s64", "via_kind", "fd_text", "pid_text", "fetch",
           "int_in_brackets", "addr", "hexval"]
