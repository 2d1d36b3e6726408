"""clone, clone3, fork and vfork; setns and unshare (the namespaces share
clone's flags)."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, syscall_decoder
from decoders.memo import memoized
from decoders.process.clone_xlat import CLONE3_FLAGS, CLONE_FLAGS, SETNS_TYPES, UNSHARE_FLAGS
from decoders.render.flags import flags32, flags64, print_flags
from decoders.render.numbers import INT_MAX, hexval
from decoders.render.scalars import PID_TID, fd_text, pid_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, nonzero_tail, page_size, print_array
from decoders.signals.names import signal_text

CSIGNAL = 0xFF


@memoized(1024)
def clone_flags_text(value: int, style: str = "abbrev") -> str:
    """``CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD``: the exit signal
    lives in the low byte and prints as a signal."""
    flags = value & ~CSIGNAL
    sig = value & CSIGNAL
    if not flags:
        return signal_text(sig, style)
    text = print_flags(flags, CLONE_FLAGS, "CLONE_???", style)
    if sig:
        text += "|" + signal_text(sig, style)
    return text


@arg_kind("clone_flags")
def _clone_flags(value: int, call: Call) -> str:
    return clone_flags_text(value, call.opts.xlat_style)


arg_kind("setns_flags")(flags32(SETNS_TYPES, "CLONE_NEW???"))
arg_kind("unshare_flags")(flags64(UNSHARE_FLAGS, "CLONE_???"))

CLONE_PIDFD = 0x1000
CLONE_SETTLS = 0x80000
CLONE_PARENT_SETTID = 0x100000
CLONE_CHILD_CLEARTID = 0x200000
CLONE_CHILD_SETTID = 0x1000000
CLONE_INTO_CGROUP = 0x200000000
_CLONE_EXIT_FLAGS = (CLONE_PARENT_SETTID | CLONE_PIDFD | CLONE_CHILD_SETTID
                     | CLONE_CHILD_CLEARTID | CLONE_SETTLS)


def _tid_text(tid: int, call: Call) -> str:
    """The new thread's id the kernel wrote for the parent (CLONE_PARENT_SETTID)."""
    return pid_text(tid, call, PID_TID)


def _indirect_int(call: Call, where: int, render) -> str:
    data = fetch(call, where, 4)
    if data is None:
        return hex_address(where)
    return "[" + render(struct.unpack("<i", data)[0], call) + "]"


@syscall_decoder("clone")
class Clone:
    # x86_64 argument order: flags, stack, parent_tid, child_tid, tls
    @staticmethod
    def entry(call: Call) -> str:
        flags = call.args[0]
        if not flags & ~CSIGNAL & _CLONE_EXIT_FLAGS:
            call.saved["decoded"] = True
        return "child_stack=%s, flags=%s" % (
            hex_address(call.args[1]), clone_flags_text(flags, call.opts.xlat_style))

    @staticmethod
    def exit(call: Call) -> str:
        flags = call.args[0] & ~CSIGNAL
        parts = []
        if flags & (CLONE_PARENT_SETTID | CLONE_PIDFD):
            render = _tid_text if flags & CLONE_PARENT_SETTID else fd_text
            parts.append("parent_tid=" + _indirect_int(call, call.args[2], render))
        if flags & CLONE_SETTLS:
            parts.append("tls=" + hex_address(call.args[4]))
        if flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID):
            parts.append("child_tidptr=" + hex_address(call.args[3]))
        return "".join(", " + p for p in parts)


CLONE_ARGS_MIN = 64          # up to and including tls
CLONE_ARGS_SIZE = 88         # with set_tid, set_tid_size and cgroup
_CLONE3_TABLE = CLONE_FLAGS + CLONE3_FLAGS


def _clone_args(data: bytes) -> tuple[int, ...]:
    data = data + bytes(CLONE_ARGS_SIZE - len(data))
    return struct.unpack_from("<11Q", data)


