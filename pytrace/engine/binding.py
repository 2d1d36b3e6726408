"""The only module that talks to ptrace and process_vm_readv/writev.

The request numbers, options and events are <linux/ptrace.h>'s (and
PTRACE_GETREGS <asm/ptrace-abi.h>'s on x86_64).  Calls go straight to libc
through ctypes, with the argument types fixed once, because this is the hot
path: one call per stop.  libc is opened by its soname: ``find_library``
would run ``ldconfig -p`` at every start.
"""
from __future__ import annotations

import ctypes
import os

PTRACE_PEEKDATA = 2
PTRACE_PEEKUSER = 3
PTRACE_POKEDATA = 5
PTRACE_POKEUSER = 6
PTRACE_CONT = 7
PTRACE_GETREGS = 12
PTRACE_DETACH = 17
PTRACE_SYSCALL = 24
PTRACE_SETOPTIONS = 0x4200
PTRACE_GETEVENTMSG = 0x4201
PTRACE_GETSIGINFO = 0x4202
PTRACE_SEIZE = 0x4206
PTRACE_INTERRUPT = 0x4207
PTRACE_LISTEN = 0x4208
PTRACE_GET_SYSCALL_INFO = 0x420E

PTRACE_EVENT_FORK = 1
PTRACE_EVENT_VFORK = 2
PTRACE_EVENT_CLONE = 3
PTRACE_EVENT_EXEC = 4
PTRACE_EVENT_VFORK_DONE = 5
PTRACE_EVENT_EXIT = 6
PTRACE_EVENT_SECCOMP = 7
PTRACE_EVENT_STOP = 128

PTRACE_O_TRACESYSGOOD = 1
PTRACE_O_TRACEFORK = 1 << PTRACE_EVENT_FORK
PTRACE_O_TRACEVFORK = 1 << PTRACE_EVENT_VFORK
PTRACE_O_TRACECLONE = 1 << PTRACE_EVENT_CLONE
PTRACE_O_TRACEEXEC = 1 << PTRACE_EVENT_EXEC
PTRACE_O_TRACEEXIT = 1 << PTRACE_EVENT_EXIT
PTRACE_O_TRACESECCOMP = 0x80
PTRACE_O_EXITKILL = 0x100000


SYSCALL_INFO_NONE = 0
SYSCALL_INFO_ENTRY = 1
SYSCALL_INFO_EXIT = 2
SYSCALL_INFO_SECCOMP = 3

WALL = 0x40000000   # __WALL: wait for threads and non-SIGCHLD children too

_libc = ctypes.CDLL("libc.so.6", use_errno=True)
_ptrace = _libc.ptrace
_ptrace.argtypes = (ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p)
_ptrace.restype = ctypes.c_long

_process_vm_readv = _libc.process_vm_readv
_process_vm_readv.restype = ctypes.c_ssize_t


class _IoVec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]


_process_vm_readv.argtypes = (ctypes.c_int, ctypes.POINTER(_IoVec), ctypes.c_ulong,
                              ctypes.POINTER(_IoVec), ctypes.c_ulong, ctypes.c_ulong)
_get_errno = ctypes.get_errno
# Without argtypes, as ptrace_fast: only small ints and byref() are passed.
_process_vm_readv_fast = _libc["process_vm_readv"]
_process_vm_readv_fast.restype = ctypes.c_ssize_t


class PtraceError(OSError):
    pass


def _fail(request: str, pid: int):
    err = _get_errno()
    raise PtraceError(err, os.strerror(err), "ptrace(%s, %d)" % (request, pid))


def seize(pid: int, options: int) -> None:
    if _ptrace(PTRACE_SEIZE, pid, None, options) < 0:
        _fail("PTRACE_SEIZE", pid)


def set_options(pid: int, options: int) -> None:
    if _ptrace(PTRACE_SETOPTIONS, pid, None, options) < 0:
        _fail("PTRACE_SETOPTIONS", pid)


def interrupt(pid: int) -> bool:
    return _ptrace(PTRACE_INTERRUPT, pid, None, None) == 0


