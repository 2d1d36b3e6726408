"""Linux AIO: io_submit's control blocks, io_getevents' events."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.readwrite import RWF_FLAGS, iovec_array_text
from decoders.process.ioprio import IOPRIO_CLASS
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U16, hexval, signed
from decoders.render.scalars import fd_text
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import fetch, print_array

AIO_CMDS = (
    (0, "IOCB_CMD_PREAD"),
    (1, "IOCB_CMD_PWRITE"),
    (2, "IOCB_CMD_FSYNC"),
    (3, "IOCB_CMD_FDSYNC"),
    (4, "IOCB_CMD_PREADX"),
    (5, "IOCB_CMD_POLL"),
    (6, "IOCB_CMD_NOOP"),
    (7, "IOCB_CMD_PREADV"),
    (8, "IOCB_CMD_PWRITEV"),
)

AIO_IOCB_FLAGS = (
    (1, "IOCB_FLAG_RESFD"),
    (2, "IOCB_FLAG_IOPRIO"),
)


POLLFLAGS = (
    (0x0001, "POLLIN"),
    (0x0002, "POLLPRI"),
    (0x0004, "POLLOUT"),
    (0x0008, "POLLERR"),
    (0x0010, "POLLHUP"),
    (0x0020, "POLLNVAL"),
    (0x0040, "POLLRDNORM"),
    (0x0080, "POLLRDBAND"),
    (0x0100, "POLLWRNORM"),
    (0x0200, "POLLWRBAND"),
    (0x0400, "POLLMSG"),
    (0x1000, "POLLREMOVE"),
    (0x2000, "POLLRDHUP"),
    (0x8000, "POLL_BUSY_LOOP"),
)

# struct iocb: aio_data, aio_key, aio_rw_flags, aio_lio_opcode, aio_reqprio,
# aio_fildes, aio_buf, aio_nbytes, aio_offset, aio_reserved2, aio_flags,
# aio_resfd (64 bytes).
IOCB = struct.Struct("<QIIHhIQQqQII")
IO_EVENT = struct.Struct("<QQqq")

IOCB_CMD_PREAD, IOCB_CMD_PWRITE, IOCB_CMD_POLL = 0, 1, 5
IOCB_CMD_PREADV, IOCB_CMD_PWRITEV = 7, 8
IOCB_FLAG_RESFD, IOCB_FLAG_IOPRIO = 1, 2
IOPRIO_CLASS_SHIFT = 13

_COMMON = (IOCB_CMD_PREAD, IOCB_CMD_PWRITE)
_VECTOR = (IOCB_CMD_PREADV, IOCB_CMD_PWRITEV)


def ioprio_text(value: int, style: str) -> str:
    """``IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)``; -X raw/verbose as usual."""
    if style == "raw":
        return hexval(value)
    text = "IOPRIO_PRIO_VALUE(%s, %d)" % (
        print_xval(value >> IOPRIO_CLASS_SHIFT, IOPRIO_CLASS, "IOPRIO_CLASS_???", style),
        value & ((1 << IOPRIO_CLASS_SHIFT) - 1))
    return "%s /* %s */" % (hexval(value), text) if style == "verbose" else text


def _iocb_header(fields, call: Call) -> list[str]:
    data, key, rw_flags, opcode, reqprio, fildes = fields[:6]
    flags = fields[10]
    style = call.opts.xlat_style
    parts = ["aio_data=" + hexval(data)]
    if key:
        parts.append("aio_key=%d" % key)
    if rw_flags:
        parts.append("aio_rw_flags=" + print_flags(rw_flags, RWF_FLAGS, "RWF_???", style))
    parts.append("aio_lio_opcode=" + print_xval(opcode, AIO_CMDS, "IOCB_CMD_???", style, "u"))
    if flags & IOCB_FLAG_IOPRIO:
        parts.append("aio_reqprio=" + ioprio_text(reqprio & U16, style))
    elif reqprio:
        parts.append("aio_reqprio=%d" % reqprio)
    parts.append("aio_fildes=" + fd_text(fildes, call))
    return parts


def _common_flags(fields, call: Call) -> list[str]:
    flags, resfd = fields[10], fields[11]
    parts = []
    if flags:
        parts.append("aio_flags=" + print_flags(flags, AIO_IOCB_FLAGS, "IOCB_FLAG_???",
                                                call.opts.xlat_style))
    if flags & IOCB_FLAG_RESFD:
        parts.append("aio_resfd=" + fd_text(resfd, call))
    elif resfd:
        parts.append("aio_resfd=" + hexval(resfd))
    return parts


def iocb_text(data: bytes, call: Call) -> str:
    fields = IOCB.unpack(data)
    opcode, buf, nbytes, offset = fields[3], fields[6], fields[7], fields[8]
    parts = _iocb_header(fields, call)
    # a byte count that does not fit in ssize_t is not followed
    valid = signed(nbytes, 64) >= 0
    if opcode in _COMMON:
        if opcode == IOCB_CMD_PWRITE and valid:
            parts.append("aio_buf=" + buffer(buf, nbytes, call))
        else:
            parts.append("aio_buf=" + hexval(buf))
        parts.append("aio_nbytes=%d" % nbytes)
        parts.append("aio_offset=%d" % offset)
        parts += _common_flags(fields, call)
    elif opcode in _VECTOR:
        if valid:
            parts.append("aio_buf=" + iovec_array_text(call, buf, nbytes,
                                                       strings=opcode == IOCB_CMD_PWRITEV))
        else:
            parts.append("aio_buf=" + hexval(buf))
            parts.append("aio_nbytes=%d" % nbytes)
        parts.append("aio_offset=%d" % offset)
        parts += _common_flags(fields, call)
    elif opcode == IOCB_CMD_POLL:
        parts.append("aio_buf=" + print_flags(buf, POLLFLAGS, "POLL???",
                                              call.opts.xlat_style))
        parts += _common_flags(fields, call)
    return "{" + ", ".join(parts) + "}"


@arg_kind("iocbpp")
def _iocbpp(value: int, call: Call) -> str:
    """io_submit's array of nr pointers to control blocks (nr is argument 1)."""
    count = signed(call.args[1], 64)
    if count < 0:
        return hex_address(value)

    def one(chunk: bytes) -> str:
        addr = struct.unpack("<Q", chunk)[0]
        data = fetch(call, addr, IOCB.size)
        return hex_address(addr) if data is None else iocb_text(data, call)

    return print_array(call, value, count, 8, one)


@arg_kind("iocb")
def _iocb(value: int, call: Call) -> str:
    """io_cancel's control block: its header fields only."""
    data = fetch(call, value, IOCB.size)
    if data is None:
        return hex_address(value)
    return "{" + ", ".join(_iocb_header(IOCB.unpack(data), call)) + "}"


def io_event_text(chunk: bytes) -> str:
    data, obj, res, res2 = IO_EVENT.unpack(chunk)
    return "{data=%s, obj=%s, res=%d, res2=%d}" % (hexval(data), hexval(obj), res, res2)


@arg_kind("io_event")
def _io_event(value: int, call: Call) -> str:
    data = fetch(call, value, IO_EVENT.size)
    if data is None:
        return hex_address(value)
    return io_event_text(data)


@arg_kind("io_events")
def _io_events(value: int, call: Call) -> str:
    """io_getevents' events: as many as the call returned."""
    if call.rv is None:
        return hex_address(value)
    return print_array(call, value, call.rv, IO_EVENT.size, io_event_text)
