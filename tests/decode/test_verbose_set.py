"""-e verbose=SET against strace on workloads rich in structures: stat buffers,
sigactions, rlimits, timespecs, fd sets, msghdrs, wait statuses, dirents.

Outside the set strace prints what a syscall points to as a bare address,
except what it reads with a plain fetch (strings, select's ready sets...);
these runs check pytrace draws that line where strace does."""
from __future__ import annotations

import re
import shutil
import sys

import pytest

from tests.parity import parity, run_both

pytestmark = pytest.mark.skipif(shutil.which("strace") is None or shutil.which("setarch") is None,
                                reason="strace and setarch are the oracle")

SHELL_WORK = ("ls -l /usr/share/doc >/dev/null; sleep 0.01; ulimit -n 100; "
              "stat /etc/hostname >/dev/null; trap 'echo x' USR1; kill -USR1 $$; "
              "cat /etc/hostname >/dev/null; id >/dev/null; uname -a >/dev/null; "
              "timeout 1 true")

PYTHON_WORK = """
import os, resource, select, signal, socket, time
a, b = socket.socketpair()
a.send(b"x")
select.select([b], [], [], 0.01)
select.poll().poll(1)
b.recvmsg(10)
os.sched_getaffinity(0)
signal.signal(signal.SIGUSR1, lambda *_: None)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.001)
resource.setrlimit(resource.RLIMIT_NOFILE, resource.getrlimit(resource.RLIMIT_NOFILE))
child = os.fork()
if child == 0:
    os._exit(3)
os.wait4(child, 0)
os.pipe()
os.getgroups()
"""

# what two runs of the same workload legitimately disagree on: the tracer's
# pid (the shell's parent), the children's CPU times, times()'s clock ticks,
# select's time left, and the first execve's arrays, which live in the
# tracer's own forked child
_VARYING = [
    (re.compile(r"^(.*getppid\(\) += )\d+$"), r"\1N"),
    (re.compile(r"(si_[us]time=)\d+(?: /\* [^*]* \*/)?"), r"\1N"),
    (re.compile(r"^(.*times\(0x[0-9a-f]+\) += )\d+$"), r"\1N"),
    (re.compile(r"(left \{tv_sec=)\d+, tv_nsec=\d+\}"), r"\1N}"),
    (re.compile(r'^(.*?execve\("[^"]*", )0x[0-9a-f]+, 0x[0-9a-f]+'), r"\1ARGV, ENVP"),
    (re.compile(r"^(.*?execve\(.*\], )0x[0-9a-f]+"), r"\1ENVP"),
]


# Where SIGCHLD lands (and what its handler's return interrupted) is the
# kernel's timing, not the tracer's: those lines are left out.
_BY_TIMING = re.compile(r"--- SIGCHLD |rt_sigreturn\(|restart_syscall\(|ERESTART")


def _steady(lines: list[str]) -> list[str]:
    for pattern, replacement in _VARYING:
        lines = [pattern.sub(replacement, line) for line in lines]
    return lines


WORKLOADS = {
    "shell": ["sh", "-c", SHELL_WORK],
    "python": [sys.executable, "-S", "-c", PYTHON_WORK],
}
# the calls whose contents change from run to run stay outside the sets
SETS = [["-e", "verbose=none"],
        ["-e", "verbose=!%stat,rt_sigaction,wait4,sysinfo,clock_nanosleep"],
        ["--verbose=%signal,%desc"]]


@pytest.mark.parametrize("verbose_set", SETS, ids=[" ".join(s) for s in SETS])
@pytest.mark.parametrize("workload", sorted(WORKLOADS))
def test_verbose_set_matches_strace(workload, verbose_set):
    expected, actual, stderr, (strace_rc, pytrace_rc) = run_both(
        ["-f", "-qq", *verbose_set], WORKLOADS[workload])
    assert "Traceback" not in stderr, stderr
    assert pytrace_rc == strace_rc
    ratio, diffs = parity(_steady(expected), _steady(actual), ignore=_BY_TIMING)
    shown = "\n".join("  strace: %s\n  pytrace: %s" % pair for pair in diffs[:8])
    assert ratio == 1.0, "%.1f%% identical\n%s" % (100 * ratio, shown)
