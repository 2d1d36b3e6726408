"""_sysctl's struct __sysctl_args."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

# struct __sysctl_args: name, nlen, oldval, oldlenp, newval, newlen and
# four unused longs, all of which strace reads.
SYSCTL_ARGS = struct.Struct("<Qi4xQQQQ32x")


@arg_kind("sysctl_args")
def _sysctl_args(value: int, call: Call) -> str:
    data = fetch(call, value, SYSCTL_ARGS.size)
    if data is None:
        return hex_address(value)
    name, nlen, oldval, oldlenp, newval, newlen = SYSCTL_ARGS.unpack(data)
    return "{name=%s, nlen=%d, oldval=%s, oldlenp=%s, newval=%s, newlen=%d}" % (
        hex_address(name), nlen, hex_address(oldval), hex_address(oldlenp),
        hex_address(newval), newlen)
