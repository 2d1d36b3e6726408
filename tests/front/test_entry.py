"""pytrace's launchers (bin/launcher.c, compiled at install, and the shell
bin/pytrace without a compiler) hand the command the signal dispositions
pytrace was started with, as strace does, though Python ignores SIGPIPE and
SIGXFSZ as it starts; and the name they were invoked by starts the messages."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

import pytest

from tests.conftest import ROOT, pytrace_env

# the command reports its own ignored-signal mask; grep changes no disposition
_REPORT_IGNORED = ["grep", "^SigIgn:", "/proc/self/status"]


@pytest.fixture(scope="module")
def launchers(tmp_path_factory) -> dict[str, str]:
    """The launchers, each beside a python3 that is this interpreter, as in a venv's bin."""
    bin_dir = tmp_path_factory.mktemp("bin")
    os.symlink(sys.executable, bin_dir / "python3")
    found = {"shell": str(bin_dir / "pytrace-sh")}
    shutil.copy(os.path.join(ROOT, "bin", "pytrace"), found["shell"])
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler:
        compiled = str(bin_dir / "pytrace")
        subprocess.run([compiler, "-O2", "-o", compiled, os.path.join(ROOT, "bin", "launcher.c")],
                       check=True)
        found["compiled"] = compiled
    return found


def _ignored_by_command(tracer: list[str], ignored: list[int]) -> str:
    """The tracee's SigIgn line, pytrace or strace started with ``ignored`` ignored."""
    def ignore():
        # from a known state: this Python ignores SIGPIPE and SIGXFSZ itself
        for signo in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGCHLD, signal.SIGUSR1):
            signal.signal(signo, signal.SIG_DFL)
        for signo in ignored:
            signal.signal(signo, signal.SIG_IGN)

    done = subprocess.run([*tracer, "-e", "trace=none", "-qq", *_REPORT_IGNORED],
                          preexec_fn=ignore, restore_signals=False, env=pytrace_env(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


_CASES = {"none": [], "pipe": [signal.SIGPIPE], "xfsz": [signal.SIGXFSZ],
          "pipe-usr1": [signal.SIGPIPE, signal.SIGUSR1], "chld": [signal.SIGCHLD]}


@pytest.mark.parametrize("case", sorted(_CASES))
@pytest.mark.parametrize("launcher", ["compiled", "shell"])
def test_the_command_inherits_the_ignored_signals(launchers, launcher, case):
    if launcher not in launchers:
        pytest.skip("no C compiler here")
    if launcher == "shell" and case == "chld":
        pytest.skip("a shell catches SIGCHLD before its script runs: the compiled launcher's case")
    expected = _ignored_by_command(["strace"], _CASES[case])
    assert _ignored_by_command([launchers[launcher]], _CASES[case]) == expected


def test_python_m_pytrace_keeps_sigchld_ignored_too():
    """Python leaves SIGCHLD as it found it: pytrace takes it for its own waits
    and gives the command what it was started with."""
    expected = _ignored_by_command(["strace"], [signal.SIGCHLD])
    assert _ignored_by_command([sys.executable, "-m", "pytrace"], [signal.SIGCHLD]) == expected


@pytest.mark.parametrize("launcher", ["compiled", "shell"])
def test_messages_start_with_the_name_invoked(launchers, launcher, tmp_path):
    if launcher not in launchers:
        pytest.skip("no C compiler here")
    link = tmp_path / "strace"
    os.symlink(launchers[launcher], link)
    done = subprocess.run([str(link)], env=pytrace_env(), capture_output=True, text=True,
                          timeout=60)
    expected = subprocess.run(["strace"], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (expected.returncode, expected.stderr)
