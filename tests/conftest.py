"""Session-wide test fixtures: the C fixture programs, built once with cc."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "fixtures")


@pytest.fixture(scope="session")
def fixture_bin(tmp_path_factory):
    """Build every fixtures/*.c once; returns name -> path of the executable."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler")
    out = tmp_path_factory.mktemp("fixtures")
    built = {}
    for name in sorted(os.listdir(FIXTURES)):
        if not name.endswith(".c"):
            continue
        exe = out / name[:-2]
        subprocess.run([cc, "-O1", "-pthread", "-o", str(exe), os.path.join(FIXTURES, name)],
                       check=True)
        built[name[:-2]] = str(exe)
    return built


def pytrace_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "pytrace", *args]


def pytrace_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_pytrace(*args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(pytrace_command(*args), env=pytrace_env(), capture_output=True,
                          text=True, timeout=timeout, **kwargs)


def run_strace(*args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(["strace", *args], capture_output=True, text=True, timeout=timeout,
                          **kwargs)


def wait_gone(pid: int, timeout: float = 5) -> bool:
    """Whether process ``pid`` ended (gone, or a zombie) within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open("/proc/%d/stat" % pid) as f:
                if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.02)
    return False


def wait_until_blocked(parent_pid: int, comm: str, syscalls=(35, 230), timeout: float = 20) -> int:
    """The pid of ``parent_pid``'s child named ``comm``, once it is blocked in one of
    ``syscalls`` (nanosleep, clock_nanosleep by default): a test that signals a tracer
    while its tracee sleeps must not depend on how fast a loaded machine starts them."""
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open("/proc/%d/task/%d/children" % (parent_pid, parent_pid)) as f:
                children = [int(pid) for pid in f.read().split()]
        except OSError:
            children = []
        for pid in children:
            try:
                with open("/proc/%d/comm" % pid) as f:
                    if f.read().strip() != comm:
                        continue
                with open("/proc/%d/syscall" % pid) as f:
                    number = f.read().split()[0]
            except (OSError, IndexError):
                continue
            if number.lstrip("-").isdigit() and int(number) in syscalls:
                return pid
        time.sleep(0.02)
    raise AssertionError("no child %r of %d blocked in %s within %ss" % (
        comm, parent_pid, syscalls, timeout))
