"""Resource and system structures: rlimit, rusage, sysinfo, utsname, tms."""
from __future__ import annotations

import os
import struct

from decoders import Call, arg_kind
from decoders.render.flags import symbolic
from decoders.render.numbers import U64
from decoders.render.strings import escape, hex_address
from decoders.render.structs import comment, fetch
_RLIMIT = struct.Struct("<QQ")


def rlim_text(value: int, style: str) -> str:
    """``RLIM64_INFINITY``, ``8192*1024`` for round kibibytes, else the number."""
    if value == U64:
        name = "RLIM64_INFINITY"
    elif value > 1024 and value % 1024 == 0:
        name = "%d*1024" % (value // 1024)
    else:
        return str(value)
    return symbolic(str(value), name, style)


def _rlimit(value: int, call: Call, output: bool) -> str:
    data = fetch(call, value, 16, ignore_failure=not output)
    if data is None:
        return hex_address(value)
    cur, maximum = _RLIMIT.unpack(data)
    style = call.opts.xlat_style
    return "{rlim_cur=%s, rlim_max=%s}" % (rlim_text(cur, style), rlim_text(maximum, style))


@arg_kind("rlimit_in")
def _rlimit_in(value: int, call: Call) -> str:
    return _rlimit(value, call, False)


@arg_kind("rlimit_out")
def _rlimit_out(value: int, call: Call) -> str:
    return _rlimit(value, call, True)


# ru_utime, ru_stime, then fourteen longs
_RUSAGE = struct.Struct("<qQqQ14Q")
_RUSAGE_NAMES = ("ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
                 "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
                 "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw")


@arg_kind("rusage_ptr")
def _rusage_ptr(value: int, call: Call) -> str:
    if call.name == "wait4" and not (call.rv or 0) > 0:
        return hex_address(value)
    data = fetch(call, value, _RUSAGE.size)
    if data is None:
        return hex_address(value)
    fields = _RUSAGE.unpack(data)
    text = ("{ru_utime={tv_sec=%d, tv_usec=%d}, ru_stime={tv_sec=%d, tv_usec=%d}"
            % fields[:4])
    if not call.opts.verbose:
        return text + ", ...}"
    return text + "".join(", %s=%d" % pair for pair in zip(_RUSAGE_NAMES, fields[4:])) + "}"


# uptime loads[3] totalram freeram sharedram bufferram totalswap freeswap
# procs pad totalhigh freehigh mem_unit
_SYSINFO = struct.Struct("<Q3Q6QH6xQQI4x")


@arg_kind("sysinfo_ptr")
def _sysinfo_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, _SYSINFO.size)
    if data is None:
        return hex_address(value)
    f = _SYSINFO.unpack(data)
    return ("{uptime=%d, loads=[%d, %d, %d], totalram=%d, freeram=%d, sharedram=%d, "
            "bufferram=%d, totalswap=%d, freeswap=%d, procs=%d, totalhigh=%d, "
            "freehigh=%d, mem_unit=%d}" % f)


_UTS_FIELD = 65
_UTS_NAMES = ("sysname", "nodename", "release", "version", "machine", "domainname")


def _cstring_field(raw: bytes, call: Call) -> str:
    end = raw.find(b"\0", 0, len(raw) - 1)
    if end < 0:
        return '"%s"...' % escape(raw[:-1], call.opts.hex_strings)
    return '"%s"' % escape(raw[:end], call.opts.hex_strings)


@arg_kind("utsname_ptr")
def _utsname_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, _UTS_FIELD * 6)
    if data is None:
        return hex_address(value)
    shown = 6 if call.opts.verbose else 2
    fields = ["%s=%s" % (name, _cstring_field(data[i * _UTS_FIELD:(i + 1) * _UTS_FIELD], call))
              for i, name in enumerate(_UTS_NAMES[:shown])]
    if not call.opts.verbose:
        fields.append("...")
    return "{" + ", ".join(fields) + "}"


def _clock_ticks() -> int:
    try:
        return os.sysconf("SC_CLK_TCK")
    except (ValueError, OSError):
        return -1


_CLK_TCK = _clock_ticks()


def clock_t_text(value: int, style: str) -> str:
    """Ticks, with their value in seconds as a comment (``123 /* 1.23 s */``)."""
    if style == "raw" or _CLK_TCK <= 0 or value <= 0:
        return str(value)
    width = min(len(str(_CLK_TCK)) - 1, 9)
    fraction = "%.*f" % (width, (value % _CLK_TCK) / _CLK_TCK)
    return "%d%s" % (value, comment("%d%s s" % (value // _CLK_TCK, fraction[1:])))


@arg_kind("tms_ptr")
def _tms_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, 32)
    if data is None:
        return hex_address(value)
    style = call.opts.xlat_style
    utime, stime, cutime, cstime = struct.unpack("<4Q", data)
    return ("{tms_utime=%s, tms_stime=%s, tms_cutime=%s, tms_cstime=%s}"
            % (clock_t_text(utime, style), clock_t_text(stime, style),
               clock_t_text(cutime, style), clock_t_text(cstime, style)))
