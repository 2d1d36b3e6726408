"""The seccomp-bpf fast path: syscalls outside the trace set never stop the tracee.

The launched child installs, just before its execve, a classic-BPF program
that returns SECCOMP_RET_TRACE for the traced numbers (the tracer then sees a
PTRACE_EVENT_SECCOMP stop at their entry) and SECCOMP_RET_ALLOW for the rest,
which run at full speed.  The program is built from the signature table's
numbers; building it is pure and tested without installing it.
"""
from __future__ import annotations

import ctypes
import struct

from pytrace.engine.arch import (AUDIT_ARCH, AUDIT_ARCH_I386, CLONE_SYSCALLS, EXEC_SYSCALLS,
                                 I386_EXEC_SYSCALLS, I386_NR_BASE, X32_SYSCALL_BIT)

# Classic BPF opcodes (linux/bpf_common.h).
BPF_LD_W_ABS = 0x20
BPF_JMP_JA = 0x05
BPF_JMP_JEQ_K = 0x15
BPF_JMP_JGE_K = 0x35
BPF_JMP_JGT_K = 0x25
BPF_RET_K = 0x06

SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_TRACE = 0x7FF00000
SECCOMP_SET_MODE_FILTER = 1
PR_SET_NO_NEW_PRIVS = 38
SYS_SECCOMP = 317
SYS_PRCTL = 157
EACCES = 13

# offsets in struct seccomp_data
_NR = 0
_ARCH = 4

_INSN = struct.Struct("<HBBI")


def _insn(code: int, jt: int, jf: int, k: int) -> bytes:
    return _INSN.pack(code, jt, jf, k)


def ranges(numbers) -> list[tuple[int, int]]:
    """Sorted numbers as inclusive (low, high) runs."""
    runs: list[list[int]] = []
    for nr in sorted(set(numbers)):
        if runs and nr == runs[-1][1] + 1:
            runs[-1][1] = nr
        else:
            runs.append([nr, nr])
    return [(lo, hi) for lo, hi in runs]


def _runs(numbers) -> list[bytes]:
    """The instructions tracing the numbers in ``numbers`` (the number loaded)."""
    body = []
    for lo, hi in ranges(numbers):
        # Three instructions a run keep every jump within the 8-bit offsets.
        body.append(_insn(BPF_JMP_JGE_K, 0, 2, lo))        # nr < lo: next run
        body.append(_insn(BPF_JMP_JGT_K, 1, 0, hi))        # nr > hi: next run
        body.append(_insn(BPF_RET_K, 0, 0, SECCOMP_RET_TRACE))
    return body


def build_program(traced_numbers) -> bytes:
    """A filter that traces ``traced_numbers`` (plus exec* and clone*, which the
    tracer always needs to see) and allows every other syscall.

    As strace's filter does, it compares the architecture first: the i386
    calls (int $0x80, 32-bit programs) are chosen among by their own numbers
    (the engine's I386_NR_BASE and up in ``traced_numbers``); a call of any
    other (an x32 entry) is traced: the tracer must see what it cannot classify.
    """
    traced = set(traced_numbers)
    native = _runs({nr for nr in traced if nr < I386_NR_BASE}
                   | set(EXEC_SYSCALLS) | set(CLONE_SYSCALLS))
    i386 = _runs({nr - I386_NR_BASE for nr in traced if nr >= I386_NR_BASE}
                 | set(I386_EXEC_SYSCALLS))
    native_part = [
        _insn(BPF_LD_W_ABS, 0, 0, _NR),
        _insn(BPF_JMP_JGE_K, 0, 1, X32_SYSCALL_BIT),
        _insn(BPF_RET_K, 0, 0, SECCOMP_RET_TRACE),
        *native,
        _insn(BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW),
    ]
    program = [
        _insn(BPF_LD_W_ABS, 0, 0, _ARCH),
        _insn(BPF_JMP_JEQ_K, 1, 0, AUDIT_ARCH),
        _insn(BPF_JMP_JA, 0, 0, len(native_part)),     # another arch: past the 64-bit part
        *native_part,
        _insn(BPF_JMP_JEQ_K, 1, 0, AUDIT_ARCH_I386),
        _insn(BPF_RET_K, 0, 0, SECCOMP_RET_TRACE),
        _insn(BPF_LD_W_ABS, 0, 0, _NR),
        *i386,
        _insn(BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW),
    ]
    return b"".join(program)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def install(program: bytes) -> bool:
    """Install ``program`` on the calling process (the child, before execve).

    Without CAP_SYS_ADMIN the kernel wants no_new_privs first, as for strace.
    Returns False when the kernel refuses: tracing then goes on without it.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    buf = ctypes.create_string_buffer(program, len(program))
    prog = _SockFprog(len(program) // 8, ctypes.cast(buf, ctypes.c_void_p))
    syscall = libc.syscall
    syscall.restype = ctypes.c_long
    if syscall(ctypes.c_long(SYS_SECCOMP), ctypes.c_long(SECCOMP_SET_MODE_FILTER),
               ctypes.c_long(0), ctypes.byref(prog)) == 0:
        return True
    if ctypes.get_errno() != EACCES:
        return False
    if syscall(ctypes.c_long(SYS_PRCTL), ctypes.c_long(PR_SET_NO_NEW_PRIVS), ctypes.c_long(1),
               ctypes.c_long(0), ctypes.c_long(0), ctypes.c_long(0)) != 0:
        return False
    return syscall(ctypes.c_long(SYS_SECCOMP), ctypes.c_long(SECCOMP_SET_MODE_FILTER),
                   ctypes.c_long(0), ctypes.byref(prog)) == 0
