"""Taking hold of processes pytrace did not start: -p's, every thread of
each, and -D's command, which a grandchild of it traces.  Loaded only by the
runs that do (Engine.attach, Engine.adopt)."""
from __future__ import annotations

import os

from pytrace.engine import binding as P
from pytrace.engine.launch import TraceError


def attach(engine, pid: int) -> list[int]:
    """Seize every thread of process ``pid``; returns the tids attached."""
    try:
        tids = sorted(int(t) for t in os.listdir("/proc/%d/task" % pid))
    except (FileNotFoundError, ProcessLookupError):
        raise TraceError("attach: ptrace(PTRACE_SEIZE, %d): No such process" % pid)
    except (OSError, ValueError):
        tids = [pid]
    if pid in tids:
        tids.remove(pid)
    tids.insert(0, pid)
    attached = []
    for tid in tids:
        if tid in engine.tracees:
            continue
        try:
            P.seize(tid, engine.ptrace_options)
        except OSError as err:
            if tid == pid:
                raise TraceError("attach: ptrace(PTRACE_SEIZE, %d): %s" % (pid, err.strerror))
            continue
        P.interrupt(tid)
        engine._new_tracee(tid, attached=True)
        attached.append(tid)
    return attached


def adopt(engine, pid: int) -> None:
    """-D: take hold of the command, which is about to exec (it is not
    our child: its end is seen through ptrace, and it is let go, not
    killed, when pytrace is interrupted)."""
    try:
        P.seize(pid, engine.ptrace_options)
    except OSError as err:
        raise TraceError("attach: ptrace(PTRACE_SEIZE, %d): %s" % (pid, err.strerror))
    P.interrupt(pid)
    engine._new_tracee(pid, hidden=True)
