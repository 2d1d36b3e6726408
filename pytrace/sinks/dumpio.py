"""-e read=FD / -e write=FD: hex dumps of the data a call moved, as strace prints them.

Each dump line is `` | OFFSET  xx xx ... xx  xx ... xx  ASCII... |``: 16 bytes a
line in two groups of 8, the offset in at least 5 hex digits; vectors print
`` * N bytes in buffer I`` before each buffer's dump.
"""
from __future__ import annotations

import struct


WIDTH = 16
_HEX = ["%02x " % b for b in range(256)]
_ASCII = [chr(b) if 0x20 <= b <= 0x7E else "." for b in range(256)]

# name -> (buffer argument, length argument or "rv", kind): what is dumped for which call
WRITES = {"write": "buffer", "pwrite64": "buffer", "sendto": "buffer", "mq_timedsend": "buffer",
          "writev": "iov", "pwritev": "iov", "pwritev2": "iov", "vmsplice": "iov",
          "sendmsg": "msghdr", "sendmmsg": "mmsghdr"}
READS = {"read": "buffer", "pread64": "buffer", "recvfrom": "buffer", "mq_timedreceive": "buffer",
         "readv": "iov", "preadv": "iov", "preadv2": "iov", "recvmsg": "msghdr",
         "recvmmsg": "mmsghdr"}


def dump(data: bytes, length: int) -> str:
    """strace's dumpstr for ``length`` bytes of which ``data`` could be read."""
    digits = 5
    if length > 16 ** 5:
        digits = max(5, len("%x" % (length - 1)))
    lines = []
    for offset in range(0, len(data), WIDTH):
        chunk = data[offset:offset + WIDTH]
        hex_part = "".join(_HEX[b] for b in chunk[:8]) + " " + "".join(_HEX[b] for b in chunk[8:])
        hex_part = hex_part.ljust(WIDTH * 3 + 2)
        ascii_part = "".join(_ASCII[b] for b in chunk).ljust(WIDTH)
        lines.append(" | %0*x  %s%s |\n" % (digits, offset, hex_part, ascii_part))
    return "".join(lines)


def _dump_buffer(mem, addr: int, length: int) -> str:
    if length <= 0:
        return ""
    data = mem.read(addr, length)
    if data is None:
        return ""
    return dump(data, length)


def _dump_iov(mem, iov_addr: int, count: int, limit: int | None) -> str:
    if count <= 0 or count > 1024:
        return ""
    raw = mem.read(iov_addr, 16 * count)
    if raw is None:
        return ""
    out = []
    remaining = limit
    for index in range(count):
        base, length = struct.unpack_from("<QQ", raw, 16 * index)
        if remaining is not None:
            length = min(length, remaining)
        if not length:
            break
        if remaining is not None:
            remaining -= length
        out.append(" * %d bytes in buffer %d\n" % (length, index))
        out.append(_dump_buffer(mem, base, length))
    return "".join(out)


def dumps_for(name: str, args, rv: int, failed: bool, mem, read_fds, write_fds) -> str:
    """The dump lines strace's dumpio prints after this call's line, if any."""
    fd = args[0] & 0xFFFFFFFF
    if fd >= 0x80000000:
        return ""
    text = ""
    if write_fds is not None and write_fds(fd):
        kind = WRITES.get(name)
        if kind == "buffer":
            text += _dump_buffer(mem, args[1], args[2])
        elif kind == "iov":
            text += _dump_iov(mem, args[1], args[2], None)
        elif kind == "msghdr":
            text += _dump_msghdr(mem, args[1], None)
        elif kind == "mmsghdr":
            # strace's u_rval: -1 for a failed call
            text += _dump_mmsghdr(mem, args[1], -1 if failed else rv)
    if failed or read_fds is None or not read_fds(fd):
        return text
    kind = READS.get(name)
    if kind == "buffer":
        text += _dump_buffer(mem, args[1], rv)
    elif kind == "iov":
        text += _dump_iov(mem, args[1], args[2], rv)
    elif kind == "msghdr":
        text += _dump_msghdr(mem, args[1], rv)
    elif kind == "mmsghdr":
        text += _dump_mmsghdr(mem, args[1], rv)
    return text


def _dump_msghdr(mem, addr: int, limit: int | None) -> str:
    header = mem.read(addr, 56)
    if header is None:
        return ""
    iov, iovlen = struct.unpack_from("<QQ", header, 16)
    return _dump_iov(mem, iov, iovlen, limit)


MMSGHDR_SIZE = 64


def _dump_mmsghdr(mem, addr: int, count: int) -> str:
    """Each of the ``count`` messages (the return value: strace takes it even
    when the call failed, as an unsigned -1) up to the first unreadable one,
    each vector dumped up to its msg_len."""
    out = []
    for index in range(count & 0xFFFFFFFF):
        entry = mem.read(addr + index * MMSGHDR_SIZE, MMSGHDR_SIZE)
        if entry is None:
            break
        iov, iovlen = struct.unpack_from("<QQ", entry, 16)
        msg_len = struct.unpack_from("<I", entry, 56)[0]
        out.append(" = %d buffers in vector %d\n" % (iovlen, index))
        out.append(_dump_iov(mem, iov, iovlen, msg_len))
    return "".join(out)
