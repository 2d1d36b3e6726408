"""The ``-c``/``-C`` call summary: per-syscall counts, errors and times.

:class:`Summary` reproduces strace 6.1's table byte for byte, including its
quirks:

* a call's time is the thread's *system CPU time* spent between the entry and
  exit stops (``cpu_exit - cpu_entry``, whole microseconds as wait4's rusage
  reports them), or with ``wall_clock=True`` (``-w``) the wall-clock time
  between the two stops (``t_exit - t_entry``);
* ``-O`` overhead is subtracted from every call and the result clamped at zero;
* only numbers inside the personality's syscall table are counted (strace
  ignores a call like ``syscall(999)``); numbers in a hole of the table are
  counted as ``syscall_0x15e`` (strace 6.1 crashes on them);
* rows are sorted by decreasing total time by default; ties keep syscall
  number order (strace's qsort is glibc's stable merge sort);
* widths grow with the values, the errors column is blank for 0, and nothing
  at all is printed when no call was counted.

Beyond strace, ``columns`` (``-U``) also accepts:

``wall-time``  total wall-clock seconds in the syscall, whatever ``-w`` says
``cpu-time``   total system CPU seconds in the syscall, whatever ``-w`` says
``p50`` ``p90`` ``p99`` (any ``pN`` with 0 < N <= 100, e.g. ``p99.9``)
               wall-clock latency percentiles, in seconds
``max``        the longest wall-clock latency, in seconds (exact)

Side by side: ``-U name,calls,cpu-time,wall-time,p50,p99,max``.  Every one of
these is also a ``-S`` sort key (descending).  Percentiles and ``max`` are
always wall-clock: system CPU time moves in whole microseconds and is zero
for most calls, so its percentiles say nothing.  The ``-O`` overhead is
subtracted from the wall-clock and the CPU durations alike.

Percentiles use the nearest-rank definition (the smallest recorded latency
with at least N% of the calls at or below it) over a log-bucketed histogram:
latencies below 64 ns are kept exactly, above that every power of two is
split into 32 buckets, and a percentile reports the middle of its bucket,
clamped to the exact minimum and maximum.  The reported value is therefore
within 1/64 (1.6%) of the true one, and a syscall's histogram never holds
more than about 1,900 buckets (all latencies up to 2**63 ns), typically a
few hundred, however many calls are counted.

:meth:`Summary.render_rich` draws the same table with rich (``--color`` on a
terminal): the same columns, rows and figures, the total as a footer.
"""
from __future__ import annotations

import math

from pytrace.engine.arch import PERSONALITY_SUMMARIES, syscall_table

__all__ = ["Summary", "parse_overhead", "parse_columns", "parse_sort_by"]

_NS = 1_000_000_000

# Latencies below 2**(_SUB_BITS + 1) ns get a bucket each; above, every
# power of two is split in 2**_SUB_BITS buckets of equal width.
_SUB_BITS = 5
_EXACT_LIMIT_BITS = _SUB_BITS + 1


# --- syscall names -----------------------------------------------------------

_names: dict[int, str] = {}


def _syscall_name(nr: int) -> str:
    name = _names.get(nr)
    if name is None:
        from pytrace.engine.arch import I386_NR_BASE, compat_signature
        sig = compat_signature(nr) if nr >= I386_NR_BASE else syscall_table().signature(nr)
        name = _names[nr] = sig.name
    return name


def _personality_limits(base: int) -> tuple[int, int]:
    """The numbers the -c table of a personality counts (strace's table spans them)."""
    if not base:
        return 0, _table_size()
    from pytrace.engine.arch import i386_names
    return base, base + max(i386_names()) + 1


# The x32 ABI's own numbers start here; strace keeps them in another
# personality's table, so they never count as 64-bit syscalls.
_X32_FIRST_NR = 512


def _table_size() -> int:
    """How many numbers strace's 64-bit table spans (it counts nothing beyond)."""
    return max(nr for nr in syscall_table().SYSCALLS if nr < _X32_FIRST_NR) + 1


# --- option parsing ----------------------------------------------------------

