"""ptrace(2): the request decides which of pid, addr and data are printed and
how.  What the kernel writes back (PEEKDATA's word, GETREGSET's registers,
GETSIGINFO's siginfo...) is read at exit, except for a syscall outside
``-e verbose=``, whose line ends at entry with the bare address."""
from __future__ import annotations

import bisect
import struct

from decoders import Call, syscall_decoder
from decoders.process.ptrace_xlat import (
    NT_DESCRIPTOR_TYPES, PTRACE_CMDS, PTRACE_PEEKSIGINFO_FLAGS, PTRACE_SETOPTIONS_FLAGS,
    PTRACE_SYSCALL_INFO_OP, STRUCT_USER_OFFSETS)
from decoders.render.errors import ERRNO_NAMES
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, U64, hexval
from decoders.render.scalars import pid_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, print_array
from decoders.seccomp import SECCOMP_FILTER_FLAGS
from decoders.signals.names import signal_text
from decoders.signals.siginfo import call_siginfo_text, si_syscall_text, siginfo_ptr
from decoders.signals.siginfo_xlat import AUDIT_ARCH
from decoders.signals.sigset import sigset_at

PTRACE_TRACEME = 0
PTRACE_PEEKTEXT, PTRACE_PEEKDATA, PTRACE_PEEKUSER = 1, 2, 3
PTRACE_POKEUSER = 6
PTRACE_CONT, PTRACE_KILL, PTRACE_SINGLESTEP = 7, 8, 9
PTRACE_GETREGS, PTRACE_SETREGS, PTRACE_GETFPREGS, PTRACE_SETFPREGS = 12, 13, 14, 15
PTRACE_ATTACH, PTRACE_DETACH = 0x10, 0x11
PTRACE_OLDSETOPTIONS = 0x15
PTRACE_SYSCALL = 0x18
PTRACE_SYSEMU, PTRACE_SYSEMU_SINGLESTEP, PTRACE_SINGLEBLOCK = 0x1F, 0x20, 0x21
PTRACE_SETOPTIONS = 0x4200
PTRACE_GETEVENTMSG = 0x4201
PTRACE_GETSIGINFO, PTRACE_SETSIGINFO = 0x4202, 0x4203
PTRACE_GETREGSET, PTRACE_SETREGSET = 0x4204, 0x4205
PTRACE_SEIZE, PTRACE_INTERRUPT, PTRACE_LISTEN = 0x4206, 0x4207, 0x4208
PTRACE_PEEKSIGINFO = 0x4209
PTRACE_GETSIGMASK, PTRACE_SETSIGMASK = 0x420A, 0x420B
PTRACE_SECCOMP_GET_FILTER, PTRACE_SECCOMP_GET_METADATA = 0x420C, 0x420D
PTRACE_GET_SYSCALL_INFO = 0x420E

NT_PRSTATUS, NT_FPREGSET = 1, 2

_NO_ADDR_DATA = frozenset((PTRACE_ATTACH, PTRACE_INTERRUPT, PTRACE_KILL, PTRACE_LISTEN))
_ADDR_DECIMAL = frozenset((PTRACE_GETSIGMASK, PTRACE_SETSIGMASK, PTRACE_SECCOMP_GET_FILTER,
                           PTRACE_SECCOMP_GET_METADATA, PTRACE_GET_SYSCALL_INFO))
_DATA_SIGNAL = frozenset((PTRACE_CONT, PTRACE_DETACH, PTRACE_SYSCALL, PTRACE_SINGLESTEP,
                          PTRACE_SINGLEBLOCK, PTRACE_SYSEMU, PTRACE_SYSEMU_SINGLESTEP))
_DATA_OPTIONS = frozenset((PTRACE_SEIZE, PTRACE_SETOPTIONS, PTRACE_OLDSETOPTIONS))
_DATA_AT_EXIT_IF_VERBOSE = frozenset((
    PTRACE_PEEKDATA, PTRACE_PEEKTEXT, PTRACE_PEEKUSER, PTRACE_GETEVENTMSG, PTRACE_GETSIGINFO,
    PTRACE_GETSIGMASK, PTRACE_PEEKSIGINFO, PTRACE_SECCOMP_GET_FILTER, PTRACE_GET_SYSCALL_INFO))

_USER_OFFSETS = tuple(v for v, _ in STRUCT_USER_OFFSETS)
_LAST_USER_OFFSET = _USER_OFFSETS[-1]

SIGINFO_SIZE = 128


