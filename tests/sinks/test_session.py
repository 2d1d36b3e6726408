"""The text session's handling of a tracee's name (-Y), against strace."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import pytrace_command, pytrace_env

needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="strace is the oracle")


# Starts two `head -c1` (two: with one, strace prints no pid, and so no name, at
# all), says their pids, and on a line from its stdin lets them end and reaps
# them at once: their names can then no longer be read from /proc.
_PARENT = """
import subprocess, sys
heads = [subprocess.Popen(["head", "-c1"], stdin=subprocess.PIPE) for _ in range(2)]
print(*(h.pid for h in heads), flush=True)
sys.stdin.readline()
for h in heads:
    h.communicate(b"x")
"""


def _attach_until_exit(tracer: list[str], tmp_path) -> list[str]:
    parent = subprocess.Popen([sys.executable, "-c", _PARENT], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    pids = parent.stdout.readline().split()
    out = tmp_path / "trace"
    try:
        traced = subprocess.Popen([*tracer, "-e", "none", "-Y", *("-p" + p for p in pids),
                                   "-o", str(out)], env=pytrace_env(),
                                  stderr=subprocess.PIPE, text=True)
        for _ in pids:   # "Process N attached"
            traced.stderr.readline()
        parent.stdin.write("go\n")
        parent.stdin.flush()
        assert traced.wait(timeout=30) == 0
    finally:
        parent.kill()
        parent.wait()
    return [re.sub(r"^\d+", "PID", line) for line in out.read_text().splitlines()]


@needs_strace
def test_an_attached_process_that_prints_nothing_keeps_its_name_to_the_end(tmp_path):
    # strace reads the comm when it starts tracing: "PID<head> +++ exited with 0 +++"
    expected = _attach_until_exit(["strace"], tmp_path)
    assert expected == ["PID<head> +++ exited with 0 +++"] * 2
    assert _attach_until_exit(pytrace_command(), tmp_path) == expected
