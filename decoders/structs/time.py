"""Time structures (timespec, timeval, itimer*, timezone, timex) and clock ids.

x86_64 uses 64-bit ``tv_sec`` and ``tv_nsec``/``tv_usec`` everywhere; strace
prints the seconds signed and the fraction unsigned.
"""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, ret_kind
from decoders.render.flags import lookup, print_flags, print_xval
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, time_comment
from decoders.xlat import time as xtime

_PAIR = struct.Struct("<qQ")         # timespec and timeval alike
_PAIR2 = struct.Struct("<qQqQ")

UTIME_NOW = (1 << 30) - 1
UTIME_OMIT = (1 << 30) - 2

# The kernel's restart errnos: only then is a sleep's remaining time meaningful.
_ERESTART = frozenset((512, 513, 514, 516))


def timespec_text(sec: int, nsec: int) -> str:
    return "{tv_sec=%d, tv_nsec=%d}" % (sec, nsec)


def timeval_text(sec: int, usec: int) -> str:
    return "{tv_sec=%d, tv_usec=%d}" % (sec, usec)


def _read(value: int, size: int, call: Call) -> bytes | None:
    # Inputs (settimeofday, nanosleep's request...) are read at entry, when
    # there is no failure yet; outputs of a failed call print their address.
    return fetch(call, value, size)


@arg_kind("timespec_ptr")
def timespec_ptr(value: int, call: Call) -> str:
    data = _read(value, 16, call)
    if data is None:
        return hex_address(value)
    return timespec_text(*_PAIR.unpack(data))


@arg_kind("timespec_rem")
def _timespec_rem(value: int, call: Call) -> str:
    """A sleep's remaining time: only meaningful when the sleep was interrupted
    (and, for clock_nanosleep, relative); otherwise strace prints the address."""
    interrupted = call.errno in _ERESTART
    if call.name.startswith("clock_nanosleep") and call.args[1]:
        interrupted = False
    if not interrupted or not value:
        return hex_address(value)
    data = call.mem.read(value, 16)
    if data is None:
        return hex_address(value)
    return timespec_text(*_PAIR.unpack(data))


def _utime_timespec(sec: int, nsec: int, style: str) -> str:
    if nsec in (UTIME_NOW, UTIME_OMIT):
        name = "UTIME_NOW" if nsec == UTIME_NOW else "UTIME_OMIT"
        if style == "abbrev":
            return name
        raw = timespec_text(sec, nsec)
        return raw if style == "raw" else "%s /* %s */" % (raw, name)
    return timespec_text(sec, nsec) + time_comment(sec, nsec, 9)


@arg_kind("timespec_pair")
def _timespec_pair(value: int, call: Call) -> str:
    data = _read(value, 32, call)
    if data is None:
        return hex_address(value)
    s1, n1, s2, n2 = _PAIR2.unpack(data)
    style = call.opts.xlat_style
    return "[%s, %s]" % (_utime_timespec(s1, n1, style), _utime_timespec(s2, n2, style))


@arg_kind("timeval_ptr")
def _timeval_ptr(value: int, call: Call) -> str:
    data = _read(value, 16, call)
    if data is None:
        return hex_address(value)
    return timeval_text(*_PAIR.unpack(data))


@arg_kind("timeval_pair")
def _timeval_pair(value: int, call: Call) -> str:
    """utimes/futimesat: two timevals, each with its date comment."""
    data = _read(value, 32, call)
    if data is None:
        return hex_address(value)
    s1, u1, s2, u2 = _PAIR2.unpack(data)
    return "[%s%s, %s%s]" % (timeval_text(s1, u1), time_comment(s1, u1, 6),
                             timeval_text(s2, u2), time_comment(s2, u2, 6))


@arg_kind("itimerspec_ptr")
def _itimerspec_ptr(value: int, call: Call) -> str:
    data = _read(value, 32, call)
    if data is None:
        return hex_address(value)
    s1, n1, s2, n2 = _PAIR2.unpack(data)
    return "{it_interval=%s, it_value=%s}" % (timespec_text(s1, n1), timespec_text(s2, n2))


