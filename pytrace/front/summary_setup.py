"""-c and -C: the run's summary, how its table is drawn (strace's plain
text, or with --color on a terminal the same table drawn by rich), and
--summary-interval's tables as the run goes.  Loaded only by a run with -c
or -C (front/cli.py)."""
from __future__ import annotations

import os

from pytrace.front.options import Options, color_wanted
from pytrace.front.qualifiers import UsageError
from pytrace.sinks import output
from pytrace.sinks.summary import Summary


def set_up_summary(opts: Options, out):
    """(the summary, its renderer, the periodic printer or None, and for -c
    the engine's tally: the engine then counts without making events)."""
    summary = _make_summary(opts)
    render = _summary_renderer(summary, opts, out)
    periodic = None
    if opts.summary_interval is not None:
        periodic = _periodic_summary(render, opts.summary_interval,
                                     lambda text: output.write_unreported(out, text))
    if not opts.summary_only:
        return summary, render, periodic, None
    if periodic is None:
        return summary, render, None, summary.count

    def tally(pid, nr, failed, cpu, wall, count=summary.count, tick=periodic):
        count(pid, nr, failed, cpu, wall)
        tick()
    return summary, render, periodic, tally


def _summary_renderer(summary, opts: Options, out):
    """strace's plain table, or with --color on a terminal the same table drawn by rich."""
    try:
        tty = os.isatty(out.fileno())
    except (OSError, ValueError, AttributeError):
        tty = False
    if opts.json or not color_wanted(opts.color, tty):
        return summary.render
    import shutil
    width = shutil.get_terminal_size((120, 24)).columns if tty else 120
    return lambda: summary.render_rich(width)


def _periodic_summary(render, interval: float, write):
    """--summary-interval: the table so far, every ``interval`` seconds of tracing.

    Checked as syscalls complete: a tracee that makes no syscalls has nothing
    new to report anyway.
    """
    import time
    monotonic = time.monotonic
    due = [monotonic() + interval]

    def tick():
        now = monotonic()
        if now >= due[0]:
            due[0] = now + interval
            write(render())

    return tick


def _make_summary(opts: Options) -> Summary:
    kwargs = {}
    if opts.sort_by:
        kwargs["sort_by"] = opts.sort_by
    if opts.columns is not None:
        kwargs["columns"] = opts.columns
    if opts.overhead:
        kwargs["overhead"] = opts.overhead
    if opts.wall_clock:
        kwargs["wall_clock"] = True
    try:
        return Summary(**kwargs)
    except ValueError as err:
        raise UsageError(str(err), help=True) from None
