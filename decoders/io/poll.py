"""poll, ppoll, select and pselect6: pollfd arrays, fd_set bitsets, and what
they report after the return value.

poll and select report part of their result after the return value
(``= 1 ([{fd=3, revents=POLLIN}])``).  :func:`poll_returned` and
:func:`select_returned` give that suffix; the ret kinds ``poll_ret`` and
``select_ret`` render the whole return value with it."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, read_bytes, ret_kind
from decoders.render.flags import print_flags
from decoders.render.numbers import U64, signed
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, print_array
from decoders.signals.sigset import NSIG_BYTES, sigset_text

POLL_FLAGS = (
    (0x1, "POLLIN"),
    (0x2, "POLLPRI"),
    (0x4, "POLLOUT"),
    (0x8, "POLLERR"),
    (0x10, "POLLHUP"),
    (0x20, "POLLNVAL"),
    (0x40, "POLLRDNORM"),
    (0x80, "POLLRDBAND"),
    (0x100, "POLLWRNORM"),
    (0x200, "POLLWRBAND"),
    (0x400, "POLLMSG"),
    (0x1000, "POLLREMOVE"),
    (0x2000, "POLLRDHUP"),
    (0x8000, "POLL_BUSY_LOOP"),
)

_POLLFD = struct.Struct("<ihh")
_TIMESPEC = struct.Struct("<qQ")


@arg_kind("pollfd_array")
def _pollfd_array(value: int, call: Call) -> str:
    """poll/ppoll's fds at entry; the count is the next argument."""
    style = call.opts.xlat_style

    def one(chunk: bytes) -> str:
        fd, events, _ = _POLLFD.unpack(chunk)
        if fd < 0:
            return "{fd=%d}" % fd
        return "{fd=%s, events=%s}" % (fd_text(fd, call),
                                       print_flags(events & 0xFFFF, POLL_FLAGS, "POLL???", style))

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
            names = print_flags(revents & 0xFFFF, POLL_FLAGS, None, style)
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
    return "[" + " ".join(fd_text(fd, call) for fd in _set_bits(data, nfds)) + "]"


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


SIGSET_ARGPACK = struct.Struct("<QQ")       # sigmask pointer, sigsetsize


@arg_kind("pselect6_sigmask")
def _pselect6_sigmask(value: int, call: Call) -> str:
    """pselect6's sixth argument (and io_pgetevents' usig): a pointer to a
    ``{sigmask, sigsetsize}`` pair.  The kernel reads it at entry, so strace
    shows it even when io_pgetevents fails."""
    data = fetch(call, value, SIGSET_ARGPACK.size, ignore_failure=True)
    if data is None:
        return hex_address(value)
    addr, size = SIGSET_ARGPACK.unpack(data)
    if size < 8 or size > NSIG_BYTES:
        mask = hex_address(addr)
    else:
        raw = call.mem.read(addr, size) if addr else None
        mask = hex_address(addr) if raw is None else sigset_text(raw, call.opts.xlat_style)
    return "{sigmask=%s, sigsetsize=%d}" % (mask, size)