# Column identifiers.
TIME_PERCENT = "time-percent"
TOTAL_TIME = "total-time"
MIN_TIME = "min-time"
MAX_TIME = "max-time"
AVG_TIME = "avg-time"
CALLS = "calls"
ERRORS = "errors"
NAME = "name"
WALL_TIME = "wall-time"
CPU_TIME = "cpu-time"
MAX_LATENCY = "max"
NOTHING = None

_ALIASES = {
    # strace's own spellings, in strace's order (the first match wins)
    "time": TIME_PERCENT, "time_percent": TIME_PERCENT, "time-percent": TIME_PERCENT,
    "time_total": TOTAL_TIME, "time-total": TOTAL_TIME,
    "total_time": TOTAL_TIME, "total-time": TOTAL_TIME,
    "min_time": MIN_TIME, "min-time": MIN_TIME, "shortest": MIN_TIME,
    "time_min": MIN_TIME, "time-min": MIN_TIME,
    "longest": MAX_TIME, "max_time": MAX_TIME, "max-time": MAX_TIME,
    "time_max": MAX_TIME, "time-max": MAX_TIME,
    "avg_time": AVG_TIME, "avg-time": AVG_TIME, "time_avg": AVG_TIME, "time-avg": AVG_TIME,
    "calls": CALLS, "count": CALLS,
    "error": ERRORS, "errors": ERRORS,
    "name": NAME, "syscall": NAME, "syscall_name": NAME, "syscall-name": NAME,
    "none": NOTHING, "nothing": NOTHING,
    # pytrace's additions
    "wall-time": WALL_TIME, "wall_time": WALL_TIME, "time-wall": WALL_TIME, "time_wall": WALL_TIME,
    "cpu-time": CPU_TIME, "cpu_time": CPU_TIME, "time-cpu": CPU_TIME, "time_cpu": CPU_TIME,
    "max": MAX_LATENCY,
}

_PERCENTILE = r"p(\d{1,3}(?:\.\d+)?)\Z"


def _lookup_column(name: str):
    """The column id a name stands for; raises KeyError when unknown."""
    if name in _ALIASES:
        return _ALIASES[name]
    import re   # only here and in -O: re costs every start of pytrace its import
    match = re.match(_PERCENTILE, name)
    if match and 0 < float(match.group(1)) <= 100:
        return name
    raise KeyError(name)


def parse_columns(spec: str) -> tuple[str, ...]:
    """``-U`` value to column ids, with strace's checks and messages.

    The name column is appended when missing: a table without it means nothing.
    """
    columns: list[str] = []
    rest = spec
    while True:
        item, comma, after = rest.partition(",")
        try:
            column = _lookup_column(item)
        except KeyError:
            column = NOTHING
        if column is NOTHING:
            raise ValueError("unknown column name: '%s'" % item)
        if column in columns:
            raise ValueError("call summary column has been provided more than once:"
                             " '%s' (-U option residual: '%s')" % (item, rest))
        columns.append(column)
        if not comma:
            break
        rest = after
    if NAME not in columns:
        columns.append(NAME)
    return tuple(columns)


def parse_sort_by(key: str):
    """``-S`` value to a column id, or None for strace's "nothing" (syscall number order)."""
    try:
        return _lookup_column(key)
    except KeyError:
        raise ValueError("invalid sortby: '%s'" % key) from None


_FLOAT_CHARS = frozenset("eE.-+0123456789")
_INT_CHARS = frozenset("+0123456789")
_UNIT_NS = {"s": 1_000_000_000, "ms": 1_000_000, "us": 1_000, "ns": 1}
_DECIMAL = r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_INTEGER = r"\s*\+?\d+"


def _span(text: str, accepted: frozenset) -> int:
    count = 0
    for char in text:
        if char not in accepted:
            break
        count += 1
    return count


