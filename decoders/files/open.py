"""open, openat and creat (openat2's struct open_how is open_how.py's); access
and faccessat; the AT_* flags of the *at calls (statx's included), renameat2
and unlinkat.

The O_* and AT_* tables live in ``open_xlat``; other domains (pipe2, dup3,
mq_open, fcntl) import them from there."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.files.open_xlat import (
    ACCESS_MODES, AT_FLAGS, AT_STATX_SYNC_TYPES, FACCESSAT_FLAGS, NAME_TO_HANDLE_AT_FLAGS,
    OPEN_ACCESS_MODES, OPEN_MODE_FLAGS, RENAME_FLAGS)
from decoders.memo import memoized
from decoders.render.flags import flag_names, flags32, lookup, print_flags, print_named
from decoders.render.numbers import U32, hexval, octal

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
