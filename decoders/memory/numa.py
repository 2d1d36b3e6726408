"""NUMA: mbind, set_mempolicy, get_mempolicy, migrate_pages and move_pages."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.memory.numa_xlat import (
    GET_MEMPOLICY_FLAGS, MBIND_FLAGS, MOVE_PAGES_FLAGS, MPOL_MODES, MPOL_MODE_FLAGS)
from decoders.render.errors import errno_name
from decoders.render.flags import (
    flags32, flags64, lookup, print_flags, print_named, print_xval)
from decoders.render.numbers import U32, U64, zero_padded_hex
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, print_array

arg_kind("mbind_flags")(flags32(MBIND_FLAGS, "MPOL_???"))
arg_kind("move_pages_flags")(flags32(MOVE_PAGES_FLAGS, "MPOL_???"))
arg_kind("get_mempolicy_flags")(flags64(GET_MEMPOLICY_FLAGS, "MPOL_???"))

MPOL_MODE_FLAGS_MASK = 0xE000


def mpol_mode_text(mode_arg: int, style: str = "abbrev") -> str:
    """A policy mode possibly or-ed with MPOL_F_* flags: ``MPOL_BIND|MPOL_F_STATIC_NODES``.
    In -X verbose the comment spells the flags in abbreviated form."""
    flags = mode_arg & MPOL_MODE_FLAGS_MASK
    mode = mode_arg & ~MPOL_MODE_FLAGS_MASK
    if not flags:
        return print_xval(mode, MPOL_MODES, "MPOL_???", style)
    name = lookup(mode, MPOL_MODES)
    if name is None:
        return print_flags(mode_arg, MPOL_MODE_FLAGS, "MPOL_???", style)
    text = name + "|" + print_flags(flags, MPOL_MODE_FLAGS, None, "abbrev")
    return print_named(mode_arg, text, style)


@arg_kind("mpol_mode")
def _mpol_mode(value: int, call: Call) -> str:
    """mbind reads the whole register, set_mempolicy an ``unsigned int``."""
    if call.name != "mbind":
        value &= U32
    return mpol_mode_text(value & U64, call.opts.xlat_style)


BITS_PER_LONG = 64


def nodemask_text(call: Call, addr: int, maxnode: int) -> str:
    """``[0x00000000000003, ...]``: the longs holding ``maxnode - 1`` bits."""
    maxnode &= U64
    count = ((maxnode + BITS_PER_LONG - 2) & U64) // BITS_PER_LONG
    if count < maxnode // BITS_PER_LONG or (maxnode and not count):
        return hex_address(addr)
    return print_array(call, addr, count, 8,
                       lambda chunk: zero_padded_hex(struct.unpack("<Q", chunk)[0], 16))


@arg_kind("nodemask")
def _nodemask(value: int, call: Call) -> str:
    """Sized by maxnode: the next argument, except for migrate_pages whose
    maxnode comes before both of its masks."""
    maxnode = call.args[1] if call.name == "migrate_pages" else call.args[call.index + 1]
    return nodemask_text(call, value, maxnode)


@arg_kind("mpol_mode_ptr")
def _mpol_mode_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, 4)
    if data is None:
        return hex_address(value)
    mode = struct.unpack("<I", data)[0]
    return "[%s]" % print_xval(mode, MPOL_MODES, "MPOL_???", call.opts.xlat_style)


# move_pages(pid, count, pages, nodes, status, flags): all three arrays hold
# ``count`` elements.

@arg_kind("ptr_array")
def _ptr_array(value: int, call: Call) -> str:
    return print_array(call, value, call.args[1], 8,
                       lambda chunk: hex_address(struct.unpack("<Q", chunk)[0]))


@arg_kind("int_array")
def _int_array(value: int, call: Call) -> str:
    return print_array(call, value, call.args[1], 4,
                       lambda chunk: str(struct.unpack("<i", chunk)[0]))


def page_status_text(status: int, style: str) -> str:
    """A node number, or a negated errno: ``-EFAULT`` (strace's print_err)."""
    name = errno_name(-status) if status < 0 else None
    if name is None:
        return str(status)
    if style == "raw":
        return str(status)
    if style == "verbose":
        return "%d /* -%s */" % (status, name)
    return "-" + name


@arg_kind("move_pages_status")
def _move_pages_status(value: int, call: Call) -> str:
    style = call.opts.xlat_style
    return print_array(call, value, call.args[1], 4,
                       lambda chunk: page_status_text(struct.unpack("<i", chunk)[0], style))
