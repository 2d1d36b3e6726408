"""sched_setattr/sched_getattr (struct sched_attr) and the sched_param calls."""
from __future__ import annotations

import struct

from decoders import Call, syscall_decoder
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32
from decoders.render.scalars import pid_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, int_in_brackets
from decoders.xlat import process as xproc

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
            fields.append("sched_policy=" + print_xval(policy, xproc.SCHEDULERS, "SCHED_???",
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
            print_xval(call.args[1] & U32, xproc.SCHEDULERS, "SCHED_???", call.opts.xlat_style),
            int_in_brackets(call, call.args[2]))

    @staticmethod
    def exit(call: Call) -> str:
        return ""
