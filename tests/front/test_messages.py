"""Bad command lines against strace itself: the same stderr, byte for byte, and
the same exit status.

strace is run under the name ``pytrace`` (its messages start with the name it
was invoked by, as pytrace's do), so that the two outputs can be compared as
they are.
"""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import pytrace_env

STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(STRACE is None, reason="strace is the oracle")

NO_PID = "4194000"   # above the kernel's pid_max limit: never a process

BAD_LINES = [
    [],
    ["-K", "true"],
    ["-Q"],
    ["-fQv", "true"],
    ["--foo=bar"],
    ["--output"],
    ["--help=3"],
    ["-s"],
    ["--d"],
    ["--st=1"],
    ["-o"],
    ["nosuchprog-pytrace"],
    ["/nonexistent/prog"],
    [" " * 4096],
    ["-p", NO_PID],
    ["-p", NO_PID, "-p", str(int(NO_PID) + 1)],
    ["-p", "%s,%d" % (NO_PID, int(NO_PID) + 2)],
    ["-p", "x1"],
    ["-p", "0"],
    ["-p", "1,a"],
    ["-p", "1,,2"],
    ["-p", "-42"],
    ["-e", "trace=nosuchcall", "true"],
    ["-e", "trace=open,nosuchcall,close", "true"],
    ["-e", "trace="],
    ["-e", ","],
    ["-e", "trace=!"],
    ["-e", "trace=1,none"],
    ["-e", "trace=%FILE"],
    ["-e", "trace=%"],
    ["-e", "trace=0x"],
    ["-e", "trace=415"],
    ["-e", "trace=-1@64"],
    ["-e", "trace=getcwd@42"],
    ["-e", "trace=23@42,123"],
    ["-e", "trace=/getcwd@ohmy"],
    ["-e", "trace=/+id"],
    ["-e", "trace=/(id"],
    ["-e", "trace=/[id"],
    ["-e", "foo=bar"],
    ["-e", "signal=FOO", "true"],
    ["-e", "signal=256", "true"],
    ["-e", "status=succeeded", "true"],
    ["-e", "read=1,!"],
    ["-e", "write=2147483648"],
    ["-e", "quiet=detach", "-p", "1"],
    ["-e", "decode-pids="],
    ["--decode-fds=p", "-p", "1"],
    ["-e", "kvm=chdir"],
    ["--secontext"],
    ["-s", "abc", "true"],
    ["-s", "99999999999999999999", "true"],
    ["-s", "1073741824", "true"],
    ["--string-limit=-42"],
    ["-a", "-42"],
    ["-O", "-42"],
    ["--summary-syscall-overhead=x"],
    ["-U", "", "-c", "true"],
    ["-U", "time,time_percent,time_total"],
    ["-S", "non"],
    ["-I", "7", "true"],
    ["-I=never"],
    ["--interruptible=nev"],
    ["-X", "abbreviated"],
    ["--const-print-style=a"],
    ["--timestamps=format:s"],
    ["--relative-timestamps="],
    ["--syscall-times=n"],
    ["--strings-in-hex=ascii"],
    ["--tips=id:rand"],
    ["--daemonize=pgr"],
    ["-D", "-p", "1"],
    ["-DDDD", "true"],
    ["-D", "--daemonize", "-p", "1"],
    ["-b", "chdir"],
    ["-b", "execve", "-b", "chdir"],
    ["-c", "-C", "true"],
    ["-C", "-c", "true"],
    ["-c", "-ff", "true"],
    ["-w", "true"],
    ["-ff", "-o", "|cat", "true"],
    ["--output=!", "-ff", "true"],
    ["-ff", "-o", " " * 4084, "true"],
    ["-q", "-e", "quiet=exit", "true"],
    ["-q", "--quiet", "-P", "///", "-P/.", "."],
    ["-x", "--strings-in-hex", "-p", "1"],
    ["-y", "--decode-fds", "-p", "1"],
    ["-t", "--timestamps", "-p", "1"],
    ["-f", "--follow-forks", "-p", "1"],
    ["--output-separately", "-ff", "-p", "1"],
    ["--seccomp-bpf", "-w", "/"],
    ["--seccomp-bpf", "-f", "-p", "1", "-w"],
    ["-F", "-w", "/"],
    ["-fF", "-w", "/"],
    ["-u", ":nosuchuser:", "true"],
    ["-u", ":nosuchuser:", "-cinrtTyzZ", "true"],
    ["-u", ":nosuchuser:", "--output-separately", "--output-append-mode", "true"],
    ["-u", ":nosuchuser:", "--summary-sort-by", "errors", "true"],
    ["-Q", "-h"],
]


def _both(args: list) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    strace = subprocess.run(["pytrace", *args], executable=STRACE, capture_output=True,
                            timeout=60)
    ours = subprocess.run([sys.executable, "-m", "pytrace", *args], env=pytrace_env(),
                          capture_output=True, timeout=60)
    return strace, ours


@pytest.mark.parametrize("args", BAD_LINES, ids=[" ".join(a)[:60] for a in BAD_LINES])
def test_bad_command_line_as_strace(args):
    strace, ours = _both(args)
    assert b"Traceback" not in ours.stderr
    assert ours.stderr == strace.stderr
    assert ours.returncode == strace.returncode
    assert ours.stdout == strace.stdout


@pytest.mark.parametrize("args", [
    ["-e", b"trace=\xff\xfe"],
    [b"-\xc3\xa9"],
    [b"/nonexistent/\xff"],
    ["-P", b"/nonexistent/\xff", "-e", b"kvm=\xff"],
], ids=["syscall", "option", "program", "path"])
def test_raw_bytes_in_messages_as_strace(args):
    strace, ours = _both(args)
    assert ours.stderr == strace.stderr
    assert b"\\udc" not in ours.stderr
    assert ours.returncode == strace.returncode


def test_a_directory_as_the_command_fails_as_strace_does():
    """The failed execve shows, then pytrace's message; its own error write
    and exit do not."""
    strace, ours = _both(["/"])
    assert ours.returncode == strace.returncode == 1
    pick = lambda out: [line.split(b"(", 1)[0] if line.startswith(b"execve(") else line
                        for line in out.stderr.splitlines()]
    # the order of the message (the child's own write) among the trace lines
    # is a matter of when the trace is flushed: compared as a set
    assert sorted(pick(ours)) == sorted(pick(strace)) == sorted(
        [b"execve", b"pytrace: exec: Permission denied", b"+++ exited with 1 +++"])


def test_an_environment_entry_without_a_name_is_passed_on():
    strace, ours = _both(["-E", "=x", "-e", "trace=none", "env"])
    assert ours.returncode == strace.returncode == 0
    assert b"=x\n" in ours.stdout.splitlines(keepends=True)
    assert ours.stderr == strace.stderr


def test_two_pids_that_cannot_be_attached_are_both_reported():
    strace, ours = _both(["-p", NO_PID, "-p", str(int(NO_PID) + 1)])
    assert ours.stderr.count(b"attach: ptrace(PTRACE_SEIZE") == 2
    assert ours.stderr == strace.stderr and ours.returncode == strace.returncode == 1


def test_the_name_messages_start_with_is_the_invoked_one(tmp_path):
    link = tmp_path / "strace"
    link.write_text("#!%s\nimport runpy\nrunpy.run_module('pytrace', run_name='__main__')\n"
                    % sys.executable)
    link.chmod(0o755)
    result = subprocess.run([str(link), "-Q"], env=pytrace_env(), capture_output=True)
    assert result.stderr == (b"strace: invalid option -- 'Q'\n"
                             b"Try 'strace -h' for more information.\n")
