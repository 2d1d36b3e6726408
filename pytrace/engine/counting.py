"""-c's syscall stops counted in C: the reaping half of the engine's loop for
a run that only counts.

Under -c the engine prints nothing per call: a syscall stop only notes the
number and times at entry and hands ``(pid, nr, failed, cpu_ns, wall_ns)``
to the summary at exit.  Done in Python, that costs about 3 us of the
interpreter at every stop, twice strace's whole cost of a stop.  So this
reaper lets ``_fast.count_syscall_stops`` reap the stops and handle the
common syscall stops itself, as ``Engine._on_syscall_entry`` and
``Engine._count`` would, and queues every other stop for the engine's loop,
which handles it as always: exits, signals, ptrace events, and any syscall
stop the C side is not sure of (a tracee hidden, attached but not yet synced
or under seccomp, another personality, a clone whose flags the engine checks).

It is used only with the accelerator, and only for runs whose syscall stops
need nothing else: no -e inject=, -d, -k.  The tallies go to the summary
in the order the calls ended, at the latest every ``TALLY_BATCH`` calls.
"""
from __future__ import annotations

from pytrace.engine import binding as P
from pytrace.engine.arch import AUDIT_ARCH, CLONE_SYSCALLS
from pytrace.engine.waiting import StopWaiter

TALLY_BATCH = 4096


class CountingReaper:
    """``StopWaiter.reap`` for the engine's loop, counting syscall stops on the way."""

    __slots__ = ("waiter", "tracees", "tally", "selected", "known", "clones", "tallied",
                 "handled")

    def __init__(self, waiter: StopWaiter, tracees: dict, tally, selected, known,
                 follow_forks: bool):
        self.waiter = waiter
        self.tracees = tracees
        self.tally = tally
        self.selected = selected
        self.known = known
        # -f: a clone's entry goes to the engine, which clears CLONE_UNTRACED
        self.clones = CLONE_SYSCALLS if follow_forks else None
        self.tallied: list = []
        self.handled = 0   # stops handled here: the engine counts the others

    def reap(self, several_tracees: bool) -> bool:
        """Wait for stops the engine must see and queue them (counting the
        others meanwhile); False when no child is left."""
        waiter = self.waiter
        tallied = self.tallied
        rest = None
        while not rest:   # empty: only the tallies were due
            waiter.waiting = True
            try:
                rest, waiter.spin_ns, handled = P.count_syscall_stops(
                    self.tracees, AUDIT_ARCH, self.selected, self.known, self.clones,
                    waiter.cpu_times, waiter.spin_ns, waiter.spin_limit, tallied, TALLY_BATCH)
            except ChildProcessError:
                return bool(waiter.queue)
            finally:
                waiter.waiting = False
                if tallied:
                    self._to_summary()
            self.handled += handled
        if rest[0][0] < 0:
            return bool(waiter.queue)   # wait4 failed: as StopWaiter's reap
        waiter.queue.extend(rest)
        return True

    def _to_summary(self) -> None:
        tally = self.tally
        for pid, nr, failed, cpu_ns, wall_ns in self.tallied:
            tally(pid, nr, failed, cpu_ns, wall_ns)
        self.tallied.clear()
