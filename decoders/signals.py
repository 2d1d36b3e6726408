"""Signals: numbers, sets, sigaction, siginfo and sigaltstack as strace prints them.

Exports for the formatter: :func:`signal_name` (``SIGCHLD``, ``SIGRT_3``) and
:func:`siginfo_text` (the braces of ``--- SIGCHLD {...} ---``).
"""
from __future__ import annotations

import os
import struct
from functools import lru_cache

from decoders import Call, arg_kind, ret_kind
from decoders.render.errors import errno_value_text
from decoders.render.flags import lookup, print_flags, print_named, print_xval
from decoders.render.numbers import U32, hexval, id_text, int32
from decoders.render.scalars import fd_text as scalar_fd_text, pid_comm_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch
from decoders.xlat import signal as xsig
SIGRTMIN = 32
SIGRTMAX = 64
NSIG_BYTES = 8          # glibc's NSIG is 65; strace's sigset holds 64 signals

SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV = 4, 5, 7, 8, 11
SIGPROF, SIGCHLD, SIGIO, SIGSYS = 27, 17, 29, 31


def _signame(signo: int) -> str | None:
    if 0 < signo < len(xsig.SIGNAL_NAMES):
        return xsig.SIGNAL_NAMES[signo]
    if SIGRTMIN <= signo <= SIGRTMAX:
        return "SIGRT_%d" % (signo - SIGRTMIN)
    return None


def signal_name(signo: int) -> str:
    """``SIGCHLD``; ``SIGRTMIN`` for 32, ``SIGRT_n`` above; the number otherwise."""
    return _signame(signo) or str(signo)


def signal_text(signo: int, style: str = "abbrev") -> str:
    """A signal number argument (strace's printsignal): the name, or the
    decimal number when it has none; ``-X`` applies."""
    signo = int32(signo)
    name = _signame(signo)
    if name is None or style == "raw":
        return str(signo)
    if style == "verbose":
        return "%d /* %s */" % (signo, name)
    return name


@arg_kind("signo")
def _signo(value: int, call: Call) -> str:
    return signal_text(value, call.opts.xlat_style)


@ret_kind("signo")
def _ret_signo(value: int, call: Call) -> str:
    """rt_sigtimedwait's result: ``10 (SIGUSR1)`` (the name ignores -X)."""
    name = _signame(value) if value else None
    return "%d (%s)" % (value, name) if name else str(value)


# Signal sets ----------------------------------------------------------------

def _set_member(signo: int) -> str | None:
    if signo < len(xsig.SIGNAL_NAMES):
        return xsig.SIGNAL_NAMES[signo][3:]
    if SIGRTMIN <= signo <= SIGRTMAX:
        return "RT_%d" % (signo - SIGRTMIN)
    return None


@lru_cache(maxsize=4096)
def sigset_text(data: bytes, style: str = "abbrev") -> str:
    """``[INT TERM]``, or ``~[KILL STOP]`` when two thirds or more of the bits
    are set: strace then lists the signals that are *not* in the set."""
    nbytes = min(len(data), NSIG_BYTES)
    nwords = (nbytes + 3) // 4
    nbits = nwords * 32
    mask = int.from_bytes(data[:nbytes], "little")
    prefix = ""
    if bin(mask).count("1") >= nbits * 2 // 3:
        mask = ~mask & ((1 << nbits) - 1)
        prefix = "~"
    members = []
    bit = 0
    while mask:
        if mask & 1:
            signo = bit + 1
            name = _set_member(signo)
            if style == "raw" or name is None:
                members.append(str(signo))
            elif style == "verbose":
                members.append("%d /* %s */" % (signo, name))
            else:
                members.append(name)
        mask >>= 1
        bit += 1
    return prefix + "[" + " ".join(members) + "]"


# The size of a sigset is usually the next argument; these calls keep it
# elsewhere.
_SIGSET_SIZE_ARG = {"rt_sigprocmask": 3, "rt_sigtimedwait": 3}


def sigset_at(call: Call, addr: int, length: int) -> str:
    """strace's print_sigset_addr_len: the set of ``length`` bytes at ``addr``
    (a word at least, NSIG_BYTES at most), or its address."""
    if length < 8 or length > NSIG_BYTES:
        return hex_address(addr)
    data = fetch(call, addr, length)
    if data is None:
        return hex_address(addr)
    return sigset_text(data, call.opts.xlat_style)


@arg_kind("sigset")
def _sigset(value: int, call: Call) -> str:
    if call.exiting and call.failed:
        return hex_address(value)
    size_index = _SIGSET_SIZE_ARG.get(call.name, call.index + 1)
    size = call.args[size_index] if size_index < len(call.args) else NSIG_BYTES
    # rt_sigpending accepts any size up to the full set; the others want at
    # least a word.
    min_size = 1 if call.name == "rt_sigpending" else 8
    if value == 0 or size < min_size or size > NSIG_BYTES:
        return hex_address(value)
    data = call.mem.read(value, size)
    if data is None:
        return hex_address(value)
    return sigset_text(data, call.opts.xlat_style)


