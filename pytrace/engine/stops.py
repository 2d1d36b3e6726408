"""Classifying a wait status into the kind of stop it reports.

Pure: no syscalls.  Which stop a status means is decided from the status
alone; whether a syscall-stop is an entry or an exit is asked of the kernel
(PTRACE_GET_SYSCALL_INFO) by the engine.
"""
from __future__ import annotations

import signal
from enum import IntEnum

from pytrace.engine import binding as P
SYSCALL_TRAP = signal.SIGTRAP | 0x80
STOPPING_SIGNALS = frozenset((signal.SIGSTOP, signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU))


class Stop(IntEnum):
    EXITED = 1           # WIFEXITED
    KILLED = 2           # WIFSIGNALED
    SYSCALL = 3          # syscall-entry or syscall-exit stop
    SIGNAL = 4           # signal-delivery-stop (event 0, not the syscall trap)
    GROUP_STOP = 5       # PTRACE_EVENT_STOP with a stopping signal
    INTERRUPT = 6        # PTRACE_EVENT_STOP otherwise: PTRACE_INTERRUPT, new child
    NEW_CHILD = 7        # PTRACE_EVENT_FORK / VFORK / CLONE
    EXEC = 8             # PTRACE_EVENT_EXEC
    EXITING = 9          # PTRACE_EVENT_EXIT
    SECCOMP = 10         # PTRACE_EVENT_SECCOMP
    OTHER = 11           # PTRACE_EVENT_VFORK_DONE and anything unknown


_EVENTS = {
    P.PTRACE_EVENT_FORK: Stop.NEW_CHILD,
    P.PTRACE_EVENT_VFORK: Stop.NEW_CHILD,
    P.PTRACE_EVENT_CLONE: Stop.NEW_CHILD,
    P.PTRACE_EVENT_EXEC: Stop.EXEC,
    P.PTRACE_EVENT_EXIT: Stop.EXITING,
    P.PTRACE_EVENT_SECCOMP: Stop.SECCOMP,
}

CHILD_KINDS = {P.PTRACE_EVENT_FORK: "fork", P.PTRACE_EVENT_VFORK: "vfork",
               P.PTRACE_EVENT_CLONE: "clone"}


def classify(status: int) -> tuple[Stop, int, int]:
    """``(stop, signo, event)`` for a wait status.

    ``signo`` is the exit code for EXITED, the signal for KILLED, the stop
    signal otherwise; ``event`` is the PTRACE_EVENT_* number or 0.
    """
    low = status & 0x7F
    if low == 0:
        return Stop.EXITED, (status >> 8) & 0xFF, 0
    if low != 0x7F:
        return Stop.KILLED, low, 0
    sig = (status >> 8) & 0xFF
    event = (status >> 16) & 0xFFFF
    if event == 0:
        return (Stop.SYSCALL if sig == SYSCALL_TRAP else Stop.SIGNAL), sig, 0
    if event == P.PTRACE_EVENT_STOP:
        return (Stop.GROUP_STOP if sig in STOPPING_SIGNALS else Stop.INTERRUPT), sig, event
    return _EVENTS.get(event, Stop.OTHER), sig, event
