"""engine/counting.py: -c's syscall stops counted by the accelerator give the
tables the engine's own handlers give, and strace's (the oracle), on runs
with processes, threads, failing calls, signals and a filter."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from pytrace.engine import binding
from pytrace.engine.tracer import Engine, EngineOptions
from tests.conftest import pytrace_command, pytrace_env
from tests.sinks.test_summary_cli import table

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

_SHELL = ("ls /nonexistent /usr > /dev/null 2>&1; cat /etc/hostname > /dev/null; "
          "trap 'echo x > /dev/null' USR1; kill -USR1 $$; kill -USR1 $$")


def _counts(tracer: list[str], args: list[str], accelerated: bool = True) -> dict:
    """syscall -> (calls, errors); without futex, whose count at a thread's
    join depends on how the threads were scheduled in that run."""
    env = pytrace_env()
    if not accelerated:
        env["PYTRACE_NO_ACCEL"] = "1"
    result = subprocess.run(tracer + ["-c"] + args, env=env, capture_output=True, text=True,
                            timeout=120)
    assert "Traceback" not in result.stderr
    return {name: row[:2] for name, row in table(result.stderr).items()
            if name not in ("futex", "total")}


def _workloads(fixture_bin):
    return [
        ["-f", fixture_bin["forks"], "30"],
        ["-f", fixture_bin["threads"], "8"],
        ["-f", "sh", "-c", _SHELL],
        ["sh", "-c", _SHELL],
        ["-f", "-e", "trace=%process,close", "sh", "-c", _SHELL],
    ]


@pytest.mark.skipif(not binding.ACCELERATED, reason="the accelerator is not built")
def test_counted_by_the_accelerator_as_by_the_engine_and_strace(fixture_bin):
    for args in _workloads(fixture_bin):
        fast = _counts(pytrace_command(), args)
        assert fast == _counts(pytrace_command(), args, accelerated=False), args
        assert fast == _counts(["strace"], args), args


@pytest.mark.skipif(not binding.ACCELERATED, reason="the accelerator is not built")
def test_the_accelerator_counts_only_runs_that_do_nothing_else_per_call():
    def counts_in_c(**options) -> bool:
        return Engine(EngineOptions(**options))._counting is not None

    tally = lambda *call: None   # noqa: E731
    assert counts_in_c(tally=tally)
    assert counts_in_c(tally=tally, follow_forks=True)
    assert not counts_in_c()                                  # lines to print
    assert not counts_in_c(tally=tally, debug=print)          # -d checks the first entry
    assert not counts_in_c(tally=tally, track_mappings=True)  # -k


def test_no_child_left_behind_stopped_when_interrupted(fixture_bin):
    """SIGINT while the accelerator counts: the table, and the command let go
    running (strace's -c on Ctrl-C)."""
    import signal
    import time
    program = subprocess.Popen(["sh", "-c", "while :; do cat /etc/hostname > /dev/null; done"])
    try:
        tracer = subprocess.Popen(pytrace_command("-c", "-f", "-p", str(program.pid)),
                                  env=pytrace_env(), stderr=subprocess.PIPE, text=True)
        assert tracer.stderr.readline().endswith("Process %d attached\n" % program.pid)
        time.sleep(0.5)
        tracer.send_signal(signal.SIGINT)
        _, err = tracer.communicate(timeout=20)
        assert "Traceback" not in err
        assert table(err)["openat"][0] > 0
        with open("/proc/%d/status" % program.pid) as f:
            status = dict(line.split(":\t", 1) for line in f)
        assert status["TracerPid"].strip() == "0"
        assert status["State"].split()[0] not in ("t", "T")   # neither traced nor stopped
    finally:
        program.kill()
        program.wait()
