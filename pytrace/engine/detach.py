"""Letting the tracees go before they end: every one detached, left running
(or stopped, if it was) untraced, or with --kill-on-exit killed.  Only a run
that is interrupted, or a Python API run closed early, comes here: the engine
loads this module then (Engine.detach_all)."""
from __future__ import annotations

import _signal as signal   # plain ints: the signal module's enums cost every start
import os
import time

from pytrace.engine import binding as P
from pytrace.engine.events import DetachEvent, exit_event
from pytrace.engine.stops import Stop, classify
from pytrace.engine.waiting import Interrupted


def detach_all(engine, child_signal: int = 0):
    """Detach every tracee, leaving it running (or stopped, if it was) untraced;
    yields what happens to each.  Also when events() was left at a yield.

    The launched child is sent ``child_signal`` (the signal that interrupted
    us, as strace does), if any; attached processes are never harmed.  With
    kill_on_exit they are all killed instead (see _kill_all).
    """
    tracees = engine.tracees
    if engine.options.kill_on_exit:
        yield from _kill_all(engine)
        engine._waiter.release()
        return
    if engine.child_pid in tracees and child_signal:
        os.kill(engine.child_pid, signal.SIGCONT)
        os.kill(engine.child_pid, child_signal)
    yield from _release_reaped(engine)
    pending = set()
    for pid in list(tracees):
        # A tracee already in a ptrace-stop (even one whose report the
        # interrupting signal cut short) detaches at once; a running one
        # is interrupted first and detached at its stop.
        if P.detach(pid, 0):
            yield DetachEvent(pid, time.time_ns(), tracees.pop(pid).record)
        elif P.interrupt(pid):
            pending.add(pid)
        else:
            tracees.pop(pid, None)
    for pid, status in _reaped() if pending else ():
        stop, sig, event = classify(status)
        tracee = tracees.pop(pid, None)
        pending.discard(pid)
        if stop is Stop.EXITED or stop is Stop.KILLED:
            if pid == engine.child_pid:
                engine.child_status = status
            yield exit_event(pid, status)
        else:
            if stop is Stop.NEW_CHILD:
                child = P.event_message(pid)
                if child and child not in tracees:
                    engine._new_tracee(child)
                    pending.add(child)
                    P.interrupt(child)
            P.detach(pid, sig if stop is Stop.SIGNAL else 0)
            if tracee is not None:
                yield DetachEvent(pid, time.time_ns(), tracee.record)
        if not pending:
            break
    tracees.clear()
    engine._waiter.release()


def _release_reaped(engine):
    """The stops already taken from the kernel and not resumed yet (the
    one whose event the consumer holds, those a delay holds back, those
    queued behind them): detached with the signal each was about to get,
    exits reported."""
    tracees = engine.tracees
    held, engine._held = engine._held, None
    if held is not None and held[0] in tracees:
        pid, request, signo = held
        if request > 0 and P.detach(pid, signo):
            yield DetachEvent(pid, time.time_ns())
        tracees.pop(pid, None)
    held_back = engine._waiter.held   # -e inject=...:delay_*: resumed later
    while held_back:
        _, pid, request, signo = held_back.pop()
        if pid in tracees and P.detach(pid, signo):
            del tracees[pid]
            yield DetachEvent(pid, time.time_ns())
    queue = engine._waiter.queue
    while queue:
        pid, status, _ = queue.popleft()
        if pid not in tracees:
            continue
        stop, sig, event = classify(status)
        tracee = tracees.pop(pid)
        if stop is Stop.EXITED or stop is Stop.KILLED:
            ended = engine._on_exited(tracee, status)
            if ended is not None:
                yield ended
        elif P.detach(pid, sig if stop is Stop.SIGNAL else 0):
            yield DetachEvent(pid, time.time_ns())


def _kill_all(engine):
    """--kill-on-exit: every tracee is killed, none detached (a process
    carrying the seccomp filter would fail its filtered calls once
    untraced), and each death is reported as it is reaped.  A child born
    meanwhile is killed at its first stop."""
    tracees = engine.tracees
    engine.killed = len(tracees)
    for pid in tracees:
        _signal_quietly(pid, signal.SIGKILL)
    for pid, status in _reaped() if tracees else ():
        stop, sig, event = classify(status)
        if stop is Stop.EXITED or stop is Stop.KILLED:
            tracee = tracees.pop(pid, None)
            if pid == engine.child_pid:
                engine.child_status = status
            if tracee is not None and not tracee.hidden:
                yield exit_event(pid, status)
            if not tracees:
                break
            continue
        if pid not in tracees and pid not in engine.options.untraced_children:
            engine._new_tracee(pid)
            engine.killed += 1
            _signal_quietly(pid, signal.SIGKILL)
        if stop is Stop.NEW_CHILD:
            child = P.event_message(pid)
            if child and child not in tracees:
                engine._new_tracee(child)
                engine.killed += 1
                _signal_quietly(child, signal.SIGKILL)
        # a stop reported before the kill landed: let it go to its death
        P.resume(P.PTRACE_CONT, pid)
    tracees.clear()


def _reaped():
    """(pid, wait status) of each stop or end of a tracee, until none is
    left to wait for; a signal cutting a wait short only makes it wait again."""
    while True:
        try:
            yield os.waitpid(-1, P.WALL)
        except ChildProcessError:
            return
        except Interrupted:
            continue


def _signal_quietly(pid: int, signo: int) -> None:
    try:
        os.kill(pid, signo)
    except ProcessLookupError:
        pass
