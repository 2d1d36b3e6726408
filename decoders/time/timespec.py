"""timespec, timeval, itimerspec, itimerval and timezone; nanosleep's
remaining time; time(2).

x86_64 uses 64-bit ``tv_sec`` and ``tv_nsec``/``tv_usec`` everywhere; strace
prints the seconds signed and the fraction unsigned."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, ret_kind
from decoders.render.strings import hex_address
from decoders.render.structs import comment, fetch, sprinttime

_PAIR = struct.Struct("<qQ")         # timespec and timeval alike
_PAIR32 = struct.Struct("<iI")       # i386's timespec of 32-bit longs (strace's timespec32)
_PAIR2 = struct.Struct("<qQqQ")

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
    return _timespec_at(value, call, _PAIR)


@arg_kind("timespec32_ptr")
def _timespec32_ptr(value: int, call: Call) -> str:
    return _timespec_at(value, call, _PAIR32)


def _timespec_at(value: int, call: Call, layout: struct.Struct) -> str:
    data = _read(value, layout.size, call)
    if data is None:
        return hex_address(value)
    return timespec_text(*layout.unpack(data))


@arg_kind("timespec_rem")
def _timespec_rem(value: int, call: Call) -> str:
    return _remaining(value, call, _PAIR)


@arg_kind("timespec32_rem")
def _timespec32_rem(value: int, call: Call) -> str:
    return _remaining(value, call, _PAIR32)


def _remaining(value: int, call: Call, layout: struct.Struct) -> str:
    """A sleep's remaining time: only meaningful when the sleep was interrupted
    (and, for clock_nanosleep, relative); otherwise strace prints the address."""
    interrupted = call.errno in _ERESTART
    if call.name.startswith("clock_nanosleep") and call.args[1]:
        interrupted = False
    if not interrupted or not value:
        return hex_address(value)
    data = call.mem.read(value, layout.size)
    if data is None:
        return hex_address(value)
    return timespec_text(*layout.unpack(data))


@arg_kind("timeval_ptr")
def _timeval_ptr(value: int, call: Call) -> str:
    data = _read(value, 16, call)
    if data is None:
        return hex_address(value)
    return timeval_text(*_PAIR.unpack(data))


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


@arg_kind("time_ptr")
def _time_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, 8)
    if data is None:
        return hex_address(value)
    seconds = struct.unpack("<q", data)[0]
    return "[%d%s]" % (seconds, comment(sprinttime(seconds)))


@ret_kind("time")
def _time_ret(value: int, call: Call) -> str:
    """time(2)'s result, with its date: ``1700000000 (2023-11-14T22:13:20+0000)``."""
    date = sprinttime(value)
    return "%d (%s)" % (value, date) if date else str(value)

