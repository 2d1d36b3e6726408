"""The command line on real processes: errors, exit transparency, attach/detach, outputs."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import (pytrace_command, pytrace_env, run_pytrace, run_strace,
                            wait_until_blocked)


def one_error_line(result, text):
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines == ["pytrace: " + text], result.stderr
    assert "Traceback" not in result.stderr


def test_unopenable_output_is_checked_before_the_command_runs(tmp_path):
    marker = tmp_path / "ran"
    result = run_pytrace("-o", "/nonexistent-dir/x", "touch", str(marker))
    assert result.returncode == 1 and not marker.exists()


def test_a_pid_already_traced_is_refused():
    sleeper = subprocess.Popen(["sleep", "30"])
    first = subprocess.Popen(pytrace_command("-p", str(sleeper.pid), "-o", os.devnull),
                             env=pytrace_env(), stderr=subprocess.PIPE, text=True)
    try:
        assert first.stderr.readline().startswith("pytrace: Process %d attached" % sleeper.pid)
        second = run_pytrace("-p", str(sleeper.pid))
        one_error_line(second, "attach: ptrace(PTRACE_SEIZE, %d): Operation not permitted"
                       % sleeper.pid)
    finally:
        first.send_signal(signal.SIGINT)
        first.wait(timeout=10)
        sleeper.kill()
        sleeper.wait()


@pytest.mark.parametrize("code", [0, 3, 255])
def test_exit_status_is_the_tracees(code):
    assert run_pytrace("-o", os.devnull, "sh", "-c", "exit %d" % code).returncode == code


@pytest.mark.parametrize("signo", [signal.SIGTERM, signal.SIGKILL, signal.SIGSEGV])
def test_killed_tracee_kills_pytrace_by_the_same_signal(signo, tmp_path):
    result = run_pytrace("-o", str(tmp_path / "out"), "sh", "-c", "kill -%d $$" % signo)
    assert result.returncode == -signo
    last = (tmp_path / "out").read_text().splitlines()[-1]
    assert last == "+++ killed by %s +++" % signal.Signals(signo).name


def _status(pid: int) -> dict:
    with open("/proc/%d/status" % pid) as f:
        return dict(line.rstrip("\n").split(":\t", 1) for line in f if ":\t" in line)


@pytest.mark.parametrize("signo", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT])
def test_attach_then_interrupt_detaches_and_leaves_the_process_running(signo, tmp_path):
    sleeper = subprocess.Popen(["sleep", "60"])
    try:
        tracer = subprocess.Popen(pytrace_command("-p", str(sleeper.pid), "-o", str(tmp_path / "o")),
                                  env=pytrace_env(), stderr=subprocess.PIPE, text=True)
        assert tracer.stderr.readline() == "pytrace: Process %d attached\n" % sleeper.pid
        assert int(_status(sleeper.pid)["TracerPid"]) == tracer.pid
        time.sleep(0.2)
        tracer.send_signal(signo)
        assert tracer.wait(timeout=10) == -signo   # ended by that signal, as strace is
        assert tracer.stderr.read() == "pytrace: Process %d detached\n" % sleeper.pid
        status = _status(sleeper.pid)
        assert status["TracerPid"] == "0"
        assert status["State"].split()[0] == "S"
        assert sleeper.poll() is None
    finally:
        sleeper.kill()
        sleeper.wait()


def test_several_pids_in_one_argument(tmp_path):
    sleepers = [subprocess.Popen(["sleep", "60"]) for _ in range(3)]
    try:
        spec = "%d %d,%d" % tuple(s.pid for s in sleepers)
        tracer = subprocess.Popen(pytrace_command("-p", spec, "-o", str(tmp_path / "o")),
                                  env=pytrace_env(), stderr=subprocess.PIPE, text=True)
        attached = [tracer.stderr.readline() for _ in sleepers]
        assert attached == ["pytrace: Process %d attached\n" % s.pid for s in sleepers]
        tracer.send_signal(signal.SIGINT)
        assert tracer.wait(timeout=10) == -signal.SIGINT
        for s in sleepers:
            assert _status(s.pid)["TracerPid"] == "0"
    finally:
        for s in sleepers:
            s.kill()
            s.wait()


def test_output_to_a_pipe_command(tmp_path):
    out = tmp_path / "piped"
    result = run_pytrace("-o", "|cat > %s" % out, "true")
    assert result.returncode == 0
    assert out.read_text().splitlines()[-1] == "+++ exited with 0 +++"


def test_ff_writes_one_file_per_process(tmp_path):
    base = tmp_path / "trace"
    result = run_pytrace("-ff", "-o", str(base), "sh", "-c", "true; /bin/true")
    assert result.returncode == 0
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) == 2 and all(f.startswith("trace.") for f in files)
    for f in files:
        lines = (tmp_path / f).read_text().splitlines()
        assert lines[-1] == "+++ exited with 0 +++"
        assert not lines[0][0].isdigit()   # no pid prefix in per-process files


def test_stderr_prefix_appears_only_while_several_tracees_exist():
    result = run_pytrace("-f", "sh", "-c", "/bin/true; exit 0")
    lines = result.stderr.splitlines()
    assert lines[0].startswith("execve(")
    assert any(line.startswith("[pid ") for line in lines)
    assert lines[-1] == "+++ exited with 0 +++"


def test_stdin_stdout_and_environment_are_untouched(tmp_path):
    env = pytrace_env()
    env["PYTRACE_TEST_VALUE"] = "kept"
    result = subprocess.run(pytrace_command("-o", os.devnull, "sh", "-c",
                                            'read line; echo "$line $PYTRACE_TEST_VALUE"'),
                            input="hello\n", env=env, capture_output=True, text=True, timeout=30)
    assert result.stdout == "hello kept\n"


def test_kill_on_exit_kills_the_tracee_when_pytrace_is_killed():
    tracer = subprocess.Popen(pytrace_command("--kill-on-exit", "-o", os.devnull, "sleep", "60"),
                              env=pytrace_env())
    try:
        deadline = time.time() + 10
        child = None
        while time.time() < deadline and child is None:
            out = subprocess.run(["pgrep", "-P", str(tracer.pid)], capture_output=True, text=True)
            child = int(out.stdout.split()[0]) if out.stdout.split() else None
            time.sleep(0.05)
        assert child is not None
        time.sleep(0.2)
        tracer.kill()
        tracer.wait()
        for _ in range(100):
            if not os.path.exists("/proc/%d" % child) or _status(child)["State"].startswith("Z"):
                break
            time.sleep(0.05)
        assert not os.path.exists("/proc/%d" % child) or _status(child)["State"].startswith("Z")
    finally:
        if tracer.poll() is None:
            tracer.kill()


def test_output_into_a_pipe_shows_up_while_the_tracee_blocks():
    # strace writes every line at once; pytrace buffers, but flushes while it waits
    tracer = subprocess.Popen(pytrace_command("-e", "trace=write", "sh", "-c",
                                              "echo started; sleep 3"),
                              env=pytrace_env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    try:
        start = time.time()
        line = tracer.stderr.readline()
        assert line.startswith('write(1, "started\\n", 8)')
        assert time.time() - start < 2.5
    finally:
        tracer.wait(timeout=10)


def _ignoring_sighup():
    signal.signal(signal.SIGHUP, signal.SIG_IGN)


def test_the_command_gets_the_signal_dispositions_pytrace_was_started_with():
    # Python ignores SIGPIPE and SIGXFSZ for itself; an ignored SIGHUP (nohup) is the user's.
    command = ["-o", os.devnull, "grep", "-E", "^Sig(Ign|Cgt)", "/proc/self/status"]
    ours = run_pytrace(*command, preexec_fn=_ignoring_sighup)
    theirs = run_strace(*command, preexec_fn=_ignoring_sighup)
    assert ours.returncode == theirs.returncode == 0
    assert ours.stdout == theirs.stdout
    assert "SigIgn:\t0000000000000001" in ours.stdout


def test_output_to_a_file_with_a_command_makes_attach_notices_quiet_as_strace_does(tmp_path):
    workload = ["sh", "-c", "/bin/true; /bin/true"]
    for tracer in (run_pytrace, run_strace):
        to_file = tracer("-f", "-o", str(tmp_path / "trace"), *workload)
        assert to_file.returncode == 0 and to_file.stderr == ""
        assert "attached" not in (tmp_path / "trace").read_text()
        to_stderr = tracer("-f", "-c", *workload)
        notices = [l for l in to_stderr.stderr.splitlines() if l.endswith(" attached")]
        assert len(notices) == 2, to_stderr.stderr


@pytest.mark.parametrize("interruptible, survives", [(None, True), ("never", True),
                                                      ("waiting", False)])
def test_output_to_a_file_with_a_command_leaves_fatal_signals_to_the_command(
        interruptible, survives, tmp_path):
    # strace's -I default for "-o FILE PROG" is "never": the terminal's ^C is the command's.
    options = ["-I", interruptible] if interruptible else []
    for name, command in (("pytrace", pytrace_command), ("strace", lambda *a: ["strace", *a])):
        out = tmp_path / name
        tracer = subprocess.Popen(command(*options, "-o", str(out), "sleep", "1.5"),
                                  env=pytrace_env(), stderr=subprocess.PIPE, text=True)
        wait_until_blocked(tracer.pid, "sleep")
        tracer.send_signal(signal.SIGTERM)
        status = tracer.wait(timeout=10)
        last = out.read_text().splitlines()[-1]
        if survives:
            assert status == 0 and last == "+++ exited with 0 +++", (name, last)
        else:
            assert status == -signal.SIGTERM and last.endswith(" <detached ...>"), (name, last)


def test_polling_for_stops_gives_way_to_sleeping_while_the_tracee_sleeps():
    # pytrace polls for the next stop a little before it sleeps in wait: tracing a
    # command that sleeps must not cost a CPU for the whole time
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = run_pytrace("-o", os.devnull, "sh", "-c", "sleep 0.5; sleep 0.5; sleep 0.5")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert result.returncode == 0
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    assert cpu < 0.75, cpu   # start-up and a few hundred stops; 1.5 s if it never slept


def test_spin_wait_zero_traces_the_same_calls():
    command = ["-c", "dd", "if=/dev/zero", "of=/dev/null", "bs=1", "count=500", "status=none"]
    polling, sleeping = run_pytrace(*command), run_pytrace("--spin-wait=0", *command)
    from tests.sinks.test_summary_cli import table
    counts = [{name: row[:2] for name, row in table(r.stderr).items()} for r in (polling, sleeping)]
    assert counts[0] == counts[1] and counts[0]["read"][0] > 500   # one read per byte at least


def test_no_polling_with_a_single_cpu():
    # spinning on the only CPU the tracee may use would only delay it
    import shutil
    import sys
    if shutil.which("taskset") is None or len(os.sched_getaffinity(0)) < 2:
        pytest.skip("needs taskset and two CPUs")
    probe = "from pytrace.front.cli import _spin_ns; print(_spin_ns(None), _spin_ns(50))"
    one = subprocess.run(["taskset", "-c", "0", sys.executable, "-c", probe], env=pytrace_env(),
                         capture_output=True, text=True, timeout=30)
    two = subprocess.run([sys.executable, "-c", probe], env=pytrace_env(),
                         capture_output=True, text=True, timeout=30)
    assert one.stdout.split() == ["0", "0"]
    assert two.stdout.split() == ["200000", "50000"]


def _pids_hidden(text: str) -> str:
    return re.sub(r"\b\d{2,}\b", "N", text)


def test_detach_on_execve_as_strace():
    args = ["--quiet=personality", "-bexecve", "-enone", "sh", "-c", "exec false"]
    strace, ours = run_strace(*args), run_pytrace(*args)
    assert ours.returncode == strace.returncode == 0   # the command was let go
    assert _pids_hidden(ours.stderr) == _pids_hidden(strace.stderr).replace("strace:", "pytrace:")
    assert ours.stderr.startswith("pytrace: Process ")


def test_a_command_let_go_by_detach_on_execve_exits_unremarked():
    # the command (pytrace's own child) is let go at its exec and ends while a
    # traced subshell still waits: its exit is reaped, but it is no unknown pid
    args = ["--quiet=personality", "-f", "-bexecve", "-enone", "sh", "-c",
            "(sleep 0.3; :) & exec false"]
    strace, ours = run_strace(*args), run_pytrace(*args)
    assert "unknown pid" not in ours.stderr
    # the same lines; their order is the scheduler's (whether the subshell's
    # fork or the command's exec comes first)
    assert sorted(_pids_hidden(ours.stderr).splitlines()) \
        == sorted(_pids_hidden(strace.stderr).replace("strace:", "pytrace:").splitlines())


def test_kill_on_exit_reports_the_kill_not_a_detach(tmp_path):
    sleeper = subprocess.Popen(["sleep", "60"])
    trace = tmp_path / "trace"
    try:
        tracer = subprocess.Popen(pytrace_command("--kill-on-exit", "-p", str(sleeper.pid),
                                                  "-o", str(trace)),
                                  env=pytrace_env(), stderr=subprocess.PIPE, text=True)
        assert tracer.stderr.readline() == "pytrace: Process %d attached\n" % sleeper.pid
        time.sleep(0.2)
        tracer.send_signal(signal.SIGINT)
        tracer.wait(timeout=10)
        assert "detached" not in tracer.stderr.read()
        assert sleeper.wait(timeout=10) == -signal.SIGKILL
        assert trace.read_text().splitlines()[-1] == "+++ killed by SIGKILL +++"
    finally:
        sleeper.kill()
        sleeper.wait()


# The interpreter itself, not a shell shim in PATH that forks (its children would
# add SIGCHLD lines whose pids differ between the two runs).
_UNKNOWN_SYSCALL = [sys.executable, "-c", "import ctypes; ctypes.CDLL(None).syscall(999, 1, 2, 3, 4, 5, 6)"]


def test_debug_messages_as_strace():
    strace, ours = (run(*args) for run, args in ((run_strace, ["-d", "-e", "trace=none", "true"]),
                                                   (run_pytrace, ["-d", "-e", "trace=none", "true"])))
    setoptions = lambda text: [l.split(": ", 1)[1] for l in text.splitlines()
                               if "ptrace_setoptions" in l]
    assert setoptions(ours.stderr) == setoptions(strace.stderr) == ["ptrace_setoptions = 0x51"]
    # strace's suite greps for this line before it tests what the call info tells
    checked = lambda text: [l.split(": ", 1)[1] for l in text.splitlines()
                            if "PTRACE_GET_SYSCALL_INFO" in l]
    assert checked(ours.stderr) == checked(strace.stderr) == ["PTRACE_GET_SYSCALL_INFO works"]


def test_an_unknown_syscall_is_traced_whatever_the_set():
    traced = [run("-e", "trace=none", *_UNKNOWN_SYSCALL).stderr.splitlines()
              for run in (run_strace, run_pytrace)]
    assert traced[1] == traced[0]
    assert traced[1][0].startswith("syscall_0x3e7(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS")
    debug = [run("-d", "-e", "trace=none", *_UNKNOWN_SYSCALL).stderr.splitlines()
             for run in (run_strace, run_pytrace)]
    pick = lambda lines: [_pids_hidden(l).split(": ", 1)[1] for l in lines
                          if "invalid syscall" in l]
    assert pick(debug[1]) == pick(debug[0]) == ["pid N invalid syscall 0x3e7"]


def test_help_lists_every_option_once_and_exits_0():
    from pytrace.front.long_options import LONG_OPTIONS
    from pytrace.front.options import SHORT_OPTIONS
    result = run_pytrace("-h")
    assert result.returncode == 0 and result.stderr == ""
    text = result.stdout
    assert text.startswith("Usage: pytrace ")
    # one spelling of each (--secontext is refused as by strace built without SELinux)
    for key in {option.key for option in LONG_OPTIONS} - {"=secontext"}:
        assert any("--%s" % option.name in text for option in LONG_OPTIONS
                   if option.key == key), key
    for letter in set(SHORT_OPTIONS) - {"F"}:   # deprecated: unlisted, as by strace
        assert re.search(r"(^|[ \[,])-%s\b" % letter, text, re.M), letter
    assert run_pytrace("--help").stdout == text


def test_version_block():
    result = run_pytrace("-V")
    lines = result.stdout.splitlines()
    assert result.returncode == 0
    assert re.fullmatch(r"pytrace -- version \S+", lines[0])
    assert lines[-1].startswith("Optional features enabled: ")
    assert run_pytrace("--version").stdout == result.stdout


@pytest.mark.parametrize("tips, shown", [("--tips", True), ("--tips=id:3,format:full", True),
                                         ("--tips=format:none", False)])
def test_tips_at_the_end(tips, shown):
    result = run_pytrace("-qqq", "-enone", tips, "true")
    assert result.returncode == 0
    assert (" \\____" in result.stderr) == shown
