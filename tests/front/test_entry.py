"""pytrace's launchers (bin/launcher.c, compiled at install, and the shell
bin/pytrace without a compiler) hand the command the signal dispositions
pytrace was started with, as strace does, though Python ignores SIGPIPE and
SIGXFSZ as it starts; and the name they were invoked by starts the messages.
Built for an editable install, they know the source tree and start Python
without site.py, which is then run only when a module is found nowhere else."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

import pytest

import hatch_build
from tests.conftest import ROOT, pytrace_env

# the command reports its own ignored-signal mask; grep changes no disposition
_REPORT_IGNORED = ["grep", "^SigIgn:", "/proc/self/status"]


LAUNCHERS = ["compiled", "compiled-editable", "shell", "shell-editable"]


@pytest.fixture(scope="module")
def launchers(tmp_path_factory) -> dict[str, str]:
    """The launchers, each beside a python3 that is this interpreter, as in a
    venv's bin; the -editable ones as hatch_build.py makes them for an
    editable install of this tree."""
    bin_dir = tmp_path_factory.mktemp("bin")
    os.symlink(sys.executable, bin_dir / "python3")
    found = {"shell": str(bin_dir / "pytrace-sh"), "shell-editable": str(bin_dir / "editable-sh")}
    shutil.copy(os.path.join(ROOT, "bin", "pytrace"), found["shell"])
    with open(os.path.join(ROOT, "bin", "pytrace")) as script:
        text = hatch_build.shell_launcher_text(script.read(), ROOT)
    with open(found["shell-editable"], "w") as script:
        script.write(text)
    os.chmod(found["shell-editable"], 0o755)
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler:
        for name, package_root in (("compiled", None), ("compiled-editable", ROOT)):
            found[name] = str(bin_dir / name)
            subprocess.run(hatch_build.launcher_command(compiler, ROOT, found[name], package_root),
                           check=True)
    return found


def _launcher(launchers: dict[str, str], name: str) -> str:
    if name not in launchers:
        pytest.skip("no C compiler here")
    return launchers[name]


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
@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_the_command_inherits_the_ignored_signals(launchers, launcher, case):
    path = _launcher(launchers, launcher)
    if launcher.startswith("shell") and case == "chld":
        pytest.skip("a shell catches SIGCHLD before its script runs: the compiled launcher's case")
    expected = _ignored_by_command(["strace"], _CASES[case])
    assert _ignored_by_command([path], _CASES[case]) == expected


def test_python_m_pytrace_keeps_sigchld_ignored_too():
    """Python leaves SIGCHLD as it found it: pytrace takes it for its own waits
    and gives the command what it was started with."""
    expected = _ignored_by_command(["strace"], [signal.SIGCHLD])
    assert _ignored_by_command([sys.executable, "-m", "pytrace"], [signal.SIGCHLD]) == expected


@pytest.mark.parametrize("launcher", LAUNCHERS)
def test_messages_start_with_the_name_invoked(launchers, launcher, tmp_path):
    link = tmp_path / "strace"
    os.symlink(_launcher(launchers, launcher), link)
    done = subprocess.run([str(link)], env=pytrace_env(), capture_output=True, text=True,
                          timeout=60)
    expected = subprocess.run(["strace"], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr) == (expected.returncode, expected.stderr)


def _imported(stderr: str) -> set[str]:
    """The modules -X importtime (PYTHONPROFILEIMPORTTIME) listed on stderr."""
    return {line.rsplit("|", 1)[1].strip() for line in stderr.splitlines()
            if line.startswith("import time:") and "imported package" not in line}


@pytest.mark.parametrize("launcher", ["compiled-editable", "shell-editable"])
def test_an_editable_launcher_runs_its_tree_without_site(launchers, launcher, tmp_path):
    """No PYTHONPATH: the tree is found from the launcher alone."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
    env["PYTHONPROFILEIMPORTTIME"] = "1"
    trace = tmp_path / "trace"
    done = subprocess.run([_launcher(launchers, launcher), "-e", "trace=exit_group", "-o",
                           str(trace), "--", "true"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert trace.read_text() == "exit_group(0)                           = ?\n+++ exited with 0 +++\n"
    imported = _imported(done.stderr)
    assert "pytrace.front.cli" in imported and "site" not in imported


def test_site_runs_when_a_module_is_found_nowhere_else():
    """--color's rich, from the site-packages that site.py adds."""
    probe = subprocess.run([sys.executable, "-c", "import rich"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("rich is not installed for this Python")
    code = ("import sys; sys.path.append(sys.argv.pop(1)); "
            "from pytrace.front.entry import launched; launched(site=False)")
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
    env["PYTHONPROFILEIMPORTTIME"] = "1"
    done = subprocess.run([sys.executable, "-S", "-P", "-c", code, ROOT, "pytrace", "",
                           "-c", "--color=always", "--", "true"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "\x1b[" in done.stderr
    imported = _imported(done.stderr)
    assert {"site", "rich"} <= imported
