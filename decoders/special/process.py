"""execve/execveat, clone/clone3/fork/vfork, restart_syscall, arch_prctl."""
from __future__ import annotations

import struct

from decoders import Call, syscall_decoder
from decoders.flags import clone_flags_text
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, U64, hexval
from decoders.render.scalars import dirfd_text, fd_text, pid_text
from decoders.render.strings import cstring, hex_address, path
from decoders.render.structs import fetch
from decoders.signals import signal_text
from decoders.xlat import open as xopen, process as xproc, special_prctl as xprctl

WORD = 8
_CHUNK = 256


def _words(call: Call, start: int):
    """Yield ``(address, word)`` of an array of pointers, stopping on unreadable memory
    (the last item is then ``(address, None)``)."""
    at = start
    while True:
        data = call.mem.read_partial(at, _CHUNK)
        usable = len(data) // WORD * WORD
        for i in range(0, usable, WORD):
            yield at + i, struct.unpack_from("<Q", data, i)[0]
        if usable < _CHUNK:
            yield at + usable, None
            return
        at += _CHUNK
        if at > U64:
            yield at & U64, None
            return


def argv_text(call: Call, start: int) -> str:
    """strace's printargv: ``["cat", "/etc/hostname"]``, cut after -s elements
    when abbreviating."""
    if not start:
        return "NULL"
    if call.opts.structs_as_addresses:
        return hex_address(start)
    parts = []
    limit = call.opts.string_limit
    for n, (at, word) in enumerate(_words(call, start)):
        if word is None:
            if n == 0:
                return hex_address(start)
            parts.append("... /* %s */" % hex_address(at))
            break
        if word == 0:
            break
        if not call.opts.verbose and n >= limit:
            parts.append("...")
            break
        parts.append(cstring(word, call))
    return "[" + ", ".join(parts) + "]"


def envc_text(call: Call, start: int) -> str:
    """strace's printargc: the address and a ``/* 35 vars */`` count."""
    text = hex_address(start)
    if not start or call.opts.structs_as_addresses:
        return text
    count = 0
    for at, word in _words(call, start):
        if word is None:
            if count == 0:
                return text
            break
        if word == 0:
            break
        count += 1
    return "%s /* %d var%s */" % (text, count, "" if count == 1 else "s")


def _exec_args(call: Call, first: int) -> str:
    args = call.args
    envp = argv_text(call, args[first + 2]) if call.opts.verbose else envc_text(call, args[first + 2])
    return "%s, %s, %s" % (path(args[first], call), argv_text(call, args[first + 1]), envp)


@syscall_decoder("execve")
class Execve:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        return _exec_args(call, 0)

    @staticmethod
    def exit(call: Call) -> str:
        return ""


@syscall_decoder("execveat")
class Execveat:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        dirfd = dirfd_text(call.args[0], call)
        flags = print_flags(call.args[4] & U32, xopen_at_flags(), "AT_???",
                            call.opts.xlat_style)
        return "%s, %s, %s" % (dirfd, _exec_args(call, 1), flags)

    @staticmethod
    def exit(call: Call) -> str:
        return ""


def xopen_at_flags():
    return xopen.AT_FLAGS


# clone ----------------------------------------------------------------------

CSIGNAL = 0xFF
CLONE_PIDFD = 0x1000
CLONE_SETTLS = 0x80000
CLONE_PARENT_SETTID = 0x100000
CLONE_CHILD_CLEARTID = 0x200000
CLONE_CHILD_SETTID = 0x1000000
CLONE_INTO_CGROUP = 0x200000000
_CLONE_EXIT_FLAGS = (CLONE_PARENT_SETTID | CLONE_PIDFD | CLONE_CHILD_SETTID
                     | CLONE_CHILD_CLEARTID | CLONE_SETTLS)


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
            render = pid_text if flags & CLONE_PARENT_SETTID else fd_text
            parts.append("parent_tid=" + _indirect_int(call, call.args[2], render))
        if flags & CLONE_SETTLS:
            parts.append("tls=" + hex_address(call.args[4]))
        if flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID):
            parts.append("child_tidptr=" + hex_address(call.args[3]))
        return "".join(", " + p for p in parts)


CLONE_ARGS_MIN = 64          # up to and including tls
CLONE_ARGS_SIZE = 88         # with set_tid, set_tid_size and cgroup
_CLONE3_TABLE = xproc.CLONE_FLAGS + xproc.CLONE3_FLAGS
INT_MAX = 0x7FFFFFFF


def _clone_args(data: bytes) -> tuple[int, ...]:
    data = data + bytes(CLONE_ARGS_SIZE - len(data))
    return struct.unpack_from("<11Q", data)


