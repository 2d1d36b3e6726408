"""Reading tracee memory as strace reads it: what a tracee may not read itself
prints as an address, and a buffer or string readable only in part is
reported on stderr.  Each test compares one run of a fixture under both tracers."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.conftest import pytrace_command, pytrace_env

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

_ADDRESS = re.compile(r"0x[0-9a-f]+")


def _trace(tracer: list[str], program: str, tmp_path, name: str) -> tuple[list[str], list[str]]:
    """(trace lines, the tracer's own stderr lines), addresses masked."""
    log = tmp_path / name
    result = subprocess.run(tracer + ["-e", "trace=write,openat", "-o", str(log), program],
                            env=pytrace_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = log.read_text().splitlines()
    messages = [line.split(": ", 1)[1] for line in result.stderr.splitlines()]
    return ([_ADDRESS.sub("0x...", line) for line in lines],
            [_ADDRESS.sub("0x...", line) for line in messages])


def test_protected_and_partly_mapped_memory_as_strace_shows_it(fixture_bin, tmp_path):
    program = fixture_bin["protected_memory"]
    expected = _trace(["strace"], program, tmp_path, "strace.txt")
    actual = _trace(pytrace_command(), program, tmp_path, "pytrace.txt")
    assert actual == expected
    lines, messages = expected
    # the fixture's calls are all there: unreadable ones as addresses, the last one shown
    calls = [line for line in lines if "0x..." in line or line.startswith("write(-1, \"aaaaaa\"")]
    assert len(calls) == 9
    assert any(m.startswith("umoven: short read (6 < 10)") for m in messages)
    assert any(m.startswith("umovestr: short read (6 < 4096)") for m in messages)
