"""Each strace option against strace itself: same workload, same output."""
from __future__ import annotations

import re
import shutil

import pytest

from tests.parity import parity, run_both

pytestmark = pytest.mark.skipif(shutil.which("strace") is None or shutil.which("setarch") is None,
                                reason="strace and setarch are the oracle")

_ENVP = re.compile(r'^(.*?execve\(.*\], )0x[0-9a-f]+')
# outside -e verbose= the first execve's argv is an address in the tracer's own
# forked child (its stack under strace, Python's heap under pytrace)
_EXEC_ARRAYS = re.compile(r'^(.*?execve\("[^"]*", )0x[0-9a-f]+, 0x[0-9a-f]+')
_ATIME = re.compile(r"(st_atime(?:_nsec)?=)\d+(?: /\* [^*]* \*/)?|(stx_atime=)\{[^}]*\}")
CAT = ["cat", "/etc/hostname", "/nonexistent"]

OPTIONS = [
    ["-n"],
    ["-e", "read=all", "-e", "write=all"],
    ["-e", "read=3"],
    ["-P", "/etc/hostname"],
    ["-yy"],
    ["-y", "-e", "trace=%desc"],
    ["-q"],
    ["-qq"],
    ["-e", "quiet=exit"],
    ["-s", "5"],
    ["-e", "status=failed"],
    ["-e", "status=!successful"],
    ["-e", "trace=/^open"],
    ["-e", "trace=?nosuchcall,openat,close"],
    ["-e", "trace=%stat"],
    ["-e", "trace=%%stat,%fstat"],
    ["-e", "trace=%pure"],
    ["-e", "raw=openat"],
    ["-e", "signal=!SIGCHLD"],
    ["-X", "verbose"],
    ["-xx", "-s", "8"],
    ["-T"],
    ["--syscall-times=ms"],
    ["-t"], ["-tt"], ["-ttt"], ["-r"],
    ["-v", "-e", "trace=%stat,execve"],
    ["-a", "60"],
    ["-e", "abbrev=none"],
    ["-e", "abbrev=!newfstatat"],
    ["-e", "abbrev=all", "-e", "verbose=all"],
    ["-e", "verbose=none"],
    ["-e", "verbose=!newfstatat"],
    ["-e", "verbose=execve"],
    ["--verbose=%stat,prlimit64"],
    ["-v", "-e", "verbose=none"],
    # strace's syntax corners
    ["-e,openat,close"],
    ["-e", "trace=openat,,close"],
    ["-e", "trace=!!openat"],
    ["-e", "read=!!!0"],
    ["-e", "trace=openat@64,read"],
    ["-e", "trace=getcwd@32"],
    ["-e", "trace=all@32"],
    ["-e", "trace=%statfs@x32"],
    ["-e", "trace=%file@64"],
    ["-e", "trace=waitpid,close"],   # waitpid: a 32-bit call only
    ["-e", "trace=/^(open|read)"],
    ["-e", "t=close"],
    ["--columns=60"],
    ["--decode-fds", "-P", "/etc/hostname"],
    ["-e", "decode-fd=path,dev"],
    ["--decode-fds=socket"],
    ["-e", "decode-fd=all"],
    ["--silence=exit"],
    ["-e", "silent=exit"],
    ["-e", "kvm=vcpu"],
    ["--strings-in-hex=non-ascii-chars", "-s", "300"],
    ["--syscall-times=s"],
    ["-Z", "-z"],
    ["-z", "-e", "status=failed"],
]


@pytest.mark.parametrize("options", OPTIONS, ids=[" ".join(o) for o in OPTIONS])
def test_option_matches_strace(options):
    expected, actual, stderr, (strace_rc, pytrace_rc) = run_both(options, CAT)
    assert "Traceback" not in stderr, stderr
    assert pytrace_rc == strace_rc
    # -v shows access times, which reading the file between the two runs may
    # move (relatime): the one field that legitimately differs
    strip = lambda lines: [_ATIME.sub(lambda m: (m.group(1) or m.group(2)) + "N",
                                      _ENVP.sub(r"\1ENVP", _EXEC_ARRAYS.sub(r"\1ARGV, ENVP", line)))
                            for line in lines]
    ratio, diffs = parity(strip(expected), strip(actual))
    shown = "\n".join("  strace: %s\n  pytrace: %s" % pair for pair in diffs[:6])
    assert ratio == 1.0, "%.1f%% identical\n%s" % (100 * ratio, shown)


@pytest.mark.parametrize("options", [["-qqq", "-f"], ["-e", "quiet=thread-execve", "-f"],
                                     ["-e", "quiet=!exit", "-f"], ["-f"]])
def test_quiet_sets_on_execve_from_a_thread(options, fixture_bin):
    expected, actual, stderr, _ = run_both(options, [fixture_bin["thread_exec"]])
    pick = lambda lines: [re.sub(r"\d+", "N", l.split("+++", 1)[1]) for l in lines if "+++" in l]
    assert pick(actual) == pick(expected)


@pytest.mark.parametrize("options", [["-f", "-Y"], ["-f", "-Y", "-e", "trace=execve,exit_group"]])
def test_pid_prefix_names_the_command_with_decode_pids(options):
    # "1234<cat> " on every line, the name following each execve
    expected, actual, stderr, _ = run_both(
        options, ["sh", "-c", "cat /etc/hostname > /dev/null; exec /bin/true"])
    assert any(re.match(r"^\d+<cat> ", line) for line in expected)
    # before its execve the child is the tracer's own copy, named after the tracer
    tracer = re.compile(r"<(strace|pytrace|python3?)>")
    prefix = re.compile(r"^(\d+)<([^>]*)> ")

    def names(lines):
        """Each process's successive names, in order of appearance."""
        seen: dict[str, list[str]] = {}
        for line in lines:
            m = prefix.match(tracer.sub("<TRACER>", line))
            if m:
                history = seen.setdefault(m.group(1), [])
                if not history or history[-1] != m.group(2):
                    history.append(m.group(2))
        return list(seen.values())

    assert names(actual) == names(expected)
    tracer_pid = re.compile(r"= \d+<TRACER>")   # getppid() of the first process
    # when SIGCHLD arrives (before or after the parent reaps the child, so with or
    # without a comm to show, and what its handler interrupts) is the kernel's timing
    by_timing = re.compile(r"--- SIGCHLD |rt_sigreturn\(")
    # a vfork parent resumes while its child's exec is still renaming it
    new_child = re.compile(r"((?:v?fork|clone3?)\b.*= \d+)<[^>]*>$")   # also "resumed>"
    strip = lambda lines: [new_child.sub(r"\1", tracer_pid.sub("= TRACER", prefix.sub(
        r"\1 ", tracer.sub("<TRACER>", _ENVP.sub(r"\1ENVP", line))))) for line in lines
        if not by_timing.search(line)]
    ratio, diffs = parity(strip(expected), strip(actual))
    shown = "\n".join("  strace: %s\n  pytrace: %s" % pair for pair in diffs[:6])
    assert ratio == 1.0, "%.1f%% identical\n%s" % (100 * ratio, shown)


def test_instruction_pointer_of_a_fault_is_where_it_stopped(fixture_bin):
    """-i on a signal line: where the thread stopped (the faulting
    instruction), not its last syscall, as strace reads it at the stop."""
    expected, actual, _, codes = run_both(["-i", "-e", "trace=none"],
                                          [fixture_bin["signals"], "segv"])
    pick = lambda lines: [line for line in lines if "SIGSEGV" in line]
    assert pick(actual) == pick(expected) and pick(actual)
    assert codes[1] == codes[0]
