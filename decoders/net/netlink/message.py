"""The chain of netlink messages in one buffer: each ``struct nlmsghdr``, its
payload decoded by the socket's protocol, NLMSG_ERROR and NLMSG_DONE.

The buffer is read from the tracee once (:class:`PrefetchedMemory`) and
every structure, attribute and string of it is then cut from those bytes;
where the tracee's memory ends inside the buffer, reads past that point fail
as they would one by one, and print as strace prints them (an address, or
``... /* 0xaddr */`` inside an array).
"""
from __future__ import annotations

import struct

from decoders import Call, StructlessMemory
from decoders.net.netlink import (
    audit, crypto, generic, kobject_uevent, netfilter, route, selinux, sock_diag, xfrm)
from decoders.net.netlink.fields import NLMSG_HDRLEN, fetch_text
from decoders.net.netlink.message_xlat import (
    NETLINK_ACK_FLAGS, NETLINK_FLAGS, NETLINK_TYPES, NLMSGERR_ATTRS)
from decoders.net.netlink.nlattr import (
    Attrs, array_of, decode_str, decode_u32, fetch_payload, hex_payload, walk_chain)
from decoders.net.netlink.protocol import (
    NETLINK_AUDIT, NETLINK_CRYPTO, NETLINK_GENERIC, NETLINK_KOBJECT_UEVENT,
    NETLINK_NETFILTER, NETLINK_ROUTE, NETLINK_SELINUX, NETLINK_SOCK_DIAG, NETLINK_XFRM,
    NLMSG_DONE, NLMSG_ERROR, NLMSG_MIN_TYPE, Header, Protocol)
from decoders.render.errors import errno_name
from decoders.render.flags import print_flags, print_xval
from decoders.render.scalars import pid_text

PROTOCOLS: dict[int, Protocol] = {
    NETLINK_AUDIT: audit.PROTOCOL,
    NETLINK_CRYPTO: crypto.PROTOCOL,
    NETLINK_GENERIC: generic.PROTOCOL,
    NETLINK_NETFILTER: netfilter.PROTOCOL,
    NETLINK_ROUTE: route.PROTOCOL,
    NETLINK_SELINUX: selinux.PROTOCOL,
    NETLINK_SOCK_DIAG: sock_diag.PROTOCOL,
    NETLINK_XFRM: xfrm.PROTOCOL,
}
_DEFAULT = Protocol(types=NETLINK_TYPES)
# the flags every message may have, with those its type gives meaning to
_FLAG_TABLES: dict = {None: NETLINK_FLAGS}
NLM_F_CAPPED = 0x100

_NLMSGHDR = struct.Struct("<IHHII")
# strace reads at most this much of a buffer in one go; the rest, if ever
# printed, is read where it is needed
PREFETCH_LIMIT = 1 << 16


class PrefetchedMemory:
    """A tracee Memory that answers from one read of ``[base, base+size)``."""

    __slots__ = ("inner", "base", "data", "end", "cut")

    def __init__(self, inner, base: int, size: int):
        self.inner = inner
        self.base = base
        self.data = inner.read_partial(base, size) if base and size > 0 else b""
        self.end = base + len(self.data)
        self.cut = len(self.data) < size   # the tracee's memory ends at self.end

    def _inside(self, addr: int, size: int):
        """The bytes, b"" when they cannot be had, None when not ours to say."""
        offset = addr - self.base
        if offset < 0 or addr > self.end:
            return None
        if addr + size <= self.end:
            return self.data[offset:offset + size]
        return b"" if self.cut else None

    def read(self, addr: int, size: int) -> bytes | None:
        if size <= 0:
            return b"" if addr else None
        got = self._inside(addr, size)
        if got is None:
            return self.inner.read(addr, size)
        return got if len(got) == size else None

    def read_partial(self, addr: int, size: int) -> bytes:
        got = self._inside(addr, size)
        if got is None:
            if self.cut and self.base <= addr <= self.end:
                return self.data[addr - self.base:]
            return self.inner.read_partial(addr, size)
        return got

    def cstring(self, addr: int, limit: int):
        offset = addr - self.base
        if offset < 0 or addr >= self.end:
            return self.inner.cstring(addr, limit)
        chunk = self.data[offset:offset + limit + 1]
        end = chunk.find(b"\0")
        if end >= 0:
            return chunk[:end], True
        if len(chunk) == limit + 1 or self.cut:
            return chunk[:limit], False
        return self.inner.cstring(addr, limit)


