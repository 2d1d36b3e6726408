"""The companions of -c and -C on the command line: -O, -S, -U and
--summary-interval read, and the checks strace makes on them and on -w once
the line is read.  Loaded only by a line that gives one of these options
(front/options.py)."""
from __future__ import annotations

from pytrace.front.qualifiers import NOTHING, UsageError, bad_argument

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable


# the option handlers: (opts, line, argument, long name or None), as in options.py

def overhead(opts, line, arg, name):
    from pytrace.sinks.summary import parse_overhead
    try:
        parse_overhead(arg)
    except ValueError:
        raise bad_argument("O", name, arg) from None
    opts.overhead = arg


def sort_by(opts, line, arg, name):
    from pytrace.sinks.summary import parse_sort_by
    try:
        parse_sort_by(arg)
    except ValueError as err:
        raise UsageError(str(err), help=True) from None
    opts.sort_by = arg
    line.sort_given = True


def summary_columns(opts, line, arg, name):
    from pytrace.sinks.summary import parse_columns
    line.columns_given = True
    try:
        parse_columns(arg)
    except ValueError as err:
        raise UsageError(str(err), help=True) from None
    opts.columns = arg


def summary_interval(opts, line, arg, name):
    try:
        opts.summary_interval = float(arg)
    except ValueError:
        opts.summary_interval = -1.0
    if not 0 < opts.summary_interval < float("inf"):
        raise bad_argument("summary-interval", name, arg)


_SUMMARY_ONLY_IGNORES = (
    (lambda opts: opts.instruction_pointer, "-i/--instruction-pointer"),
    (lambda opts: opts.stack_trace, "-k/--stack-traces"),
    (lambda opts: opts.syscall_number, "-n/--syscall-number"),
    (lambda opts: opts.relative, "-r/--relative-timestamps"),
    (lambda opts: opts.timestamps, "-t/--absolute-timestamps"),
    (lambda opts: opts.durations is not None, "-T/--syscall-times"),
    (lambda opts: opts.decode_fds != NOTHING, "-y/--decode-fds"),
)
_WITH_SUMMARY = "(-c/--summary-only or -C/--summary)"


def check_summary(opts, line, warn: Callable[[str], None]) -> None:
    """strace's checks of the summary options against -c and -C."""
    counting = opts.summary_only or opts.summary
    if opts.separately and counting:
        raise UsageError(_WITH_SUMMARY + " and -ff/--output-separately are mutually exclusive",
                         help=True)
    if opts.wall_clock and not counting:
        raise UsageError("-w/--summary-wall-clock must be given with " + _WITH_SUMMARY, help=True)
    if line.columns_given and not counting:
        raise UsageError("-U/--summary-columns must be given with " + _WITH_SUMMARY, help=True)
    if opts.summary_interval is not None and not counting:
        raise UsageError("--summary-interval must be given with " + _WITH_SUMMARY, help=True)
    if line.sort_given and not counting:
        warn("-S/--summary-sort-by has no effect without " + _WITH_SUMMARY)
    if opts.summary_only:
        for given, spelling in _SUMMARY_ONLY_IGNORES:
            if given(opts):
                warn(spelling + " has no effect with -c/--summary-only")
