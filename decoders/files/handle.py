"""name_to_handle_at and open_by_handle_at: struct file_handle."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.strings import hex_address, quote
from decoders.render.structs import fetch

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
