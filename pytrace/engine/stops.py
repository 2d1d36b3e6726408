"""Classifying a wait status into the kind of stop it reports.

Pure: no syscalls.  Which stop a status means is decided from the status
alone; whether a syscall-stop is an entry or an exit is asked of the kernel
(PTRACE_GET_SYSCALL_INFO) by the engine.
"""
from __future__ import annotations

import _signal

from pytrace.engine import binding as P

# _signal, the C module under signal: its numbers are plain ints, without the
# enum classes whose import costs every start of pytrace about 3 ms
SYSCALL_TRAP = _signal.SIGTRAP | 0x80
STOPPING_SIGNALS = frozenset((_signal.SIGSTOP, _signal.SIGTSTP, _signal.SIGTTIN, _signal.SIGTTOU))


class Stop:
    """A kind of stop: one object each, told apart by identity (``stop is
    Stop.EXEC``), as an enum's members are, without the enum module."""
    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return "Stop.%s" % self.name


Stop.EXITED = Stop("EXITED")           # WIFEXITED
Stop.KILLED = Stop("KILLED")           # WIFSIGNALED
Stop.SYSCALL = Stop("SYSCALL")         # syscall-entry or syscall-exit stop
Stop.SIGNAL = Stop("SIGNAL")           # signal-delivery-stop (event 0, not the syscall trap)
Stop.GROUP_STOP = Stop("GROUP_STOP")   # PTRACE_EVENT_STOP with a stopping signal
Stop.INTERRUPT = Stop("INTERRUPT")     # PTRACE_EVENT_STOP otherwise: PTRACE_INTERRUPT, new child
Stop.NEW_CHILD = Stop("NEW_CHILD")     # PTRACE_EVENT_FORK / VFORK / CLONE
Stop.EXEC = Stop("EXEC")               # PTRACE_EVENT_EXEC
Stop.EXITING = Stop("EXITING")         # PTRACE_EVENT_EXIT
Stop.SECCOMP = Stop("SECCOMP")         # PTRACE_EVENT_SECCOMP
Stop.OTHER = Stop("OTHER")             # PTRACE_EVENT_VFORK_DONE and anything unknown


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
