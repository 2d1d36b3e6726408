"""binding.py's primitives through ctypes: what it uses where the C
accelerator (_fast.c) was not compiled, or with PYTRACE_NO_ACCEL=1.

Same functions, same results, same buffers as the accelerator's (see the
list in binding.py).  ctypes converts the arguments of a function without
argtypes faster than one with them, but as C ints: the stop loop's calls
(``ptrace_fast``) pass small ints and ctypes buffers only; ``ptrace_call``
declares its argument types, for addresses and 64-bit words.  libc is opened
by its soname: ``find_library`` would run ``ldconfig -p`` at every start.
"""
from __future__ import annotations

import ctypes
import os
import struct

from pytrace.engine.arch.x86_64 import REGS_SIZE
from pytrace.engine.ptrace_abi import (PTRACE_GET_SYSCALL_INFO, PTRACE_GETEVENTMSG,
                                      PTRACE_GETREGS, PTRACE_GETSIGINFO, SIGINFO_SIZE,
                                      SYSCALL_INFO_SIZE)
from time import monotonic_ns as _monotonic_ns

_libc = ctypes.CDLL("libc.so.6", use_errno=True)
_EINTR = 4
_ECHILD = 10
_WNOHANG = os.WNOHANG

ptrace_fast = _libc["ptrace"]
ptrace_fast.restype = ctypes.c_long
ptrace_call = _libc.ptrace
ptrace_call.argtypes = (ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p)
ptrace_call.restype = ctypes.c_long
get_errno = ctypes.get_errno

_info = ctypes.create_string_buffer(SYSCALL_INFO_SIZE)
info_view = memoryview(_info).cast("B")
_registers = ctypes.create_string_buffer(REGS_SIZE)
registers_view = memoryview(_registers).cast("B")


def peek(request: int, pid: int, addr: int) -> tuple[int, int]:
    ctypes.set_errno(0)
    word = ptrace_call(request, pid, addr, None)
    err = ctypes.get_errno()
    return (0, err) if err else (word & 0xFFFFFFFFFFFFFFFF, 0)


_eventmsg = ctypes.c_ulong()
_eventmsg_ref = ctypes.byref(_eventmsg)


def event_message(pid: int) -> int:
    if ptrace_call(PTRACE_GETEVENTMSG, pid, None, _eventmsg_ref) < 0:
        return 0
    return _eventmsg.value


_siginfo = ctypes.create_string_buffer(SIGINFO_SIZE)


def siginfo(pid: int) -> bytes | None:
    if ptrace_call(PTRACE_GETSIGINFO, pid, None, _siginfo) < 0:
        return None
    return _siginfo.raw


class _IoVec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]


_VM_ARGTYPES = (ctypes.c_int, ctypes.POINTER(_IoVec), ctypes.c_ulong,
                ctypes.POINTER(_IoVec), ctypes.c_ulong, ctypes.c_ulong)
_process_vm_readv = _libc.process_vm_readv
_process_vm_readv.restype = ctypes.c_ssize_t
_process_vm_readv.argtypes = _VM_ARGTYPES
_process_vm_writev = _libc.process_vm_writev
_process_vm_writev.restype = ctypes.c_ssize_t
_process_vm_writev.argtypes = _VM_ARGTYPES


def _vm_call(function, pid: int, addr: int, buf, size: int) -> int:
    local = _IoVec(ctypes.cast(buf, ctypes.c_void_p), size)
    remote = _IoVec(addr, size)
    return function(pid, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)


def read_memory_once(pid: int, addr: int, size: int) -> bytes:
    buf = ctypes.create_string_buffer(size)
    got = _vm_call(_process_vm_readv, pid, addr, buf, size)
    return buf.raw[:got] if got > 0 else b""


def write_memory(pid: int, addr: int, data: bytes) -> tuple[int, int]:
    buf = ctypes.create_string_buffer(data, len(data))
    written = _vm_call(_process_vm_writev, pid, addr, buf, len(data))
    return (written, 0) if written >= 0 else (-1, ctypes.get_errno())


def read_syscall_info(pid: int) -> int:
    return ptrace_fast(PTRACE_GET_SYSCALL_INFO, pid, SYSCALL_INFO_SIZE, _info)


def read_registers(pid: int) -> int:
    return ptrace_fast(PTRACE_GETREGS, pid, 0, _registers)


# wait4 with the rusage in a reused buffer: os.wait4 builds a 16-field
# struct_rusage object at every stop, of which one field is wanted.
_wait4 = _libc["wait4"]
_wait4.restype = ctypes.c_int
_status = ctypes.c_int()
_status_ref = ctypes.byref(_status)
_rusage = ctypes.create_string_buffer(144)
_RUSAGE_STIME = struct.Struct("<qq")
_RUSAGE_STIME_OFFSET = 16    # struct rusage: ru_utime, then ru_stime (timevals)



def wait_stop(flags: int, with_cpu_time: bool) -> tuple[int, int, int]:
    if not with_cpu_time:
        try:
            pid, status = os.waitpid(-1, flags)   # retries EINTR itself (PEP 475)
        except ChildProcessError:
            raise
        except OSError:
            return -1, 0, 0
        return pid, status, 0
    while True:
        pid = _wait4(-1, _status_ref, flags, _rusage)
        if pid >= 0:
            break
        errno = ctypes.get_errno()
        if errno == _ECHILD:
            raise ChildProcessError
        if errno != _EINTR:
            return -1, 0, 0
        # EINTR: a Python signal handler runs before the next loop, and may raise
    if pid == 0:
        return 0, 0, 0
    seconds, micros = _RUSAGE_STIME.unpack_from(_rusage, _RUSAGE_STIME_OFFSET)
    return pid, _status.value, seconds * 1_000_000 + micros


def poll_stop(flags: int, spin_ns: int, with_cpu_time: bool) -> tuple[int, int, int]:
    give_up = _monotonic_ns() + spin_ns
    flags |= _WNOHANG
    while True:
        found = wait_stop(flags, with_cpu_time)
        if found[0] or _monotonic_ns() > give_up:
            return found
