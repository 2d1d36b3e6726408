"""The only module that talks to ptrace, wait4 and process_vm_readv/writev.

It offers the ptrace ABI's numbers (ptrace_abi.py) with the calls.  The calls
themselves are the C accelerator's (_fast.c, compiled at install by hatch_build.py) when it is
there, and binding_ctypes.py's otherwise or with PYTRACE_NO_ACCEL=1: the
same few primitives (listed below), on which the functions here are built.
Without the accelerator, ctypes is not even imported.
"""
from __future__ import annotations

import os

from pytrace.engine.ptrace_abi import (  # noqa: F401 (offered with the calls)
    PTRACE_PEEKDATA, PTRACE_PEEKUSER, PTRACE_POKEDATA, PTRACE_POKEUSER, PTRACE_CONT,
    PTRACE_GETREGS, PTRACE_DETACH, PTRACE_SYSCALL, PTRACE_SETOPTIONS, PTRACE_GETEVENTMSG,
    PTRACE_GETSIGINFO, PTRACE_SEIZE, PTRACE_INTERRUPT, PTRACE_LISTEN, PTRACE_GET_SYSCALL_INFO,
    PTRACE_EVENT_FORK, PTRACE_EVENT_VFORK, PTRACE_EVENT_CLONE, PTRACE_EVENT_EXEC,
    PTRACE_EVENT_VFORK_DONE, PTRACE_EVENT_EXIT, PTRACE_EVENT_SECCOMP, PTRACE_EVENT_STOP,
    PTRACE_O_TRACESYSGOOD, PTRACE_O_TRACEFORK, PTRACE_O_TRACEVFORK, PTRACE_O_TRACECLONE,
    PTRACE_O_TRACEEXEC, PTRACE_O_TRACEEXIT, PTRACE_O_TRACESECCOMP, PTRACE_O_EXITKILL,
    SYSCALL_INFO_NONE, SYSCALL_INFO_ENTRY, SYSCALL_INFO_EXIT, SYSCALL_INFO_SECCOMP, WALL,
    SYSCALL_INFO_SIZE)


class PtraceError(OSError):
    pass


# -- the primitives ----------------------------------------------------------
# The stop loop makes one wait4, one PTRACE_GET_SYSCALL_INFO and one resume
# per stop; both implementations write into buffers of their own, exposed as
# ``info_view`` and ``registers_view``.
#   ptrace_fast(request, pid, addr, data) -> result   (no PEEK requests; ints
#       only, the resume of every stop: small ones, for ctypes' sake)
#   ptrace_call(request, pid, addr, data) -> result   (the same, any 64-bit words)
#   peek(request, pid, addr) -> (word, 0) or (0, errno)   (PEEKDATA/PEEKUSER)
#   read_syscall_info(pid) -> size or -1, into info_view
#   read_registers(pid) -> 0 or -1, into registers_view
#   event_message(pid) -> PTRACE_GETEVENTMSG's value, 0 on failure
#   siginfo(pid) -> the raw siginfo_t of a signal-delivery-stop, None in a group-stop
#   read_memory_once(pid, addr, size) -> up to size bytes (one process_vm_readv; b"" on failure)
#   write_memory(pid, addr, data) -> (bytes written, 0) or (-1, errno)
#   wait_stop(flags, with_cpu_time) -> (pid, status, cpu_us)
#   poll_stop(flags, spin_ns, with_cpu_time) -> (pid, status, cpu_us), pid 0 if none came
#   get_errno() -> the errno of the last failed call
# wait_stop/poll_stop: pid 0 when WNOHANG found nothing, -1 on an error other
# than EINTR; ChildProcessError when no child is left; a signal handler's
# exception ends the wait.
# count_syscall_stops: -c's common syscall stops handled in C (see _fast.c and
# engine/counting.py); None without the accelerator, where the engine's own
# handlers do that work.


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
    ptrace_fast = ptrace_call = _fast.ptrace
    peek = _fast.peek
    read_syscall_info = _fast.read_syscall_info
    read_registers = _fast.read_registers
    event_message = _fast.event_message
    siginfo = _fast.siginfo
    read_memory_once = _fast.read_memory_once
    write_memory = _fast.write_memory
    wait_stop = _fast.wait_stop
    poll_stop = _fast.poll_stop
    get_errno = _fast.get_errno
    info_view = _fast.syscall_info_view()
    registers_view = _fast.registers_view()
    count_syscall_stops = _fast.count_syscall_stops
