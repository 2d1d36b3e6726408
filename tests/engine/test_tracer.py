"""The engine on real processes: what it reports, and that tracees behave as untraced."""
from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

import pytest

from pytrace.engine.tracer import Engine, EngineOptions, TraceError
from pytrace.engine.events import (AttachEvent, DetachEvent, ExecEvent, ExitEvent, GroupStopEvent,
                            NewProcessEvent, SignalEvent, SyscallEntry, SyscallExit,
                            SyscallUnfinished)

EXECVE, READ, KILL, EXIT_GROUP, GETPPID = 59, 0, 62, 231, 110
ERESTARTSYS, EINTR = 512, 4


def trace(argv, follow=False, **kwargs):
    engine = Engine(EngineOptions(follow_forks=follow, **kwargs))
    engine.spawn(argv[0], argv)
    return engine, list(engine.events())


# Every behaviour below must hold whether the engine sleeps in wait or polls first.
WAITING = pytest.mark.parametrize("spin_ns", [0, 200_000], ids=["sleeping", "polling"])


def of_type(events, kind):
    return [e for e in events if type(e) is kind]


def test_first_reported_syscall_is_the_execve_and_the_exit_code_is_kept():
    engine, events = trace(["/bin/sh", "-c", "exit 3"])
    entries = of_type(events, SyscallEntry)
    assert entries[0].record.nr == EXECVE
    exits = of_type(events, SyscallExit)
    assert exits[0].record.nr == EXECVE and exits[0].record.rv == 0
    assert os.WEXITSTATUS(engine.child_status) == 3
    assert [e.code for e in of_type(events, ExitEvent)] == [3]
    # the exit_group never returns: reported as unfinished, then the exit
    assert of_type(events, SyscallUnfinished)[-1].record.nr == EXIT_GROUP


@WAITING
def test_every_entry_is_matched_by_an_exit_or_an_unfinished_call(fixture_bin, spin_ns):
    engine, events = trace([fixture_bin["threads"], "50"], follow=True, spin_ns=spin_ns)
    open_calls = {}
    for event in events:
        if type(event) is SyscallEntry:
            assert event.record.pid not in open_calls
            open_calls[event.record.pid] = event.record
        elif type(event) in (SyscallExit, SyscallUnfinished):
            assert open_calls.pop(event.record.pid) is event.record
    assert not open_calls
    # the main thread and its 50 threads all exit, and all of them called getppid
    assert len(of_type(events, ExitEvent)) == 51
    callers = {e.record.pid for e in of_type(events, SyscallExit) if e.record.nr == GETPPID}
    assert len(callers) == 50
    assert len(of_type(events, NewProcessEvent)) == 50
    assert os.WEXITSTATUS(engine.child_status) == 0


@WAITING
def test_two_hundred_forked_children_keep_their_exit_codes(fixture_bin, spin_ns):
    engine, events = trace([fixture_bin["forks"], "200"], follow=True, spin_ns=spin_ns)
    assert os.WIFEXITED(engine.child_status) and os.WEXITSTATUS(engine.child_status) == 0
    codes = sorted(e.code for e in of_type(events, ExitEvent))
    assert codes == sorted([i % 256 for i in range(200)] + [0])
    assert {e.kind for e in of_type(events, NewProcessEvent)} == {"fork"}   # clone(SIGCHLD) is a fork to ptrace


def test_without_follow_children_are_not_traced(fixture_bin):
    engine, events = trace([fixture_bin["forks"], "5"], follow=False)
    assert os.WEXITSTATUS(engine.child_status) == 0
    assert {e.record.pid for e in of_type(events, SyscallEntry)} == {engine.child_pid}


@WAITING
def test_vfork_child_execs_and_parent_resumes(fixture_bin, spin_ns):
    engine, events = trace([fixture_bin["vfork"]], follow=True, spin_ns=spin_ns)
    assert os.WEXITSTATUS(engine.child_status) == 0
    assert [e.kind for e in of_type(events, NewProcessEvent)] == ["vfork"]
    assert len(of_type(events, ExitEvent)) == 2


@WAITING
def test_execve_from_a_thread_takes_the_leaders_pid(fixture_bin, spin_ns):
    engine, events = trace([fixture_bin["thread_exec"]], follow=True, spin_ns=spin_ns)
    execs = [e for e in of_type(events, ExecEvent) if e.old_pid != e.pid]
    assert len(execs) == 1
    assert execs[0].pid == engine.child_pid
    # the execve that the thread entered returns 0 in the leader's pid
    exits = [e.record for e in of_type(events, SyscallExit) if e.record.nr == EXECVE]
    assert exits[-1].pid == engine.child_pid and exits[-1].rv == 0
    assert os.WEXITSTATUS(engine.child_status) == 0


