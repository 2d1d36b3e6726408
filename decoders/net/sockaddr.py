"""Socket addresses (connect, bind, accept, sendto, recvfrom, getsockname...)
and their lengths.

Kinds whose text spans two arguments (an output sockaddr and its ``<>``
length) remember the length the caller offered at entry in ``call.saved`` and
print ``[offered => returned]`` at exit, as strace does."""
from __future__ import annotations

import socket as _socket
import struct

from decoders import Call, arg_kind
from decoders.net.socket_xlat import ADDRESS_FAMILIES
from decoders.render.flags import print_xval
from decoders.render.numbers import hexval, signed
from decoders.render.strings import escape, hex_address
from decoders.render.structs import fetch

AF_UNIX, AF_INET, AF_INET6, AF_NETLINK = 1, 2, 10, 16
SOCKADDR_STORAGE = 128
SUN_PATH_OFFSET = 2
SIN6_MIN_LEN = 24      # sockaddr_in6 up to (not including) sin6_scope_id


def _quote(data: bytes, call: Call) -> str:
    return '"%s"' % escape(data, call.opts.hex_strings)


def _hex_quote(data: bytes) -> str:
    return '"%s"' % escape(data, 2)


# ---- sockaddr ---------------------------------------------------------------

def _sun_path(data: bytes, addrlen: int, call: Call) -> str:
    path = data[SUN_PATH_OFFSET:min(addrlen, 110)]
    if path[:1] != b"\0":
        end = path.find(b"\0")
        return _quote(path if end < 0 else path[:end], call)
    return "@" + _quote(path[1:], call)


def _port(raw: bytes, style: str, var: str) -> str:
    number = "htons(%d)" % struct.unpack(">H", raw)[0]
    if style == "abbrev":
        return "%s=%s" % (var, number)
    if style == "raw":
        return "%s=%s" % (var, _hex_quote(raw))
    return "%s=%s /* %s */" % (var, _hex_quote(raw), number)


def _inet_addr(raw: bytes, call: Call) -> str:
    style = call.opts.xlat_style
    name = "inet_addr(%s)" % _quote(_socket.inet_ntop(_socket.AF_INET, raw).encode(), call)
    if style == "abbrev":
        return "sin_addr=" + name
    if style == "raw":
        return "sin_addr=" + _hex_quote(raw)
    return "sin_addr=%s /* %s */" % (_hex_quote(raw), name)


def _inet6_addr(raw: bytes, call: Call) -> str:
    style = call.opts.xlat_style
    text = _quote(_socket.inet_ntop(_socket.AF_INET6, raw).encode(), call)
    if style == "abbrev":
        return "inet_pton(AF_INET6, %s, &sin6_addr)" % text
    if style == "raw":
        return "sin6_addr=" + _hex_quote(raw)
    return "sin6_addr=%s /* inet_pton(AF_INET6, %s) */" % (_hex_quote(raw), text)


def _is_link_local(raw: bytes) -> bool:
    return (raw[0] == 0xFE and raw[1] & 0xC0 == 0x80) or (raw[0] == 0xFF and raw[1] & 0x0F == 2)


