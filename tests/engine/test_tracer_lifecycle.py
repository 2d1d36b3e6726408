"""The engine's lifecycle corners on real processes: pids it never traced, a
tracee killed at its entry stop, the launched child's failing first exec."""
from __future__ import annotations

import os
import signal
import time

from pytrace.engine import binding as P
from pytrace.engine.events import (ExitEvent, SignalEvent, SyscallEntry, SyscallExit,
                                   SyscallUnfinished, UNAVAILABLE_NR, UnknownPidEvent)
from pytrace.engine.tracer import Engine, EngineOptions

EXECVE, GETPPID, SCHED_YIELD = 59, 110, 24


def trace(argv, follow=False):
    engine = Engine(EngineOptions(follow_forks=follow))
    engine.spawn(argv[0], argv)
    return engine, list(engine.events())


def test_a_child_cloned_with_clone_ptrace_is_let_go_without_f(fixture_bin):
    engine, events = trace([fixture_bin["lifecycle"], "clone_ptrace"])
    # (the engine reaps every child of this process: other tests' leftovers too)
    unknown = [e for e in events if type(e) is UnknownPidEvent and not e.exited]
    assert len(unknown) == 1
    # its SIGUSR1 and its death are its own business, not reported
    assert all(e.pid == engine.child_pid for e in events if type(e) in (SignalEvent, ExitEvent))
    assert os.WEXITSTATUS(engine.child_status) == 0   # it died of SIGUSR1, untraced


def test_the_exit_of_a_child_made_with_clone_parent_is_reported_as_unknown(fixture_bin):
    engine, events = trace([fixture_bin["lifecycle"], "clone_parent"])
    unknown = [e for e in events if type(e) is UnknownPidEvent]
    assert unknown and all(e.exited and e.pid != engine.child_pid for e in unknown)
    assert [e.pid for e in events if type(e) is ExitEvent] == [engine.child_pid]


def test_a_failing_first_exec_is_reported_and_the_child_stays_hidden_after_it(tmp_path):
    not_executable = tmp_path / "plain"
    not_executable.write_text("")
    engine, events = trace([str(not_executable)])
    calls = [e.record for e in events if type(e) is SyscallExit]
    # the execve failed; what the child did next (writing its error, exiting)
    # is pytrace's own code: not reported, but its exit is
    assert [(r.nr, r.errno) for r in calls] == [(EXECVE, 13)]
    assert [e.code for e in events if type(e) is ExitEvent] == [1]


def _at_syscall_entry(pid: int) -> bool:
    info = P.syscall_info(pid)
    return info is not None and info[0] in (P.SYSCALL_INFO_ENTRY, P.SYSCALL_INFO_SECCOMP)


def test_a_tracee_killed_at_its_entry_stop_enters_an_unavailable_syscall(fixture_bin):
    """The engine reads a syscall's number once it has taken the entry stop; a
    tracee killed in between has none (strace's ``???(``), and its end is
    ``= ?``.  The parent and its child make syscalls without end: a child is
    killed when the engine holds the parent's event while a stop of the
    child's, at a syscall entry, is reaped but not handled yet.  The kernel
    may still answer the read (the kill takes effect when the child runs):
    the parent then forks another child, until the race is won."""
    engine = Engine(EngineOptions(follow_forks=True))
    parent = engine.spawn(fixture_bin["lifecycle"], [fixture_bin["lifecycle"], "spin"])
    child = None
    unavailable = None
    events = []
    deadline = time.monotonic() + 60
    try:
        for event in engine.events():
            kind = type(event)
            if kind is SyscallEntry and event.record.nr == UNAVAILABLE_NR:
                unavailable = event.record.pid
            if unavailable is not None:
                events.append(event)
            if kind is ExitEvent and event.pid == unavailable or time.monotonic() > deadline:
                _kill(parent)
                _kill(child)
            if kind is not SyscallEntry or unavailable is not None:
                continue
            if event.record.pid != parent:
                child = event.record.pid
            elif child is not None and _stop_taken(engine, child) and _at_syscall_entry(child):
                os.kill(child, signal.SIGKILL)
    finally:
        _kill(parent)
        _kill(child)
    assert unavailable is not None, "no child was killed between its stop and its reading"
    mine = [e for e in events if getattr(e, "pid", None) == unavailable
            or getattr(getattr(e, "record", None), "pid", None) == unavailable]
    entry, unfinished, exit_ = mine
    assert type(unfinished) is SyscallUnfinished and unfinished.record is entry.record
    assert type(exit_) is ExitEvent and exit_.signo == signal.SIGKILL


def _kill(pid: int | None) -> None:
    if pid is None:
        return
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _stop_taken(engine: Engine, pid: int) -> bool:
    return any(stopped == pid for stopped, _, _ in engine._waiter.queue)
