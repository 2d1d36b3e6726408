"""open, openat, openat2 and creat; access and faccessat; the AT_* flags of
the *at calls (statx's included), renameat2 and unlinkat.

The O_* and AT_* tables live in ``open_xlat``; other domains (pipe2, dup3,
mq_open, fcntl) import them from there."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.open_xlat import (
    ACCESS_MODES, AT_FLAGS, AT_STATX_SYNC_TYPES, FACCESSAT_FLAGS, NAME_TO_HANDLE_AT_FLAGS,
    OPEN_ACCESS_MODES, OPEN_MODE_FLAGS, OPEN_RESOLVE_FLAGS, RENAME_FLAGS)
from decoders.memo import memoized
from decoders.render.flags import flag_names, flags32, lookup, print_flags, print_named
from decoders.render.numbers import U32, U64, hexval, octal
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, nonzero_tail, page_size

O_CREAT = 0o100
O_TMPFILE_BIT = 0o20000000     # __O_TMPFILE: the mode is read for either


@memoized(1024)
def open_flags_text(flags: int, style: str = "abbrev") -> str:
    """``O_WRONLY|O_CREAT|O_TRUNC``: the access mode always comes first."""
    flags &= U32
    text = lookup(flags & 3, OPEN_ACCESS_MODES)
    rest = flags & ~3
    if rest:
        names, left = flag_names(rest, OPEN_MODE_FLAGS)
        if left:
            names.append(hexval(left))
        text += "|" + "|".join(names)
    return print_named(flags, text, style)


@arg_kind("open_flags")
def _open_flags(value: int, call: Call) -> str:
    return open_flags_text(value, call.opts.xlat_style)


@arg_kind("open_mode")
def _open_mode(value: int, call: Call) -> str | None:
    """The mode of open/openat exists only with O_CREAT or O_TMPFILE;
    elsewhere (creat, mkdir, chmod...) it is always printed."""
    if call.name in ("open", "openat") and call.index > 0:
        if not call.args[call.index - 1] & (O_CREAT | O_TMPFILE_BIT):
            return None
    return octal(value & 0xFFFF)


arg_kind("access_mode")(flags32(ACCESS_MODES, "?_OK"))

AT_STATX_SYNC_TYPE = 0x6000

_AT_FLAG_TABLES = {
    "faccessat2": FACCESSAT_FLAGS,
    "name_to_handle_at": NAME_TO_HANDLE_AT_FLAGS,
}


def statx_flags_text(flags: int, style: str = "abbrev") -> str:
    """statx's flags: the sync type (possibly AT_STATX_SYNC_AS_STAT, zero)
    first, then the AT_* flags."""
    flags &= U32
    text = print_flags(flags & AT_STATX_SYNC_TYPE, AT_STATX_SYNC_TYPES, None, style)
    rest = flags & ~AT_STATX_SYNC_TYPE
    if rest:
        text += "|" + print_flags(rest, AT_FLAGS, None, style)
    return text


@arg_kind("at_flags")
def _at_flags(value: int, call: Call) -> str:
    if call.name == "statx":
        return statx_flags_text(value, call.opts.xlat_style)
    table = _AT_FLAG_TABLES.get(call.name, AT_FLAGS)
    return print_flags(value & U32, table, "AT_???", call.opts.xlat_style)


arg_kind("unlinkat_flags")(flags32(AT_FLAGS, "AT_???"))
arg_kind("renameat2_flags")(flags32(RENAME_FLAGS, "RENAME_??"))

OPEN_HOW = struct.Struct("<QQQ")        # flags, mode, resolve


def open_flags64_text(flags: int, style: str) -> str:
    """open(2) flags held in 64 bits: the access mode, then the other flags,
    with any unknown bits (high ones included) in hex."""
    access = lookup(flags & 3, OPEN_ACCESS_MODES)
    rest = flags & ~3 if access is not None else flags
    if access is not None and not rest:
        text = access
    else:
        names = print_flags(rest, OPEN_MODE_FLAGS)
        text = access + "|" + names if access is not None else names
    return print_named(flags, text, style)


@arg_kind("open_how")
def _open_how(value: int, call: Call) -> str:
    """openat2's how, of size bytes (the next argument); bytes past the
    known fields are shown when nonzero."""
    size = call.args[call.index + 1] & U64
    if size < OPEN_HOW.size:
        return hex_address(value)
    data = fetch(call, value, OPEN_HOW.size)
    if data is None:
        return hex_address(value)
    flags, mode, resolve = OPEN_HOW.unpack(data)
    style = call.opts.xlat_style
    parts = ["flags=" + open_flags64_text(flags, style)]
    if flags & (O_CREAT | O_TMPFILE_BIT) or mode:
        parts.append("mode=" + octal(mode))
    parts.append("resolve=" + print_flags(resolve, OPEN_RESOLVE_FLAGS, "RESOLVE_???", style))
    tail = nonzero_tail(call, value, OPEN_HOW.size, min(size, page_size()))
    return "{" + ", ".join(parts) + tail + "}"
