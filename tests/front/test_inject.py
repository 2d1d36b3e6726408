"""-e inject= / -e fault= parsing: strace 6.1 is the oracle for what is refused and how."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from pytrace.engine.tampering import LAST_INF
from pytrace.front import filters
from pytrace.front.inject import parse, parse_delay_ns
from pytrace.front.options import UsageError
from pytrace.front.options import parse as parse_options
from tests.conftest import run_pytrace

needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="no strace")

CHDIR, GETPID, GETTID, WRITE = 80, 39, 186, 1

# Expressions strace refuses, one family of mistakes after another.
BAD_INJECT = [
    "", ":", ":error=EIO", "chdir", "chdir:", "nosuchcall:error=EIO", "chdir,nosuch:error=1",
    "chdir:when=2", "chdir:bogus=1", "chdir:error", "chdir:=5",
    # when=
    "chdir:error=EIO:when=", "chdir:error=EIO:when=0", "chdir:error=EIO:when=-3",
    "chdir:error=EIO:when=x", "chdir:error=EIO:when=4+0", "chdir:error=EIO:when=4++",
    "chdir:error=EIO:when=4+-2", "chdir:error=EIO:when=4-", "chdir:error=EIO:when=70000",
    "chdir:error=EIO:when=2+70000", "chdir:error=EIO:when=9..3", "chdir:error=EIO:when=3..65535",
    "chdir:error=EIO:when=3.4", "chdir:error=EIO:when=3...4", "chdir:error=EIO:when=..4",
    "chdir:error=EIO:when=3..", "chdir:error=EIO:when=3..5+0", "chdir:error=EIO:when=+",
    # error=
    "chdir:error=", "chdir:error=0", "chdir:error=4096", "chdir:error=-5", "chdir:error=0x5",
    "chdir:error=EWHATEVER", "chdir:error=5x", "chdir:error=EIO:error=EIO",
    # retval=
    "chdir:retval=", "chdir:retval=abc", "chdir:retval=12abc", "chdir:retval=0x",
    "chdir:retval=09", "chdir:retval=0x1ffffffffffffffff", "chdir:retval=1:retval=1",
    "chdir:retval=1:error=EIO", "chdir:error=EIO:retval=1",
    # signal=
    "chdir:signal=0", "chdir:signal=65", "chdir:signal=300", "chdir:signal=SIGNONE",
    "chdir:signal=0xa", "chdir:signal=RT_0", "chdir:signal=SIGSIGUSR1",
    "chdir:signal=USR1:signal=USR2",
    # syscall=
    "chdir:error=EIO:syscall=", "chdir:error=EIO:syscall=nosuch", "chdir:error=EIO:syscall=write",
    "chdir:error=EIO:syscall=39", "chdir:error=EIO:syscall=%pure",
    "chdir:error=EIO:syscall=getpid:syscall=getpid", "chdir:syscall=getpid",
    # delays
    "chdir:delay_enter=", "chdir:delay_enter=-1", "chdir:delay_enter=5x", "chdir:delay_exit=5m",
    "chdir:delay_exit=5 ", "chdir:delay_enter=nan", "chdir:delay_enter=1e999",
    "chdir:delay_enter=2S", "chdir:delay_enter=1.2.3", "chdir:delay_enter=3:delay_enter=3",
    # pokes
    "chdir:poke_enter=", "chdir:poke_exit=", "chdir:poke_enter=arg1=00",
    "chdir:poke_enter=@arg0=00", "chdir:poke_enter=@arg9=00", "chdir:poke_enter=@arg1",
    "chdir:poke_enter=@arg1=", "chdir:poke_enter=@arg1=0", "chdir:poke_enter=@arg1=zz",
    "chdir:poke_enter=@ARG1=00", "chdir:poke_enter=@arg1=" + "ab" * 1025,
    "chdir:poke_enter=@arg2=00,@arg2=11", "chdir:poke_exit=@arg1=00:poke_exit=@arg2=00",
    "chdir:poke_enter=@arg1=-g", "chdir:poke_enter=@arg1= g",
]

BAD_FAULT = [
    "chdir:retval=3", "chdir:signal=USR1", "chdir:delay_enter=5", "chdir:poke_enter=@arg1=00",
    "chdir:error=0", "chdir:when=0", "chdir:error=EIO:error=EIO", "chdir:syscall=write",
    "nosuchcall", "chdir:foo=bar", "",
]

GOOD_INJECT = [
    "chdir:error=eio", "chdir:error=+5", "chdir:error= 7", "chdir::error=EIO:",
    "chdir:error=EIO:when=05", "chdir:error=EIO:when=+3", "chdir:error=EIO:when=3..3",
    "chdir:error=EIO:when=1+ 2", "chdir:error=EIO:when=2..65534+", "chdir:error=EIO:when=65535+",
    "chdir:retval=010", "chdir:retval=-0", "chdir:retval= 5", "chdir:signal=usr1",
    "chdir:signal=SIGRTMIN", "chdir:signal=rt_3", "chdir:signal=010", "chdir:signal=64",
    "chdir:delay_enter=-0", "chdir:delay_exit=.5S", "chdir:delay_enter=+7",
    "chdir:poke_enter=@arg1=0g", "chdir:poke_enter=,@arg1=00,", "chdir:poke_exit=@arg7=00",
    "chdir:poke_enter=@arg1=-1", "chdir:poke_enter=@arg1=+f",
    "chdir:error=EIO:syscall=gettid", "all:error=EIO", "none:error=EIO", "!chdir:error=EIO",
    "%file:error=EIO", "/^ch:error=EIO", "chdir:when=2:when=3:error=1",
]

# retval= values strace takes with a warning (an errno in disguise, or clipped by 32-bit code)
WARNED_RETVALS = ["-1", "0xfffffffffffff001", "0xffffffff", "0x100000000", "-4096", "4294963201"]


def strace_outcome(option: str, expression: str) -> tuple[list[str], int]:
    proc = subprocess.run(["strace", "-e", "trace=none", "-e", "%s=%s" % (option, expression),
                           "true"], capture_output=True, text=True, timeout=30)
    lines = [line.replace("strace: ", "pytrace: ", 1) for line in proc.stderr.splitlines()
             if not line.startswith("+++")]
    return lines, proc.returncode


def pytrace_outcome(option: str, expression: str) -> tuple[list[str], int]:
    """What ``pytrace -e OPTION=EXPRESSION true`` prints and exits with, from
    its option parsing: an error is one line and status 1 (as the CLI prints it)."""
    warnings: list[str] = []
    try:
        parse_options(["-e", "trace=none", "-e", "%s=%s" % (option, expression), "true"],
                      warn=warnings.append)
    except UsageError as err:
        return ["pytrace: %s" % message for message in warnings + [str(err)]], 1
    return ["pytrace: %s" % message for message in warnings], 0


@needs_strace
@pytest.mark.parametrize("expression", BAD_INJECT + GOOD_INJECT)
def test_inject_expressions_are_refused_or_taken_as_strace_does(expression):
    assert pytrace_outcome("inject", expression) == strace_outcome("inject", expression)


@needs_strace
@pytest.mark.parametrize("expression", BAD_FAULT)
def test_fault_expressions_are_refused_as_strace_does(expression):
    assert pytrace_outcome("fault", expression) == strace_outcome("fault", expression)


@needs_strace
@pytest.mark.parametrize("value", WARNED_RETVALS)
def test_retval_warnings_are_the_same_as_straces(value):
    expression = "chdir:retval=" + value
    assert pytrace_outcome("inject", expression) == strace_outcome("inject", expression)


@needs_strace
@pytest.mark.parametrize("argv", [["-e", "inject=chdir:error=0"], ["--inject=chdir"],
                                  ["--fault=chdir:retval=1"], ["-e", "inject=nosuch:error=1"]])
def test_the_command_line_ends_with_straces_one_line_and_status(argv):
    ours = run_pytrace(*argv, "true")
    theirs = subprocess.run(["strace", *argv, "true"], capture_output=True, text=True)
    assert ours.returncode == theirs.returncode == 1
    assert ours.stderr == theirs.stderr.replace("strace: ", "pytrace: ")
    assert "Traceback" not in ours.stderr


def test_when_sets_the_countdown_strace_uses():
    def when(text):
        rule = parse("chdir:error=EIO:when=" + text)
        return rule.first, rule.last, rule.step
    assert when("3") == (3, LAST_INF, 0)          # the 3rd call only
    assert when("3+") == (3, LAST_INF, 1)         # the 3rd and every one after
    assert when("3+4") == (3, LAST_INF, 4)        # 3rd, 7th, 11th...
    assert when("3..8") == (3, 8, 1)
    assert when("3..8+2") == (3, 8, 2)
    no_when = parse("chdir:error=EIO")
    assert (no_when.first, no_when.last, no_when.step) == (1, LAST_INF, 1)


def test_actions_and_their_defaults():
    fault = parse("chdir", fault=True)
    assert fault.error == 38 and fault.retval is None   # fault= fails with ENOSYS
    assert parse("chdir:error=enospc").error == 28
    assert parse("chdir:retval=-1").retval == -1          # the register's signed value
    assert parse("chdir:retval=0xffffffffffffffff").retval == -1
    assert parse("chdir:signal=SIGUSR2").signo == 12
    assert parse("chdir:signal=RT_2").signo == 34
    assert parse("chdir:error=1:syscall=gettid").scno == GETTID
    assert parse("chdir,write:error=EIO").numbers == {CHDIR, WRITE}
    assert parse("all:error=EIO").numbers == filters.ALL_NUMBERS
    assert parse("none:error=EIO").numbers == frozenset()


def test_pokes_are_bytes_written_last_given_first():
    rule = parse("chdir:poke_enter=@arg1=2f746d7000,@arg2=0aff:poke_exit=@arg3=41")
    assert rule.poke_enter == ((2, b"\n\xff"), (1, b"/tmp\0"))
    assert rule.poke_exit == ((3, b"A"),)
    # each pair as C's sscanf("%2hhx") reads it: a sign, or a single digit, will do
    assert parse("chdir:poke_enter=@arg1=-1+f0g").poke_enter == ((1, b"\xff\x0f\x00"),)


@pytest.mark.parametrize("text, ns", [
    ("250", 250_000),                 # microseconds without a unit
    ("3s", 3_000_000_000), ("15ms", 15_000_000), ("42us", 42_000), ("99ns", 99),
    ("1.5", 1_500), ("2.5s", 2_500_000_000), ("7e2ms", 700_000_000), (".25S", 250_000_000),
    ("+4e3NS", 4_000), ("1.5e+1us", 15_000), ("0", 0),
])
def test_delays_in_straces_units(text, ns):
    assert parse_delay_ns(text) == ns