def decode_netlink(call: Call, family: int | None, addr: int, length: int) -> str:
    """The text of ``length`` bytes at ``addr`` sent or received on a netlink
    socket of protocol ``family`` (None: unknown)."""
    if family == NETLINK_KOBJECT_UEVENT:
        return kobject_uevent.decode(call, addr, length)
    saved = call.mem
    memory = PrefetchedMemory(saved, addr, min(length, PREFETCH_LIMIT))
    # strace's structure reads fail for a failed call's output, its string reads do not
    call.mem = StructlessMemory(memory) if call.exiting and call.failed else memory
    try:
        return _messages(call, family, addr, length)
    finally:
        call.mem = saved


def _messages(call: Call, family: int | None, addr: int, length: int) -> str:
    return walk_chain(call, addr, length, _NLMSGHDR, lambda fields, at, left: message_text(
        call, family, Header(*fields), at, left))


def message_text(call: Call, family: int | None, header: Header, addr: int,
                 length: int) -> str:
    """One message: its header, and ``[header, payload]`` when it has one."""
    shown = min(header.len, length)
    text = header_text(call, family, header)
    if shown <= NLMSG_HDRLEN:
        return text
    payload = _payload(call, family, header, addr + NLMSG_HDRLEN, shown - NLMSG_HDRLEN)
    return "[" + text + ", " + payload + "]"


def _protocol(family: int | None, msg_type: int) -> Protocol:
    if msg_type < NLMSG_MIN_TYPE or family is None:
        return _DEFAULT
    return PROTOCOLS.get(family, _DEFAULT)


def header_text(call: Call, family: int | None, header: Header) -> str:
    style = call.opts.xlat_style
    protocol = _protocol(family, header.type)
    if protocol.type_text is not None:
        type_text = protocol.type_text(call, header.type)
    else:
        type_text = print_xval(header.type, protocol.types or NETLINK_TYPES, protocol.dflt,
                               style)
    extra = None
    if header.type < NLMSG_MIN_TYPE:
        if header.type == NLMSG_ERROR:
            extra = NETLINK_ACK_FLAGS
    elif protocol.flags_for is not None:
        extra = protocol.flags_for(header.type)
    table = _FLAG_TABLES.get(extra)
    if table is None:
        table = _FLAG_TABLES[extra] = NETLINK_FLAGS + extra
    pid = header.pid - (1 << 32) if header.pid & 0x80000000 else header.pid
    return "{nlmsg_len=%d, nlmsg_type=%s, nlmsg_flags=%s, nlmsg_seq=%d, nlmsg_pid=%s}" % (
        header.len, type_text, print_flags(header.flags, table, "NLM_F_???", style),
        header.seq, pid_text(pid, call))


def _payload(call: Call, family: int | None, header: Header, addr: int, length: int) -> str:
    if header.type == NLMSG_ERROR:
        return _nlmsgerr(call, family, addr, length, bool(header.flags & NLM_F_CAPPED))
    if header.type >= NLMSG_MIN_TYPE or header.type == NLMSG_DONE:
        protocol = PROTOCOLS.get(family) if family is not None else None
        if protocol is not None and protocol.payload is not None:
            text = protocol.payload(call, header, addr, length)
            if text is not None:
                return text
    if header.type == NLMSG_DONE and length == 4:
        data, failed = fetch_text(call, addr, 4)
        return failed if data is None else str(struct.unpack("<i", data)[0])
    return hex_payload(call, addr, length)


_cookie = array_of(1, lambda chunk, call: str(chunk[0]))


_NLMSGERR_ATTRS = Attrs(NLMSGERR_ATTRS, "NLMSGERR_ATTR_???", {
    "NLMSGERR_ATTR_MSG": decode_str,
    "NLMSGERR_ATTR_OFFS": decode_u32,
    "NLMSGERR_ATTR_COOKIE": _cookie,
})
_NLMSGERR_SIZE = 4 + NLMSG_HDRLEN


def error_text(error: int, call: Call) -> str:
    """print_err of a negated errno: ``-EACCES``."""
    name = errno_name(-error) if error < 0 else None
    style = call.opts.xlat_style
    if name is None or style == "raw":
        return str(error)
    return "%d /* -%s */" % (error, name) if style == "verbose" else "-" + name


def _nlmsgerr(call: Call, family: int | None, addr: int, length: int, capped: bool) -> str:
    data, failed = fetch_payload(call, addr, length, _NLMSGERR_SIZE)
    if data is None:
        return failed
    error = struct.unpack_from("<i", data)[0]
    inner = Header(*_NLMSGHDR.unpack_from(data, 4))
    addr += 4
    length -= 4
    inner_len = max(NLMSG_HDRLEN, inner.len)
    payload = min(length, NLMSG_HDRLEN if capped else inner_len)
    text = "{error=%s, msg=%s}" % (error_text(error, call),
                                   message_text(call, family, inner, addr, payload))
    if length > payload:
        attrs = _NLMSGERR_ATTRS.decode(call, addr + payload, length - payload)
        return "[" + text + ", " + attrs + "]"
    return text