@WAITING
def test_interrupted_read_reports_erestartsys_then_the_signal_then_eintr(fixture_bin, spin_ns):
    engine, events = trace([fixture_bin["signals"], "restart"], spin_ns=spin_ns)
    assert os.WEXITSTATUS(engine.child_status) == 0
    reads = [e.record for e in of_type(events, SyscallExit) if e.record.nr == READ]
    assert [r.errno for r in reads[-2:]] == [ERESTARTSYS, EINTR] or reads[-1].errno == ERESTARTSYS
    assert [e.signo for e in of_type(events, SignalEvent)] == [signal.SIGALRM]


@WAITING
def test_killed_inside_a_syscall(fixture_bin, spin_ns):
    engine, events = trace([fixture_bin["signals"], "kill"], spin_ns=spin_ns)
    assert os.WIFSIGNALED(engine.child_status)
    assert os.WTERMSIG(engine.child_status) == signal.SIGKILL
    assert of_type(events, SyscallUnfinished)[-1].record.nr == KILL
    assert [(e.code, e.signo) for e in of_type(events, ExitEvent)] == [(None, signal.SIGKILL)]


@WAITING
def test_caught_signal_is_delivered(fixture_bin, spin_ns):
    engine, events = trace([fixture_bin["signals"], "usr1"], spin_ns=spin_ns)
    assert os.WEXITSTATUS(engine.child_status) == 0   # the handler ran
    assert [e.signo for e in of_type(events, SignalEvent)] == [signal.SIGUSR1]


@WAITING
def test_sigstop_keeps_the_tracee_stopped_until_sigcont(fixture_bin, tmp_path, spin_ns):
    out = tmp_path / "out"
    with open(out, "w") as stdout:
        engine = Engine(EngineOptions(spin_ns=spin_ns))
        # the fixture writes "resumed" to its stdout after the stop
        saved = os.dup(1)
        os.dup2(stdout.fileno(), 1)
        try:
            pid = engine.spawn(fixture_bin["signals"], [fixture_bin["signals"], "stop"])
        finally:
            os.dup2(saved, 1)
            os.close(saved)
    seen = []
    for event in engine.events():
        seen.append(event)
        if type(event) is GroupStopEvent:
            sent = []

            def cont_later():
                time.sleep(0.5)
                state = _proc_state(pid)
                sent.append((out.read_text(), state))
                os.kill(pid, signal.SIGCONT)

            threading.Thread(target=cont_later).start()
    assert os.WEXITSTATUS(engine.child_status) == 0
    assert [e.signo for e in of_type(seen, GroupStopEvent)] == [signal.SIGSTOP]
    signals = [e.signo for e in of_type(seen, SignalEvent)]
    assert signals == [signal.SIGSTOP, signal.SIGCONT]
    # half a second after the stop, nothing had been written and the tracee was stopped
    assert sent[0][0] == "" and sent[0][1] in ("t", "T")
    assert out.read_text() == "resumed\n"


def _proc_state(pid: int) -> str:
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("State:"):
                return line.split()[1]
    return "?"


def _tracer_pid(pid: int) -> int:
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("TracerPid:"):
                return int(line.split()[1])
    return -1


def test_attach_to_all_threads_then_detach_leaves_them_running(fixture_bin):
    proc = subprocess.Popen([fixture_bin["threads"], "4", "wait"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    try:
        assert proc.stdout.readline() == b"ready\n"
        tids = sorted(int(t) for t in os.listdir("/proc/%d/task" % proc.pid))
        engine = Engine()
        attached = engine.attach(proc.pid)
        assert sorted(attached) == tids and attached[0] == proc.pid
        for tid in tids:
            assert _tracer_pid(tid) == os.getpid()

        old = signal.signal(signal.SIGALRM, lambda s, f: engine.interrupt(s))
        try:
            signal.setitimer(signal.ITIMER_REAL, 0.3)
            events = list(engine.events())
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        assert sorted(e.pid for e in of_type(events, AttachEvent)) == tids
        assert sorted(e.pid for e in of_type(events, DetachEvent)) == tids
        for tid in tids:
            assert _tracer_pid(tid) == 0
            assert _proc_state(tid) not in ("t", "T")
        # untraced and running: it finishes normally when told to
        proc.stdin.write(b"x")
        proc.stdin.close()
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_attach_to_a_missing_pid_is_an_error():
    with pytest.raises(TraceError, match="No such process"):
        Engine().attach(2 ** 22 + 12345)
