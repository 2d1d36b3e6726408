"""openat2's struct open_how, whose flags are open's in 64 bits."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.open import O_CREAT, O_TMPFILE_BIT
from decoders.files.open_xlat import OPEN_ACCESS_MODES, OPEN_MODE_FLAGS, OPEN_RESOLVE_FLAGS
from decoders.render.flags import lookup, print_flags, print_named
from decoders.render.numbers import U64, octal
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, nonzero_tail, page_size

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
