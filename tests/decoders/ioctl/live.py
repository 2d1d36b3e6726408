"""Run a tests/decoders/ioctl/*_probe.c program under strace 6.1 and render
each of its ioctl calls with our decoders, from the bytes the probe dumped
before and after the call: the lines must be strace's (see probe.h)."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import decoders
from decoders import RET_KINDS, SYSCALL_DECODERS
from decoders.render.errors import errno_text
from decoders.render.numbers import U64
from tests.decoders.conftest import PROBE_OPTION_SETS, make_call, needs_probe_tools

decoders.load_all()
HERE = Path(__file__).parent
ENTRY, EXIT = SYSCALL_DECODERS["ioctl"]

needs_tools = needs_probe_tools

OPTION_SETS = {
    **PROBE_OPTION_SETS,
    # every ioctl succeeds without reaching the kernel: what the decoders
    # print at exit, from the bytes the probe put there
    "inject": (["-e", "inject=ioctl:retval=0"], {}),
    "inject-v": (["-v", "-e", "inject=ioctl:retval=0"], {"verbose": True}),
    "inject-raw": (["-X", "raw", "-e", "inject=ioctl:retval=0"], {"xlat_style": "raw"}),
    # a positive result: the length of what some requests return
    "inject-8-xverbose": (["-X", "verbose", "-e", "inject=ioctl:retval=8"],
                          {"xlat_style": "verbose"}),
    # outside -e verbose=, structures print as addresses
    "not-verbose": (["-e", "verbose=none"], {"not_verbose": frozenset(("ioctl",)),
                                              "structs_as_addresses": True}),
}


class Record:
    def __init__(self, tag: str):
        self.tag = tag
        self.before: dict[int, bytes] = {}
        self.after: dict[int, bytes] = {}
        self.args: tuple[int, ...] = ()
        self.rv = 0
        self.errno = 0


def build(name: str, out: Path) -> Path:
    binary = out / name
    subprocess.run(["gcc", "-O0", "-w", "-I", str(HERE), "-o", str(binary),
                    str(HERE / (name + ".c"))], check=True)
    return binary


def run(binary: Path, options: list[str], tmp: Path) -> tuple[list[Record], list[str]]:
    """The probe's calls, and strace's ioctl lines for them (in the same order)."""
    log = tmp / ("strace%d.log" % len(list(tmp.iterdir())))
    out = subprocess.run(["strace", "-o", str(log), "-e", "trace=ioctl", *options, str(binary)],
                         capture_output=True, text=True, timeout=60, cwd=str(tmp))
    records: list[Record] = []
    for line in out.stdout.splitlines():
        kind, tag, rest = (line + " ").split(" ", 2)
        # a call's lines: its P blocks, its A line, its D blocks
        if kind in "PA" and (not records or records[-1].args):
            records.append(Record(tag))
        record = records[-1]
        if kind in "PD":
            addr, data = (rest.split() + [""])[:2]
            (record.before if kind == "P" else record.after)[int(addr, 16)] = bytes.fromhex(data)
        elif kind == "A":
            fields = rest.split()
            record.args = tuple(int(x, 16) for x in fields[:3])
            record.rv, record.errno = int(fields[3]), int(fields[4])
    # the tracer's own note on an injected result is not the decoders'
    lines = [re.sub(r"\) +=", ") =", text).removesuffix(" (INJECTED)")
             for text in log.read_text().splitlines() if text.startswith("ioctl(")]
    assert len(lines) == len(records), (len(lines), len(records))
    return records, lines


def render(record: Record, **opts) -> str:
    """Our line for one recorded call."""
    args = (record.args[0] & U64, record.args[1], record.args[2])
    call = make_call("ioctl", args, record.before, nr=16, **opts)
    text = ENTRY(call)
    done = make_call("ioctl", args, record.after, nr=16, rv=record.rv, errno=record.errno,
                     **opts)
    done.saved = call.saved
    text += EXIT(done)
    if record.errno:
        result = "-1 " + errno_text(record.errno)
    else:
        result = RET_KINDS["ioctl"](record.rv, done)
    return "ioctl(%s) = %s" % (text, result)


def mismatches(binary: Path, option_set: str, tmp: Path) -> list[tuple[str, str, str]]:
    """(tag, ours, strace's) of every call whose line differs."""
    options, opts = OPTION_SETS[option_set]
    records, lines = run(binary, options, tmp)
    assert records
    return [(record.tag, ours, theirs) for record, theirs in zip(records, lines)
            if (ours := render(record, **opts)) != theirs]
