"""Running a probe program under strace: the probes (structs_probe.c,
ipc/sysv_ctl_probe.c) make syscalls and print, for each, its raw arguments and
result ("A"), and the bytes of every memory block involved before ("P") and
after ("D") the call; a write(-1, "@tag") before each call marks strace's line."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from decoders.syscalls_x86_64 import signature


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
