"""epoll_create1, epoll_ctl and epoll_wait/epoll_pwait: operations, flags, events."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import flags32, print_flags, xval32
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, print_array

EPOLL_EVENTS = (
    (0x1, "EPOLLIN"),
    (0x2, "EPOLLPRI"),
    (0x4, "EPOLLOUT"),
    (0x8, "EPOLLERR"),
    (0x10, "EPOLLHUP"),
    (0x20, "EPOLLNVAL"),
    (0x40, "EPOLLRDNORM"),
    (0x80, "EPOLLRDBAND"),
    (0x100, "EPOLLWRNORM"),
    (0x200, "EPOLLWRBAND"),
    (0x400, "EPOLLMSG"),
    (0x2000, "EPOLLRDHUP"),
    (0x10000000, "EPOLLEXCLUSIVE"),
    (0x20000000, "EPOLLWAKEUP"),
    (0x40000000, "EPOLLONESHOT"),
    (0x80000000, "EPOLLET"),
)

EPOLLCTLS = (
    (0x1, 'EPOLL_CTL_ADD'),
    (0x2, 'EPOLL_CTL_DEL'),
    (0x3, 'EPOLL_CTL_MOD'),
)

EPOLLFLAGS = (
    (0x80000, 'EPOLL_CLOEXEC'),
)

arg_kind("epoll_op")(xval32(EPOLLCTLS, "EPOLL_CTL_???"))
arg_kind("epoll_create_flags")(flags32(EPOLLFLAGS, "EPOLL_???"))

_EPOLL_EVENT = struct.Struct("<IQ")    # packed on x86_64: 12 bytes
EPOLL_CTL_DEL = 2


def epoll_event_text(chunk: bytes, style: str) -> str:
    events, data = _EPOLL_EVENT.unpack(chunk)
    return "{events=%s, data={u32=%d, u64=%d}}" % (
        print_flags(events, EPOLL_EVENTS, "EPOLL???", style), data & 0xFFFFFFFF, data)


@arg_kind("epoll_event_in")
def _epoll_event_in(value: int, call: Call) -> str:
    """epoll_ctl's event (its address only for EPOLL_CTL_DEL)."""
    if call.args[1] & 0xFFFFFFFF == EPOLL_CTL_DEL:
        return hex_address(value)
    data = fetch(call, value, _EPOLL_EVENT.size, ignore_failure=True)
    if data is None:
        return hex_address(value)
    return epoll_event_text(data, call.opts.xlat_style)


@arg_kind("epoll_events_out")
def _epoll_events_out(value: int, call: Call) -> str:
    """epoll_wait's events: as many as the return value says."""
    if call.failed or call.rv is None:
        return hex_address(value)
    style = call.opts.xlat_style
    return print_array(call, value, call.rv, _EPOLL_EVENT.size,
                 lambda chunk: epoll_event_text(chunk, style))
