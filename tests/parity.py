"""Run one workload under strace and under pytrace, and compare what they print.

Both run with ASLR off (setarch -R), in the same fresh directory, with the same
small environment and stdin/stdout on /dev/null, so that they see the same
system calls.  What legitimately differs between two runs is replaced by
stable tokens before comparing: process ids, getrandom's bytes, timestamps.
"""
from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C", "LC_ALL": "C", "TZ": "UTC",
       "TERM": "dumb"}

_LEADING_PID = re.compile(r"^(?:\[pid\s+(\d+)\] |(\d+) +)")
_RANDOM = re.compile(r'^getrandom\("(?:[^"\\]|\\.)*"(?:\.\.\.)?')
_PID_RESULT = re.compile(r"^(?:clone3?|fork|vfork|set_tid_address|getpid|gettid)\(.*= (\d+)")
_DURATION = re.compile(r" <\d+\.\d+>$")
_STAMP = re.compile(r"^\d+(?::\d+:\d+)?(?:\.\d+)? ")


def _pytrace_argv() -> list[str]:
    exe = shutil.which("pytrace")
    return [exe] if exe else [sys.executable, "-m", "pytrace"]


def run_both(options: list[str], command: list[str], timeout: float = 120):
    """(strace lines, pytrace lines, pytrace stderr) for one workload."""
    results = []
    env = dict(ENV, HOME=tempfile.gettempdir())
    for tracer in (["strace"], _pytrace_argv()):
        work = tempfile.mkdtemp(prefix="pytrace-parity-")
        out = os.path.join(work, "trace.out")
        run_env = dict(env)
        if tracer[0] == sys.executable:
            run_env["PYTHONPATH"] = ROOT
        cwd = os.path.join(work, "cwd")
        os.mkdir(cwd)
        proc = subprocess.run(["setarch", "-R", *tracer, *options, "-o", out, "--", *command],
                              cwd=cwd, env=run_env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        try:
            with open(out, errors="replace") as f:
                lines = f.read().splitlines()
        except FileNotFoundError:
            lines = []
        shutil.rmtree(work, ignore_errors=True)
        results.append((lines, proc.stderr.decode(errors="replace"), proc.returncode))
    (a, _, a_rc), (b, b_err, b_rc) = results
    return a, b, b_err, (a_rc, b_rc)


def normalise(lines: list[str]) -> list[str]:
    """Stable text: process ids as P1, P2... in order of appearance, random bytes hidden."""
    pids: dict[str, str] = {}

    def name(pid: str) -> str:
        if pid not in pids:
            pids[pid] = "P%d" % (len(pids) + 1)
        return pids[pid]

    out = []
    for line in lines:
        m = _LEADING_PID.match(line)
        who = ""
        if m:
            who = name(m.group(1) or m.group(2)) + " "
            line = line[m.end():]
        line = _STAMP.sub("", line)
        line = _DURATION.sub(" <T>", line)
        line = _RANDOM.sub('getrandom("<random>"', line)
        r = _PID_RESULT.match(line)
        if r:
            name(r.group(1))
        out.append(who + line)
    if not pids:
        return out
    pattern = re.compile(r"\b(%s)\b" % "|".join(sorted(pids, key=len, reverse=True)))
    return [pattern.sub(lambda m: pids[m.group(1)], line) for line in out]


def parity(expected: list[str], actual: list[str]) -> tuple[float, list[tuple[str, str]]]:
    """The share of strace's lines pytrace printed identically, and the differing pairs."""
    a, b = normalise(expected), normalise(actual)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    diffs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            for k in range(max(i2 - i1, j2 - j1)):
                diffs.append((a[i1 + k] if i1 + k < i2 else "", b[j1 + k] if j1 + k < j2 else ""))
    return same / max(len(a), 1), diffs