def sockaddr_text(data: bytes, addrlen: int, call: Call) -> str:
    """The ``{sa_family=..., ...}`` text of ``addrlen`` bytes of a sockaddr."""
    style = call.opts.xlat_style
    data = data.ljust(SOCKADDR_STORAGE + 1, b"\0")
    family = struct.unpack_from("<H", data)[0]
    fields = ["sa_family=" + print_xval(family, ADDRESS_FAMILIES, "AF_???", style)]
    if addrlen > 2:
        if family == AF_UNIX and addrlen >= 3:
            fields.append("sun_path=" + _sun_path(data, addrlen, call))
        elif family == AF_INET and addrlen >= 16:
            fields.append(_port(data[2:4], style, "sin_port"))
            fields.append(_inet_addr(data[4:8], call))
        elif family == AF_INET6 and addrlen >= SIN6_MIN_LEN:
            fields.append(_port(data[2:4], style, "sin6_port"))
            flowinfo = data[4:8]
            number = "htonl(%d)" % struct.unpack(">I", flowinfo)[0]
            if style == "abbrev":
                fields.append("sin6_flowinfo=" + number)
            elif style == "raw":
                fields.append("sin6_flowinfo=" + _hex_quote(flowinfo))
            else:
                fields.append("sin6_flowinfo=%s /* %s */" % (_hex_quote(flowinfo), number))
            fields.append(_inet6_addr(data[8:24], call))
            if addrlen > SIN6_MIN_LEN:
                scope = struct.unpack_from("<I", data, 24)[0]
                if _is_link_local(data[8:24]) and style != "raw":
                    fields.append("sin6_scope_id=" + _ifindex(scope, style))
                else:
                    fields.append("sin6_scope_id=%d" % scope)
        elif family == AF_NETLINK and addrlen >= 12:
            pad, pid, groups = struct.unpack_from("<HII", data, 2)
            if pad:
                fields.append("nl_pad=%s" % hexval(pad))
            fields.append("nl_pid=%d" % signed(pid, 32))
            fields.append("nl_groups=" + ("%#08x" % groups if groups else "00000000"))
        else:
            fields.append("sa_data=" + _quote(data[2:addrlen], call))
    return "{" + ", ".join(fields) + "}"


def _ifindex(index: int, style: str) -> str:
    try:
        name = _socket.if_indextoname(index)
    except OSError:
        return str(index)
    text = 'if_nametoindex("%s")' % name
    return "%d /* %s */" % (index, text) if style == "verbose" else text


def decode_sockaddr(addr: int, addrlen: int, call: Call, output: bool = False) -> str:
    if addrlen < 2:
        return hex_address(addr)
    addrlen = min(addrlen, SOCKADDR_STORAGE)
    data = fetch(call, addr, addrlen, ignore_failure=not output)
    if data is None:
        return hex_address(addr)
    return sockaddr_text(data, addrlen, call)


@arg_kind("sockaddr_in")
def _sockaddr_in(value: int, call: Call) -> str:
    """An input sockaddr; its length is the next argument."""
    return decode_sockaddr(value, signed(call.args[call.index + 1], 32), call)


def _offered_socklen(call: Call, addr_arg: int, len_arg: int) -> int | None:
    """The socklen the caller offered, read once at entry (None: not readable)."""
    if "socklen" not in call.saved:
        offered = None
        addr, len_addr = call.args[addr_arg], call.args[len_arg]
        if addr and len_addr:
            raw = call.mem.read(len_addr, 4)
            if raw is not None:
                offered = struct.unpack("<i", raw)[0]
        call.saved["socklen"] = offered
    return call.saved["socklen"]


def _returned_socklen(call: Call, len_arg: int) -> int | None:
    if call.failed:
        return None
    raw = call.mem.read(call.args[len_arg], 4)
    return None if raw is None else struct.unpack("<i", raw)[0]


@arg_kind("sockaddr_out")
def _sockaddr_out(value: int, call: Call) -> str:
    """An output sockaddr whose length is in the following ``<>`` socklen pointer."""
    offered = _offered_socklen(call, call.index, call.index + 1)
    if not call.exiting:
        return ""
    returned = _returned_socklen(call, call.index + 1)
    if offered is None or returned is None:
        return hex_address(value)
    return decode_sockaddr(value, min(offered, returned), call, output=True)


@arg_kind("socklen_ptr")
def _socklen_ptr(value: int, call: Call) -> str:
    """``[16]``, or ``[128 => 16]`` when the kernel changed the length."""
    offered = _offered_socklen(call, call.index - 1, call.index)
    if not call.exiting:
        return ""
    if offered is None:
        return hex_address(value)
    returned = _returned_socklen(call, call.index)
    if returned is None:
        return "[%d]" % offered
    if returned != offered:
        return "[%d => %d]" % (offered, returned)
    return "[%d]" % returned
