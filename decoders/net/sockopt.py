"""setsockopt and getsockopt: levels, option names and values."""
from __future__ import annotations

import struct
from functools import lru_cache

from decoders import Call, arg_kind, syscall_decoder
from decoders.net.sockopt_xlat import (
    GETSOCK_IPV6_OPTIONS, GETSOCK_IP_OPTIONS, GETSOCK_OPTIONS, SETSOCK_IPV6_OPTIONS,
    SETSOCK_IP_OPTIONS, SETSOCK_OPTIONS, SOCKETLAYERS, SOCKET_LAYERS, SOCK_IPV6_OPTIONS,
    SOCK_IP_OPTIONS, SOCK_NETLINK_OPTIONS, SOCK_OPTIONS, SOCK_PACKET_OPTIONS,
    SOCK_RAW_OPTIONS, SOCK_TCP_OPTIONS, SOCK_UDP_OPTIONS)
from decoders.render.errors import errno_name
from decoders.render.flags import print_xval
from decoders.render.numbers import U32, int32
from decoders.render.scalars import fd_text, pid_text
from decoders.render.strings import buffer, hex_address, quote
from decoders.render.structs import fetch


@arg_kind("sockopt_level")
def _sockopt_level(value: int, call: Call) -> str:
    return print_xval(value & 0xFFFFFFFF, SOCKET_LAYERS, "SOL_??", call.opts.xlat_style)


SOL_IP, SOL_SOCKET, SOL_TCP, SOL_UDP, SOL_IPV6, SOL_RAW = 0, 1, 6, 17, 41, 255
SOL_PACKET, SOL_NETLINK = 263, 270

_LEVEL_NAMES = {
    SOL_SOCKET: ((SOCK_OPTIONS + GETSOCK_OPTIONS, SOCK_OPTIONS + SETSOCK_OPTIONS),
                 "SO_???"),
    SOL_IP: ((SOCK_IP_OPTIONS + GETSOCK_IP_OPTIONS,
              SOCK_IP_OPTIONS + SETSOCK_IP_OPTIONS), "IP_???"),
    SOL_IPV6: ((SOCK_IPV6_OPTIONS + GETSOCK_IPV6_OPTIONS,
                SOCK_IPV6_OPTIONS + SETSOCK_IPV6_OPTIONS), "IPV6_???"),
    SOL_TCP: ((SOCK_TCP_OPTIONS,) * 2, "TCP_???"),
    SOL_UDP: ((SOCK_UDP_OPTIONS,) * 2, "UDP_???"),
    SOL_RAW: ((SOCK_RAW_OPTIONS,) * 2, "RAW_???"),
    SOL_PACKET: ((SOCK_PACKET_OPTIONS,) * 2, "PACKET_???"),
    SOL_NETLINK: ((SOCK_NETLINK_OPTIONS,) * 2, "NETLINK_???"),
}


def _so(name: str) -> int:
    for value, n in SOCK_OPTIONS:
        if n == name:
            return value
    raise KeyError(name)


@lru_cache(maxsize=1)
def _int_like() -> frozenset:
    names = ("SO_DEBUG SO_REUSEADDR SO_DONTROUTE SO_BROADCAST SO_SNDBUF SO_RCVBUF SO_KEEPALIVE "
             "SO_OOBINLINE SO_NO_CHECK SO_PRIORITY SO_BSDCOMPAT SO_REUSEPORT SO_PASSCRED "
             "SO_RCVLOWAT SO_SNDLOWAT SO_DETACH_FILTER SO_TIMESTAMP_OLD SO_ACCEPTCONN "
             "SO_SNDBUFFORCE SO_RCVBUFFORCE SO_PASSSEC SO_TIMESTAMPNS_OLD SO_MARK "
             "SO_TIMESTAMPING_OLD SO_RXQ_OVFL SO_WIFI_STATUS SO_PEEK_OFF SO_NOFCS "
             "SO_LOCK_FILTER SO_SELECT_ERR_QUEUE SO_BUSY_POLL SO_INCOMING_CPU SO_CNX_ADVICE "
             "SO_INCOMING_NAPI_ID SO_ZEROCOPY SO_TIMESTAMP_NEW SO_TIMESTAMPNS_NEW "
             "SO_TIMESTAMPING_NEW SO_DETACH_REUSEPORT_BPF SO_PREFER_BUSY_POLL "
             "SO_BUSY_POLL_BUDGET SO_RESERVE_MEM SO_RCVMARK").split()
    found = set()
    for value, n in SOCK_OPTIONS:
        if n in names:
            found.add(value)
    return frozenset(found)


