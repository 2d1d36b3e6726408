"""The time options' values: -r's and -T's precision, --absolute-timestamps=
(and -t's short forms), and --tips=, which is read by the same grammar of
comma-separated ``[KIND:]VALUE`` parts.  Loaded only by a line that gives
one of these options (front/options.py)."""
from __future__ import annotations

from pytrace.front.qualifiers import bad_argument, lookup_any_case, string_to_uint

SCALES = {"s": 0, "ms": 3, "us": 6, "ns": 9}   # time scale -> digits after the point


def _time_scale(letter: str, name: str | None, arg: str | None) -> int:
    """strace's str2timescale_optarg: the digits a precision prints (6 by default)."""
    if arg is None:
        return 6
    digits = lookup_any_case(arg, SCALES)
    if digits is None:
        raise bad_argument(letter, name, arg)
    return digits


# the option handlers: (opts, line, argument, long name or None), as in options.py

def relative(opts, line, arg, name):
    opts.relative = True
    opts.relative_precision = _time_scale("r", name, arg)


def syscall_times(opts, line, arg, name):
    opts.durations = _time_scale("T", name, arg)


def timestamps_long(opts, line, arg, name):
    line.timestamps_long = True
    if not apply_timestamps(opts, "format:time" if arg is None else arg):
        raise bad_argument("t", name, arg)


def tips(opts, line, arg, name):
    tips = parse_tips(arg or "", opts.tips)
    if tips is None:
        raise bad_argument("tips", name, arg)
    opts.tips = tips


def _prefixed(token: str, prefixes: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """``format:x`` -> ("x", ("format",)); a bare token may be of any kind."""
    for prefix in prefixes:
        if token[:len(prefix) + 1].lower() == prefix + ":":
            return token[len(prefix) + 1:], (prefix,)
    return token, prefixes


def apply_timestamps(opts, text: str) -> bool:
    """--absolute-timestamps=[[format:]FORMAT[,[precision:]PRECISION]] (strace's
    parse_ts_arg): the format and the digits shown, kept from one such
    option to the next; False when refused."""
    kind, digits = None, None
    for token in filter(None, text.split(",")):
        value, kinds = _prefixed(token, ("format", "precision"))
        lowered = value.lower()
        if "format" in kinds and lowered in ("none", "time", "unix"):
            kind = lowered
        elif "precision" in kinds and lowered in SCALES:
            digits = SCALES[lowered]
        else:
            return False
    if opts.timestamp_precision is None:
        opts.timestamp_precision = 0
    if kind is not None:
        opts.timestamps = {"none": 0, "time": 1, "unix": 3}[kind]
    elif not opts.timestamps:
        opts.timestamps = 1
    if digits is not None:
        opts.timestamp_precision = digits
    return True


def parse_tips(text: str, current: tuple[int, str] | None) -> tuple[int, str] | None:
    """--tips=[[id:]ID][,[format:]FORMAT]: (id, -1 for random; format), or None when refused."""
    tip_id, style = current if current is not None else (-1, "compact")
    for token in filter(None, text.split(",")):
        value, kinds = _prefixed(token, ("id", "format"))
        lowered = value.lower()
        if "id" in kinds and lowered == "random":
            tip_id = -1
        elif "id" in kinds and string_to_uint(value) >= 0:
            tip_id = string_to_uint(value)
        elif "format" in kinds and lowered in ("none", "compact", "full"):
            style = lowered
        else:
            return None
    return tip_id, style
