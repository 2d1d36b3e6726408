"""File handles (name_to_handle_at, open_by_handle_at) and the extensible
attribute structures of openat2 and mount_setattr."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import lookup, print_flags, print_named, print_xval
from decoders.render.numbers import INT_MAX, U64, octal
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address, quote
from decoders.render.structs import fetch, nonzero_tail, page_size
from decoders.xlat import open as xopen, s2_misc as xmisc

MAX_HANDLE_SZ = 128
HANDLE_HEADER = struct.Struct("<Ii")        # handle_bytes, handle_type
EOVERFLOW = 75


def _f_handle(call: Call, addr: int, handle_bytes: int) -> str:
    """The opaque handle, always in \\x form and never cut at -s."""
    length = min(handle_bytes, MAX_HANDLE_SZ)
    data = call.mem.read(addr + HANDLE_HEADER.size, length) if addr else None
    if data is None:
        return "???"
    return quote(data, 2, handle_bytes > length)


def _handle_text(call: Call, addr: int, data: bytes) -> str:
    handle_bytes, handle_type = HANDLE_HEADER.unpack(data)
    return "handle_type=%d, f_handle=%s" % (handle_type, _f_handle(call, addr, handle_bytes))


@arg_kind("file_handle_in")
def _file_handle_in(value: int, call: Call) -> str:
    """open_by_handle_at's handle."""
    data = fetch(call, value, HANDLE_HEADER.size)
    if data is None:
        return hex_address(value)
    return "{handle_bytes=%d, %s}" % (HANDLE_HEADER.unpack(data)[0],
                                      _handle_text(call, value, data))


@arg_kind("file_handle")
def _file_handle(value: int, call: Call) -> str:
    """name_to_handle_at's handle: the size offered at entry; at exit the
    size the kernel wanted (EOVERFLOW) or the handle it wrote."""
    if not call.exiting:
        data = fetch(call, value, HANDLE_HEADER.size)
        call.saved["handle_bytes"] = None if data is None else HANDLE_HEADER.unpack(data)[0]
        return ""
    if "handle_bytes" in call.saved:
        offered = call.saved["handle_bytes"]
    else:
        data = fetch(call, value, HANDLE_HEADER.size, ignore_failure=True)
        offered = None if data is None else HANDLE_HEADER.unpack(data)[0]
    if offered is None:
        return hex_address(value)
    text = "{handle_bytes=%d" % offered
    if not call.failed or call.errno == EOVERFLOW:
        data = call.mem.read(value, HANDLE_HEADER.size)
        if data is not None:
            now = HANDLE_HEADER.unpack(data)[0]
            if now != offered:
                text += " => %d" % now
            if not call.failed:
                text += ", " + _handle_text(call, value, data)
    return text + "}"


OPEN_HOW = struct.Struct("<QQQ")        # flags, mode, resolve
O_CREAT = 0o100
O_TMPFILE_BIT = 0o20000000


def open_flags64_text(flags: int, style: str) -> str:
    """open(2) flags held in 64 bits: the access mode, then the other flags,
    with any unknown bits (high ones included) in hex."""
    access = lookup(flags & 3, xopen.OPEN_ACCESS_MODES)
    rest = flags & ~3 if access is not None else flags
    if access is not None and not rest:
        text = access
    else:
        names = print_flags(rest, xopen.OPEN_MODE_FLAGS)
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
    parts.append("resolve=" + print_flags(resolve, xmisc.OPEN_RESOLVE_FLAGS, "RESOLVE_???", style))
    tail = nonzero_tail(call, value, OPEN_HOW.size, min(size, page_size()))
    return "{" + ", ".join(parts) + tail + "}"


MOUNT_ATTR = struct.Struct("<QQQQ")     # attr_set, attr_clr, propagation, userns_fd
MOUNT_ATTR_IDMAP = 0x100000


@arg_kind("mount_attr")
def _mount_attr(value: int, call: Call) -> str:
    """mount_setattr's uattr, of usize bytes (the next argument)."""
    size = call.args[call.index + 1] & U64
    if size < MOUNT_ATTR.size:
        return hex_address(value)
    data = fetch(call, value, MOUNT_ATTR.size)
    if data is None:
        return hex_address(value)
    attr_set, attr_clr, propagation, userns_fd = MOUNT_ATTR.unpack(data)
    style = call.opts.xlat_style
    parts = [
        "attr_set=" + print_flags(attr_set, xmisc.MOUNT_ATTR_ATTR, "MOUNT_ATTR_???", style),
        "attr_clr=" + print_flags(attr_clr, xmisc.MOUNT_ATTR_ATTR, "MOUNT_ATTR_???", style),
        "propagation=" + print_xval(propagation, xmisc.MOUNT_ATTR_PROPAGATION, "MS_???", style),
    ]
    if userns_fd > INT_MAX or not (attr_set | attr_clr) & MOUNT_ATTR_IDMAP:
        parts.append("userns_fd=%d" % userns_fd)
    else:
        parts.append("userns_fd=" + fd_text(userns_fd, call))
    tail = nonzero_tail(call, value, MOUNT_ATTR.size, min(size, page_size()))
    return "{" + ", ".join(parts) + tail + "}"
