"""-e inject= / -e fault= on real programs: strace 6.1 with the same injection is the oracle
for what the program meets (its stderr and exit status) and for the trace lines."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

import pytrace
from tests.conftest import pytrace_command, pytrace_env, run_pytrace
from tests.parity import _pytrace_argv, normalise, run_traced

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="no strace")

# Python itself, not a launcher script that would show in the trace
PYTHON = os.path.realpath(sys.executable)


def both(options: list[str], command: list[str]):
    """strace's and pytrace's (normalised trace lines, stderr, exit status)."""
    runs = []
    for tracer in (["strace"], _pytrace_argv()):
        lines, stderr, status = run_traced(tracer, options, command)
        runs.append((normalise(lines), stderr.replace("strace: ", "pytrace: "), status))
    return runs


def assert_same(options: list[str], command: list[str]):
    theirs, ours = both(options, command)
    assert ours == theirs
    return ours


def test_cat_meets_eacces_at_its_third_openat():
    lines, stderr, status = assert_same(
        ["-e", "trace=openat", "-e", "inject=openat:error=EACCES:when=3"],
        ["cat", "/etc/hostname"])
    assert status == 1 and "Permission denied" in stderr
    assert sum("(INJECTED)" in line for line in lines) == 1


def test_dd_meets_enospc_at_its_second_write():
    lines, stderr, status = assert_same(
        ["-e", "trace=write", "-e", "inject=write:error=ENOSPC:when=2"],
        ["dd", "if=/dev/zero", "of=/dev/null", "bs=512", "count=4", "status=none"])
    assert status == 1 and "No space left on device" in stderr
    assert any(line.endswith("= -1 ENOSPC (No space left on device) (INJECTED)")
               for line in lines)


def test_sleep_is_held_after_its_nanosleep():
    started = time.monotonic()
    lines, _, status = assert_same(
        ["-e", "trace=clock_nanosleep", "-e", "inject=clock_nanosleep:delay_exit=400ms"],
        ["sleep", "0.1"])
    assert status == 0 and lines[0].endswith("= 0 (DELAYED)")
    # two runs (strace's and ours), each at least the sleep and the delay
    assert time.monotonic() - started >= 2 * 0.5


SIGNALLED = """
import os, signal, sys
signal.signal(signal.SIGUSR1, lambda signo, frame: sys.stderr.write("got SIGUSR1\\n"))
for where in ("/", "/tmp", "/"):
    os.chdir(where)
