"""The stop loop's calls through ctypes: what binding.py uses where the C
accelerator (_fast.c) was not compiled, or with PYTRACE_NO_ACCEL=1.

Same functions, same results, same buffers as the accelerator's (see the
list in binding.py).  ctypes converts the arguments of a function without
argtypes faster than one with them; only small ints and ctypes buffers are
passed here, so none are declared.
"""
from __future__ import annotations

import ctypes
import os
import struct

from pytrace.engine.arch.x86_64 import REGS_SIZE
from time import monotonic_ns as _monotonic_ns

_libc = ctypes.CDLL("libc.so.6", use_errno=True)
_EINTR = 4
_ECHILD = 10
_WNOHANG = os.WNOHANG
_PTRACE_GETREGS = 12
_PTRACE_GET_SYSCALL_INFO = 0x420E
_SYSCALL_INFO_SIZE = 88

ptrace_fast = _libc["ptrace"]
ptrace_fast.restype = ctypes.c_long
get_errno = ctypes.get_errno

_info = ctypes.create_string_buffer(_SYSCALL_INFO_SIZE)
_info_view = memoryview(_info).cast("B")
_registers = ctypes.create_string_buffer(REGS_SIZE)
registers_view = memoryview(_registers).cast("B")


def read_syscall_info(pid: int) -> int:
    return ptrace_fast(_PTRACE_GET_SYSCALL_INFO, pid, _SYSCALL_INFO_SIZE, _info)


def read_registers(pid: int) -> int:
    return ptrace_fast(_PTRACE_GETREGS, pid, 0, _registers)


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
