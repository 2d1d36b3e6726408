"""Real programs' ioctls under strace 6.1 and under pytrace, line by line:
lsblk (block devices), losetup -a (loop devices, one of them attached for
the occasion when we may), stty -a on a pseudo-terminal made by script(1)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from tests.conftest import pytrace_command, pytrace_env
from tests.parity import normalise

pytestmark = pytest.mark.skipif(not (shutil.which("strace") and shutil.which("setarch")),
                                reason="strace is the oracle")

# normalise's process tags (P1, P2... in order of appearance: not the same
# order under two tracers), at the start of a line and inside it
_TAG = re.compile(r"^(P\d+) ")
_PROCESS = re.compile(r"\bP\d+\b")
_PADDING = re.compile(r"\) +=")
# the tracers' own environments differ in size: the tracee's stack moves with them
_STACK = re.compile(r"0x7fff[0-9a-f]{8}")


def _ioctls(path: str) -> list[tuple[str, ...]]:
    """Each process's ioctl lines, the processes in no particular order (with
    -f, how the lines of two processes interleave is the scheduler's choice,
    and so is where a call splits into ``<unfinished ...>`` and ``resumed``:
    normalise joins them), and process ids all written P."""
    with open(path, errors="replace") as f:
        lines = normalise(f.read().splitlines())
    by_process: dict[str, list[str]] = {}
    for line in lines:
        m = _TAG.match(line)
        tag = m.group(1) if m else ""
        line = _TAG.sub("", line)
        if not line.startswith("ioctl("):
            continue
        line = _STACK.sub("STACK", _PADDING.sub(") =", line))
        by_process.setdefault(tag, []).append(_PROCESS.sub("P", line))
    return sorted(tuple(calls) for calls in by_process.values())


def _traced(tracer: list[str], env: dict, options: list[str], command: list[str], tmp):
    out = str(tmp / ("trace%d" % len(list(tmp.iterdir()))))
    subprocess.run(["setarch", "-R", *tracer, *options, "-o", out, "--", *command], env=env,
                   cwd=str(tmp), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=120)
    return _ioctls(out)


def _compare(options: list[str], command: list[str], tmp) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip("no %s here" % command[0])
    env = dict(os.environ, LANG="C", LC_ALL="C", TERM="dumb", COLUMNS="80")
    theirs = _traced(["strace"], env, options, command, tmp)
    ours = _traced(pytrace_command(), dict(pytrace_env(), LANG="C", LC_ALL="C", TERM="dumb",
                                           COLUMNS="80"), options, command, tmp)
    assert theirs, "strace saw no ioctl"
    assert ours == theirs


@pytest.fixture(scope="module")
def attached_loop(tmp_path_factory):
    """A loop device backed by a small file, when this user may attach one."""
    losetup = shutil.which("losetup") or "/usr/sbin/losetup"
    image = tmp_path_factory.mktemp("loop") / "image"
    image.write_bytes(bytes(1 << 20))
    done = subprocess.run([losetup, "-f", "--show", str(image)], capture_output=True, text=True)
    device = done.stdout.strip() if done.returncode == 0 else None
    yield device
    if device:
        subprocess.run([losetup, "-d", device], capture_output=True)


@pytest.mark.parametrize("options", [[], ["-v"], ["-X", "verbose"]])
def test_lsblk(options, tmp_path):
    _compare(["-e", "trace=ioctl", *options], ["lsblk"], tmp_path)


@pytest.mark.parametrize("options", [[], ["-v"]])
def test_losetup_all(options, attached_loop, tmp_path):
    losetup = shutil.which("losetup") or "/usr/sbin/losetup"
    _compare(["-e", "trace=ioctl", *options], [losetup, "-a"], tmp_path)


@pytest.mark.parametrize("options", [[], ["-v"], ["-X", "raw"]])
def test_stty_on_a_pty(options, tmp_path):
    _compare(["-f", "-e", "trace=ioctl", *options], ["script", "-qc", "stty -a", "/dev/null"],
             tmp_path)