def parse_overhead(text: str) -> int:
    """``-O OVERHEAD[UNIT]`` to nanoseconds; the unit (s, ms, us, ns, any
    case) defaults to microseconds.  Raises ValueError as strace refuses."""
    error = ValueError("invalid -O argument: '%s'" % text)
    as_float = _span(text, _FLOAT_CHARS) > _span(text, _INT_CHARS)
    import re
    match = re.match(_DECIMAL if as_float else _INTEGER, text)
    if not match:
        raise error
    number, suffix = match.group(), text[match.end():]
    if not as_float and suffix and suffix[0] not in "smun":
        raise error
    unit = _UNIT_NS.get(suffix.lower(), 0) if suffix else 1_000
    if not unit:
        raise error
    if as_float:
        value = float(number)
        if value < 0 or math.isinf(value):
            raise error
        per_second = _NS // unit
        seconds = int(value / per_second)
        nanoseconds = int((value - seconds * per_second) * unit) % _NS
        return seconds * _NS + nanoseconds
    value = int(number)
    if value > (1 << 63) - 1:
        raise error
    return value * unit


# --- per-syscall accumulation ------------------------------------------------

class _Stats:
    """One syscall's counters; ``time*`` follow the chosen clock, as strace's."""

    __slots__ = ("calls", "errors", "time", "time_min", "time_max",
                 "wall", "wall_min", "wall_max", "cpu", "histogram")

    def __init__(self):
        self.calls = 0
        self.errors = 0
        self.time = 0
        self.time_min = None
        self.time_max = 0
        self.wall = 0
        self.wall_min = None
        self.wall_max = 0
        self.cpu = 0
        self.histogram: dict[int, int] = {}

    def merge(self, other: "_Stats") -> None:
        self.calls += other.calls
        self.errors += other.errors
        self.time += other.time
        if other.time_min is not None:
            self.time_min = (other.time_min if self.time_min is None
                             else min(self.time_min, other.time_min))
        self.time_max = max(self.time_max, other.time_max)
        self.wall += other.wall
        if other.wall_min is not None:
            self.wall_min = (other.wall_min if self.wall_min is None
                             else min(self.wall_min, other.wall_min))
        self.wall_max = max(self.wall_max, other.wall_max)
        self.cpu += other.cpu
        histogram = self.histogram
        for bucket, count in other.histogram.items():
            histogram[bucket] = histogram.get(bucket, 0) + count

    @property
    def avg(self) -> int:
        """Mean time in ns, rounded half up like strace's ts_div."""
        return (self.time + self.calls // 2) // self.calls

    def percentile(self, q: float) -> int:
        """Nearest-rank q-th percentile of the wall-clock latency, in ns (estimated)."""
        # exact arithmetic: 0.9 * 100 is 90.00000000000001 in floating point
        from fractions import Fraction
        rank = max(1, math.ceil(Fraction(str(q)) * self.calls / 100))
        seen = 0
        for bucket in sorted(self.histogram):
            seen += self.histogram[bucket]
            if seen >= rank:
                low, high = _bucket_bounds(bucket)
                return min(max((low + high) // 2, self.wall_min), self.wall_max)
        return self.wall_max


def _bucket_bounds(bucket: int) -> tuple[int, int]:
    """The smallest and largest latency (ns) falling in a histogram bucket."""
    if bucket < 1 << _EXACT_LIMIT_BITS:
        return bucket, bucket
    shift = (bucket >> _SUB_BITS) - 1
    low = (bucket - (shift << _SUB_BITS)) << shift
    return low, low + (1 << shift) - 1


def _seconds(ns: int) -> float:
    """strace's ts_float: whole seconds plus the nanoseconds divided in double."""
    return ns // _NS + (ns % _NS) / 1000000000.0


def _usecs(ns: int) -> int:
    return int(_seconds(ns) * 1e6)


# --- the table ---------------------------------------------------------------

class _Column:
    """How one column prints: header, minimum width, cell text per row."""

    __slots__ = ("header", "min_width", "left")

    def __init__(self, header: str, min_width: int, left: bool = False):
        self.header = header
        self.min_width = min_width
        self.left = left


_STRACE_COLUMNS = {
    TIME_PERCENT: _Column("% time", 6),
    TOTAL_TIME: _Column("seconds", 11),
    MIN_TIME: _Column("shortest", 8),
    MAX_TIME: _Column("longest", 7),
    AVG_TIME: _Column("usecs/call", 11),
    CALLS: _Column("calls", 9),
    ERRORS: _Column("errors", 9),
    NAME: _Column("syscall", 16, left=True),
    WALL_TIME: _Column("wall-time", 11),
    CPU_TIME: _Column("cpu-time", 11),
    MAX_LATENCY: _Column("max", 8),
}

_DEFAULT_COLUMNS = (TIME_PERCENT, TOTAL_TIME, AVG_TIME, CALLS, ERRORS, NAME)


def _column(column: str) -> _Column:
    spec = _STRACE_COLUMNS.get(column)
    return spec if spec is not None else _Column(column, 8)


def _sort_key(column):
    """Key for sorted(); rows arrive in syscall number order and sorted() is
    stable, so ties stay in number order as with strace."""
    if column is NOTHING:
        return None
    if column == NAME:
        return lambda row: row[1]
    if column in (TIME_PERCENT, TOTAL_TIME):
        return lambda row: -row[2].time
    if column == MIN_TIME:
        return lambda row: -row[2].time_min
    if column == MAX_TIME:
        return lambda row: -row[2].time_max
    if column == AVG_TIME:
        return lambda row: -row[2].avg
    if column == CALLS:
        return lambda row: -row[2].calls
    if column == ERRORS:
        return lambda row: -row[2].errors
    if column == WALL_TIME:
        return lambda row: -row[2].wall
    if column == CPU_TIME:
        return lambda row: -row[2].cpu
    if column == MAX_LATENCY:
        return lambda row: -row[2].wall_max
    q = float(column[1:])
    return lambda row: -row[2].percentile(q)


class Summary:
    """Counts syscalls for ``-c``/``-C`` and renders strace's table.

    ``sort_by`` (-S), ``columns`` (-U) and ``overhead`` (-O) take the option
    strings as typed; a bad value raises ValueError with strace's message.
    ``wall_clock`` is -w.  Call :meth:`add` with each completed
    :class:`~pytrace.engine.events.SyscallRecord`, then :meth:`render`.
    """

    def __init__(self, sort_by: str | None = "time", columns: str | None = None,
                 overhead: str | int | None = None, wall_clock: bool = False):
        self.sort_by = parse_sort_by(sort_by if sort_by is not None else "time")
        self.columns = parse_columns(columns) if columns is not None else _DEFAULT_COLUMNS
        if isinstance(overhead, str):
            overhead = parse_overhead(overhead)
        self.overhead = overhead or 0
        self.wall_clock = wall_clock
        self._stats: dict[int, _Stats] = {}

    def add(self, record) -> None:
        """Count a completed :class:`~pytrace.engine.events.SyscallRecord` (-C)."""
        self.count(record.pid, record.nr, record.errno != 0,
                   (record.cpu_exit - record.cpu_entry) * 1000, record.t_exit - record.t_entry)

    # Called at every syscall exit: keep it to arithmetic and one dict lookup.
    def count(self, pid: int, nr: int, failed: bool, cpu: int, wall: int) -> None:
        """Count one completed syscall: system CPU and wall-clock nanoseconds in it.

        The CPU time comes from rusage, in whole microseconds, hence exact.
        """
        stats = self._stats.get(nr)
        if stats is None:
            stats = self._stats[nr] = _Stats()
        stats.calls += 1
        if failed:
            stats.errors += 1
        overhead = self.overhead
        if overhead:
            wall = wall - overhead if wall > overhead else 0
            cpu = cpu - overhead if cpu > overhead else 0
        time = wall if self.wall_clock else cpu
        stats.time += time
        if time > stats.time_max:
            stats.time_max = time
        if stats.time_min is None or time < stats.time_min:
            stats.time_min = time
        stats.wall += wall
        if wall > stats.wall_max:
            stats.wall_max = wall
        if stats.wall_min is None or wall < stats.wall_min:
            stats.wall_min = wall
        stats.cpu += cpu
        shift = wall.bit_length() - _EXACT_LIMIT_BITS
        bucket = wall if shift <= 0 else (shift << _SUB_BITS) + (wall >> shift)
        histogram = stats.histogram
        histogram[bucket] = histogram.get(bucket, 0) + 1

    def __bool__(self) -> bool:
        return bool(self._rows()) or any(self._rows(base) for base, _ in PERSONALITY_SUMMARIES)

    def _rows(self, base: int = 0) -> list[tuple[int, str, _Stats]]:
        """The rows of one personality's table (the 64-bit one by default)."""
        low, limit = _personality_limits(base)
        rows = [(nr, _syscall_name(nr), stats) for nr, stats in sorted(self._stats.items())
                if low <= nr < limit and stats.calls]
        key = _sort_key(self.sort_by)
        if key is not None:
            rows.sort(key=key)
        return rows

    def _totals(self, rows) -> _Stats:
        total = _Stats()
        for _, _, stats in rows:
            total.merge(stats)
        return total

    def _table(self, base: int = 0):
        """(rows, total, each column's cell texts with the total's last), or None."""
        rows = self._rows(base)
        if not rows:
            return None
        total = self._totals(rows)
        total_seconds = _seconds(total.time)
        cells = {column: self._cells(column, rows, total, total_seconds)
                 for column in self.columns}
        return rows, total, cells

    def render(self) -> str:
        """strace's table, or "" when nothing was counted (strace prints nothing then);
        then the table of each other personality whose calls were counted."""
        text = self._render_table(0)
        for base, name in PERSONALITY_SUMMARIES:
            table = self._render_table(base)
            if table:
                text += "System call usage summary for %s mode:\n" % name + table
        return text

    def _render_table(self, base: int) -> str:
        table = self._table(base)
        if table is None:
            return ""
        rows, total, cells = table
        columns = self.columns
        last = len(columns) - 1
        widths = [self._width(column, rows, total, cells[column]) for column in columns]

        def line(texts):
            return " ".join(texts) + "\n"

        def row_line(index):
            texts = []
            for position, column in enumerate(columns):
                text = cells[column][index]
                width = widths[position]
                if _column(column).left:
                    texts.append(text if position == last else text.ljust(width))
                else:
                    texts.append(text.rjust(width))
            return line(texts)

        header = []
        for position, column in enumerate(columns):
            spec = _column(column)
            if spec.left:
                header.append(spec.header if position == last else spec.header.ljust(widths[position]))
            else:
                header.append(spec.header.rjust(widths[position]))
        divider = line("-" * width for width in widths)
        out = [line(header), divider]
        out.extend(row_line(index) for index in range(len(rows)))
        out.append(divider)
        out.append(row_line(len(rows)))
        return "".join(out)

    def render_rich(self, width: int = 120) -> str:
        """The same table drawn by rich for a terminal: the same columns, rows and
        numbers as :meth:`render`, with the total row as a footer and failing
        calls' error counts in red.  ANSI text; "" when nothing was counted."""
        laid_out = self._table()
        if laid_out is None:
            return ""
        from io import StringIO
        from rich import box
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        rows, _, cells = laid_out
        columns = self.columns
        table = Table(box=box.SIMPLE_HEAD, show_footer=True, header_style="bold",
                      footer_style="bold", pad_edge=False)
        for column in columns:
            spec = _column(column)
            table.add_column(spec.header, footer=cells[column][-1],
                             justify="left" if spec.left else "right",
                             style="cyan" if column == NAME else None, no_wrap=True)
        for index, (_, _, stats) in enumerate(rows):
            table.add_row(*(Text(cells[column][index], style="red")
                            if column == ERRORS and stats.errors else cells[column][index]
                            for column in columns))
        console = Console(file=StringIO(), force_terminal=True, color_system="standard",
                          width=width, legacy_windows=False)
        console.print(table)
        return console.file.getvalue()

    @staticmethod
    def _width(column, rows, total: _Stats, cells) -> int:
        spec = _column(column)
        if column == TIME_PERCENT:
            needed = len("100.00")
        elif column == TOTAL_TIME:
            needed = len(cells[-1])
        elif column == MIN_TIME:
            # strace sizes it from the largest per-syscall minimum
            needed = len("%d.000000" % (max(s.time_min for _, _, s in rows) // _NS))
        elif column == MAX_TIME:
            needed = len("%d.000000" % (total.time_max // _NS))
        elif column == AVG_TIME:
            needed = len(str(_usecs(max(s.avg for _, _, s in rows))))
        elif column in (CALLS, ERRORS):
            needed = len(cells[-1])
        elif column == NAME:
            needed = max(len(name) for _, name, _ in rows) + 1
        else:
            # pytrace's own columns: wide enough for every cell, even if
            # strace's rule would have sized them from the total alone
            needed = max(len(text) for text in cells)
        return max(spec.min_width, len(spec.header), needed)

    @staticmethod
    def _cells(column, rows, total: _Stats, total_seconds: float) -> list[str]:
        """The column's text for each row, then for the total row."""
        if column == TIME_PERCENT:
            texts = []
            for _, _, stats in rows:
                percent = 100.0 * _seconds(stats.time)
                if percent != 0.0:
                    percent /= total_seconds
                texts.append("%.2f" % percent)
            return texts + ["100.00"]
        if column == TOTAL_TIME:
            return ["%.6f" % _seconds(s.time) for _, _, s in rows] + ["%.6f" % total_seconds]
        if column == MIN_TIME:
            return ["%.6f" % _seconds(s.time_min) for _, _, s in rows + [(0, "", total)]]
        if column == MAX_TIME:
            return ["%.6f" % _seconds(s.time_max) for _, _, s in rows + [(0, "", total)]]
        if column == AVG_TIME:
            return ([str(_usecs(s.avg)) for _, _, s in rows]
                    + [str(int(total_seconds / total.calls * 1e6))])
        if column == CALLS:
            return [str(s.calls) for _, _, s in rows + [(0, "", total)]]
        if column == ERRORS:
            return [str(s.errors) if s.errors else "" for _, _, s in rows + [(0, "", total)]]
        if column == NAME:
            return [name for _, name, _ in rows] + ["total"]
        if column == WALL_TIME:
            return ["%.6f" % _seconds(s.wall) for _, _, s in rows + [(0, "", total)]]
        if column == CPU_TIME:
            return ["%.6f" % _seconds(s.cpu) for _, _, s in rows + [(0, "", total)]]
        if column == MAX_LATENCY:
            return ["%.6f" % _seconds(s.wall_max) for _, _, s in rows + [(0, "", total)]]
        q = float(column[1:])
        return ["%.6f" % _seconds(s.percentile(q)) for _, _, s in rows + [(0, "", total)]]

    def to_json(self) -> dict:
        """The summary as plain data (``--json -c``): rows in table order, times in seconds."""
        rows = self._rows()
        total = self._totals(rows)
        total_seconds = _seconds(total.time)

        def entry(name, stats, percent):
            data = {
                "syscall": name,
                "calls": stats.calls,
                "errors": stats.errors,
                "seconds": _seconds(stats.time),
                "time_percent": percent,
                "usecs_per_call": _usecs(stats.avg) if stats.calls else 0,
                "min_seconds": _seconds(stats.time_min or 0),
                "max_seconds": _seconds(stats.time_max),
                "wall_seconds": _seconds(stats.wall),
                "cpu_seconds": _seconds(stats.cpu),
                "latency_seconds": {
                    "p50": _seconds(stats.percentile(50)) if stats.calls else 0.0,
                    "p90": _seconds(stats.percentile(90)) if stats.calls else 0.0,
                    "p99": _seconds(stats.percentile(99)) if stats.calls else 0.0,
                    "max": _seconds(stats.wall_max),
                },
            }
            return data

        syscalls = []
        for nr, name, stats in rows:
            seconds = _seconds(stats.time)
            percent = 100.0 * seconds / total_seconds if seconds else 0.0
            data = entry(name, stats, percent)
            data["nr"] = nr
            syscalls.append(data)
        totals = entry("total", total, 100.0 if rows else 0.0)
        if rows:
            # the table's total row divides the float seconds, not the nanoseconds
            totals["usecs_per_call"] = int(total_seconds / total.calls * 1e6)
        return {
            "clock": "wall" if self.wall_clock else "cpu",
            "overhead_seconds": _seconds(self.overhead),
            "syscalls": syscalls,
            "total": totals,
        }

