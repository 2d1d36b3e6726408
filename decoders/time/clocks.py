"""Clocks and timers: clock ids, timer flags, timerfd flags, itimer which,
adjtimex's struct timex and state, and clock_t tick counts."""
from __future__ import annotations

import os
import struct

from decoders import Call, arg_kind, ret_kind
from decoders.render.flags import lookup, print_flags, print_xval
from decoders.render.strings import hex_address
from decoders.time.clocks_xlat import (
    ADJTIMEX_MODES, ADJTIMEX_STATE, ADJTIMEX_STATUS, CLOCK_FLAGS, CLOCK_NAMES,
    ITIMER_WHICH, TIMERFD_FLAGS)
from decoders.time.timespec import _read

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
            % (print_flags(modes, ADJTIMEX_MODES, "ADJ_???", style), offset, freq,
               maxerror, esterror,
               print_flags(status & 0xFFFFFFFF, ADJTIMEX_STATUS, "STA_???", style),
               constant, precision, tolerance, tv_sec, tv_usec & 0xFFFFFFFFFFFFFFFF,
               tick, ppsfreq, jitter, shift, stabil, jitcnt, calcnt, errcnt, stbcnt,
               tai))


@ret_kind("adjtimex_state")
def _adjtimex_state(value: int, call: Call) -> str:
    """``5 (TIME_ERROR)``: the clock state adjtimex returns."""
    name = lookup(value, ADJTIMEX_STATE)
    return "%d (%s)" % (value, name) if name else str(value)


# ---- clock ids and timer flags --------------------------------------------------

@arg_kind("clockid")
def _clockid(value: int, call: Call) -> str:
    # strace 6.1 as built for x86_64 does not spell out the CPU-time and fd
    # clocks hidden in negative ids: they print as unknown numbers.
    return print_xval(value & 0xFFFFFFFF, CLOCK_NAMES, "CLOCK_???", call.opts.xlat_style)


@arg_kind("timer_flags")
def _timer_flags(value: int, call: Call) -> str:
    return print_flags(value & 0xFFFFFFFF, CLOCK_FLAGS, "TIMER_???", call.opts.xlat_style)


@arg_kind("timerfd_flags")
def _timerfd_flags(value: int, call: Call) -> str:
    return print_flags(value & 0xFFFFFFFF, TIMERFD_FLAGS, "TFD_???", call.opts.xlat_style)


@arg_kind("itimer_which")
def _itimer_which(value: int, call: Call) -> str:
    return print_xval(value & 0xFFFFFFFF, ITIMER_WHICH, "ITIMER_???", call.opts.xlat_style)


_CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def clock_t_text(value: int, style: str = "abbrev") -> str:
    """A clock_t count, with its value in seconds as a comment."""
    value &= 0xFFFFFFFFFFFFFFFF
    text = str(value)
    if style != "raw" and _CLK_TCK > 0 and value > 0:
        width = min(len(str(_CLK_TCK)) - 1, 9)
        whole, part = divmod(value, _CLK_TCK)
        if width:
            fraction = "%.*f" % (width, part / _CLK_TCK)
            text += " /* %d.%s s */" % (whole, fraction.split(".")[1])
        else:
            text += " /* %d. s */" % whole
    return text