def user_offset_text(addr: int, style: str) -> str:
    """PEEKUSER/POKEUSER's offset: ``8*RAX``, ``8*SS+8``, or the address past
    the end of struct user."""
    at = bisect.bisect_right(_USER_OFFSETS, addr) - 1
    name = None
    base = addr
    if at >= 0:
        base, name = STRUCT_USER_OFFSETS[at]
        if addr > base and base == _LAST_USER_OFFSET:
            name = None
    if name is None or style == "raw":
        return hex_address(addr)
    if base != addr:
        name += "+%d" % (addr - base)
    return "%s /* %s */" % (hex_address(addr), name) if style == "verbose" else name


def _local_array(values, call: Call, render=hexval) -> str:
    """A local array, cut after -s elements unless -v (print_local_array)."""
    limit = None if call.opts.verbose else call.opts.string_limit
    parts = []
    for i, v in enumerate(values):
        if limit is not None and i >= limit:
            parts.append("...")
            break
        parts.append(render(v))
    return "[" + ", ".join(parts) + "]"


PRSTATUS_FIELDS = ("r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8",
                   "rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags",
                   "rsp", "ss", "fs_base", "gs_base", "ds", "es", "fs", "gs")
PRSTATUS_SIZE = 8 * len(PRSTATUS_FIELDS)
FPREGSET_SIZE = 512


def prstatus_text(call: Call, addr: int, size: int) -> str:
    """struct user_regs_struct, as far as ``size`` bytes go."""
    if not size or size & 7:
        return hex_address(addr)
    fetch_size = min(PRSTATUS_SIZE, size)
    data = fetch(call, addr, fetch_size)
    if data is None:
        return hex_address(addr)
    count = fetch_size // 8
    values = struct.unpack_from("<%dQ" % count, data)
    parts = ["%s=%s" % (PRSTATUS_FIELDS[i], hexval(values[i])) for i in range(count)]
    if size > PRSTATUS_SIZE:
        parts.append("...")
    return "{" + ", ".join(parts) + "}"