def resume(request: int, pid: int, signo: int = 0) -> bool:
    """PTRACE_SYSCALL / PTRACE_CONT / PTRACE_LISTEN; False if the tracee is gone."""
    return _ptrace(request, pid, None, signo) == 0


def peek_user(pid: int, offset: int) -> int | None:
    """One word of the tracee's user area (its registers), or None if it is gone."""
    ctypes.set_errno(0)
    word = _ptrace(PTRACE_PEEKUSER, pid, offset, None)
    if word == -1 and ctypes.get_errno():
        return None
    return word & 0xFFFFFFFFFFFFFFFF


def poke_user(pid: int, offset: int, value: int) -> bool:
    """Write one word of the tracee's user area (its registers)."""
    return _ptrace(PTRACE_POKEUSER, pid, offset, value & 0xFFFFFFFFFFFFFFFF) == 0


def poke_data(pid: int, addr: int, value: int) -> bool:
    """Write one word of the tracee's memory."""
    return _ptrace(PTRACE_POKEDATA, pid, addr, value & 0xFFFFFFFFFFFFFFFF) == 0


def peek_word(pid: int, addr: int) -> tuple[int, int]:
    """One word of the tracee's memory: (value, 0), or (0, errno) on failure
    (PEEKDATA's result cannot tell an error from a word of -1)."""
    ctypes.set_errno(0)
    value = _ptrace(PTRACE_PEEKDATA, pid, addr, None)
    err = _get_errno()
    return (0, err) if err else (value & 0xFFFFFFFFFFFFFFFF, 0)


def poke_word(pid: int, addr: int, value: int) -> int:
    """Write one word of the tracee's memory: 0, or the errno of the failure."""
    if _ptrace(PTRACE_POKEDATA, pid, addr, value & 0xFFFFFFFFFFFFFFFF) == 0:
        return 0
    return _get_errno()


_process_vm_writev = _libc.process_vm_writev
_process_vm_writev.restype = ctypes.c_ssize_t
_process_vm_writev.argtypes = _process_vm_readv.argtypes


