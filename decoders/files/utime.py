"""utime, utimes, futimesat and utimensat: the times they set."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, time_comment
from decoders.time.timespec import _PAIR2, _read, timespec_text, timeval_text

UTIME_NOW = (1 << 30) - 1
UTIME_OMIT = (1 << 30) - 2


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


@arg_kind("timeval_pair")
def _timeval_pair(value: int, call: Call) -> str:
    """utimes/futimesat: two timevals, each with its date comment."""
    data = _read(value, 32, call)
    if data is None:
        return hex_address(value)
    s1, u1, s2, u2 = _PAIR2.unpack(data)
    return "[%s%s, %s%s]" % (timeval_text(s1, u1), time_comment(s1, u1, 6),
                             timeval_text(s2, u2), time_comment(s2, u2, 6))


@arg_kind("utimbuf_ptr")
def _utimbuf_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, 16, ignore_failure=True)
    if data is None:
        return hex_address(value)
    actime, modtime = struct.unpack("<qq", data)
    return "{actime=%d%s, modtime=%d%s}" % (actime, time_comment(actime),
                                            modtime, time_comment(modtime))
