"""-k: the unwinder it needs, checked before anything is traced, and the
backtraces the text session prints.  Loaded only by a run with -k."""
from __future__ import annotations

from pytrace.front.qualifiers import UsageError
from pytrace.sinks.stacktrace import StackTraces


def check_unwinder() -> None:
    """-k needs libunwind-ptrace: one clear error when it is not installed."""
    from pytrace.engine import unwind
    try:
        unwind.load()
    except unwind.UnwinderMissing:
        raise UsageError("-k/--stack-traces needs libunwind-ptrace.so.0, which the %s "
                         "package provides: install it (apt-get install %s)"
                         % (unwind.LIBRARY_PACKAGE, unwind.LIBRARY_PACKAGE))


def stack_traces(engine):
    """The backtraces the text session prints."""

    def launching(pid: int) -> bool:
        tracee = engine.tracees.get(pid)
        return tracee is not None and tracee.hidden

    return StackTraces(lambda: engine.maps_generation, launching)
