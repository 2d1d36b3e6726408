"""The Python API's lifetime: leaving early detaches, never leaves a tracee in
tracing stop, never kills one (unless asked), and delivers a signal held in a stop."""
from __future__ import annotations

import gc
import os
import time

import pytest

import pytrace

CLEAN_RUN = "iterations=300 failed=0 errno=0\n"


def _status_fields(pid: int) -> dict[str, str]:
    with open("/proc/%d/status" % pid) as f:
        return dict(line.rstrip("\n").split(":\t", 1) for line in f if ":\t" in line)


def _assert_free(pid: int) -> None:
    """Not traced, not in a tracing stop: running (or sleeping) on its own."""
    fields = _status_fields(pid)
    assert fields["TracerPid"] == "0", fields
    assert not fields["State"].startswith("t"), fields["State"]


def _syscalls(events, count: int):
    """Take ``count`` syscall events, then stop consuming."""
    seen = 0
    for event in events:
        if event["type"] == "syscall":
            seen += 1
            if seen == count:
                return event
    raise AssertionError("the run ended first")


def test_break_in_a_with_block_detaches_and_the_command_runs_on(fixture_bin, capfd):
    with pytrace.trace([fixture_bin["open_loop"], "300"], trace="openat") as events:
        _syscalls(events, 5)
    _assert_free(events.pid)
    assert events.wait(timeout=30) == 0
    assert capfd.readouterr().out == CLEAN_RUN


def test_break_out_of_a_plain_for_loop_detaches_too(fixture_bin, capfd):
    """Without ``with``, the run is closed when it is collected (at once in CPython)."""
    run = pytrace.trace([fixture_bin["open_loop"], "300"], trace="openat")
    pid = run.pid
    for event in run:
        if event["type"] == "syscall":
            break
    del run, event
    gc.collect()
    _assert_free(pid)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert capfd.readouterr().out == CLEAN_RUN


def test_an_exception_in_the_block_detaches(fixture_bin, capfd):
    with pytest.raises(KeyError):
        with pytrace.trace([fixture_bin["open_loop"], "300"], trace="openat") as events:
            _syscalls(events, 3)
            raise KeyError("consumer failed")
    _assert_free(events.pid)
    assert events.wait(timeout=30) == 0
    assert capfd.readouterr().out == CLEAN_RUN


def test_a_signal_held_in_its_stop_is_delivered_on_leaving():
    """Leaving while holding the report of a signal: the tracee still gets it."""
    script = 'trap "exit 7" USR1; kill -USR1 $$; sleep 5; exit 1'
    with pytrace.trace(["sh", "-c", script], trace="kill") as events:
        for event in events:
            if event["type"] == "signal":
                assert event["signal"] == "SIGUSR1"
                break
    assert events.wait(timeout=30) == 7


def test_a_stopped_tracee_stays_stopped_after_leaving():
    with pytrace.trace(["sh", "-c", "kill -STOP $$; exit 3"], trace="kill") as events:
        for event in events:
            if event["type"] == "stopped":
                break
    deadline = time.monotonic() + 5
    while not _status_fields(events.pid)["State"].startswith("T"):
        assert time.monotonic() < deadline, _status_fields(events.pid)["State"]
        time.sleep(0.01)
    _assert_free(events.pid)
    os.kill(events.pid, 18)   # SIGCONT
    assert events.wait(timeout=30) == 3


@pytest.mark.parametrize("options", [{"kill_on_exit": True},
                                     {"seccomp": True, "follow": True}])
def test_kill_on_exit_and_seccomp_kill_on_leaving(fixture_bin, options):
    with pytrace.trace([fixture_bin["open_loop"], "300"], trace="openat", **options) as events:
        _syscalls(events, 3)
    assert events.wait(timeout=30) == -9


def test_running_to_the_end_reports_the_exit_and_wait_agrees():
    with pytrace.trace(["sh", "-c", "exit 5"], trace="none") as events:
        kinds = [event["type"] for event in events]
    assert kinds[-1] == "exit"
    assert events.wait() == 5


def test_i386_calls_are_selected_and_named_as_by_the_command_line(fixture_bin):
    """trace='getgid32,_llseek' takes those i386 calls (and the unknown number,
    which strace always traces), each marked with its personality."""
    import subprocess
    program = fixture_bin["int80"]
    with pytrace.trace([program], trace="getgid32,_llseek") as events:
        calls = [(e["name"], e.get("personality")) for e in events if e["type"] == "syscall"]
    text = subprocess.run(["strace", "-qq", "-e", "trace=getgid32,_llseek", program],
                          capture_output=True, text=True, timeout=60).stderr
    assert [name for name, _ in calls] == [line.split("(")[0] for line in text.splitlines()]
    assert set(calls) == {("getgid32", "32"), ("_llseek", "32"), ("syscall_0x1f3", "32")}
