"""-P and -y against strace: fixtures/path_calls.c, run in the same fresh
directory by both tracers, names a file by path and by descriptor.

-P compares the tracee's path strings as they are (the tracee works in a
subdirectory, so a relative -P path matches its relative paths, not the
tracer's file of that name) and looks at the arguments strace's own rule
picks (rename's first path only, symlink's second, epoll_ctl's third
argument, poll's and select's arrays; mq_open none).  -y puts ``(deleted)``
after the brackets of an unlinked file's path and prints a pidfd as
``<pid:N>``.
"""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from pytrace.decode.pathtrace import PathMatcher, selected_paths
from tests.conftest import pytrace_command, pytrace_env

needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="strace is the oracle")

_VARYING = (
    (re.compile(r"\b(pid:|pidfd_open\()\d+"), r"\1PID"),
    (re.compile(r"pipe:\[\d+\]"), "pipe:[INODE]"),
    (re.compile(r"= 0x[0-9a-f]+$"), "= ADDRESS"),   # mmap results move with ASLR
)


def _normalise(text: str) -> list[str]:
    lines = text.splitlines()
    for pattern, replacement in _VARYING:
        lines = [pattern.sub(replacement, line) for line in lines]
    return lines


def _run(tracer: list[str], options: list[str], program: str, tmp_path) -> list[str]:
    work = tmp_path / "work"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir()
    options = [o.replace("@DIR@", str(work)) for o in options]
    out = tmp_path / "out"
    # stdin is one of the descriptors polled: the same for both, whatever pytest's is
    ran = subprocess.run([*tracer, "-o", str(out), "-e", "signal=none", *options, "--", program],
                         cwd=work, env=pytrace_env(), capture_output=True, text=True, timeout=60,
                         stdin=subprocess.DEVNULL)
    assert ran.returncode == 0, ran.stderr
    return _normalise(out.read_text())


@needs_strace
@pytest.mark.parametrize("options", [
    ["-P", "sample"],
    ["-P", "sub/sample"],
    ["-y", "-P", "@DIR@/sub/sample"],
    ["-y", "-e", "trace=fchmod,fstat,newfstatat,close"],
    ["-yy", "-e", "trace=fchmod,pidfd_open,pidfd_getfd"],
    ["--decode-fds=socket", "-e", "trace=fchmod,pidfd_open,pidfd_getfd"],
    ["--decode-fds=pidfd", "-e", "trace=fchmod,pidfd_open,pidfd_getfd"],
], ids=" ".join)
def test_paths_and_descriptors_as_strace(options, fixture_bin, tmp_path):
    program = fixture_bin["path_calls"]
    expected = _run(["strace"], options, program, tmp_path)
    assert expected[-1] == "+++ exited with 0 +++"
    assert _run(pytrace_command(), options, program, tmp_path) == expected


def test_realpath_joins_the_set_and_is_reported(tmp_path):
    target = tmp_path / "real"
    target.write_text("")
    (tmp_path / "alias").symlink_to(target)
    paths, resolved = selected_paths([str(tmp_path / "alias"), str(target), "missing"])
    assert paths == (str(tmp_path / "alias"), str(target), "missing")
    assert resolved == [(str(tmp_path / "alias"), str(target))]


class _Memory:
    def __init__(self, strings):
        self.strings = strings

    def cstring(self, addr, limit):
        data = self.strings.get(addr)
        return None if data is None else (data[:limit], len(data) <= limit)


def test_only_the_arguments_strace_looks_at():
    from decoders.syscalls_x86_64 import BY_NAME
    match = PathMatcher(("a",))
    mem = _Memory({1: b"a", 2: b"b"})

    def touches(name, *args):
        return match(name, BY_NAME[name].classes, args, 0, mem)

    assert touches("rename", 1, 2) and not touches("rename", 2, 1)
    assert touches("symlink", 2, 1) and not touches("symlink", 1, 2)
    assert not touches("mq_open", 1, 0, 0, 0)        # %desc, but no path strace tests
    assert not touches("mq_unlink", 1)               # in no class -P looks at
    assert touches("openat", 0xFFFFFF9C, 1, 0, 0)
    assert touches("linkat", 0xFFFFFF9C, 2, 0xFFFFFF9C, 1, 0)
