"""Tables for decoders/time/clocks.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

CLOCK_NAMES = (
    (0, "CLOCK_REALTIME"),
    (0x1, "CLOCK_MONOTONIC"),
    (0x2, "CLOCK_PROCESS_CPUTIME_ID"),
    (0x3, "CLOCK_THREAD_CPUTIME_ID"),
    (0x4, "CLOCK_MONOTONIC_RAW"),
    (0x5, "CLOCK_REALTIME_COARSE"),
    (0x6, "CLOCK_MONOTONIC_COARSE"),
    (0x7, "CLOCK_BOOTTIME"),
    (0x8, "CLOCK_REALTIME_ALARM"),
    (0x9, "CLOCK_BOOTTIME_ALARM"),
    (0xa, "CLOCK_SGI_CYCLE"),
    (0xb, "CLOCK_TAI"),
)

CLOCK_FLAGS = (
    (0x1, "TIMER_ABSTIME"),
)

TIMERFD_FLAGS = (
    (0x1, "TFD_TIMER_ABSTIME"),
    (0x2, "TFD_TIMER_CANCEL_ON_SET"),
    (0x80000, "TFD_CLOEXEC"),
    (0x800, "TFD_NONBLOCK"),
)

ITIMER_WHICH = (
    (0, "ITIMER_REAL"),
    (0x1, "ITIMER_VIRTUAL"),
    (0x2, "ITIMER_PROF"),
)

ADJTIMEX_MODES = (
    (0xa001, "ADJ_OFFSET_SS_READ"),
    (0x8001, "ADJ_OFFSET_SINGLESHOT"),
    (0x1, "ADJ_OFFSET"),
    (0x2, "ADJ_FREQUENCY"),
    (0x4, "ADJ_MAXERROR"),
    (0x8, "ADJ_ESTERROR"),
    (0x10, "ADJ_STATUS"),
    (0x20, "ADJ_TIMECONST"),
    (0x80, "ADJ_TAI"),
    (0x100, "ADJ_SETOFFSET"),
    (0x1000, "ADJ_MICRO"),
    (0x2000, "ADJ_NANO"),
    (0x4000, "ADJ_TICK"),
)

ADJTIMEX_STATUS = (
    (0x1, "STA_PLL"),
    (0x2, "STA_PPSFREQ"),
    (0x4, "STA_PPSTIME"),
    (0x8, "STA_FLL"),
    (0x10, "STA_INS"),
    (0x20, "STA_DEL"),
    (0x40, "STA_UNSYNC"),
    (0x80, "STA_FREQHOLD"),
    (0x100, "STA_PPSSIGNAL"),
    (0x200, "STA_PPSJITTER"),
    (0x400, "STA_PPSWANDER"),
    (0x800, "STA_PPSERROR"),
    (0x1000, "STA_CLOCKERR"),
    (0x2000, "STA_NANO"),
    (0x4000, "STA_MODE"),
    (0x8000, "STA_CLK"),
)

ADJTIMEX_STATE = (
    (0, "TIME_OK"),
    (0x1, "TIME_INS"),
    (0x2, "TIME_DEL"),
    (0x3, "TIME_OOP"),
    (0x4, "TIME_WAIT"),
    (0x5, "TIME_ERROR"),
)
