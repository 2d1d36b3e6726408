"""CPU affinity masks and x86 thread-area descriptors."""
from __future__ import annotations

import ctypes
import struct
from functools import lru_cache

from decoders import Call, arg_kind, ret_kind
from decoders.render.numbers import U32, id_text, zero_padded_hex
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, readable

SYS_SCHED_GETAFFINITY = 204
EINVAL = 22


@lru_cache(maxsize=1)
def cpuset_size() -> int:
    """The smallest mask size the kernel accepts, found as strace finds it:
    sched_getaffinity with a NULL mask fails with EINVAL while the size is
    too small and with EFAULT once it is large enough."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return 128
    size = 128
    while size and size < 1 << 24:
        if libc.syscall(SYS_SCHED_GETAFFINITY, 0, ctypes.c_ulong(size), None) != -1:
            break
        if ctypes.get_errno() != EINVAL:
            break
        size <<= 1
    return size if size < 1 << 24 else 128


def affinity_text(call: Call, addr: int, length: int) -> str:
    """``[0 1 5]``: the CPUs set in a mask of ``length`` bytes; strace reads
    at most the kernel's mask size and marks the rest with ``...``."""
    length &= U32
    if not addr or not readable(call):
        return hex_address(addr)
    if not length:
        return "[]"
    read_size = min(length, cpuset_size())
    rounded = (read_size + 7) & ~7
    data = call.mem.read(addr, read_size)
    if data is None:
        return hex_address(addr)
    mask = int.from_bytes(data, "little")
    cpus = []
    while mask:
        low = mask & -mask
        cpus.append(str(low.bit_length() - 1))
        mask ^= low
    if rounded < length:
        cpus.append("...")
    return "[" + " ".join(cpus) + "]"


@arg_kind("cpu_set")
def _cpu_set(value: int, call: Call) -> str:
    """sched_setaffinity's mask, sized by the argument before it."""
    return affinity_text(call, value, call.args[call.index - 1])


@arg_kind("cpu_set_rv")
def _cpu_set_rv(value: int, call: Call) -> str:
    """sched_getaffinity's mask: the kernel returns how many bytes it wrote."""
    if call.rv is None:
        return hex_address(value)
    return affinity_text(call, value, call.rv)


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
