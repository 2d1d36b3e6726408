"""Running probe programs under a tracer.

The record probes (structs_probe.c, ipc/sysv_ctl_probe.c) make syscalls and
print, for each, its raw arguments and result ("A"), and the bytes of every
memory block involved before ("P") and after ("D") the call; a
write(-1, "@tag") before each call marks strace's line.

every_syscall_probe.c makes every syscall number with given register
patterns, each call failing with ENOSYS after the tracer's entry stop;
``trace_every_syscall`` returns each call's name and printed arguments.
"""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from decoders.syscalls_x86_64 import signature
from tests.conftest import pytrace_env


class Record:
    def __init__(self):
        self.before: dict[int, bytes] = {}
        self.after: dict[int, bytes] = {}
        self.nr = 0
        self.args: tuple[int, ...] = ()
        self.rv = 0
        self.errno = 0
        self.line = ""


def run_probe(binary: Path, options: list[str], tmp: Path) -> dict[str, Record]:
    workdir = tmp / "d"
    workdir.mkdir()
    log = tmp / "strace.log"
    out = subprocess.run(["strace", "-o", str(log), *options, str(binary), str(workdir)],
                         capture_output=True, text=True, env=dict(os.environ, TZ="UTC"),
                         timeout=60)
    records: dict[str, Record] = {}
    for line in out.stdout.splitlines():
        kind, tag, rest = (line + " ").split(" ", 2)
        if kind not in ("P", "D", "A"):
            continue
        record = records.setdefault(tag, Record())
        if kind in "PD":
            addr, data = (rest.split() + [""])[:2]
            (record.before if kind == "P" else record.after)[int(addr, 16)] = bytes.fromhex(data)
        else:
            fields = rest.split()
            record.nr = int(fields[0])
            record.args = tuple(int(x, 16) for x in fields[1:7])
            record.rv, record.errno = int(fields[7]), int(fields[8])
    lines = log.read_text().splitlines()
    # One write(-1, "@tag") marker per call, in the order the tags appear
    # (their text is cut by -s, so count them instead of reading them).
    markers = [i for i, text in enumerate(lines) if text.startswith("write(-1, ")]
    assert len(markers) == len(records)
    for marker, record in zip(markers, records.values()):
        name = signature(record.nr).name
        record.line = next(text for text in lines[marker + 1:] if text.startswith(name + "("))
    return records


EVERY_SYSCALL_LAST = 460
_LINE = re.compile(r"^([a-z0-9_]+)\((.*)\) += ")


def split_arguments(text: str) -> list[str]:
    """The top-level arguments of one printed call (braces, brackets, strings
    and ``/* comments */`` kept whole)."""
    args, depth, start, quoted, i = [], 0, 0, False, 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                i += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif text.startswith("/*", i):
            end = text.find("*/", i)
            i = len(text) if end < 0 else end + 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            args.append(text[start:i].strip())
            start = i + 1
        i += 1
    args.append(text[start:].strip())
    return args


def _probe_calls(output: str) -> list[tuple[str, list[str]]]:
    """(name, arguments) of the probe's calls, in order: the lines after the
    seccomp filter is in place, up to exit_group."""
    lines = output.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("seccomp(")) + 1
    calls = []
    for line in lines[first:]:
        if line.startswith("exit_group("):
            break
        match = _LINE.match(line)
        assert match, line
        calls.append((match.group(1), split_arguments(match.group(2))))
    return calls


def trace_every_syscall(tracer: list[str], probe: Path, patterns: list[str], out: Path,
                        options: tuple = ()) -> list[tuple[str, list[str]]]:
    """Run every_syscall_probe with ``patterns`` under ``tracer`` (a command
    list), under ``setarch -R`` so that both tracers see the same addresses."""
    out.parent.mkdir(parents=True, exist_ok=True)
    ran = subprocess.run(["setarch", "-R", *tracer, "-o", str(out), *options, "--",
                          str(probe), "0", str(EVERY_SYSCALL_LAST), *patterns],
                         env=pytrace_env(), capture_output=True, text=True, timeout=240)
    assert ran.returncode == 0, ran.stderr
    return _probe_calls(out.read_text())