sys.exit(3)
"""


@pytest.mark.parametrize("follow", [[], ["-f"]], ids=["alone", "with -f (no seccomp filter)"])
def test_python_takes_the_signal_injected_at_its_second_chdir(follow):
    lines, stderr, status = assert_same(
        follow + ["-e", "trace=chdir", "-e", "inject=chdir:signal=USR1:when=2"],
        [PYTHON, "-c", SIGNALLED])
    assert stderr == "got SIGUSR1\n" and status == 3
    assert [re.sub(r"^P\d+ | +(?== )", " ", line).strip() for line in lines[:3]] == [
        'chdir("/") = 0', 'chdir("/tmp") = 0',
        "--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_KERNEL} ---"]


def test_error_and_signal_together():
    lines, stderr, status = assert_same(
        ["-e", "trace=chdir", "-e", "inject=chdir:error=ENOENT:signal=USR1:when=3"],
        [PYTHON, "-c", SIGNALLED.replace("sys.exit(3)", "")])
    assert "FileNotFoundError" in stderr and "got SIGUSR1" in stderr and status == 1


@pytest.mark.parametrize("injection", [
    "chdir:retval=42:when=2+",
    "chdir:error=ENOENT:syscall=getpid",        # getpid runs instead, then the error
    "chdir:retval=7:syscall=gettid:when=1..2",
    "chdir:poke_enter=@arg1=2f746d7000",          # "/tmp" written over the path
    "chdir:retval=0xffffffffffffffff:when=3",     # an "error" strace still calls a value
])
def test_results_and_pokes_as_strace_injects_them(injection):
    lines, _, _ = assert_same(["-e", "trace=chdir", "-e", "inject=" + injection],
                              ["sh", "-c", "cd /; cd /usr; cd /; echo $?"])
    assert any("(INJECTED" in line for line in lines)


def test_only_calls_touching_the_paths_are_counted_and_tampered_with():
    lines, stderr, _ = assert_same(
        ["-P", "/tmp", "-e", "trace=chdir", "-e", "inject=chdir:error=EIO:when=2"],
        ["sh", "-c", "cd /; cd /tmp; cd /; cd /tmp; cd /; cd /tmp"])
    assert [line.endswith("(INJECTED)") for line in lines[:3]] == [False, True, False]


def test_injection_through_the_seccomp_filter():
    """With --seccomp-bpf (and -f and a trace set) the injected calls still stop
    under the filter, and are tampered with alike."""
    options = ["-f", "--seccomp-bpf", "-e", "trace=chdir", "-e", "inject=chdir:retval=42:when=2"]
    command = ["sh", "-c", "cd /; cd /tmp; grep Seccomp: /proc/self/status >&2"]
    (theirs, their_err, _), (ours, our_err, _) = both(options, command)
    assert ours == theirs
    assert "Seccomp:\t2" in our_err   # the filter was on
    assert any(line.endswith('chdir("/tmp") = 42 (INJECTED)') for line in ours)


def summary_rows(text: str) -> dict[str, tuple[str, str]]:
    """-c's table: syscall -> (calls, errors)."""
    rows = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 5 and fields[0][0].isdigit() and fields[-1] != "total":
            errors = fields[4] if len(fields) == 6 else ""
            rows[fields[-1]] = (fields[3], errors)
    return rows


@pytest.mark.parametrize("injection", [
    "chdir:error=ENOENT:when=2+",      # injected errors count as errors
    "chdir:retval=-1",                 # a value, however it looks, is no error
    "chdir:signal=USR1:when=2",        # the calls themselves succeed
])
def test_summary_counts_as_strace_counts(injection):
    command = [PYTHON, "-c", "import os, signal\nsignal.signal(signal.SIGUSR1, lambda *a: 0)\n"
               "for d in '/', '/', '/':\n    try: os.chdir(d)\n    except OSError: pass"]
    results = []
    for tracer in (["strace"], pytrace_command()):
        proc = subprocess.run([*tracer, "-c", "-e", "trace=chdir", "-e", "inject=" + injection,
                               *command], capture_output=True, text=True,
                              env=pytrace_env(), timeout=60)
        results.append(summary_rows(proc.stderr))
    assert results[0] == results[1] and results[0]["chdir"][0] == "3"


def test_each_thread_counts_its_own_calls(fixture_bin):
    """when= counts per thread: the first getppid of each of the 8 threads."""
    result = run_pytrace("-f", "-e", "trace=getppid", "-e", "inject=getppid:retval=7:when=1",
                         fixture_bin["threads"], "8")
    assert result.stderr.count("= 7 (INJECTED)") == 8 and result.returncode == 0


def timings(stdout: str) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for line in stdout.splitlines():
        kind, micros = line.split()
        found.setdefault(kind, []).append(int(micros))
    return found