@syscall_decoder("clone3")
class Clone3:
    @staticmethod
    def entry(call: Call) -> str:
        where, size = call.args[0], call.args[1]
        fetch_size = min(size, CLONE_ARGS_SIZE)
        data = None
        if fetch_size >= CLONE_ARGS_MIN and where:
            data = call.mem.read(where, fetch_size)
        if data is None:
            call.saved["decoded"] = True
            return "%s, %d" % (hex_address(where), size)
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
                tids = call.mem.read(set_tid, 4 * set_tid_size)
                if tids is None:
                    parts.append("set_tid=" + hex_address(set_tid))
                else:
                    parts.append("set_tid=[%s]" % ", ".join(
                        str(v) for v in struct.unpack("<%di" % set_tid_size, tids)))
            parts.append("set_tid_size=%d" % set_tid_size)
        if fetch_size > 80 and (cgroup or flags & CLONE_INTO_CGROUP):
            parts.append("cgroup=%d" % cgroup)
        text = "{" + ", ".join(parts) + "}"
        if flags & (CLONE_PIDFD | CLONE_PARENT_SETTID):
            call.saved["clone3_flags"] = flags
            return text
        call.saved["decoded"] = True
        return "%s, %d" % (text, size)

    @staticmethod
    def exit(call: Call) -> str:
        size = call.args[1]
        flags = call.saved.get("clone3_flags")
        if flags is None:
            return ""
        tail = ", %d" % size
        if call.failed:
            return tail
        data = call.mem.read(call.args[0], min(size, CLONE_ARGS_SIZE))
        if data is None:
            return " => %s%s" % (hex_address(call.args[0]), tail)
        _, pidfd, _, parent_tid = _clone_args(data)[:4]
        parts = []
        if flags & CLONE_PIDFD:
            parts.append("pidfd=" + _indirect_int(call, pidfd, fd_text))
        if flags & CLONE_PARENT_SETTID:
            parts.append("parent_tid=" + _indirect_int(call, parent_tid, pid_text))
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


# restart_syscall ------------------------------------------------------------

# strace names the call being resumed after the last syscall it printed for
# that thread; the session, which knows, puts its name in
# call.saved["previous_syscall"] before decoding.


@syscall_decoder("restart_syscall")
class RestartSyscall:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        return "<... resuming interrupted %s ...>" % (call.saved.get("previous_syscall")
                                                     or "system call")

    @staticmethod
    def exit(call: Call) -> str:
        return ""


# arch_prctl -----------------------------------------------------------------

ARCH_GET_FS = 0x1003
ARCH_GET_GS = 0x1004
ARCH_GET_CPUID = 0x1011
ARCH_GET_XCOMP_SUPP = 0x1021
ARCH_GET_XCOMP_PERM = 0x1022
ARCH_REQ_XCOMP_PERM = 0x1023
ARCH_GET_XCOMP_GUEST_PERM = 0x1024
ARCH_REQ_XCOMP_GUEST_PERM = 0x1025


@syscall_decoder("arch_prctl")
class ArchPrctl:
    @staticmethod
    def entry(call: Call) -> str:
        option = call.args[0] & U32
        name = print_xval(option, xprctl.ARCHVALS, "ARCH_???", call.opts.xlat_style)
        if option == ARCH_GET_CPUID:
            call.saved["decoded"] = True
            return name
        if option in (ARCH_GET_FS, ARCH_GET_GS, ARCH_GET_XCOMP_SUPP, ARCH_GET_XCOMP_PERM,
                      ARCH_GET_XCOMP_GUEST_PERM):
            return name + ", "
        if option in (ARCH_REQ_XCOMP_PERM, ARCH_REQ_XCOMP_GUEST_PERM):
            value = call.args[1]
            return "%s, %s" % (name, hexval(value) if call.opts.xlat_style == "raw"
                               else hexval(value))
        call.saved["decoded"] = True
        return "%s, %s" % (name, hexval(call.args[1]))

    @staticmethod
    def exit(call: Call) -> str:
        option = call.args[0] & U32
        where = call.args[1]
        if option in (ARCH_GET_FS, ARCH_GET_GS):
            data = fetch(call, where, 8)
            if data is None:
                return hex_address(where)
            return "[%s]" % hex_address(struct.unpack("<Q", data)[0])
        if option in (ARCH_GET_XCOMP_SUPP, ARCH_GET_XCOMP_PERM, ARCH_GET_XCOMP_GUEST_PERM):
            data = fetch(call, where, 8)
            if data is None:
                return hex_address(where)
            return "[%s]" % hexval(struct.unpack("<Q", data)[0])
        return ""
