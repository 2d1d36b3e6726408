"""The -c table compared with strace 6.1's own, byte for byte.

Each comparison runs real ``strace -c`` on a small workload, reads its table
back (names, calls, errors, times), feeds a Summary synthetic records whose
times reproduce those figures, and checks the two tables are identical.
Without -w strace's times are whole microseconds of system CPU time, so the
figures it prints are exact; with -w they are nanoseconds printed to the
microsecond, and :func:`solve_wall_totals` picks nanosecond totals consistent
with every figure strace printed (seconds, percentages, averages, order).
"""
from __future__ import annotations

import math
import os
import random
import re
import shutil
import subprocess
import tempfile
from fractions import Fraction

import pytest

from pytrace.sinks import summary as summary_module
from pytrace.engine.arch import syscall_table
from pytrace.engine.events import SyscallRecord
from pytrace.sinks.summary import Summary, parse_overhead

STRACE = shutil.which("strace")
needs_strace = pytest.mark.skipif(STRACE is None, reason="strace is not installed")

DD = ["dd", "if=/dev/zero", "of=/dev/null", "bs=1", "count=2000"]
LS = ["ls", "-l", "/usr"]


# --- strace's side -----------------------------------------------------------

def run_strace(options: list[str], command: list[str]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "summary")
        subprocess.run([STRACE, "-o", out, *options, "--", *command], check=True,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=60)
        with open(out) as f:
            return f.read()


def strace_error(options: list[str]) -> str | None:
    """strace's complaint about options, without its ``strace: `` prefix."""
    done = subprocess.run([STRACE, *options, "-e", "trace=none", "true"], capture_output=True,
                          text=True, timeout=30)
    if done.returncode == 0:
        return None
    program, _, message = done.stderr.splitlines()[0].partition(": ")
    assert program.endswith("strace"), done.stderr
    return message


def parse_table(text: str) -> tuple[list[dict], dict]:
    """Rows (and the total row) of a -c table as {header: cell text}."""
    lines = text.splitlines()
    header, divider = lines[0], lines[1]
    assert set(divider) <= {"-", " "}, text
    spans = [(m.start(), m.end()) for m in re.finditer("-+", divider)]

    def cells(line):
        texts = [line[start:end] for start, end in spans[:-1]] + [line[spans[-1][0]:]]
        return [t.strip() for t in texts]

    names = cells(header)
    body = lines[2:]
    footer = body.index(divider)
    rows = [dict(zip(names, cells(line))) for line in body[:footer]]
    total = dict(zip(names, cells(body[footer + 1])))
    assert len(body) == footer + 2, text
    return rows, total


def microseconds(cell: str) -> int:
    seconds, _, fraction = cell.partition(".")
    assert len(fraction) == 6
    return int(seconds) * 1_000_000 + int(fraction)


# --- syscall numbers -----------------------------------------------------------

def syscall_numbers() -> dict[str, int]:
    table = syscall_table()
    numbers: dict[str, int] = {}
    for nr in sorted(table.SYSCALLS, reverse=True):
        if nr < 512:
            numbers[summary_module._syscall_name(nr)] = nr
    return numbers


# --- synthetic records -----------------------------------------------------------

class RecordFactory:
    """Makes completed SyscallRecords with chosen wall and CPU durations."""

    def __init__(self, pid: int = 4242):
        self.pid = pid
        self.clock = 1_700_000_000_000_000_000
        self.cpu_us = 1_234_567   # a thread that already spent some system time

    def make(self, nr: int, wall_ns: int = 0, cpu_us: int = 0, errno: int = 0,
             pid: int | None = None) -> SyscallRecord:
        record = SyscallRecord(self.pid if pid is None else pid, nr, (0,) * 6,
                               self.clock, self.cpu_us)
        self.clock += wall_ns
        self.cpu_us += cpu_us
        record.t_exit = self.clock
        record.cpu_exit = self.cpu_us
        record.errno = errno
        record.rv = -errno if errno else 0
        self.clock += 12_345    # time outside the syscall never counts
        self.cpu_us += 7
        return record


