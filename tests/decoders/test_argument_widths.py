"""Every row of the signature table reads each argument at the width strace
6.1 reads it: an ``int`` or ``unsigned int`` is the low half of its register,
a ``long`` or a pointer the whole register.

The reference is derived from strace itself: every_syscall_probe.c makes every
syscall number twice with the same low halves, once with high halves of zero
and once with 0xdeadbeef in them, none of the calls executed (a seccomp filter
fails each with ENOSYS after the tracer's entry stop).  Whatever strace prints
the same way both times it reads at 32 bits; pytrace must print those the same
way too, and must print the others differently.  Plain decimal numbers must be
the same text as strace's, which settles ``int`` against ``unsigned int``.
"""
from __future__ import annotations

import re

from tests.conftest import pytrace_command
from tests.decoders.probes import split_arguments, trace_every_syscall

HIGH = 0xDEADBEEF << 32
# Low halves: small values sweep the command numbers of the whole-call decoders
# (fcntl, keyctl, bpf...); the others have their sign bit set or are zero.
LOWS = [*range(0, 41), 0x400, 0x406, 0x1001, 0x4200, 0x80000000, 0xFFFFFFF0]
_DECIMAL = re.compile(r"^-?\d+$")


def _trace(tracer: list[str], probe, lows: list[int], high: int, tmp) -> list:
    return trace_every_syscall(tracer, probe, ["%x" % (high | low) for low in lows],
                               tmp / ("trace-%x" % high))


def _both(tracer, probe, tmp):
    plain = _trace(tracer, probe, LOWS, 0, tmp)
    high = _trace(tracer, probe, LOWS, HIGH, tmp)
    assert len(plain) == len(high)
    return plain, high


def width_report(plain, high) -> dict:
    """(call index, argument) -> whether its text ignored the high half; for
    the calls whose argument count the high halves did not change."""
    report = {}
    for index, ((name, low_args), (_, high_args)) in enumerate(zip(plain, high)):
        if len(low_args) == len(high_args):
            for position, (a, b) in enumerate(zip(low_args, high_args)):
                report[(index, name, position)] = a == b
    return report


def test_every_argument_is_read_at_the_width_strace_reads_it(every_syscall_probe, tmp_path):
    probe = every_syscall_probe
    strace = _both(["strace"], probe, tmp_path / "strace")
    pytrace = _both(pytrace_command(), probe, tmp_path / "pytrace")
    assert [name for name, _ in strace[0]] == [name for name, _ in pytrace[0]]
    expected, got = width_report(*strace), width_report(*pytrace)
    wrong = sorted({(name, position, "32-bit" if low_only else "64-bit")
                    for (index, name, position), low_only in expected.items()
                    if got.get((index, name, position), low_only) != low_only})
    assert not wrong, "arguments read at the wrong width (name, position, strace's width)"
    # where the high halves changed the number of arguments strace prints, all must agree
    for ours, theirs in ((pytrace[0], strace[0]), (pytrace[1], strace[1])):
        for (name, args), (_, expected_args) in zip(ours, theirs):
            if len(args) != len(expected_args):
                assert (name, args) == (name, expected_args)


def test_decimal_arguments_have_strace_sign(every_syscall_probe, tmp_path):
    """An int prints -16 where an unsigned int prints 4294967280."""
    lows = [0xFFFFFFF0, 0x80000000]
    strace = _trace(["strace"], every_syscall_probe, lows, HIGH, tmp_path / "s")
    pytrace = _trace(pytrace_command(), every_syscall_probe, lows, HIGH, tmp_path / "p")
    wrong = set()
    for (name, args), (_, expected) in zip(pytrace, strace):
        for position, (a, b) in enumerate(zip(args, expected)):
            if _DECIMAL.match(b) and a != b:
                wrong.add((name, position, b, a))
    assert not wrong


def test_argument_splitting_keeps_structures_strings_and_comments_whole():
    assert split_arguments('3, {a=1, b=[2, 3]}, "x, (y"') == ["3", "{a=1, b=[2, 3]}", '"x, (y"']
    assert split_arguments('"a\\"b, c", 0') == ['"a\\"b, c"', "0"]
    assert split_arguments("0x10 /* 1 var, unterminated */, 2") == [
        "0x10 /* 1 var, unterminated */", "2"]