SO_LINGER, SO_ERROR, SO_PEERCRED = 13, 4, 17


def _head(call: Call, getting: bool) -> str:
    level = call.args[1] & U32
    name = call.args[2] & U32
    style = call.opts.xlat_style
    known = _LEVEL_NAMES.get(level)
    if known is None:
        opt = str(name)
    else:
        tables, dflt = known
        opt = print_xval(name, tables[0] if getting else tables[1], dflt, style)
    return "%s, %s, %s" % (fd_text(call.args[0], call),
                           print_xval(level, SOCKETLAYERS, "SOL_??", style), opt)


def _int_at(call: Call, where: int) -> str:
    data = fetch(call, where, 4)
    return hex_address(where) if data is None else "[%d]" % struct.unpack("<i", data)[0]


def _hex_bytes(call: Call, where: int, length: int) -> str:
    data = call.mem.read(where, length) if where else None
    return hex_address(where) if data is None else quote(data, 2)


def _linger(call: Call, where: int, length: int) -> str:
    length = min(length, 8)
    data = fetch(call, where, length)
    if data is None:
        return hex_address(where)
    fields = []
    if length >= 4:
        fields.append("l_onoff=%d" % struct.unpack_from("<i", data)[0])
    if length >= 8:
        fields.append("l_linger=%d" % struct.unpack_from("<i", data, 4)[0])
    return "{" + ", ".join(fields) + "}"


def _default_value(call: Call, where: int, length: int) -> str:
    if length == 4:
        return _int_at(call, where)
    return buffer(where, length, call)


@syscall_decoder("setsockopt")
class Setsockopt:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        level = call.args[1] & U32
        name = call.args[2] & U32
        where = call.args[3]
        length = int32(call.args[4])
        if not where:
            value = "NULL"
        elif level == SOL_SOCKET and name == SO_LINGER:
            value = hex_address(where) if length < 8 else _linger(call, where, 8)
        elif level == SOL_SOCKET and name in _int_like():
            value = hex_address(where) if length < 4 else _int_at(call, where)
        else:
            value = _default_value(call, where, length)
        return "%s, %s, %d" % (_head(call, False), value, length)

    @staticmethod
    def exit(call: Call) -> str:
        return ""


@syscall_decoder("getsockopt")
class Getsockopt:
    @staticmethod
    def entry(call: Call) -> str:
        head = _head(call, True) + ", "
        data = call.mem.read(call.args[4], 4) if call.args[4] else None
        if data is None:
            call.saved["decoded"] = True
            return head + "%s, %s" % (hex_address(call.args[3]), hex_address(call.args[4]))
        call.saved["ulen"] = struct.unpack("<i", data)[0]
        return head

    @staticmethod
    def exit(call: Call) -> str:
        if "ulen" not in call.saved:
            return ""
        ulen = call.saved["ulen"]
        where = call.args[3]
        data = None if call.failed else call.mem.read(call.args[4], 4)
        if data is None:
            return "%s, [%d]" % (hex_address(where), ulen)
        rlen = struct.unpack("<i", data)[0]
        optlen = "[%d]" % rlen if ulen == rlen else "[%d => %d]" % (ulen, rlen)
        return "%s, %s" % (_get_value(call, where, ulen, rlen), optlen)


def _get_value(call: Call, where: int, ulen: int, rlen: int) -> str:
    if ulen <= 0 or rlen <= 0 or not where:
        return hex_address(where)
    level = call.args[1] & U32
    name = call.args[2] & U32
    if level == SOL_SOCKET:
        if name == SO_LINGER:
            return _linger(call, where, rlen)
        if name == SO_PEERCRED:
            data = call.mem.read(where, min(rlen, 12))
            if data is None:
                return hex_address(where)
            names = ("pid", "uid", "gid")
            fields = []
            for i in range(len(data) // 4):
                value = struct.unpack_from("<i" if i == 0 else "<I", data, 4 * i)[0]
                fields.append("%s=%s" % (names[i], pid_text(value, call) if i == 0 else
                                         str(value if value != U32 else -1)))
            return "{" + ", ".join(fields) + "}"
        if name == SO_ERROR:
            if rlen < 4:
                return _hex_bytes(call, where, rlen)
            data = call.mem.read(where, 4)
            if data is None:
                return hex_address(where)
            err = struct.unpack("<I", data)[0]
            return "[%s]" % (errno_name(err) or str(err)) if err else "[0]"
        if name in _int_like():
            return _int_at(call, where) if rlen >= 4 else _hex_bytes(call, where, rlen)
    if level == SOL_NETLINK:
        return _int_at(call, where)
    return _default_value(call, where, rlen)
