"""Process lifecycle corners end to end, strace the oracle: what both print, and
what the command inherits from the tracer (descriptors, dispositions)."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import time

import pytest

from tests.conftest import pytrace_command, pytrace_env, wait_until_blocked
from tests.parity import normalise, run_both

# the same environment for both: their commands see the same
TRACERS = {"strace": (["strace"], pytrace_env()), "pytrace": (pytrace_command(), pytrace_env())}
_DIGITS = re.compile(r"\d+")
_SI_PID = re.compile(r"si_pid=\d+")


def _messages(stderr: str, tracer: str) -> list[str]:
    """The tracer's own messages, its name and the pids taken out."""
    return [_DIGITS.sub("N", line.replace(tracer + ":", "TRACER:"))
            for line in stderr.splitlines() if line.startswith(tracer + ":")]


@pytest.mark.parametrize("mode, options", [
    ("clone_ptrace", ["-e", "trace=none"]),
    ("clone_ptrace", ["-e", "trace=none", "-q"]),
    ("clone_parent", ["-e", "trace=none"]),
    ("clone_parent", ["-e", "trace=none", "-qq"]),
])
def test_pids_never_traced_are_let_go_or_ignored_as_strace_does(fixture_bin, mode, options):
    expected, actual, err, codes = run_both(options, [fixture_bin["lifecycle"], mode])
    # the child that is let go shows only as SIGCHLD's sender
    assert _SI_PID.sub("", "\n".join(normalise(actual))) == \
        _SI_PID.sub("", "\n".join(normalise(expected)))
    assert codes == (0, 0)
    strace_err = subprocess.run(["strace", "-o", os.devnull, *options,
                                 fixture_bin["lifecycle"], mode],
                                capture_output=True, text=True).stderr
    assert _messages(err, "pytrace") == _messages(strace_err, "strace")


def test_a_failing_first_exec_is_shown_then_the_child_exits(tmp_path):
    plain = tmp_path / "not-a-program"
    plain.write_text("")
    plain.chmod(0o644)
    runs = {}
    for name, (argv, env) in TRACERS.items():
        result = subprocess.run([*argv, str(plain)], capture_output=True, text=True, env=env,
                                timeout=60)
        lines = result.stderr.replace(name + ":", "TRACER:").splitlines()
        # execve's environment address and size differ between the two tracers' children
        runs[name] = (result.returncode, [re.sub(r"\], 0x[0-9a-f]+ /\* \d+ vars", "], E", line)
                                          for line in lines])
    assert runs["pytrace"] == runs["strace"]
    assert runs["strace"][1][0].startswith('execve("%s"' % plain)


@pytest.mark.parametrize("status", ["detached", "successful"])
def test_an_interrupted_trace_shows_the_call_left_running_as_detached(tmp_path, status):
    """-e status=detached shows the call the tracee was in when the tracer was
    interrupted: its line ends in `` <detached ...>``; other sets leave it out."""
    outputs = {}
    for name, (argv, env) in TRACERS.items():
        log = tmp_path / name
        tracer = subprocess.Popen([*argv, "-o", str(log), "-I2", "-e", "status=" + status,
                                   "-e", "trace=nanosleep,clock_nanosleep", "sleep", "30"],
                                  env=env, stderr=subprocess.DEVNULL)
        try:
            wait_until_blocked(tracer.pid, "sleep")
            tracer.terminate()
            tracer.wait(timeout=30)
        finally:
            tracer.kill()
        outputs[name] = log.read_text()
    assert outputs["pytrace"] == outputs["strace"]
    detached = re.fullmatch(r"(clock_)?nanosleep\(.* <detached \.\.\.>\n", outputs["strace"])
    assert bool(detached) == (status == "detached")