@arg_kind("sigprocmask_how")
def _sigprocmask_how(value: int, call: Call) -> str:
    return print_xval(value & U32, xsig.SIGPROCMASKCMDS, "SIG_???", call.opts.xlat_style)


# sigaction --------------------------------------------------------------------

# strace reads its own struct: handler, flags, restorer, then a mask of
# NSIG / sizeof(long) longs (8 of them), of which the first 8 bytes matter.
SIGACTION_SIZE = 8 + 8 + 8 + 8 * 8
SA_RESTORER = 0x04000000


def sigaction_text(data: bytes, style: str = "abbrev") -> str:
    handler, flags, restorer = struct.unpack_from("<QQQ", data)
    name = lookup(handler, xsig.SA_HANDLER_VALUES)
    parts = ["sa_handler=" + (print_named(handler, name, style) if name
                              else hex_address(handler)),
             "sa_mask=" + sigset_text(bytes(data[24:32]), style),
             "sa_flags=" + print_flags(flags, xsig.SIGACT_FLAGS, "SA_???", style)]
    if flags & SA_RESTORER:
        parts.append("sa_restorer=" + hex_address(restorer))
    return "{" + ", ".join(parts) + "}"


@arg_kind("sigaction")
def _sigaction(value: int, call: Call) -> str:
    if value == 0 or (call.exiting and call.failed):
        return hex_address(value)
    data = call.mem.read(value, SIGACTION_SIZE)
    if data is None:
        return hex_address(value)
    return sigaction_text(data, call.opts.xlat_style)


# sigaltstack ----------------------------------------------------------------

STACK_T_SIZE = 24


@arg_kind("sigaltstack")
def _sigaltstack(value: int, call: Call) -> str:
    if value == 0 or (call.exiting and call.failed):
        return hex_address(value)
    data = call.mem.read(value, STACK_T_SIZE)
    if data is None:
        return hex_address(value)
    sp, flags, size = struct.unpack_from("<Qi4xQ", data)
    return "{ss_sp=%s, ss_flags=%s, ss_size=%d}" % (
        hex_address(sp),
        print_flags(flags & U32, xsig.SIGALTSTACK_FLAGS, "SS_???", call.opts.xlat_style),
        size)


# siginfo ----------------------------------------------------------------------

SIGINFO_SIZE = 128

_CODES_BY_SIGNAL = {
    SIGTRAP: xsig.SIGTRAP_CODES,
    SIGCHLD: xsig.SIGCHLD_CODES,
    SIGIO: xsig.SIGPOLL_CODES,
    SIGPROF: xsig.SIGPROF_CODES,
    SIGILL: xsig.SIGILL_CODES,
    SIGFPE: xsig.SIGFPE_CODES,
    SIGSEGV: xsig.SIGSEGV_CODES,
    SIGBUS: xsig.SIGBUS_CODES,
    SIGSYS: xsig.SIGSYS_CODES,
}

SI_USER, SI_TKILL, SI_TIMER, SI_SIGIO = 0, -6, -2, -5
CLD_EXITED = 1
BUS_MCEERR_AR, BUS_MCEERR_AO = 4, 5
SEGV_BNDERR, SEGV_PKUERR = 3, 4
POLL_CODES = range(1, 7)
AUDIT_ARCH_X86_64 = 0xC000003E

_CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _si_code_text(code: int, signo: int, style: str) -> str:
    code &= U32
    name = lookup(code, xsig.SIGINFO_CODES)
    if name is None and signo in _CODES_BY_SIGNAL:
        name = lookup(code, _CODES_BY_SIGNAL[signo])
    return print_named(code, name, style)


def clock_t_text(value: int, style: str = "abbrev") -> str:
    """A clock_t count, with its value in seconds as a comment."""
    value &= 0xFFFFFFFFFFFFFFFF
    text = str(value)
    if style != "raw" and _CLK_TCK > 0 and value > 0:
        width = min(len(str(_CLK_TCK)) - 1, 9)
        whole, part = divmod(value, _CLK_TCK)
        if width:
            fraction = "%.*f" % (width, part / _CLK_TCK)
            text += " /* %d.%s s */" % (whole, fraction.split(".")[1])
        else:
            text += " /* %d. s */" % whole
    return text


AUDIT_ARCH_I386 = 0x40000003


def _si_syscall_text(nr: int, arch: int, style: str) -> str:
    """x86_64 syscalls print as ``__NR_name``; i386 ones as ``20 /* getpid */``."""
    nr &= U32
    names = {AUDIT_ARCH_X86_64: xsig.X86_64_SYSCALL_NAMES,
             AUDIT_ARCH_I386: xsig.I386_SYSCALL_NAMES}.get(arch, ())
    name = names[nr] if nr < len(names) else None
    native = arch == AUDIT_ARCH_X86_64
    if name is None or style == "raw":
        return str(nr)
    if native and style == "abbrev":
        return "__NR_" + name
    return "%d /* %s%s */" % (nr, "__NR_" if native else "", name)