def test_a_delayed_process_holds_up_no_other(fixture_bin):
    """Two children each held 1 s in chdir's entry, one making quick calls: the
    held ones are held together, and the quick one runs on meanwhile."""
    result = subprocess.run(
        pytrace_command("-f", "-o", "/dev/null", "-e", "trace=chdir,getppid",
                        "-e", "inject=chdir:delay_enter=1s", fixture_bin["delays"], "c", "c", "g"),
        env=pytrace_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    took = timings(result.stdout)
    assert all(micros >= 1_000_000 for micros in took["c"])
    assert took["g"][0] < 600_000
    assert took["all"][0] < 1_800_000   # one after the other would take 2 s


def test_delay_exit_too(fixture_bin):
    result = subprocess.run(
        pytrace_command("-f", "-o", "/dev/null", "-e", "trace=chdir",
                        "-e", "inject=chdir:delay_exit=700ms", fixture_bin["delays"], "c", "c"),
        env=pytrace_env(), capture_output=True, text=True, timeout=60)
    took = timings(result.stdout)
    assert all(micros >= 700_000 for micros in took["c"]) and took["all"][0] < 1_300_000


def test_attached_process_is_tampered_with(tmp_path):
    script = tmp_path / "loop.py"
    log = tmp_path / "results"
    script.write_text(
        "import os, sys, time\n"
        "print('ready', flush=True)\n"
        "sys.stdin.readline()\n"
        "with open(%r, 'w') as out:\n"
        "    for _ in range(6):\n"
        "        try: os.chdir('/'); out.write('ok\\n')\n"
        "        except OSError as err: out.write(err.strerror + '\\n')\n" % str(log))
    target = subprocess.Popen([PYTHON, str(script)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert target.stdout.readline() == "ready\n"
        tracer = subprocess.Popen(
            pytrace_command("-p", str(target.pid), "-e", "trace=chdir",
                            "-e", "inject=chdir:error=EACCES:when=2..3"),
            env=pytrace_env(), stderr=subprocess.PIPE, text=True)
        # the tracer says so once it is attached
        assert "attached" in tracer.stderr.readline()
        target.stdin.write("go\n")
        target.stdin.flush()
        assert target.wait(timeout=30) == 0
        rest = tracer.communicate(timeout=30)[1]
    finally:
        target.kill()
    assert log.read_text().split("\n")[:6] == ["ok", "Permission denied", "Permission denied",
                                              "ok", "ok", "ok"]
    assert rest.count("(INJECTED)") == 2


def test_json_says_what_was_injected():
    result = run_pytrace("--json", "-e", "trace=chdir", "-e", "inject=chdir:error=EACCES:when=2",
                         "-e", "inject=fchdir:retval=5", "sh", "-c", "cd /; cd /tmp")
    calls = [json.loads(line) for line in result.stderr.splitlines()
             if line.startswith("{") and '"chdir"' in line]
    assert "tampering" not in calls[0]
    assert calls[1]["error"]["name"] == "EACCES"
    assert calls[1]["tampering"] == {"expression": "chdir:error=EACCES:when=2",
                                     "error": "EACCES", "kernel_return": -38}
    assert calls[1]["args"][0]["value"] == {"string": "/tmp"}


def test_json_retval_signal_and_delay():
    result = run_pytrace("--json", "-e", "trace=chdir",
                         "-e", "inject=chdir:retval=9:syscall=getpid:signal=CHLD:delay_exit=1ms",
                         "sh", "-c", "cd /")
    call = next(json.loads(line) for line in result.stderr.splitlines() if '"chdir"' in line)
    assert call["return"] == 9
    tampering = call["tampering"]
    assert tampering["retval"] == 9 and tampering["syscall"] == "getpid"
    assert tampering["kernel_return"] > 0   # getpid's pid, replaced
    assert tampering["signal"] == "SIGCHLD" and tampering["delay_ns"] == {"exit": 1_000_000}


def test_python_api_takes_the_same_expressions():
    events = list(pytrace.trace(["sh", "-c", "cd /; cd /; cd /"], trace="chdir",
                                inject=["chdir:error=ENOTDIR:when=2"]))
    results = [event.get("error", {}).get("name") for event in events
               if event["type"] == "syscall" and event["name"] == "chdir"]
    assert results == [None, "ENOTDIR", None]
    # a delay blocks SIGCHLD while tracees are held: the caller gets it back as it was
    list(pytrace.trace(["sh", "-c", "cd /"], trace="chdir", inject="chdir:delay_enter=10ms"))
    assert signal.SIGCHLD not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    with pytest.raises(ValueError, match="invalid inject argument 'chdir'"):
        list(pytrace.trace(["true"], inject="chdir"))