def test_the_command_alone_holds_the_pipes_on_its_stdin_and_stdout(tmp_path):
    """Once the command closed them, a writer into its stdin gets EPIPE and a
    reader of its stdout sees the end, while the command still runs."""
    for name, (argv, env) in TRACERS.items():
        marker = tmp_path / ("closed-" + name)
        tracer = subprocess.Popen(
            [*argv, "-qq", "-e", "trace=none", "-e", "signal=none", "sh", "-c",
             "exec <&- >&-; : > %s; sleep 30" % marker],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while not marker.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
            assert tracer.stdout.read() == b"", name
            with pytest.raises(BrokenPipeError):
                tracer.stdin.write(b"x")
                tracer.stdin.flush()
            assert tracer.poll() is None, name
        finally:
            tracer.kill()
            tracer.wait()
            for stream in (tracer.stdin, tracer.stdout):
                try:
                    stream.close()
                except BrokenPipeError:
                    pass


def _close_standard_fds(fds):
    def close():
        for fd in fds:
            os.close(fd)
    return close


@pytest.mark.parametrize("closed", [(0,), (1,), (2,), (0, 1, 2)])
def test_standard_descriptors_closed_for_the_tracer_are_closed_for_the_command(tmp_path, closed):
    """Even when the tracer writes its trace into a file it opened itself."""
    check = "for fd in 0 1 2; do [ -e /proc/self/fd/$fd ] && echo -n $fd >> %s; done" \
        % (tmp_path / "open")
    seen = {}
    for name, (argv, env) in TRACERS.items():
        (tmp_path / "open").write_text("")
        subprocess.run([*argv, "-o", str(tmp_path / "log"), "-e", "trace=none", "sh", "-c",
                        check], env=env, preexec_fn=_close_standard_fds(closed), timeout=60)
        seen[name] = (tmp_path / "open").read_text()
    assert seen["pytrace"] == seen["strace"]
    assert not set(seen["strace"]) & {str(fd) for fd in closed}


def test_a_command_and_an_attached_process_both_get_pid_prefixes_in_a_file(tmp_path):
    for name, (argv, env) in TRACERS.items():
        sleeper = subprocess.Popen(["sleep", "60"])
        log = tmp_path / name
        tracer = subprocess.Popen([*argv, "-o", str(log), "-e", "trace=exit_group",
                                   "-p", str(sleeper.pid), "sh", "-c", "exit 3"],
                                  env=env, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 30
            while "exited with 3" not in (log.read_text() if log.exists() else ""):
                assert time.monotonic() < deadline, name
                time.sleep(0.01)
        finally:
            sleeper.kill()
            sleeper.wait()
            tracer.wait(timeout=30)
        lines = log.read_text().splitlines()
        assert len(lines) == 3 and all(re.match(r"\d+ +\S", line) for line in lines), (name, lines)


@pytest.mark.parametrize("into_file", [False, True])
def test_an_attached_process_is_named_in_its_exit_line_with_decode_pids(tmp_path, into_file):
    """-Y: an attached process's name was read when it was attached; it is
    gone by the time its exit is shown."""
    outputs = {}
    for name, (argv, env) in TRACERS.items():
        # each reaped by a parent waiting for it: nothing of it is left to read
        # once the tracer has seen it exit
        parents = [subprocess.Popen(["sh", "-c", "sleep 3; exit 0"]) for _ in range(2)]
        sleepers = [wait_until_blocked(parent.pid, "sleep") for parent in parents]
        log = tmp_path / name
        output = ["-o", str(log)] if into_file else []
        result = subprocess.run([*argv, *output, "-e", "trace=none", "-Y",
                                 "-p", str(sleepers[0]), "-p", str(sleepers[1])],
                                env=env, capture_output=True, text=True, timeout=60)
        for parent in parents:
            parent.wait()
        text = log.read_text() if into_file else result.stderr
        # pids of different widths: "[pid  1234]", "[pid 12345]"
        outputs[name] = sorted(_DIGITS.sub("N", re.sub(r"\[pid +", "[pid ", line))
                               for line in text.splitlines() if "+++" in line)
    assert outputs["pytrace"] == outputs["strace"]
    named = r"N<sleep> \+\+\+ exited with N \+\+\+" if into_file \
        else r"\[pid N<sleep>\] \+\+\+ exited with N \+\+\+"
    assert any(re.fullmatch(named, line) for line in outputs["strace"])
