"""perf event ioctls (PERF_EVENT_IOC_*): flags, periods, filters, BPF
queries and attribute changes (struct perf_event_attr, as perf_event_open
prints it)."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.ioctl.perf_xlat import PERF_IOCTL_FLAGS
from decoders.ioctl.protocol import Later, number_at
from decoders.ioctl.requests import CODES
from decoders.perf import attr_text, fetch_attr
from decoders.render.flags import print_flags
from decoders.render.numbers import U32, U64, int32
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address, printstr_ex
from decoders.render.structs import page_size, print_array


def _c(name: str) -> int:
    return CODES["PERF_EVENT_IOC_" + name]


_FLAGS = frozenset(_c(n) for n in ("ENABLE", "DISABLE", "RESET"))
_FD = frozenset(_c(n) for n in ("SET_OUTPUT", "SET_BPF"))
# struct perf_event_query_bpf: ids_len, prog_cnt, then the ids
_PROG_CNT, _IDS = 4, 8


def _query_bpf(call: Call, arg: int):
    if not call.exiting:
        data = number_at(call, arg, "I", str)
        if not data.startswith("["):
            return ", " + data
        return Later(", {ids_len=%s, " % data[1:-1])
    raw = None if call.failed else call.mem.read(arg + _PROG_CNT, 4)
    if raw is None:
        return "...}"
    count = struct.unpack("<I", raw)[0]
    ids = print_array(call, arg + _IDS, count, 4, lambda d: str(struct.unpack("<I", d)[0]))
    return "prog_cnt=%d, ids=%s}" % (count, ids)


def decode(call: Call, code: int, arg: int):
    """strace's perf_ioctl (see protocol.py)."""
    if code in _FLAGS:
        return ", " + print_flags(arg & U32, PERF_IOCTL_FLAGS, "PERF_IOC_FLAG_???",
                                  call.opts.xlat_style)
    if code == _c("REFRESH"):
        return ", %d" % int32(arg)
    if code == _c("PERIOD"):
        return ", " + number_at(call, arg, "Q", str)
    if code in _FD:
        return ", " + fd_text(int32(arg), call)
    if code == _c("PAUSE_OUTPUT"):
        return ", %d" % (arg & U64)
    if code == _c("SET_FILTER"):
        return ", " + printstr_ex(call, arg, page_size(), zero_terminated=True)
    if code == _c("ID"):
        return Later("") if not call.exiting else ", " + number_at(call, arg, "Q", str)
    if code == _c("QUERY_BPF"):
        return _query_bpf(call, arg)
    if code == _c("MODIFY_ATTRIBUTES"):
        fetched = fetch_attr(call, arg)
        return ", " + (hex_address(arg) if fetched is None else attr_text(*fetched, call))
    return None