else:
    count_syscall_stops = None
    from pytrace.engine.binding_ctypes import (  # noqa: E402 (only without the accelerator)
        ptrace_fast, ptrace_call, peek, read_syscall_info, read_registers, event_message,
        siginfo, read_memory_once, write_memory, wait_stop, poll_stop, get_errno, info_view,
        registers_view)

_U64 = 0xFFFFFFFFFFFFFFFF


def _fail(request: str, pid: int):
    err = get_errno()
    raise PtraceError(err, os.strerror(err), "ptrace(%s, %d)" % (request, pid))


def seize(pid: int, options: int) -> None:
    if ptrace_call(PTRACE_SEIZE, pid, 0, options) < 0:
        _fail("PTRACE_SEIZE", pid)


def set_options(pid: int, options: int) -> None:
    if ptrace_call(PTRACE_SETOPTIONS, pid, 0, options) < 0:
        _fail("PTRACE_SETOPTIONS", pid)


def interrupt(pid: int) -> bool:
    return ptrace_call(PTRACE_INTERRUPT, pid, 0, 0) == 0


def resume(request: int, pid: int, signo: int = 0) -> bool:
    """PTRACE_SYSCALL / PTRACE_CONT / PTRACE_LISTEN; False if the tracee is gone."""
    return ptrace_call(request, pid, 0, signo) == 0


def detach(pid: int, signo: int = 0) -> bool:
    return ptrace_call(PTRACE_DETACH, pid, 0, signo) == 0


def peek_user(pid: int, offset: int) -> int | None:
    """One word of the tracee's user area (its registers), or None if it is gone."""
    word, err = peek(PTRACE_PEEKUSER, pid, offset)
    return None if err else word


def poke_user(pid: int, offset: int, value: int) -> bool:
    """Write one word of the tracee's user area (its registers)."""
    return ptrace_call(PTRACE_POKEUSER, pid, offset, value & _U64) == 0


def poke_data(pid: int, addr: int, value: int) -> bool:
    """Write one word of the tracee's memory."""
    return ptrace_call(PTRACE_POKEDATA, pid, addr, value & _U64) == 0


def peek_word(pid: int, addr: int) -> tuple[int, int]:
    """One word of the tracee's memory: (value, 0), or (0, errno) on failure
    (PEEKDATA's result cannot tell an error from a word of -1)."""
    return peek(PTRACE_PEEKDATA, pid, addr)


def poke_word(pid: int, addr: int, value: int) -> int:
    """Write one word of the tracee's memory: 0, or the errno of the failure."""
    if ptrace_call(PTRACE_POKEDATA, pid, addr, value & _U64) == 0:
        return 0
    return get_errno()


def syscall_info(pid: int) -> memoryview | None:
    """The tracee's ptrace_syscall_info in a reused buffer (valid until the next call)."""
    if read_syscall_info(pid) < 0:
        return None
    return info_view


# process_vm_readv missing or refused: /proc/PID/mem may still work.  EFAULT
# (unmapped memory) would fail there too, so it is not retried.
_TRY_PROC_MEM = frozenset((1, 38))   # EPERM, ENOSYS


def read_memory(pid: int, addr: int, size: int) -> bytes:
    """Up to ``size`` bytes at ``addr`` in one process_vm_readv call (fewer if unreadable)."""
    if size <= 0:
        return b""
    data = read_memory_once(pid, addr, size)
    if not data and get_errno() in _TRY_PROC_MEM:
        return _read_proc_mem(pid, addr, size)
    return data


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