def split(total: int, calls: int, shortest: int | None, longest: int | None) -> list[int]:
    """``calls`` durations summing to ``total``, with that min and max when given."""
    if shortest is None:
        base, extra = divmod(total, calls)
        return [base + 1] * extra + [base] * (calls - extra)
    if calls == 1:
        assert shortest == longest == total
        return [total]
    rest = total - shortest - longest
    if calls == 2:
        assert rest == 0
        return [shortest, longest]
    base, extra = divmod(rest, calls - 2)
    middle = [base + 1] * extra + [base] * (calls - 2 - extra)
    assert all(shortest <= d <= longest for d in middle)
    return [shortest, longest] + middle


def feed(summary: Summary, rows: list[dict], totals_ns: list[int], wall: bool,
         factory: RecordFactory | None = None) -> None:
    numbers = syscall_numbers()
    factory = factory or RecordFactory()
    rng = random.Random(7)
    for row, total in zip(rows, totals_ns):
        nr = numbers[row["syscall"]]
        calls = int(row["calls"])
        errors = int(row["errors"] or 0) if "errors" in row else 0
        shortest = microseconds(row["shortest"]) * 1000 if "shortest" in row else None
        longest = microseconds(row["longest"]) * 1000 if "longest" in row else None
        # system CPU time moves in whole microseconds
        unit = 1 if wall else 1000
        durations = [d * unit for d in split(total // unit, calls,
                                             shortest and shortest // unit,
                                             longest and longest // unit)]
        for index, duration in enumerate(durations):
            errno = 2 if index < errors else 0
            if wall:
                # the CPU clock says something else: only the wall clock must count
                record = factory.make(nr, wall_ns=duration, cpu_us=rng.randrange(50), errno=errno)
            else:
                assert duration % 1000 == 0
                record = factory.make(nr, wall_ns=duration * 3 + rng.randrange(10_000),
                                      cpu_us=duration // 1000, errno=errno)
            summary.add(record)


def cpu_totals(rows: list[dict]) -> list[int]:
    return [microseconds(row["seconds"]) * 1000 for row in rows]


def ts_float(ns: int) -> float:
    return ns // 1_000_000_000 + (ns % 1_000_000_000) / 1e9


def solve_wall_totals(rows: list[dict], total: dict) -> list[int]:
    """Nanosecond totals per row matching strace's -w default table.

    Each printed figure bounds a row's total: "seconds" to within half a
    microsecond, "% time" (given the grand total), "usecs/call", and the row
    order (decreasing time, ties in syscall number order).  The grand total is
    tried outward from its printed value until all bounds can be met at once.
    """
    numbers = syscall_numbers()
    nrs = [numbers[row["syscall"]] for row in rows]
    calls_total = int(total["calls"])
    printed_total = microseconds(total["seconds"]) * 1000
    for delta in sorted(range(-499, 500), key=abs):
        grand = printed_total + delta
        if int(ts_float(grand) / calls_total * 1e6) != int(total["usecs/call"]):
            continue
        lows, highs = [], []
        for row in rows:
            calls = int(row["calls"])
            seconds = microseconds(row["seconds"]) * 1000
            low, high = max(0, seconds - 499), seconds + 499
            hundredths = round(float(row["% time"]) * 100)
            low = max(low, grand * (2 * hundredths - 1) // 20000 + 1)
            high = min(high, -(-grand * (2 * hundredths + 1) // 20000) - 1)
            usecs = int(row["usecs/call"])
            # keep the mean off whole microseconds, where double rounding could go either way
            mean_low = usecs * 1000 + (1 if usecs else 0)
            mean_high = usecs * 1000 + 999
            low = max(low, mean_low * calls - calls // 2)
            high = min(high, mean_high * calls + calls - 1 - calls // 2)
            lows.append(low)
            highs.append(high)
        for i in range(len(rows) - 2, -1, -1):
            gap = 0 if nrs[i] < nrs[i + 1] else 1
            lows[i] = max(lows[i], lows[i + 1] + gap)
        for i in range(1, len(rows)):
            gap = 0 if nrs[i - 1] < nrs[i] else 1
            highs[i] = min(highs[i], highs[i - 1] - gap)
        if any(low > high for low, high in zip(lows, highs)):
            continue
        if not sum(lows) <= grand <= sum(highs):
            continue
        totals = list(lows)
        remaining = grand - sum(lows)
        for i in range(len(rows)):
            step = min(remaining, highs[i] - totals[i])
            totals[i] += step
            remaining -= step
        return totals
    raise AssertionError("no nanosecond totals reproduce strace's table")


# --- byte-for-byte comparisons ----------------------------------------------------

CPU_CASES = [
    pytest.param([], DD, id="dd"),
    pytest.param([], LS, id="ls"),
    pytest.param(["-f"], ["sh", "-c", "ls /usr >/dev/null; ls /nonexistent 2>/dev/null; true"],
                 id="follow-forks"),
    pytest.param(["-S", "calls"], LS, id="sort-calls"),
    pytest.param(["-S", "name"], LS, id="sort-name"),
    pytest.param(["-S", "nothing"], DD, id="sort-nothing"),
    pytest.param(["-S", "errors"], LS, id="sort-errors"),
    pytest.param(["-S", "avg-time"], DD, id="sort-avg"),
    pytest.param(["-U", "name,calls,errors,min-time,max-time,avg-time,total-time,time-percent"],
                 DD, id="columns-all"),
]


@needs_strace
@pytest.mark.parametrize("options, command", CPU_CASES)
def test_cpu_time_table_matches_strace(options, command):
    expected = run_strace(["-c", *options], command)
    rows, _ = parse_table(expected)
    summary = Summary(**_summary_options(options))
    feed(summary, rows, cpu_totals(rows), wall=False)
    assert summary.render() == expected


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _words_per_line(table: str) -> list[list[str]]:
    """Each line's words, without colour codes, box rules or dividers."""
    lines = (_ANSI.sub("", line).strip() for line in table.splitlines())
    return [line.split() for line in lines if line and not set(line) <= set("-\u2500 ")]


@needs_strace
@pytest.mark.parametrize("options, command", [CPU_CASES[0], CPU_CASES[1], CPU_CASES[-1]])
def test_rich_table_shows_stracess_header_rows_and_numbers(options, command):
    # --color on a terminal: drawn by rich, but the same columns, rows and figures
    expected = run_strace(["-c", *options], command)
    rows, _ = parse_table(expected)
    summary = Summary(**_summary_options(options))
    feed(summary, rows, cpu_totals(rows), wall=False)
    drawn = summary.render_rich()
    assert "\x1b[" in drawn
    assert _words_per_line(drawn) == _words_per_line(expected)


def _summary_options(options: list[str]) -> dict:
    kwargs = {}
    pairs = iter(options)
    for option in pairs:
        if option == "-S":
            kwargs["sort_by"] = next(pairs)
        elif option == "-U":
            kwargs["columns"] = next(pairs)
        elif option == "-w":
            kwargs["wall_clock"] = True
        elif option == "-O":
            kwargs["overhead"] = next(pairs)
    return kwargs


def totals_from_extremes(rows: list[dict]) -> list[int]:
    """Row totals fitting the shortest and longest calls a table shows (0 if it shows none)."""
    totals = []
    for row in rows:
        if "shortest" not in row:
            totals.append(0)
            continue
        calls = int(row["calls"])
        shortest, longest = microseconds(row["shortest"]), microseconds(row["longest"])
        totals.append((shortest + longest + (calls - 2) * shortest if calls > 1 else shortest) * 1000)
    return totals


@needs_strace
@pytest.mark.parametrize("options, command", [
    pytest.param(["-S", "count", "-U", "calls"], LS, id="calls-only"),
    pytest.param(["-S", "max_time", "-U", "max-time,min-time,calls,errors"], LS, id="sort-max"),
    pytest.param(["-S", "shortest", "-U", "shortest,longest,syscall,count,error"], DD, id="sort-min"),
])
def test_cpu_table_without_seconds_column(options, command):
    """Tables that do not show each row's total: the shown extremes decide them."""
    expected = run_strace(["-c", *options], command)
    rows, _ = parse_table(expected)
    summary = Summary(**_summary_options(options))
    feed(summary, rows, totals_from_extremes(rows), wall=False)
    assert summary.render() == expected


@needs_strace
@pytest.mark.parametrize("command", [pytest.param(DD, id="dd"), pytest.param(LS, id="ls")])
def test_wall_clock_table_matches_strace(command):
    expected = run_strace(["-c", "-w"], command)
    rows, total = parse_table(expected)
    summary = Summary(wall_clock=True)
    feed(summary, rows, solve_wall_totals(rows, total), wall=True)
    assert summary.render() == expected


@needs_strace
def test_wall_clock_min_max_columns_match_strace():
    expected = run_strace(["-c", "-w", "-S", "calls", "-U", "name,calls,errors,min-time,max-time"], LS)
    rows, _ = parse_table(expected)
    summary = Summary(wall_clock=True, sort_by="calls", columns="name,calls,errors,min-time,max-time")
    feed(summary, rows, totals_from_extremes(rows), wall=True)
    assert summary.render() == expected


@needs_strace
def test_overhead_larger_than_every_call_zeroes_the_table_like_strace():
    expected = run_strace(["-c", "-w", "-O", "2s"], LS)
    rows, _ = parse_table(expected)
    assert all(row["seconds"] == "0.000000" for row in rows)
    summary = Summary(wall_clock=True, overhead="2s")
    factory = RecordFactory()
    numbers = syscall_numbers()
    for row in rows:
        for index in range(int(row["calls"])):
            errno = 13 if index < int(row["errors"] or 0) else 0
            summary.add(factory.make(numbers[row["syscall"]], wall_ns=1_999_999_999 - index,
                                     cpu_us=1000, errno=errno))
    assert summary.render() == expected


@needs_strace
def test_nothing_counted_prints_nothing_like_strace():
    assert run_strace(["-c", "-e", "trace=chdir"], ["true"]) == ""
    assert Summary().render() == ""


# --- option values and errors, as strace judges them -------------------------------

@needs_strace
@pytest.mark.parametrize("value", ["1", "1.5", "2ms", "2MS", "1.5MS", "1e3ns", "1e3", "5s", "5m",
                                   "5x", "+5", "-5", " 5", ".5", "1e", "ms", "", "0", "1.5us",
                                   "3n", "9999999999999999999", "1e400", "5 ", "5.s", "-0",
                                   "1.5e2ms", "7NS"])
def test_overhead_accepted_and_refused_like_strace(value):
    expected = strace_error(["-c", "-O", value])
    try:
        parse_overhead(value)
        got = None
    except ValueError as err:
        got = str(err)
    assert got == expected


def test_overhead_units():
    assert parse_overhead("7") == 7_000           # microseconds by default
    assert parse_overhead("7ns") == 7
    assert parse_overhead("7us") == 7_000
    assert parse_overhead("7ms") == 7_000_000
    assert parse_overhead("7s") == 7_000_000_000
    assert parse_overhead("1.5") == 1_500
    assert parse_overhead("2.5s") == 2_500_000_000
    assert parse_overhead("0.25ms") == 250_000


@needs_strace
@pytest.mark.parametrize("option, value", [
    ("-S", "foo"), ("-S", ""), ("-S", "nothing"), ("-S", "time-percent"), ("-S", "longest"),
    ("-U", "foo,bar"), ("-U", "calls,calls"), ("-U", "calls,count,name"), ("-U", "none"),
    ("-U", ""), ("-U", ",calls"), ("-U", "calls,"), ("-U", "syscall_name,time_avg,longest"),
])
def test_option_errors_match_strace(option, value):
    expected = strace_error(["-c", option, value])
    try:
        Summary(**{"sort_by" if option == "-S" else "columns": value})
        got = None
    except ValueError as err:
        got = str(err)
    assert got == expected


# --- how a call is timed -------------------------------------------------------------

def test_cpu_clock_by_default_wall_clock_with_w():
    factory = RecordFactory()
    records = [factory.make(0, wall_ns=5_000_000, cpu_us=3), factory.make(0, wall_ns=1_000, cpu_us=0)]
    cpu, wall = Summary(), Summary(wall_clock=True)
    for record in records:
        cpu.add(record)
        wall.add(record)
    assert "0.000003" in cpu.render().splitlines()[2]
    assert "0.005001" in wall.render().splitlines()[2]
    assert cpu.to_json()["total"]["wall_seconds"] == wall.to_json()["total"]["wall_seconds"] == 0.005001
    assert cpu.to_json()["total"]["cpu_seconds"] == 0.000003


def test_overhead_is_subtracted_per_call_and_clamped_at_zero():
    factory = RecordFactory()
    summary = Summary(wall_clock=True, overhead="40us", columns="calls,total-time,min-time,max-time")
    for wall in (100_000, 30_000, 40_000, 41_000):
        summary.add(factory.make(1, wall_ns=wall))
    data = summary.to_json()["syscalls"][0]
    assert data["seconds"] == pytest.approx(0.000061)
    assert data["min_seconds"] == 0
    assert data["max_seconds"] == pytest.approx(0.00006)


def test_syscall_numbers_beyond_the_table_are_not_counted():
    """strace counts only numbers its table spans (syscall(999) is left out)."""
    factory = RecordFactory()
    summary = Summary()
    summary.add(factory.make(999))
    summary.add(factory.make(0x40000000 | 39))
    assert summary.render() == ""
    summary.add(factory.make(39))
    assert summary.render().splitlines()[2].endswith(" getpid")
    # a hole in the table (strace 6.1 crashes there): counted under its number
    summary.add(factory.make(350))
    assert summary.render().splitlines()[3].endswith(" syscall_0x15e")


def test_mean_rounds_to_the_nanosecond_then_truncates_a_double():
    """usecs/call is the mean rounded half up to the nanosecond, then the
    double seconds * 1e6 truncated: an exact 249 us mean prints 248 (checked
    against the same arithmetic compiled in C)."""
    factory = RecordFactory()
    summary = Summary(columns="avg-time,calls")
    summary.add(factory.make(0, cpu_us=249))
    for wall in (999, 1000, 1000):
        summary.add(factory.make(1, wall_ns=wall))
    wall = Summary(wall_clock=True, columns="avg-time,calls", sort_by="nothing")
    for wall_ns in (999, 1000, 1000):
        wall.add(factory.make(1, wall_ns=wall_ns))
    for wall_ns in (998, 1000, 1000):
        wall.add(factory.make(2, wall_ns=wall_ns))
    assert parse_table(summary.render())[0][0]["usecs/call"] == "248"
    rows, _ = parse_table(wall.render())
    assert [row["usecs/call"] for row in rows] == ["1", "0"]


# --- beyond strace: percentiles, wall and CPU side by side, JSON --------------------

def exact_percentile(values: list[int], q: float) -> int:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(Fraction(str(q)) * len(ordered) / 100)) - 1]


@pytest.mark.parametrize("distribution", ["uniform", "lognormal", "bimodal", "constant"])
def test_percentiles_within_documented_error(distribution):
    rng = random.Random(distribution)
    if distribution == "uniform":
        values = [rng.randrange(1_000, 10_000_000) for _ in range(20_000)]
    elif distribution == "lognormal":
        values = [int(rng.lognormvariate(10, 2)) for _ in range(20_000)]
    elif distribution == "bimodal":
        values = ([rng.randrange(2_000, 3_000) for _ in range(9_000)]
                  + [rng.randrange(40_000_000, 50_000_000) for _ in range(1_000)])
    else:
        values = [123_457] * 1_000
    factory = RecordFactory()
    summary = Summary(wall_clock=True)
    for value in values:
        summary.add(factory.make(0, wall_ns=value))
    stats = summary._stats[0]
    for q in (50, 90, 99, 99.9, 100):
        exact = exact_percentile(values, q)
        assert abs(stats.percentile(q) - exact) <= exact / 64 + 1, q
    assert stats.wall_max == max(values)
    if distribution == "constant":
        assert stats.percentile(50) == 123_457


def test_percentile_ranks_are_exact():
    """Nearest rank of p90 over 100 calls is the 90th (0.9 * 100 > 90 in floating point)."""
    factory = RecordFactory()
    summary = Summary(wall_clock=True)
    for wall_ns in [1_000_000] * 90 + [5_000_000] * 10:
        summary.add(factory.make(0, wall_ns=wall_ns))
    assert summary._stats[0].percentile(90) == pytest.approx(1_000_000, rel=1 / 64)
    assert summary._stats[0].percentile(91) == 5_000_000


def test_bimodal_percentiles_land_in_the_right_mode():
    factory = RecordFactory()
    summary = Summary(wall_clock=True, columns="name,calls,p50,p90,p99,max")
    for _ in range(95):
        summary.add(factory.make(0, wall_ns=10_000))     # 10 us
    for _ in range(5):
        summary.add(factory.make(0, wall_ns=2_000_000))  # 2 ms
    rows, total = parse_table(summary.render())
    assert rows[0]["p50"] == rows[0]["p90"] == "0.000010"
    assert rows[0]["p99"] == rows[0]["max"] == "0.002000"
    assert total["p99"] == "0.002000"


def test_histogram_memory_is_bounded():
    rng = random.Random(1)
    factory = RecordFactory()
    summary = Summary()
    for _ in range(50_000):
        summary.add(factory.make(0, wall_ns=int(2 ** rng.uniform(0, 62))))
    assert len(summary._stats[0].histogram) <= 64 + 32 * 58


def test_wall_and_cpu_side_by_side():
    factory = RecordFactory()
    summary = Summary(columns="name,calls,cpu-time,wall-time,p50,p99,max", sort_by="wall-time")
    for _ in range(3):
        summary.add(factory.make(0, wall_ns=1_500_000, cpu_us=20))      # read
    summary.add(factory.make(1, wall_ns=9_000_000, cpu_us=1))          # write
    lines = summary.render().splitlines()
    assert lines[0] == ("syscall              calls    cpu-time   wall-time      p50      p99"
                        "      max")
    assert lines[2] == "write                    1    0.000001    0.009000 0.009000 0.009000 0.009000"
    assert lines[3] == "read                     3    0.000060    0.004500 0.001500 0.001500 0.001500"
    assert lines[5] == "total                    4    0.000061    0.013500 0.001500 0.009000 0.009000"


def test_json_follows_the_table():
    factory = RecordFactory()
    summary = Summary(wall_clock=True)
    summary.add(factory.make(0, wall_ns=3_000, errno=11))
    summary.add(factory.make(1, wall_ns=1_000))
    data = summary.to_json()
    assert data["clock"] == "wall"
    assert [s["syscall"] for s in data["syscalls"]] == ["read", "write"]
    assert data["syscalls"][0]["errors"] == 1
    assert data["syscalls"][0]["time_percent"] == pytest.approx(75.0)
    assert data["total"]["calls"] == 2
    assert data["total"]["seconds"] == 0.000004
    assert data["total"]["usecs_per_call"] == 2
    assert data["syscalls"][0]["latency_seconds"]["p50"] == 0.000003