def fpregset_text(call: Call, addr: int, size: int) -> str:
    """struct user_fpregs_struct, as far as ``size`` bytes go."""
    if not size or size & 7:
        return hex_address(addr)
    fetch_size = min(FPREGSET_SIZE, size)
    data = fetch(call, addr, fetch_size)
    if data is None:
        return hex_address(addr)
    data = data + bytes(FPREGSET_SIZE - len(data))
    cwd, swd, ftw, fop, rip, rdp, mxcsr, mxcr_mask = struct.unpack_from("<4H2Q2I", data)
    parts = ["cwd=" + hexval(cwd)]
    for offset, name, value in ((2, "swd", swd), (4, "ftw", ftw), (6, "fop", fop),
                                (8, "rip", rip), (16, "rdp", rdp), (24, "mxcsr", mxcsr),
                                (28, "mxcr_mask", mxcr_mask)):
        if fetch_size > offset:
            parts.append("%s=%s" % (name, hexval(value)))
    for offset, name, count in ((32, "st_space", 32), (160, "xmm_space", 64),
                                (416, "padding", 24)):
        if fetch_size > offset:
            n = min(count, (fetch_size - offset) // 4)
            words = struct.unpack_from("<%dI" % n, data, offset)
            parts.append("%s=%s" % (name, _local_array(words, call)))
    if size > FPREGSET_SIZE:
        parts.append("...")
    return "{" + ", ".join(parts) + "}"


def _regset(call: Call, nt: int, base: int, length: int) -> str:
    if nt == NT_PRSTATUS:
        return prstatus_text(call, base, length)
    if nt == NT_FPREGSET:
        return fpregset_text(call, base, length)
    return hex_address(base)


def _iovec(call: Call, addr: int):
    """The struct iovec at ``addr`` (read even after a failed call), or None."""
    if not addr:
        return None
    data = call.mem.read(addr, 16)
    return None if data is None else struct.unpack("<QQ", data)


def _peeksiginfo_args(call: Call, addr: int) -> str:
    data = fetch(call, addr, 16)
    if data is None:
        return hex_address(addr)
    off, flags, nr = struct.unpack("<QII", data)
    return "{off=%d, flags=%s, nr=%d}" % (
        off, print_flags(flags, PTRACE_PEEKSIGINFO_FLAGS, "PTRACE_PEEKSIGINFO_???",
                         call.opts.xlat_style), nr)


def _siginfo(call: Call, addr: int) -> str:
    return siginfo_ptr(addr, call)


def _siginfo_array(call: Call, addr: int, count: int) -> str:
    if call.failed:
        return hex_address(addr)
    return print_array(call, addr, count, SIGINFO_SIZE,
                       lambda chunk: call_siginfo_text(chunk, call))


def _seccomp_metadata_entry(call: Call, addr: int, size: int):
    """``{filter_off=N`` and whether the exit completes it."""
    if size < 8:
        return hex_address(addr), False
    data = fetch(call, addr, 8)
    if data is None:
        return hex_address(addr), False
    return "{filter_off=%d" % struct.unpack("<Q", data)[0], True


def _seccomp_metadata_exit(call: Call, addr: int, size: int) -> str:
    text = ""
    if not call.failed and size > 8:
        text += ", "
        data = call.mem.read(addr + 8, 8) if size >= 16 else None
        if data is None:
            text += "???"
        else:
            text += "flags=" + print_flags(struct.unpack("<Q", data)[0],
                                           SECCOMP_FILTER_FLAGS, "SECCOMP_FILTER_FLAG_???",
                                           call.opts.xlat_style)
            if size > 16:
                text += ", ..."
    return text + "}"


def _syscall_info(call: Call, addr: int, user_len: int) -> str:
    """struct ptrace_syscall_info as PTRACE_GET_SYSCALL_INFO filled it."""
    if call.failed:
        return hex_address(addr)
    kernel_len = call.rv & U64
    fetch_size = min(user_len, kernel_len, 84)
    data = call.mem.read(addr, fetch_size) if fetch_size and addr else None
    if data is None:
        return hex_address(addr)
    style = call.opts.xlat_style
    data = data + bytes(88 - len(data))
    op, arch, ip, sp = struct.unpack_from("<B3xIQQ", data)
    parts = ["op=" + print_xval(op, PTRACE_SYSCALL_INFO_OP, "PTRACE_SYSCALL_INFO_???", style)]
    if fetch_size >= 8:
        parts.append("arch=" + print_xval(arch, AUDIT_ARCH, "AUDIT_ARCH_???", style))
    if fetch_size >= 16:
        parts.append("instruction_pointer=" + hex_address(ip))
    if fetch_size >= 24:
        parts.append("stack_pointer=" + hex_address(sp))
    if fetch_size >= 32 and op in (1, 3):        # entry, seccomp
        nr, = struct.unpack_from("<Q", data, 24)
        inner = ["nr=" + si_syscall_text(nr, arch, style)]
        nargs = min(6, (fetch_size - 32) // 8)
        if nargs:
            inner.append("args=" + _local_array(struct.unpack_from("<%dQ" % nargs, data, 32),
                                                call))
        if op == 3 and fetch_size >= 84:
            inner.append("ret_data=%d" % struct.unpack_from("<I", data, 80)[0])
        parts.append(("entry" if op == 1 else "seccomp") + "={" + ", ".join(inner) + "}")
    elif fetch_size >= 32 and op == 2:           # exit
        rval, is_error = struct.unpack_from("<qB", data, 24)
        if fetch_size >= 33 and is_error:
            name = ERRNO_NAMES.get(-rval)
            if name is None or style == "raw":
                rtext = str(rval)
            elif style == "verbose":
                rtext = "%d /* -%s */" % (rval, name)
            else:
                rtext = "-" + name
        else:
            rtext = str(rval)
        inner = ["rval=" + rtext]
        if fetch_size >= 33:
            inner.append("is_error=%d" % is_error)
        parts.append("exit={" + ", ".join(inner) + "}")
    return "{" + ", ".join(parts) + "}"


def _data_entry(call: Call, text: str, request: int, addr: int, data: int) -> str:
    """The line so far (``text``) and the data argument as the request shows it
    at entry; the requests whose data the kernel fills leave it for the exit."""
    style = call.opts.xlat_style
    if request in _DATA_SIGNAL:
        text += signal_text(data & U32, style)
    elif request in _DATA_OPTIONS:
        text += print_flags(data, PTRACE_SETOPTIONS_FLAGS, "PTRACE_O_???", style)
    elif request == PTRACE_SETSIGINFO:
        text += _siginfo(call, data)
    elif request == PTRACE_SETSIGMASK:
        text += sigset_at(call, data, addr)
    elif request == PTRACE_GETREGSET:
        iov = _iovec(call, data)
        if iov is None:
            call.saved["decoded"] = True
            return text + hex_address(data)
        call.saved["iov_len"] = iov[1]
        return text
    elif request == PTRACE_SETREGSET:
        iov = _iovec(call, data)
        if iov is None:
            call.saved["decoded"] = True
            return text + hex_address(data)
        call.saved["iov_len"] = iov[1]
        return text + "{iov_base=%s, iov_len=%d" % (
            _regset(call, addr & U32, iov[0], iov[1]), iov[1])
    elif request == PTRACE_SECCOMP_GET_METADATA:
        shown, more = _seccomp_metadata_entry(call, data, addr)
        if not more:
            call.saved["decoded"] = True
        return text + shown
    elif request in _DATA_AT_EXIT_IF_VERBOSE and not call.opts.structs_as_addresses:
        # read back at exit; outside -e verbose= the address ends the line at entry
        return text
    else:
        text += hex_address(data)
    call.saved["decoded"] = True
    return text


@syscall_decoder("ptrace")
class Ptrace:
    @staticmethod
    def entry(call: Call) -> str:
        request, pid, addr, data = call.args[0], call.args[1], call.args[2], call.args[3]
        style = call.opts.xlat_style
        text = print_xval(request, PTRACE_CMDS, "PTRACE_???", style)
        if request == PTRACE_TRACEME:
            call.saved["decoded"] = True
            return text
        text += ", " + pid_text(pid & U32, call)
        if request in _NO_ADDR_DATA:
            call.saved["decoded"] = True
            return text
        text += ", "
        if request in (PTRACE_PEEKUSER, PTRACE_POKEUSER):
            text += user_offset_text(addr, style)
        elif request in (PTRACE_GETREGSET, PTRACE_SETREGSET):
            text += print_xval(addr & U32, NT_DESCRIPTOR_TYPES, "NT_???", style)
        elif request in _ADDR_DECIMAL:
            text += str(addr)
        elif request == PTRACE_PEEKSIGINFO:
            text += _peeksiginfo_args(call, addr)
        elif request == PTRACE_SETREGS:
            call.saved["decoded"] = True
            return text + prstatus_text(call, data, PRSTATUS_SIZE)
        elif request == PTRACE_SETFPREGS:
            call.saved["decoded"] = True
            return text + fpregset_text(call, data, FPREGSET_SIZE)
        elif request in (PTRACE_GETREGS, PTRACE_GETFPREGS):
            return text
        else:
            text += hex_address(addr)
        return _data_entry(call, text + ", ", request, addr, data)

    @staticmethod
    def exit(call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        request, addr, data = call.args[0], call.args[2], call.args[3]
        if request in (PTRACE_PEEKDATA, PTRACE_PEEKTEXT, PTRACE_PEEKUSER):
            word = fetch(call, data, 8)
            return hex_address(data) if word is None else \
                "[%s]" % hex_address(struct.unpack("<Q", word)[0])
        if request == PTRACE_GETEVENTMSG:
            word = fetch(call, data, 8)
            return hex_address(data) if word is None else "[%d]" % struct.unpack("<Q", word)[0]
        if request == PTRACE_GETREGSET:
            iov = _iovec(call, data)
            if iov is None:
                return hex_address(data)
            old_len = call.saved.get("iov_len", iov[1])
            length = str(iov[1]) if old_len == iov[1] else "%d => %d" % (old_len, iov[1])
            return "{iov_base=%s, iov_len=%s}" % (_regset(call, addr & U32, iov[0], iov[1]),
                                                  length)
        if request == PTRACE_SETREGSET:
            iov = _iovec(call, data)
            if iov is not None and call.saved.get("iov_len") != iov[1]:
                return " => %d}" % iov[1]
            return "}"
        if request == PTRACE_GETSIGINFO:
            return _siginfo(call, data)
        if request == PTRACE_GETSIGMASK:
            return sigset_at(call, data, addr)
        if request == PTRACE_PEEKSIGINFO:
            return _siginfo_array(call, data, call.rv & U64)
        if request == PTRACE_SECCOMP_GET_METADATA:
            return _seccomp_metadata_exit(call, data, addr)
        if request == PTRACE_GET_SYSCALL_INFO:
            return _syscall_info(call, data, addr)
        if request == PTRACE_GETREGS:
            return prstatus_text(call, data, PRSTATUS_SIZE)
        if request == PTRACE_GETFPREGS:
            return fpregset_text(call, data, FPREGSET_SIZE)
        if request == PTRACE_SECCOMP_GET_FILTER:
            # strace -v disassembles the filter; the address stands in for it
            return hex_address(data)
        return ""
