"""Event records produced by the engine and consumed by the session and sinks.

The engine yields these and prints nothing.  Records are slotted and cheap:
one :class:`SyscallRecord` per traced syscall, created at entry and completed at
exit, no object per argument.
"""
from __future__ import annotations

import os
import time

from decoders.record import Record

# SyscallRecord.nr of a syscall whose entry could not be read: the thread was
# killed at its entry stop (strace's ``???``)
UNAVAILABLE_NR = -1


class SyscallRecord:
    """One syscall of one thread, from its entry stop to its exit stop.

    ``t_entry``/``t_exit`` are wall-clock nanoseconds (time.time_ns) taken when
    the stop was reaped; ``cpu_entry``/``cpu_exit`` the thread's system CPU time
    in whole microseconds at those stops (from wait4's rusage), which ``-C``
    sums as strace does.  ``rv`` is the signed return value; ``errno`` is non-zero when
    the kernel reported an error.  ``call`` is the decoder's view of the call,
    filled in by the session only when something will print it.
    """

    __slots__ = ("pid", "nr", "args", "t_entry", "cpu_entry", "rv", "errno",
                 "t_exit", "cpu_exit", "call", "entry_text", "ip", "sp", "tampered")
    # ``tampered`` (engine/tampering.py's Tampering) is set only on calls that
    # -e inject= tampered with, and left unset otherwise: readers use
    # getattr(record, "tampered", None), and runs without injection pay nothing.

    def __init__(self, pid: int, nr: int, args: tuple[int, ...], t_entry: int, cpu_entry: int):
        self.pid = pid
        self.nr = nr
        self.args = args
        self.t_entry = t_entry
        self.cpu_entry = cpu_entry
        self.rv: int | None = None
        self.errno = 0
        self.t_exit = 0
        self.cpu_exit = 0
        self.call = None
        self.entry_text: str | None = None
        self.ip = 0          # instruction pointer at the entry stop (-i)
        self.sp = 0          # stack pointer there (rt_sigreturn finds its frame with it)

    def __repr__(self) -> str:
        return "SyscallRecord(pid=%d, nr=%d, rv=%r)" % (self.pid, self.nr, self.rv)


class SyscallEntry:
    """A syscall-entry stop of a reported syscall (plain slotted: made at every stop)."""
    __slots__ = ("record",)

    def __init__(self, record: SyscallRecord):
        self.record = record

    def __repr__(self) -> str:
        return "SyscallEntry(%r)" % (self.record,)


class SyscallExit:
    """The matching syscall-exit stop; ``record`` now carries the result."""
    __slots__ = ("record",)

    def __init__(self, record: SyscallRecord):
        self.record = record

    def __repr__(self) -> str:
        return "SyscallExit(%r)" % (self.record,)


class SyscallUnfinished(Record):
    """The thread vanished (killed, or exec from another thread) inside a syscall."""
    record: SyscallRecord


class PersonalityEvent:
    """The thread made a call of another personality than its last one
    (``arch`` is the new one's audit arch); ``then`` is that call's
    SyscallEntry when it is reported, else None."""
    __slots__ = ("pid", "arch", "then")

    def __init__(self, pid: int, arch: int, then: SyscallEntry | None):
        self.pid = pid
        self.arch = arch
        self.then = then

    def __repr__(self) -> str:
        return "PersonalityEvent(pid=%d, arch=%#x, then=%r)" % (self.pid, self.arch, self.then)


class SignalEvent(Record):
    """A signal-delivery-stop: ``siginfo`` is the raw 128-byte siginfo_t;
    ``ip`` where the thread stopped, read only for -i (None otherwise)."""
    pid: int
    signo: int
    siginfo: bytes
    time: int
    ip: int | None = None


class GroupStopEvent(Record):
    """The thread entered a group-stop (``--- stopped by SIGSTOP ---``)."""
    pid: int
    signo: int
    time: int


class ExecEvent(Record):
    """A successful execve; ``old_pid`` differs from ``pid`` when a non-leader thread exec'd."""
    pid: int
    old_pid: int
    time: int


class NewProcessEvent(Record):
    """A child (``kind`` = "fork", "vfork" or "clone") is now traced."""
    pid: int
    parent: int
    kind: str
    time: int


class ExitEvent(Record):
    """The thread or process is gone: exited with ``code`` or killed by ``signo``."""
    pid: int
    code: int | None
    signo: int | None
    core: bool
    time: int


def exit_event(pid: int, status: int) -> ExitEvent:
    """The event for an exit or kill wait status."""
    if os.WIFSIGNALED(status):
        return ExitEvent(pid, None, os.WTERMSIG(status), os.WCOREDUMP(status), time.time_ns())
    return ExitEvent(pid, os.WEXITSTATUS(status), None, False, time.time_ns())


class AttachEvent(Record):
    pid: int
    time: int


class DetachEvent(Record):
    """Detached; ``record`` is the syscall it was inside, if one was reported."""
    pid: int
    time: int
    record: SyscallRecord | None = None


class UnknownPidEvent(Record):
    """A pid the tracer never traced reported a stop (a child cloned with
    CLONE_PTRACE without -f: detached at once) or its exit (a child of ours
    that we did not start, such as one made with CLONE_PARENT)."""
    pid: int
    exited: bool
    time: int


Event = (SyscallEntry | SyscallExit | SyscallUnfinished | PersonalityEvent | SignalEvent
         | GroupStopEvent
         | ExecEvent | NewProcessEvent | ExitEvent | AttachEvent | DetachEvent
         | UnknownPidEvent)
