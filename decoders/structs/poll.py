"""poll, select and epoll: pollfd arrays, fd_set bitsets, epoll_event.

poll, select and recvmmsg report part of their result after the return value
(``= 1 ([{fd=3, revents=POLLIN}])``).  :func:`poll_returned` and
:func:`select_returned` give that suffix for the formatter to append; the ret
kinds ``poll_ret`` and ``select_ret`` render the whole return value with it.
"""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, read_bytes, ret_kind
from decoders.render.flags import print_flags
from decoders.render.numbers import U64, signed
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, print_array
from decoders.xlat import poll as xpoll

_POLLFD = struct.Struct("<ihh")
_TIMESPEC = struct.Struct("<qQ")


def _fd_text(fd: int, call: Call) -> str:
    if call.fd_path is not None and fd >= 0:
        path = call.fd_path(fd)
        if path:
            return "%d<%s>" % (fd, path)
    return str(fd)


@arg_kind("pollfd_array")
def _pollfd_array(value: int, call: Call) -> str:
    """poll/ppoll's fds at entry; the count is the next argument."""
    style = call.opts.xlat_style

    def one(chunk: bytes) -> str:
        fd, events, _ = _POLLFD.unpack(chunk)
        if fd < 0:
            return "{fd=%d}" % fd
        return "{fd=%s, events=%s}" % (_fd_text(fd, call),
                                       print_flags(events & 0xFFFF, xpoll.POLL_FLAGS, "POLL???", style))

    return print_array(call, value, call.args[call.index + 1] & 0xFFFFFFFF, 8, one, ignore_failure=True)


def _left(call: Call, addr: int) -> str:
    """The timeout left, as strace's sprint_timespec."""
    raw = call.mem.read(addr, 16)
    if raw is None:
        return hex_address(addr)
    return "{tv_sec=%d, tv_nsec=%d}" % _TIMESPEC.unpack(raw)


def poll_returned(call: Call) -> str:
    """What strace prints after poll/ppoll's return value: `` ([{fd=3,
    revents=POLLIN}])``, `` (Timeout)``, with ``left {...}`` for ppoll; or ""."""
    if call.failed or call.rv is None:
        return ""
    if call.rv == 0:
        return " (Timeout)"
    start = call.args[0]
    count = call.args[1] & 0xFFFFFFFF
    timeout = call.args[2] if call.name.startswith("ppoll") else 0
    # strace builds this text in a 1024-byte buffer and gives up with "..."
    # when the next entry might not fit; the same limits apply here.
    out = ""
    if start and count and start + count * 8 <= U64:
        limit = None if call.opts.verbose else call.opts.string_limit
        printed = 0
        style = call.opts.xlat_style
        for i in range(count):
            raw = call.mem.read(start + 8 * i, 8)
            if raw is None:
                out += ("[" if not out else ", ") + hex_address(start + 8 * i)
                break
            fd, _, revents = _POLLFD.unpack(raw)
            if not revents:
                continue
            out += "[" if not out else ", "
            if limit is not None and printed >= limit:
                out += "..."
                break
            head = "{fd=%d, revents=" % fd
            names = print_flags(revents & 0xFFFF, xpoll.POLL_FLAGS, None, style)
            if len(out) + len(head) + len(names) + 1 >= _OUTSTR - _POLL_RESERVE:
                out += "..."
                break
            out += head + names + "}"
            printed += 1
    if out:
        out += "]"
    if timeout:
        left = _left(call, timeout)
        if len(out) + len(", left ") + 1 + len(left) < _OUTSTR:
            out += ("left " if not out else ", left ") + left
        else:
            out += ", ..."
    return " (%s)" % out if out else ""


_OUTSTR = 1024
_POLL_RESERVE = 2 + 2 * 8 + len(", ], ...") + 1


@ret_kind("poll_ret")
def _poll_ret(value: int, call: Call) -> str:
    return str(value) + poll_returned(call)


# ---- select ------------------------------------------------------------------

MAX_SELECT_FDS = 1024 * 1024


def _nfds(call: Call) -> int:
    return min(max(signed(call.args[0], 32), 0), MAX_SELECT_FDS)


def _fdset_size(nfds: int) -> int:
    return ((nfds + 7) // 8 + 7) & ~7


def _set_bits(data: bytes, nfds: int) -> list[int]:
    bits = int.from_bytes(data, "little")
    found = []
    while bits:
        low = bits & -bits
        fd = low.bit_length() - 1
        if fd >= nfds:
            break
        found.append(fd)
        bits ^= low
    return found


@arg_kind("fd_set")
def _fd_set(value: int, call: Call) -> str:
    """select/pselect6's fd sets at entry, sized by the nfds first argument."""
    nfds = _nfds(call)
    size = _fdset_size(nfds)
    if size <= 0:
        return hex_address(value)
    data = fetch(call, value, size, ignore_failure=True)
    if data is None:
        return hex_address(value)
    return "[" + " ".join(_fd_text(fd, call) for fd in _set_bits(data, nfds)) + "]"


def select_returned(call: Call) -> str:
    """What strace prints after select/pselect6's return value:
    `` (in [3], left {tv_sec=1, tv_usec=0})``, `` (Timeout)``, or ""."""
    if call.failed or call.rv is None:
        return ""
    ready = call.rv
    if ready == 0:
        return " (Timeout)"
    nfds = _nfds(call)
    size = _fdset_size(nfds)
    out = ""
    sep = ""
    for i, label in enumerate(("in", "out", "except")):
        if ready <= 0:
            break
        addr = call.args[i + 1]
        # a plain umoven in strace, so the ready sets show even outside -e verbose=
        data = read_bytes(call, addr, size) if addr and size else None
        if data is None:
            continue
        first = True
        for fd in _set_bits(data, nfds):
            if len(out) < _OUTSTR - _SELECT_RESERVE:
                if first:
                    out += "%s%s [%d" % (sep, label, fd)
                    first = False
                    sep = ", "
                else:
                    out += " %d" % fd
            ready -= 1
            if ready == 0:
                break
        # strace closes the bracket whenever anything has been written so far
        if out:
            out += "]"
    timeout = call.args[4]
    if timeout:
        raw = call.mem.read(timeout, 16)
        if raw is None:
            left = hex_address(timeout)
        elif call.name.startswith("pselect"):
            left = "{tv_sec=%d, tv_nsec=%d}" % _TIMESPEC.unpack(raw)
        else:
            left = "{tv_sec=%d, tv_usec=%d}" % _TIMESPEC.unpack(raw)
        if len(out) + len("left ") + 1 + len(sep) + len(left) < _OUTSTR:
            out += "%sleft %s" % (sep, left)
    return " (%s)" % out


_SELECT_RESERVE = len(", except [") + 1 + 4 * 3 + 2


@ret_kind("select_ret")
def _select_ret(value: int, call: Call) -> str:
    return str(value) + select_returned(call)


# ---- epoll -------------------------------------------------------------------

_EPOLL_EVENT = struct.Struct("<IQ")    # packed on x86_64: 12 bytes
EPOLL_CTL_DEL = 2


def epoll_event_text(chunk: bytes, style: str) -> str:
    events, data = _EPOLL_EVENT.unpack(chunk)
    return "{events=%s, data={u32=%d, u64=%d}}" % (
        print_flags(events, xpoll.EPOLL_EVENTS, "EPOLL???", style), data & 0xFFFFFFFF, data)


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
