"""Waiting for the next stops: strace's ``next_event``, without the dispatch.

``StopWaiter.reap`` blocks until at least one tracee has stopped, then takes
every stop the kernel already has to report, in the kernel's order, as
``(pid, status, cpu_us)`` triples.  Handling a whole batch before waiting
again is what strace does too: a tracee resumed just now cannot overtake
the others.

Before sleeping in wait4 it may poll for a while (``spin_ns``): a tracee
resumed on another CPU usually stops again within microseconds, and a tracer
that is still awake saves it a cross-CPU wake-up, which on virtual machines
without guest halt-polling costs tens of microseconds.  The budget adapts as
the kernel's halt-polling does: it doubles when the stop came soon after the
waiter gave up, and halves, down to nothing, while the tracees keep it
waiting longer than the limit.

A tracee held by ``-e inject=...:delay_enter=`` or ``delay_exit=`` stays in
its stop until its deadline (``hold``) while the others go on being reaped:
strace's delay timer queue.  The first hold switches ``reap`` to a version
that resumes the held tracees whose time has come and, while some are held,
waits for the next stop no longer than until the earliest deadline (SIGCHLD,
blocked from then on, marks a stop; sigtimedwait waits for it).  Runs without
delays never take that path.
"""
from __future__ import annotations

import _signal
import os
import time
from _collections import deque   # collections itself costs every start a millisecond
from _heapq import heappop, heappush

from pytrace.engine import binding as P

SPIN_GROW_START_NS = 10_000
_WALL = P.WALL


def _stop_ready() -> bool:
    """Whether a stop (or an exit) waits to be reaped, leaving it there."""
    try:
        return os.waitid(os.P_ALL, 0, os.WEXITED | os.WSTOPPED | os.WNOHANG | os.WNOWAIT
                         | _WALL) is not None
    except ChildProcessError:
        return True   # the ordinary reap says that no child is left


class Interrupted(Exception):
    """Raised by a signal handler to break out of a blocking wait."""


class StopWaiter:
    """Reaps stops into ``queue``; ``cpu_times`` also reads each thread's system
    CPU time at its stop (for -c), through wait4's rusage."""

    __slots__ = ("queue", "spin_limit", "spin_ns", "cpu_times", "waiting", "reap", "held",
                 "_reap_unheld")

    def __init__(self, spin_ns: int = 0, cpu_times: bool = False):
        self.queue: deque = deque()
        self.spin_limit = spin_ns
        self.spin_ns = spin_ns
        self.cpu_times = cpu_times
        self.waiting = False   # True while blocked: no stop is being handled
        # reap(several_tracees) -> bool: wait for the next stops and queue them;
        # False when no child is left.  Raises Interrupted when a signal
        # handler cut the wait short.
        self.reap = self._reap_sleeping if not spin_ns and not cpu_times else self._reap_polling
        # held tracees: a heap of (deadline, pid, resume request, signal)
        self.held: list[tuple[int, int, int, int]] = []
        self._reap_unheld = self.reap

    def reap_by(self, reap) -> None:
        """Reap with ``reap(several_tracees) -> bool`` from now on: -c's
        CountingReaper (engine/counting.py), which counts syscall stops on the way."""
        self.reap = self._reap_unheld = reap

    def hold(self, pid: int, deadline_ns: int, request: int, signo: int) -> None:
        """Resume ``pid`` with ``request`` (and ``signo``) once the monotonic
        clock reaches ``deadline_ns``, instead of now."""
        if self.reap is self._reap_unheld:
            # From now on a stop must be able to end a timed wait: SIGCHLD
            # stays pending (children started later do not inherit the mask:
            # the engine forks only its first child, before any hold).
            _signal.pthread_sigmask(_signal.SIG_BLOCK, [_signal.SIGCHLD])
            self.reap = self._reap_holding
        heappush(self.held, (deadline_ns, pid, request, signo))

    def release(self) -> None:
        """The trace is over: SIGCHLD as it was before the first hold (the
        Python API's caller goes on living)."""
        if self.reap is not self._reap_unheld:
            self.reap = self._reap_unheld
            _signal.pthread_sigmask(_signal.SIG_UNBLOCK, [_signal.SIGCHLD])

    def _reap_holding(self, several_tracees: bool) -> bool:
        """``reap`` once tracees may be held: resume those whose time has come,
        and while some are held, wait no longer than until the next deadline
        for a stop to be there; then reap it as usual."""
        held = self.held
        while held:
            now = time.monotonic_ns()
            while held and held[0][0] <= now:
                _, pid, request, signo = heappop(held)
                P.ptrace_fast(request, pid, 0, signo)   # gone meanwhile: nothing to do
            if not held or _stop_ready():
                break
            self.waiting = True
            try:
                _signal.sigtimedwait([_signal.SIGCHLD], (held[0][0] - now) / 1e9)
            finally:
                self.waiting = False
        return self._reap_unheld(several_tracees)

    def _reap_sleeping(self, several_tracees: bool) -> bool:
        """``reap`` when neither polling nor CPU times are wanted: the common
        case, one wait4 per stop and nothing more."""
        self.waiting = True
        try:
            pid, status = os.waitpid(-1, _WALL)
        except ChildProcessError:
            return bool(self.queue)
        finally:
            self.waiting = False
        self.queue.append((pid, status, 0))
        if several_tracees:
            try:
                self._take_reported(pid)
            except ChildProcessError:
                pass
        return True

    def _reap_polling(self, several_tracees: bool) -> bool:
        """``reap`` that polls first, or reads CPU times."""
        self.waiting = True
        try:
            pid, status, cpu_us = self._wait_one()
            if pid <= 0:
                return False
            queue = self.queue
            queue.append((pid, status, cpu_us))
            if several_tracees:
                self._take_reported(pid)
            return True
        except ChildProcessError:
            return bool(self.queue)
        finally:
            self.waiting = False

    def _wait_one(self) -> tuple[int, int, int]:
        """The first stop: polled for up to the spin budget, then slept for."""
        if self.spin_ns:
            found = P.poll_stop(_WALL, self.spin_ns, self.cpu_times)
            if found[0]:
                return found
        if not self.spin_limit:
            return P.wait_stop(_WALL, self.cpu_times)
        slept_from = time.monotonic_ns()
        found = P.wait_stop(_WALL, self.cpu_times)
        self._adapt(time.monotonic_ns() - slept_from)
        return found

    def _adapt(self, slept_ns: int) -> None:
        # Spinning failed: worth spinning longer if the stop came soon after,
        # not at all while the tracees mostly sleep.
        limit = self.spin_limit
        if slept_ns <= limit:
            self.spin_ns = min(limit, max(self.spin_ns * 2, SPIN_GROW_START_NS))
        else:
            self.spin_ns = self.spin_ns // 2 if self.spin_ns > SPIN_GROW_START_NS else 0

    def _take_reported(self, first: int) -> None:
        """Every stop already reported, in the kernel's order."""
        queue = self.queue
        batch = {first}
        nohang = _WALL | os.WNOHANG
        cpu_times = self.cpu_times
        while True:
            pid, status, cpu_us = P.wait_stop(nohang, cpu_times)
            if pid <= 0:
                return
            queue.append((pid, status, cpu_us))
            if pid in batch:
                return   # a second stop of one tracee (killed): after the rest
            batch.add(pid)
