"""seccomp(2), and the ``{len=N, filter=0x...}`` program shared with prctl."""
from __future__ import annotations

import struct

from decoders import Call, syscall_decoder
from decoders.bpf_classic import BPF_RET, bpf_class
from decoders.bpf_classic import fprog_text as bpf_fprog_text
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, hexval
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

SECCOMP_OPS = (
    (0x0, 'SECCOMP_SET_MODE_STRICT'),
    (0x1, 'SECCOMP_SET_MODE_FILTER'),
    (0x2, 'SECCOMP_GET_ACTION_AVAIL'),
    (0x3, 'SECCOMP_GET_NOTIF_SIZES'),
)

SECCOMP_FILTER_FLAGS = (
    (0x1, 'SECCOMP_FILTER_FLAG_TSYNC'),
    (0x2, 'SECCOMP_FILTER_FLAG_LOG'),
    (0x4, 'SECCOMP_FILTER_FLAG_SPEC_ALLOW'),
    (0x8, 'SECCOMP_FILTER_FLAG_NEW_LISTENER'),
    (0x10, 'SECCOMP_FILTER_FLAG_TSYNC_ESRCH'),
    (0x20, 'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV'),
)

SECCOMP_RET_ACTION = (
    (0x80000000, 'SECCOMP_RET_KILL_PROCESS'),
    (0x0, 'SECCOMP_RET_KILL_THREAD'),
    (0x30000, 'SECCOMP_RET_TRAP'),
    (0x50000, 'SECCOMP_RET_ERRNO'),
    (0x7fc00000, 'SECCOMP_RET_USER_NOTIF'),
    (0x7ff00000, 'SECCOMP_RET_TRACE'),
    (0x7ffc0000, 'SECCOMP_RET_LOG'),
    (0x7fff0000, 'SECCOMP_RET_ALLOW'),
)

SECCOMP_RET_ACTION_FULL = 0xFFFF0000
SECCOMP_SET_MODE_STRICT, SECCOMP_SET_MODE_FILTER = 0, 1
SECCOMP_GET_ACTION_AVAIL, SECCOMP_GET_NOTIF_SIZES = 2, 3


def _ret_action(code: int, k: int, style: str) -> str | None:
    """A filter's return value: the action, and the data it carries (strace's
    print_seccomp_filter_k)."""
    if bpf_class(code) != BPF_RET:
        return None
    action = k & SECCOMP_RET_ACTION_FULL
    text = print_xval(action, SECCOMP_RET_ACTION, "SECCOMP_RET_???", style)
    return text + "|" + hexval(k & ~action) if k & ~action else text


def fprog_text(call: Call, where: int) -> str:
    """A seccomp filter program: ``{len=4, filter=[BPF_STMT(...), ...]}``
    with -v, ``{len=4, filter=0x7ffd...}`` without."""
    return bpf_fprog_text(call, where, _ret_action)


@syscall_decoder("seccomp")
class Seccomp:
    @staticmethod
    def entry(call: Call) -> str:
        op = call.args[0] & U32
        flags = call.args[1] & U32
        style = call.opts.xlat_style
        head = print_xval(op, SECCOMP_OPS, "SECCOMP_SET_MODE_???", style) + ", "
        if op == SECCOMP_GET_NOTIF_SIZES:
            return head + hexval(flags) + ", "
        call.saved["decoded"] = True
        if op == SECCOMP_GET_ACTION_AVAIL:
            data = fetch(call, call.args[2], 4)
            action = hex_address(call.args[2]) if data is None else "[%s]" % print_xval(
                struct.unpack("<I", data)[0], SECCOMP_RET_ACTION, "SECCOMP_RET_???", style)
            return head + hexval(flags) + ", " + action
        if op == SECCOMP_SET_MODE_FILTER:
            return head + print_flags(flags, SECCOMP_FILTER_FLAGS, "SECCOMP_FILTER_FLAG_???",
                                      style) + ", " + fprog_text(call, call.args[2])
        return head + hexval(flags) + ", " + hex_address(call.args[2])

    @staticmethod
    def exit(call: Call) -> str:
        if call.args[0] & U32 != SECCOMP_GET_NOTIF_SIZES:
            return ""
        data = fetch(call, call.args[2], 6)
        if data is None:
            return hex_address(call.args[2])
        return "{seccomp_notif=%d, seccomp_notif_resp=%d, seccomp_data=%d}" % struct.unpack(
            "<3H", data)
