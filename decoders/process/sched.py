"""Scheduling: sched_setattr/getattr, sched_setparam/getparam,
sched_setscheduler/getscheduler's policies and sched_setaffinity/getaffinity's
CPU sets."""
from __future__ import annotations

import ctypes
import struct

from decoders import Call, arg_kind, ret_kind, syscall_decoder
from decoders.memo import memoized
from decoders.render.flags import lookup, print_flags, print_xval, xval32
from decoders.render.numbers import U32
from decoders.render.scalars import pid_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, int_in_brackets, readable

SCHEDULERS = (
    (0x0, 'SCHED_OTHER'),
    (0x1, 'SCHED_FIFO'),
    (0x2, 'SCHED_RR'),
    (0x3, 'SCHED_BATCH'),
    (0x4, 'SCHED_ISO'),
    (0x5, 'SCHED_IDLE'),
    (0x6, 'SCHED_DEADLINE'),
)

arg_kind("sched_policy")(xval32(SCHEDULERS, "SCHED_???"))


@ret_kind("sched_policy")
def _ret_sched_policy(value: int, call: Call) -> str:
    name = lookup(value, SCHEDULERS) if value >= 0 else None
    return "%d (%s)" % (value, name) if name else str(value)


SCHED_ATTR_MIN_SIZE = 48
SCHED_ATTR_SIZE_VER1 = 56
SCHED_FLAG_KEEP_POLICY = 0x08
SCHED_FLAG_KEEP_PARAMS = 0x10
E2BIG = 7

SCHED_FLAGS = (
    (0x01, "SCHED_FLAG_RESET_ON_FORK"),
    (0x02, "SCHED_FLAG_RECLAIM"),
    (0x04, "SCHED_FLAG_DL_OVERRUN"),
    (0x08, "SCHED_FLAG_KEEP_POLICY"),
    (0x10, "SCHED_FLAG_KEEP_PARAMS"),
    (0x20, "SCHED_FLAG_UTIL_CLAMP_MIN"),
    (0x40, "SCHED_FLAG_UTIL_CLAMP_MAX"),
)


def sched_attr_text(call: Call, where: int, usize: int) -> str:
    """``{size=56, sched_policy=SCHED_OTHER, sched_flags=0, ...}``; usize 0 means
    sched_setattr (the struct's own size field says how much to read)."""
    setting = usize == 0
    if setting:
        head = fetch(call, where, 4)
        if head is None:
            return hex_address(where)
        usize = struct.unpack("<I", head)[0] or SCHED_ATTR_MIN_SIZE
        size = min(usize, SCHED_ATTR_SIZE_VER1)
        data = b""
        if size >= SCHED_ATTR_MIN_SIZE:
            data = fetch(call, where, size)
            if data is None:
                return hex_address(where)
        data = head + data[4:]
    else:
        size = min(usize, SCHED_ATTR_SIZE_VER1)
        data = fetch(call, where, size)
        if data is None:
            return hex_address(where)
    data = data + bytes(SCHED_ATTR_SIZE_VER1 - len(data))
    (attr_size, policy, flags, nice, priority, runtime, deadline, period, util_min,
     util_max) = struct.unpack("<IIQiIQQQII", data)
    if not setting:
        size = attr_size
    style = call.opts.xlat_style
    fields = ["size=%d" % attr_size]
    if size >= SCHED_ATTR_MIN_SIZE:
        if not setting or policy & 0x80000000 or not flags & (SCHED_FLAG_KEEP_POLICY
                                                              | SCHED_FLAG_KEEP_PARAMS):
            fields.append("sched_policy=" + print_xval(policy, SCHEDULERS, "SCHED_???",
                                                       style))
        fields.append("sched_flags=" + print_flags(flags, SCHED_FLAGS, "SCHED_FLAG_???", style))
        if not setting or not flags & SCHED_FLAG_KEEP_PARAMS:
            fields += ["sched_nice=%d" % nice, "sched_priority=%d" % priority,
                       "sched_runtime=%d" % runtime, "sched_deadline=%d" % deadline,
                       "sched_period=%d" % period]
        if size >= SCHED_ATTR_SIZE_VER1:
            fields += ["sched_util_min=%d" % util_min, "sched_util_max=%d" % util_max]
    if (usize if setting else attr_size) > size:
        fields.append("...")
    return "{" + ", ".join(fields) + "}"


@syscall_decoder("sched_setattr")
class SchedSetattr:
    @staticmethod
    def entry(call: Call) -> str:
        return "%s, %s" % (pid_text(call.args[0], call), sched_attr_text(call, call.args[1], 0))

    @staticmethod
    def exit(call: Call) -> str:
        text = ""
        if call.errno == E2BIG and call.args[1]:
            data = call.mem.read(call.args[1], 4)
            if data is not None:
                text = " => {size=%d}" % struct.unpack("<I", data)[0]
        return text + ", %d" % (call.args[2] & U32)


@syscall_decoder("sched_getattr")
class SchedGetattr:
    @staticmethod
    def entry(call: Call) -> str:
        return pid_text(call.args[0], call) + ", "

    @staticmethod
    def exit(call: Call) -> str:
        size = call.args[2] & U32
        attr = sched_attr_text(call, call.args[1], size) if size else hex_address(call.args[1])
        return "%s, %d, %d" % (attr, size, call.args[3] & U32)


@syscall_decoder("sched_setparam")
class SchedSetparam:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        return "%s, %s" % (pid_text(call.args[0], call), int_in_brackets(call, call.args[1]))

    @staticmethod
    def exit(call: Call) -> str:
        return ""


@syscall_decoder("sched_getparam")
class SchedGetparam:
    @staticmethod
    def entry(call: Call) -> str:
        return pid_text(call.args[0], call) + ", "

    @staticmethod
    def exit(call: Call) -> str:
        return int_in_brackets(call, call.args[1])


@syscall_decoder("sched_setscheduler")
class SchedSetscheduler:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        return "%s, %s, %s" % (
            pid_text(call.args[0], call),
            print_xval(call.args[1] & U32, SCHEDULERS, "SCHED_???", call.opts.xlat_style),
            int_in_brackets(call, call.args[2]))

    @staticmethod
    def exit(call: Call) -> str:
        return ""


SYS_SCHED_GETAFFINITY = 204
EINVAL = 22


@memoized(1)
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