def write_memory(pid: int, addr: int, data: bytes) -> tuple[int, int]:
    """``data`` into the tracee at ``addr`` in one process_vm_writev call:
    (bytes written, 0), or (-1, errno)."""
    buf = ctypes.create_string_buffer(data, len(data))
    local = _IoVec(ctypes.cast(buf, ctypes.c_void_p), len(data))
    remote = _IoVec(addr, len(data))
    written = _process_vm_writev(pid, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
    return (written, 0) if written >= 0 else (-1, _get_errno())


def detach(pid: int, signo: int = 0) -> bool:
    return _ptrace(PTRACE_DETACH, pid, None, signo) == 0


_eventmsg = ctypes.c_ulong()
_eventmsg_ref = ctypes.byref(_eventmsg)


def event_message(pid: int) -> int:
    if _ptrace(PTRACE_GETEVENTMSG, pid, None, _eventmsg_ref) < 0:
        return 0
    return _eventmsg.value


SIGINFO_SIZE = 128
_siginfo = ctypes.create_string_buffer(SIGINFO_SIZE)


def siginfo(pid: int) -> bytes | None:
    """The raw siginfo_t of a signal-delivery-stop; None in a group-stop."""
    if _ptrace(PTRACE_GETSIGINFO, pid, None, _siginfo) < 0:
        return None
    return _siginfo.raw


# struct ptrace_syscall_info: op u8, pad[3], arch u32, ip u64, sp u64, then a
# union of {nr, args[6]} (entry, seccomp) and {rval s64, is_error u8} (exit).
SYSCALL_INFO_SIZE = 88

# -- the stop loop's calls ---------------------------------------------------
# One wait4, one PTRACE_GET_SYSCALL_INFO and one resume per stop: these go
# through the C accelerator (_fast.c, compiled at install by hatch_build.py)
# when it is there, and through ctypes otherwise or with PYTRACE_NO_ACCEL=1.
# Both write into buffers owned here: ``info_view`` and ``registers_view``.
#   ptrace_fast(request, pid, addr, data) -> result   (ints only; no PEEK requests)
#   read_syscall_info(pid) -> size or -1, into info_view
#   read_registers(pid) -> 0 or -1, into registers_view
#   wait_stop(flags, with_cpu_time) -> (pid, status, cpu_us)
#   poll_stop(flags, spin_ns, with_cpu_time) -> (pid, status, cpu_us), pid 0 if none came
#   get_errno() -> the errno of the last failed call
# wait_stop/poll_stop: pid 0 when WNOHANG found nothing, -1 on an error other
# than EINTR; ChildProcessError when no child is left; a signal handler's
# exception ends the wait.


def _accelerator():
    if os.environ.get("PYTRACE_NO_ACCEL"):
        return None
    try:
        from pytrace.engine import _fast
    except ImportError:
        return None
    return _fast


_fast = _accelerator()
ACCELERATED = _fast is not None

if _fast is not None:
    ptrace_fast = _fast.ptrace
    read_syscall_info = _fast.syscall_info
    read_registers = _fast.get_registers
    wait_stop = _fast.wait
    poll_stop = _fast.poll
    get_errno = _fast.errno
    _info_view = _fast.syscall_info_view()
    registers_view = _fast.registers_view()
else:
    from pytrace.engine.binding_ctypes import (  # noqa: E402 (only without the accelerator)
        ptrace_fast, read_syscall_info, read_registers, wait_stop, poll_stop, get_errno,
        _info_view, registers_view)
info_view = _info_view


def syscall_info(pid: int) -> memoryview | None:
    """The tracee's ptrace_syscall_info in a reused buffer (valid until the next call)."""
    if read_syscall_info(pid) < 0:
        return None
    return _info_view

# process_vm_readv missing or refused: /proc/PID/mem may still work.  EFAULT
# (unmapped memory) would fail there too, so it is not retried.
_TRY_PROC_MEM = frozenset((1, 38))   # EPERM, ENOSYS
_READ_BUFFER_SIZE = 1 << 16
_read_buffer = ctypes.create_string_buffer(_READ_BUFFER_SIZE)
_local_iov = _IoVec(ctypes.cast(_read_buffer, ctypes.c_void_p), 0)
_remote_iov = _IoVec(0, 0)
_local_ref = ctypes.byref(_local_iov)
_remote_ref = ctypes.byref(_remote_iov)


def read_memory(pid: int, addr: int, size: int) -> bytes:
    """Up to ``size`` bytes at ``addr`` in one process_vm_readv call (fewer if unreadable).

    Reads that fit go through one preallocated buffer: no allocation per call.
    """
    if size <= 0:
        return b""
    if size > _READ_BUFFER_SIZE:
        buf = ctypes.create_string_buffer(size)
        local = _IoVec(ctypes.cast(buf, ctypes.c_void_p), size)
        remote = _IoVec(addr, size)
        got = _process_vm_readv(pid, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
        if got <= 0:
            return _read_proc_mem(pid, addr, size) if _get_errno() in _TRY_PROC_MEM else b""
        return buf.raw[:got]
    _local_iov.len = size
    _remote_iov.base = addr
    _remote_iov.len = size
    got = _process_vm_readv_fast(pid, _local_ref, 1, _remote_ref, 1, 0)
    if got <= 0:
        return _read_proc_mem(pid, addr, size) if _get_errno() in _TRY_PROC_MEM else b""
    return _read_buffer.raw[:got] if got == _READ_BUFFER_SIZE else _read_buffer[:got]


def _read_proc_mem(pid: int, addr: int, size: int) -> bytes:
    # process_vm_readv refuses some mappings (and some kernels lack it); the
    # tracer may still read them through /proc/PID/mem while the tracee stops.
    try:
        fd = os.open("/proc/%d/mem" % pid, os.O_RDONLY)
    except OSError:
        return b""
    try:
        return os.pread(fd, size, addr)
    except (OSError, OverflowError):
        return b""
    finally:
        os.close(fd)