def _clone_args_fields(call: Call, data: bytes) -> list[str]:
    """The fields of struct clone_args strace shows for these flags and values."""
    (flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls,
     set_tid, set_tid_size, cgroup) = _clone_args(data)
    style = call.opts.xlat_style
    parts = ["flags=" + print_flags(flags, _CLONE3_TABLE, "CLONE_???", style)]
    if flags & CLONE_PIDFD:
        parts.append("pidfd=" + hex_address(pidfd))
    if flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID):
        parts.append("child_tid=" + hex_address(child_tid))
    if flags & CLONE_PARENT_SETTID:
        parts.append("parent_tid=" + hex_address(parent_tid))
    if exit_signal < INT_MAX:
        parts.append("exit_signal=" + signal_text(exit_signal, style))
    else:
        parts.append("exit_signal=%d" % exit_signal)
    parts.append("stack=" + hex_address(stack))
    parts.append("stack_size=" + hexval(stack_size))
    if flags & CLONE_SETTLS:
        parts.append("tls=" + hex_address(tls))
    if set_tid or set_tid_size:
        if not set_tid or not set_tid_size or set_tid_size > 32:
            parts.append("set_tid=" + hex_address(set_tid))
        else:
            parts.append("set_tid=" + print_array(
                call, set_tid, set_tid_size, 4,
                lambda chunk: str(struct.unpack("<i", chunk)[0])))
        parts.append("set_tid_size=%d" % set_tid_size)
    if len(data) > 80 and (cgroup or flags & CLONE_INTO_CGROUP):
        parts.append("cgroup=%d" % cgroup)
    return parts


@syscall_decoder("clone3")
class Clone3:
    """struct clone_args of size bytes: what strace 6.1 knows of it, then any
    nonzero (or unreadable, ``???``) bytes past that, up to a page; the
    kernel's pidfd and parent tid (and those bytes again) after ``=>``."""

    @staticmethod
    def entry(call: Call) -> str:
        where, size = call.args[0], call.args[1]
        fetch_size = min(size, CLONE_ARGS_SIZE)
        data = fetch(call, where, fetch_size) if fetch_size >= CLONE_ARGS_MIN else None
        if data is None:
            call.saved["decoded"] = True
            return "%s, %d" % (hex_address(where), size)
        flags = _clone_args(data)[0]
        text = "{" + ", ".join(_clone_args_fields(call, data))
        text += nonzero_tail(call, where, fetch_size, min(size, page_size())) + "}"
        if flags & (CLONE_PIDFD | CLONE_PARENT_SETTID) or size > fetch_size:
            call.saved["clone3_flags"] = flags
            return text
        call.saved["decoded"] = True
        return "%s, %d" % (text, size)

    @staticmethod
    def exit(call: Call) -> str:
        where, size = call.args[0], call.args[1]
        flags = call.saved.get("clone3_flags")
        if flags is None:
            return ""
        tail = ", %d" % size
        if call.failed:
            return tail
        fetch_size = min(size, CLONE_ARGS_SIZE)
        data = call.mem.read(where, fetch_size)
        if data is None:
            return " => %s%s" % (hex_address(where), tail)
        _, pidfd, _, parent_tid = _clone_args(data)[:4]
        parts = []
        if flags & CLONE_PIDFD:
            parts.append("pidfd=" + _indirect_int(call, pidfd, fd_text))
        if flags & CLONE_PARENT_SETTID:
            parts.append("parent_tid=" + _indirect_int(call, parent_tid, _tid_text))
        bytes_past = nonzero_tail(call, where, fetch_size, min(size, page_size()))
        if bytes_past:
            parts.append(bytes_past[2:])
        if not parts:
            return tail
        return " => {%s}%s" % (", ".join(parts), tail)


@syscall_decoder("fork", "vfork")
class Fork:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        return ""

    @staticmethod
    def exit(call: Call) -> str:
        return ""
