"""Resources: getrlimit/setrlimit/prlimit64, getrusage (and wait4's rusage),
times, and getpriority/setpriority."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import print_xval, symbolic, xval32
from decoders.render.numbers import U64, int32
from decoders.render.scalars import PID_PGID, pid_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

PRIORITIES = (
    (0x0, 'PRIO_PROCESS'),
    (0x1, 'PRIO_PGRP'),
    (0x2, 'PRIO_USER'),
)

RESOURCES = (
    (0x0, 'RLIMIT_CPU'),
    (0x1, 'RLIMIT_FSIZE'),
    (0x2, 'RLIMIT_DATA'),
    (0x3, 'RLIMIT_STACK'),
    (0x4, 'RLIMIT_CORE'),
    (0x5, 'RLIMIT_RSS'),
    (0x6, 'RLIMIT_NPROC'),
    (0x7, 'RLIMIT_NOFILE'),
    (0x8, 'RLIMIT_MEMLOCK'),
    (0x9, 'RLIMIT_AS'),
    (0xa, 'RLIMIT_LOCKS'),
    (0xb, 'RLIMIT_SIGPENDING'),
    (0xc, 'RLIMIT_MSGQUEUE'),
    (0xd, 'RLIMIT_NICE'),
    (0xe, 'RLIMIT_RTPRIO'),
    (0xf, 'RLIMIT_RTTIME'),
)

USAGE_WHO = (
    (0, "RUSAGE_SELF"),
    (-1, "RUSAGE_CHILDREN"),
    (-2, "RUSAGE_BOTH"),
    (1, "RUSAGE_THREAD"),
)

arg_kind("rlimit_resource")(xval32(RESOURCES, "RLIMIT_???"))
arg_kind("prio_which")(xval32(PRIORITIES, "PRIO_???"))

PRIO_PROCESS, PRIO_PGRP = 0, 1


@arg_kind("prio_who")
def _prio_who(value: int, call: Call) -> str:
    """getpriority/setpriority's who: a pid, a process group or a number."""
    which = int32(call.args[call.index - 1])
    if which == PRIO_PROCESS:
        return pid_text(value, call)
    if which == PRIO_PGRP:
        return pid_text(value, call, PID_PGID)
    return str(int32(value))


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


@arg_kind("tms_ptr")
def _tms_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, 32)
    if data is None:
        return hex_address(value)
    from decoders.time.clocks import clock_t_text   # times() only: prlimit64 is in every trace
    style = call.opts.xlat_style
    utime, stime, cutime, cstime = struct.unpack("<4Q", data)
    return ("{tms_utime=%s, tms_stime=%s, tms_cutime=%s, tms_cstime=%s}"
            % (clock_t_text(utime, style), clock_t_text(stime, style),
               clock_t_text(cutime, style), clock_t_text(cstime, style)))


@arg_kind("rusage_who")
def _rusage_who(value: int, call: Call) -> str:
    return print_xval(value & 0xFFFFFFFF, _USAGE_WHO, "RUSAGE_???", call.opts.xlat_style)


# strace compares the argument and the table's values as unsigned ints.
_USAGE_WHO = tuple((value & 0xFFFFFFFF, name) for value, name in USAGE_WHO)
