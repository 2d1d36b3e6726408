"""Calls of the i386 personality from a 64-bit process (fixtures/int80.c makes
them with int $0x80), traced by strace 6.1 and by pytrace: the same lines."""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from tests.conftest import pytrace_command, pytrace_env

# what the C runtime does before main differs with nothing of interest here
_STARTUP = "!execve,brk,mmap,mprotect,arch_prctl,munmap,pread64,newfstatat,set_tid_address," \
           "set_robust_list,rseq,prlimit64,access,openat,read,exit_group,getrandom"
# the suite's strace is built without mpers, as pytrace decodes i386 calls
NO_MPERS_STRACE = "/tmp/strace-suite/build/src/strace"


def _trace(tracer: list[str], args, program, env=None, *program_args) -> list[str]:
    out = subprocess.run(["setarch", "-R", *tracer, *args, program, *program_args],
                         capture_output=True,
                         text=True, timeout=60, env=env, stdin=subprocess.DEVNULL)
    pid = re.search(r"PID=(\d+)|^getpid\(\) += (\d+)", out.stderr, re.M)
    # the pid as a word: its digits may stand inside an address too
    text = re.sub(r"\b%s\b" % (pid.group(1) or pid.group(2)), "PID", out.stderr) if pid \
        else out.stderr
    return [line for line in text.splitlines() if "WARNING: Proper structure" not in line]


def _both(fixture_bin, *args, strace="strace"):
    if shutil.which(strace) is None:
        pytest.skip("no %s" % strace)
    program = fixture_bin["int80"]
    return (_trace([strace], args, program),
            _trace(pytrace_command(), args, program, pytrace_env()))


def test_int80_calls_match_strace(fixture_bin):
    """getgid32, a write, _llseek (offset in two registers, the result read
    back), an unknown number, close's error, and the personality lines."""
    expected, got = _both(fixture_bin, "-e", "trace=" + _STARTUP + ",stat64,fstat64")
    assert "getgid32()                              = 0" in got
    assert any(line.startswith("_llseek(") for line in got)
    assert expected == got


def test_stat64_prints_as_strace_without_mpers(fixture_bin):
    """struct stat64 has no 64-bit twin: its address, as the suite's strace prints."""
    if not os.access(NO_MPERS_STRACE, os.X_OK):
        pytest.skip("no strace built without mpers")
    expected, got = _both(fixture_bin, "-e", "trace=stat64,fstat64", strace=NO_MPERS_STRACE)
    assert any(line.startswith("stat64(\"/etc/passwd\", 0x") for line in got)
    assert expected == got


@pytest.mark.parametrize("trace", ["getgid32", "getgid@32", "getpid@64", "getpid",
                                   "%creds@32", "!all@64", "/^(_llseek|write)$"])
def test_personality_filters_match_strace(fixture_bin, trace):
    expected, got = _both(fixture_bin, "-e", "trace=" + trace)
    if trace == "!all@64":   # stat64's structure: the mpers build decodes it
        expected, got = ([line for line in lines if "stat64(" not in line]
                         for lines in (expected, got))
    assert expected == got


@pytest.mark.parametrize("args", [("-qq",), ("-e", "quiet=personality"), ("-f",),
                                  ("-f", "--seccomp-bpf", "-e", "trace=getgid32,write")])
def test_personality_line_options_match_strace(fixture_bin, args):
    expected, got = _both(fixture_bin, *args, "-e", "trace=getgid32,write") \
        if "--seccomp-bpf" not in args else _both(fixture_bin, *args)
    assert expected == got


def _table(lines: list[str]) -> list[tuple[str, str]]:
    """-c's rows without their times: (syscall, calls), headings kept."""
    rows = []
    for line in lines:
        fields = line.split()
        if line.startswith(("System call", "[ Process")):
            rows.append((line, ""))
        elif fields and fields[-1] not in ("syscall",) and not line.startswith("-") \
                and len(fields) >= 5:
            rows.append((fields[-1], fields[3]))
    return sorted(rows)