def siginfo_text(data: bytes, style: str = "abbrev", fd_text=None, pid_text=None) -> str:
    """The braces of ``--- SIGCHLD {si_signo=SIGCHLD, ...} ---`` from a raw
    128-byte siginfo_t (x86_64 layout, as PTRACE_GETSIGINFO returns it).

    ``fd_text(fd) -> str`` renders si_fd (for ``-y``), ``pid_text(pid) -> str``
    si_pid (for ``-Y``: ``decoders.scalars.pid_comm_text``); plain decimal
    without them.
    """
    if len(data) < SIGINFO_SIZE:
        data = bytes(data) + bytes(SIGINFO_SIZE - len(data))
    signo, errno, code = struct.unpack_from("<iii", data)
    if not signo:
        return "{}"
    fields = ["si_signo=" + signal_text(signo, style),
              "si_code=" + _si_code_text(code, signo, style)]
    add = fields.append
    pid, uid = struct.unpack_from("<iI", data, 16)
    sival_int, = struct.unpack_from("<i", data, 24)
    sival_ptr, = struct.unpack_from("<Q", data, 24)
    addr, = struct.unpack_from("<Q", data, 16)

    def source():
        add("si_pid=" + (pid_text(pid) if pid_text else str(pid)))
        add("si_uid=" + id_text(uid))

    def sigval():
        add("si_int=%d" % sival_int)
        add("si_ptr=" + hex_address(sival_ptr))

    def band_fd():
        band, fd = struct.unpack_from("<qi", data, 16)
        add("si_band=%d" % band)
        add("si_fd=" + (fd_text(fd) if fd_text else str(fd)))

    if errno:
        add("si_errno=" + errno_value_text(errno & U32, style))
    if code <= 0:                       # sent by a process, not the kernel
        if code in (SI_USER, SI_TKILL):
            source()
        elif code == SI_TIMER:
            timerid, overrun = struct.unpack_from("<ii", data, 16)
            add("si_timerid=" + hexval(timerid & U32))
            add("si_overrun=%d" % overrun)
            sigval()
        elif code == SI_SIGIO:
            band_fd()
        else:
            source()
            if sival_ptr:
                sigval()
    elif signo == SIGCHLD:
        source()
        status, = struct.unpack_from("<i", data, 24)
        if code == CLD_EXITED:
            add("si_status=%d" % status)
        else:
            add("si_status=" + signal_text(status, style))
        utime, stime = struct.unpack_from("<qq", data, 32)
        add("si_utime=" + clock_t_text(utime, style))
        add("si_stime=" + clock_t_text(stime, style))
    elif signo in (SIGILL, SIGFPE):
        add("si_addr=" + hex_address(addr))
    elif signo == SIGBUS:
        add("si_addr=" + hex_address(addr))
        if code in (BUS_MCEERR_AR, BUS_MCEERR_AO):
            lsb, = struct.unpack_from("<h", data, 24)
            add("si_addr_lsb=" + hexval(lsb & 0xFFFF))
    elif signo == SIGSEGV:
        add("si_addr=" + hex_address(addr))
        if code == SEGV_BNDERR:
            lower, upper = struct.unpack_from("<QQ", data, 32)
            add("si_lower=" + hex_address(lower))
            add("si_upper=" + hex_address(upper))
        elif code == SEGV_PKUERR:
            pkey, = struct.unpack_from("<I", data, 32)
            add("si_pkey=%d" % pkey)
    elif signo == SIGTRAP:
        # strace 6.1 as built for Debian 12 has no si_perf_* fields: TRAP_PERF
        # prints like any other SIGTRAP.
        add("si_addr=" + hex_address(addr))
    elif signo == SIGIO:
        if code in POLL_CODES:
            band_fd()
    elif signo == SIGSYS:
        call_addr, = struct.unpack_from("<Q", data, 16)
        nr, arch = struct.unpack_from("<iI", data, 24)
        add("si_call_addr=" + hex_address(call_addr))
        add("si_syscall=" + _si_syscall_text(nr, arch, style))
        add("si_arch=" + print_xval(arch, xsig.AUDIT_ARCH, "AUDIT_ARCH_???", style))
    else:
        if pid or uid:
            source()
        if sival_ptr:
            sigval()
    return "{" + ", ".join(fields) + "}"


@arg_kind("siginfo")
def siginfo_ptr(value: int, call: Call) -> str:
    if value == 0 or (call.exiting and call.failed):
        return hex_address(value)
    data = call.mem.read(value, SIGINFO_SIZE)
    if data is None:
        return hex_address(value)
    return call_siginfo_text(data, call)


def call_siginfo_text(data: bytes, call: Call) -> str:
    """A siginfo read from a syscall's argument: si_fd and si_pid decorated as
    the call's options say (-y, -Y)."""
    fd_text = pid_text = None
    if call.fd_path is not None and "path" in call.opts.decode_fds:
        fd_text = lambda fd: scalar_fd_text(fd, call)   # noqa: E731
    if call.opts.decode_pids:
        pid_text = lambda pid: pid_comm_text(pid, call.opts)   # noqa: E731
    return siginfo_text(data, call.opts.xlat_style, fd_text, pid_text)
