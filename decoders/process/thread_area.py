"""set_thread_area, get_thread_area and modify_ldt's struct user_desc."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, ret_kind
from decoders.render.errors import errno_text
from decoders.render.numbers import U32, U64, id_text, zero_padded_hex
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

# struct user_desc: entry_number, base_addr, limit, then one word of bits.
USER_DESC = struct.Struct("<IIII")
_DESC_BITS = (("seg_32bit", 0, 1), ("contents", 1, 3), ("read_exec_only", 3, 1),
              ("limit_in_pages", 4, 1), ("seg_not_present", 5, 1), ("useable", 6, 1),
              ("lm", 7, 1))


def _desc_rest(data: bytes) -> str:
    """Everything after entry_number, with the leading ``, ``, and the brace."""
    _, base, limit, bits = USER_DESC.unpack(data)
    parts = ["base_addr=" + zero_padded_hex(base, 8), "limit=" + zero_padded_hex(limit, 8)]
    for name, shift, mask in _DESC_BITS:
        parts.append("%s=%d" % (name, (bits >> shift) & mask))
    return ", " + ", ".join(parts) + "}"


def user_desc_text(data: bytes) -> str:
    return "{entry_number=%s%s" % (id_text(USER_DESC.unpack(data)[0]), _desc_rest(data))


def _set_thread_area(value: int, call: Call) -> str:
    """Read in full at entry (the kernel only writes back entry_number, which
    strace appends to the return value)."""
    if not call.exiting or "user_desc" not in call.saved:
        data = fetch(call, value, USER_DESC.size, ignore_failure=True)
        call.saved["user_desc"] = hex_address(value) if data is None else user_desc_text(data)
    return call.saved["user_desc"]


def _get_thread_area(value: int, call: Call) -> str:
    """entry_number going in; the rest of the structure once the kernel has
    filled it (``, ...}`` when it did not)."""
    if not call.exiting:
        data = fetch(call, value, 4)
        call.saved["user_desc"] = None if data is None else struct.unpack("<I", data)[0]
        return ""
    entry_number = call.saved.get("user_desc", "unknown")
    if entry_number == "unknown":
        data = fetch(call, value, 4, ignore_failure=True)
        entry_number = None if data is None else struct.unpack("<I", data)[0]
    head = hex_address(value) if entry_number is None else "{entry_number=%s" % id_text(entry_number)
    if not value:
        return head
    data = fetch(call, value, USER_DESC.size)
    if data is None:
        return head + (", ...}" if entry_number is not None else "")
    now = USER_DESC.unpack(data)[0]
    if entry_number is None:
        return head + " => {entry_number=%s%s" % (id_text(now), _desc_rest(data))
    if now != entry_number:
        head += " => " + id_text(now)
    return head + _desc_rest(data)


@arg_kind("user_desc")
def _user_desc(value: int, call: Call) -> str:
    if call.name == "get_thread_area":
        return _get_thread_area(value, call)
    return _set_thread_area(value, call)


@ret_kind("thread_area")
def _ret_thread_area(value: int, call: Call) -> str:
    """set_thread_area's result with the entry the kernel chose (when the
    caller asked for one with -1): ``0 (entry_number=12)``."""
    data = fetch(call, call.args[0], 4)
    if data is None:
        return str(value)
    return "%d (entry_number=%d)" % (value, struct.unpack("<I", data)[0])


@arg_kind("ldt_ptr")
def _ldt_ptr(value: int, call: Call) -> str:
    """modify_ldt's ptr: a user_desc only when bytecount (next) is its size."""
    if call.args[call.index + 1] & U64 != USER_DESC.size:
        return hex_address(value)
    data = fetch(call, value, USER_DESC.size)
    return hex_address(value) if data is None else user_desc_text(data)


@ret_kind("modify_ldt")
def _ret_modify_ldt(value: int, call: Call) -> str:
    """The kernel's modify_ldt returns an int zero-extended: an error comes back
    as 0xffffffda, which strace recognises and prints as the number it is with
    the error's name: ``4294967258 ENOSYS (...)``."""
    value &= U64
    if value < 0xFFFFF000:
        return str(value)
    return "%d %s" % (value, errno_text(-value & U32))