@pytest.mark.parametrize("args, mode", [
    (("-c",), "no-unknown"), (("-c", "-f"), "no-unknown"),
    (("-c", "-e", "trace=getgid32,write"), "no-unknown"), (("-c", "-f"), "fork"),
    (("-c", "-f", "-e", "trace=getgid32,write"), "fork")])
def test_summary_counts_i386_calls_under_their_names(fixture_bin, args, mode):
    """The 32-bit calls in a table of their own (strace 6.1 crashes printing
    one with an unknown number in it: the fixture leaves that call out), and
    the personality lines, a child's with its [pid N] under -f."""
    program = fixture_bin["int80"]
    expected = _trace(["strace"], args, program, None, mode)
    got = _trace(pytrace_command(), args, program, pytrace_env(), mode)
    # the lines of a child: its pid is not the one _trace names PID
    expected, got = ([re.sub(r"\b\d{3,}\b", "N", line) for line in lines if "attached" not in line]
                     for lines in (expected, got))
    assert [line for line in expected if "Process PID" in line] \
        == [line for line in got if "Process PID" in line]
    expected, got = _table(expected), _table(got)
    assert ("getgid32", "1") in got
    assert any(row[0] == "System call usage summary for 32 bit mode:" for row in got)
    assert expected == got


@pytest.mark.parametrize("args", [("-e", "trace=" + _STARTUP), ("-c",), ("-f", "-e", "trace=write")])
def test_calls_read_from_registers_without_syscall_info(fixture_bin, args):
    """Where PTRACE_GET_SYSCALL_INFO fails with EIO (kernels before 5.3) the
    calls are read from the registers, as strace reads them then: the int
    $0x80 calls of a 64-bit process then pass for 64-bit ones, in both."""
    refuse = [fixture_bin["no_syscall_info"]]
    program = fixture_bin["int80"]
    expected = _trace([*refuse, "strace"], args, program)
    got = _trace([*refuse, *pytrace_command()], args, program, pytrace_env())
    assert not any("runs in 32 bit mode" in line for line in got)
    if args == ("-c",):
        expected, got = _table(expected), _table(got)
        assert ("tkill", "1") in got   # getgid32 read from the 64-bit registers
    else:
        assert any(line.startswith("syscall_0x1f3(") for line in got)
    assert expected == got


def test_debug_says_syscall_info_does_not_work(fixture_bin):
    refuse = [fixture_bin["no_syscall_info"]]
    got = _trace([*refuse, *pytrace_command()], ("-d", "-e", "none"), "/bin/true", pytrace_env())
    assert any(line.endswith(": PTRACE_GET_SYSCALL_INFO does not work") for line in got)


@pytest.fixture(scope="module")
def program_32(tmp_path_factory):
    """fixtures/i386/hello32.c, built 32-bit (skipped where cc cannot)."""
    cc = shutil.which("cc") or shutil.which("gcc")
    exe = tmp_path_factory.mktemp("i386") / "hello32"
    source = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), "fixtures", "i386", "hello32.c")
    if cc is None or subprocess.run([cc, "-m32", "-nostdlib", "-static", "-fno-pie", "-no-pie",
                                     "-o", str(exe), source], capture_output=True).returncode:
        pytest.skip("no 32-bit compiler here")
    return str(exe)


@pytest.mark.parametrize("args", [("-e", "trace=!execve"), ("-f", "-e", "trace=!execve"),
                                  ("-e", "trace=write@32,close"), ("-c",)])
def test_a_32_bit_program_matches_strace(program_32, args):
    expected = _trace(["strace"], args, program_32)
    got = _trace(pytrace_command(), args, program_32, pytrace_env())
    if "-c" in args:
        expected, got = _table(expected), _table(got)
        assert ("getuid32", "1") in got
    else:
        assert "[ Process PID=PID runs in 32 bit mode. ]" in got
    assert expected == got
