"""siginfo_t, as in ``--- SIGCHLD {si_signo=SIGCHLD, ...} ---`` and in
rt_sigqueueinfo, waitid, rt_sigtimedwait and ptrace.

Exports for the formatter: :func:`siginfo_text`."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.errors import errno_value_text
from decoders.render.flags import lookup, print_named, print_xval
from decoders.render.numbers import U32, hexval, id_text
from decoders.render.scalars import fd_text as scalar_fd_text, pid_text as call_pid_text
from decoders.render.strings import hex_address
from decoders.signals.names import signal_text
from decoders.signals.siginfo_xlat import (
    AUDIT_ARCH, I386_SYSCALL_NAMES, SIGBUS_CODES, SIGCHLD_CODES, SIGFPE_CODES,
    SIGILL_CODES, SIGINFO_CODES, SIGPOLL_CODES, SIGPROF_CODES, SIGSEGV_CODES, SIGSYS_CODES,
    SIGTRAP_CODES, X86_64_SYSCALL_NAMES)
from decoders.time.clocks import clock_t_text

SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV = 4, 5, 7, 8, 11
SIGPROF, SIGCHLD, SIGIO, SIGSYS = 27, 17, 29, 31

SIGINFO_SIZE = 128

_CODES_BY_SIGNAL = {
    SIGTRAP: SIGTRAP_CODES,
    SIGCHLD: SIGCHLD_CODES,
    SIGIO: SIGPOLL_CODES,
    SIGPROF: SIGPROF_CODES,
    SIGILL: SIGILL_CODES,
    SIGFPE: SIGFPE_CODES,
    SIGSEGV: SIGSEGV_CODES,
    SIGBUS: SIGBUS_CODES,
    SIGSYS: SIGSYS_CODES,
}

SI_USER, SI_TKILL, SI_TIMER, SI_SIGIO = 0, -6, -2, -5
CLD_EXITED = 1
BUS_MCEERR_AR, BUS_MCEERR_AO = 4, 5
SEGV_BNDERR, SEGV_PKUERR = 3, 4
POLL_CODES = range(1, 7)
AUDIT_ARCH_X86_64 = 0xC000003E


def _si_code_text(code: int, signo: int, style: str) -> str:
    code &= U32
    name = lookup(code, SIGINFO_CODES)
    if name is None and signo in _CODES_BY_SIGNAL:
        name = lookup(code, _CODES_BY_SIGNAL[signo])
    return print_named(code, name, style)


AUDIT_ARCH_I386 = 0x40000003


def si_syscall_text(nr: int, arch: int, style: str) -> str:
    """x86_64 syscalls print as ``__NR_name``; i386 ones as ``20 /* getpid */``."""
    nr &= U32
    names = {AUDIT_ARCH_X86_64: X86_64_SYSCALL_NAMES,
             AUDIT_ARCH_I386: I386_SYSCALL_NAMES}.get(arch, ())
    name = names[nr] if nr < len(names) else None
    native = arch == AUDIT_ARCH_X86_64
    if name is None or style == "raw":
        return str(nr)
    if native and style == "abbrev":
        return "__NR_" + name
    return "%d /* %s%s */" % (nr, "__NR_" if native else "", name)


class _Fields:
    """The fields of one siginfo as they are printed, and the unions they share."""

    def __init__(self, data: bytes, style: str, fd_text, pid_text):
        self.data = data
        self.style = style
        self.fd_text = fd_text
        self.pid_text = pid_text
        self.parts: list[str] = []
        self.add = self.parts.append
        self.pid, self.uid = struct.unpack_from("<iI", data, 16)
        self.sival_ptr, = struct.unpack_from("<Q", data, 24)
        self.addr, = struct.unpack_from("<Q", data, 16)

    def source(self) -> None:
        self.add("si_pid=" + (self.pid_text(self.pid) if self.pid_text else str(self.pid)))
        self.add("si_uid=" + id_text(self.uid))

    def sigval(self) -> None:
        sival_int, = struct.unpack_from("<i", self.data, 24)
        self.add("si_int=%d" % sival_int)
        self.add("si_ptr=" + hex_address(self.sival_ptr))

    def band_fd(self) -> None:
        band, fd = struct.unpack_from("<qi", self.data, 16)
        self.add("si_band=%d" % band)
        self.add("si_fd=" + (self.fd_text(fd) if self.fd_text else str(fd)))


def _sent_by_process(f: _Fields, code: int) -> None:
    """si_code <= 0: kill, tkill, sigqueue, POSIX timers, SIGIO queued by F_SETSIG."""
    if code in (SI_USER, SI_TKILL):
        f.source()
    elif code == SI_TIMER:
        timerid, overrun = struct.unpack_from("<ii", f.data, 16)
        f.add("si_timerid=" + hexval(timerid & U32))
        f.add("si_overrun=%d" % overrun)
        f.sigval()
    elif code == SI_SIGIO:
        f.band_fd()
    else:
        f.source()
        if f.sival_ptr:
            f.sigval()


def _sigchld(f: _Fields, code: int) -> None:
    f.source()
    status, = struct.unpack_from("<i", f.data, 24)
    if code == CLD_EXITED:
        f.add("si_status=%d" % status)
    else:
        f.add("si_status=" + signal_text(status, f.style))
    utime, stime = struct.unpack_from("<qq", f.data, 32)
    f.add("si_utime=" + clock_t_text(utime, f.style))
    f.add("si_stime=" + clock_t_text(stime, f.style))


def _fault(f: _Fields, signo: int, code: int) -> None:
    """SIGILL, SIGFPE, SIGBUS, SIGSEGV and SIGTRAP: the faulting address and
    what some codes add to it."""
    f.add("si_addr=" + hex_address(f.addr))
    if signo == SIGBUS and code in (BUS_MCEERR_AR, BUS_MCEERR_AO):
        lsb, = struct.unpack_from("<h", f.data, 24)
        f.add("si_addr_lsb=" + hexval(lsb & 0xFFFF))
    elif signo == SIGSEGV and code == SEGV_BNDERR:
        lower, upper = struct.unpack_from("<QQ", f.data, 32)
        f.add("si_lower=" + hex_address(lower))
        f.add("si_upper=" + hex_address(upper))
    elif signo == SIGSEGV and code == SEGV_PKUERR:
        pkey, = struct.unpack_from("<I", f.data, 32)
        f.add("si_pkey=%d" % pkey)
    # strace 6.1 as built for Debian 12 has no si_perf_* fields: TRAP_PERF
    # prints like any other SIGTRAP.


def _sigsys(f: _Fields) -> None:
    call_addr, = struct.unpack_from("<Q", f.data, 16)
    nr, arch = struct.unpack_from("<iI", f.data, 24)
    f.add("si_call_addr=" + hex_address(call_addr))
    f.add("si_syscall=" + si_syscall_text(nr, arch, f.style))
    f.add("si_arch=" + print_xval(arch, AUDIT_ARCH, "AUDIT_ARCH_???", f.style))


def _sent_by_kernel(f: _Fields, signo: int, code: int) -> None:
    if signo == SIGCHLD:
        _sigchld(f, code)
    elif signo in (SIGILL, SIGFPE, SIGBUS, SIGSEGV, SIGTRAP):
        _fault(f, signo, code)
    elif signo == SIGIO:
        if code in POLL_CODES:
            f.band_fd()
    elif signo == SIGSYS:
        _sigsys(f)
    else:
        if f.pid or f.uid:
            f.source()
        if f.sival_ptr:
            f.sigval()


def siginfo_text(data: bytes, style: str = "abbrev", fd_text=None, pid_text=None) -> str:
    """The braces of ``--- SIGCHLD {si_signo=SIGCHLD, ...} ---`` from a raw
    128-byte siginfo_t (x86_64 layout, as PTRACE_GETSIGINFO returns it).

    ``fd_text(fd) -> str`` renders si_fd (for ``-y``), ``pid_text(pid) -> str``
    si_pid (for ``-Y``: ``decoders.render.scalars.pid_comm_text``); plain decimal
    without them.
    """
    if len(data) < SIGINFO_SIZE:
        data = bytes(data) + bytes(SIGINFO_SIZE - len(data))
    signo, errno, code = struct.unpack_from("<iii", data)
    if not signo:
        return "{}"
    f = _Fields(data, style, fd_text, pid_text)
    f.add("si_signo=" + signal_text(signo, style))
    f.add("si_code=" + _si_code_text(code, signo, style))
    if errno:
        f.add("si_errno=" + errno_value_text(errno & U32, style))
    if code <= 0:                       # sent by a process, not the kernel
        _sent_by_process(f, code)
    else:
        _sent_by_kernel(f, signo, code)
    return "{" + ", ".join(f.parts) + "}"


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
        pid_text = lambda pid: call_pid_text(pid, call)   # noqa: E731
    return siginfo_text(data, call.opts.xlat_style, fd_text, pid_text)
