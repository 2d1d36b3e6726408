"""When strace prints what a pointer points to and when the pointer itself,
over every row of the table.

every_syscall_probe.c makes every syscall with pointers into memory it
filled, each pointer N bytes before an unmapped page (so a structure, string
or array either fits or runs into it), with small numbers between them as
counts and sizes; each call fails with ENOSYS after the entry stop, so what
a tracer prints at exit is what it prints for a failed call.  For every
argument, pytrace must print an address exactly where strace does.
"""
from __future__ import annotations

import re

from tests.conftest import pytrace_command
from tests.decoders.probes import trace_every_syscall

# "pN": N bytes before the unmapped page; then counts; "fXX": the fill byte
PATTERNS = [
    "p4096,p4096,p4096,p4096,p4096,p4096,f00", "p8,p8,p8,p8,p8,p8,f01",
    "p16,a,p16,a,p16,a,f00", "p256,8,p256,8,p256,8,f02", "p64,0,p64,28,p64,8,f00",
    "3,p64,1,p64,p64,8,f00", "p128,p128,8,p128,8,8,f01", "0,p64,p64,8,p64,8,f00",
    "1,p4096,10,p4096,p4096,10,fff", "2,p32,p32,p32,p32,p32,f7f",
    # structure sizes: each of these ends a structure of some call at the page
    *("p%d,8,p%d,8,p%d,8,f01" % (n, n, n) for n in (12, 20, 24, 28, 40, 48, 52, 56, 60, 72,
                                                     80, 88, 104, 112, 120)),
]
_ADDRESS = re.compile(r"^(NULL|0x[0-9a-f]+)(?: /\* .* \*/)?$")


def _shapes(calls) -> list[tuple[str, tuple]]:
    return [(name, tuple(bool(_ADDRESS.match(arg)) for arg in args)) for name, args in calls]


def test_addresses_where_strace_prints_addresses(every_syscall_probe, tmp_path):
    expected = trace_every_syscall(["strace"], every_syscall_probe, PATTERNS, tmp_path / "s")
    got = trace_every_syscall(pytrace_command(), every_syscall_probe, PATTERNS, tmp_path / "p")
    assert len(expected) == len(got) > 400 * len(PATTERNS)
    wrong = sorted({(name, strace_shape, ours)
                    for (name, strace_shape), (_, ours) in zip(_shapes(expected), _shapes(got))
                    if strace_shape != ours})
    assert not wrong, "(syscall, strace's addresses by argument, pytrace's)"
