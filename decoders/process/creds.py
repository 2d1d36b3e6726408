"""Credentials: getgroups and setgroups' group lists."""
from __future__ import annotations

import os
import struct

from decoders import Call, arg_kind, ret_kind
from decoders.memo import memoized
from decoders.render.numbers import U32, id_text
from decoders.render.strings import hex_address
from decoders.render.structs import print_array


@memoized(1)
def _ngroups_max() -> int:
    try:
        return os.sysconf("SC_NGROUPS_MAX")
    except (ValueError, OSError):
        return 65536


def _gid(chunk: bytes) -> str:
    return id_text(struct.unpack("<I", chunk)[0])


def groups_text(call: Call, addr: int, count: int) -> str:
    """A list of ``count`` gids; strace will not try a count above NGROUPS_MAX."""
    count &= U32
    if count > _ngroups_max():
        return hex_address(addr)
    return print_array(call, addr, count, 4, _gid)


@arg_kind("gid_array")
def _gid_array(value: int, call: Call) -> str:
    """setgroups' list: as many gids as the size argument before it."""
    return groups_text(call, value, call.args[call.index - 1])


@arg_kind("gid_array_rv")
def _gid_array_rv(value: int, call: Call) -> str:
    """getgroups' list: as many gids as the call returned."""
    if call.rv is None:
        return hex_address(value)
    return groups_text(call, value, call.rv)


@arg_kind("uid16")
@ret_kind("uid16")
def _uid16(value: int, call: Call) -> str:
    """An id of i386's 16-bit id calls (getuid, setreuid...): its -1 is 0xffff."""
    value &= 0xFFFF
    return "-1" if value == 0xFFFF else str(value)