@arg_kind("itimerval_ptr")
def _itimerval_ptr(value: int, call: Call) -> str:
    data = _read(value, 32, call)
    if data is None:
        return hex_address(value)
    s1, u1, s2, u2 = _PAIR2.unpack(data)
    return "{it_interval=%s, it_value=%s}" % (timeval_text(s1, u1), timeval_text(s2, u2))


@arg_kind("timezone_ptr")
def _timezone_ptr(value: int, call: Call) -> str:
    data = _read(value, 8, call)
    if data is None:
        return hex_address(value)
    west, dst = struct.unpack("<ii", data)
    return "{tz_minuteswest=%d, tz_dsttime=%d}" % (west, dst)


# modes offset freq maxerror esterror status constant precision tolerance
# time.tv_sec time.tv_usec tick ppsfreq jitter shift stabil jitcnt calcnt
# errcnt stbcnt tai
_TIMEX = struct.Struct("<I4xqqqqi4xqqqqqqqqi4xqqqqqi44x")


@arg_kind("timex_ptr")
def _timex_ptr(value: int, call: Call) -> str:
    data = _read(value, _TIMEX.size, call)
    if data is None:
        return hex_address(value)
    (modes, offset, freq, maxerror, esterror, status, constant, precision,
     tolerance, tv_sec, tv_usec, tick, ppsfreq, jitter, shift, stabil, jitcnt,
     calcnt, errcnt, stbcnt, tai) = _TIMEX.unpack(data)
    style = call.opts.xlat_style
    return ("{modes=%s, offset=%d, freq=%d, maxerror=%d, esterror=%d, status=%s, "
            "constant=%d, precision=%d, tolerance=%d, time={tv_sec=%d, tv_usec=%d}, "
            "tick=%d, ppsfreq=%d, jitter=%d, shift=%d, stabil=%d, jitcnt=%d, "
            "calcnt=%d, errcnt=%d, stbcnt=%d, tai=%d}"
            % (print_flags(modes, xtime.ADJTIMEX_MODES, "ADJ_???", style), offset, freq,
               maxerror, esterror,
               print_flags(status & 0xFFFFFFFF, xtime.ADJTIMEX_STATUS, "STA_???", style),
               constant, precision, tolerance, tv_sec, tv_usec & 0xFFFFFFFFFFFFFFFF,
               tick, ppsfreq, jitter, shift, stabil, jitcnt, calcnt, errcnt, stbcnt,
               tai))


@ret_kind("adjtimex_state")
def _adjtimex_state(value: int, call: Call) -> str:
    """``5 (TIME_ERROR)``: the clock state adjtimex returns."""
    name = lookup(value, xtime.ADJTIMEX_STATE)
    return "%d (%s)" % (value, name) if name else str(value)


# ---- clock ids and timer flags --------------------------------------------------

@arg_kind("clockid")
def _clockid(value: int, call: Call) -> str:
    # strace 6.1 as built for x86_64 does not spell out the CPU-time and fd
    # clocks hidden in negative ids: they print as unknown numbers.
    return print_xval(value & 0xFFFFFFFF, xtime.CLOCK_NAMES, "CLOCK_???", call.opts.xlat_style)


@arg_kind("timer_flags")
def _timer_flags(value: int, call: Call) -> str:
    return print_flags(value & 0xFFFFFFFF, xtime.CLOCK_FLAGS, "TIMER_???", call.opts.xlat_style)


@arg_kind("timerfd_flags")
def _timerfd_flags(value: int, call: Call) -> str:
    return print_flags(value & 0xFFFFFFFF, xtime.TIMERFD_FLAGS, "TFD_???", call.opts.xlat_style)


@arg_kind("itimer_which")
def _itimer_which(value: int, call: Call) -> str:
    return print_xval(value & 0xFFFFFFFF, xtime.ITIMER_WHICH, "ITIMER_???", call.opts.xlat_style)


@arg_kind("rusage_who")
def _rusage_who(value: int, call: Call) -> str:
    return print_xval(value & 0xFFFFFFFF, _USAGE_WHO, "RUSAGE_???", call.opts.xlat_style)


# strace compares the argument and the table's values as unsigned ints.
_USAGE_WHO = tuple((value & 0xFFFFFFFF, name) for value, name in xtime.USAGE_WHO)
