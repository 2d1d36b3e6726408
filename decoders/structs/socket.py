"""Socket addresses, message headers, iovec arrays and socket constants.

Kinds whose text spans two arguments (an output sockaddr and its ``<>``
length) remember the length the caller offered at entry in ``call.saved`` and
print ``[offered => returned]`` at exit, as strace does.
"""
from __future__ import annotations

import socket as _socket
import struct

from decoders import Call, arg_kind
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U64, hexval, signed
from decoders.render.strings import buffer, escape, hex_address
from decoders.render.structs import comment, fetch, print_array
from decoders.xlat import socket as xsock

AF_UNIX, AF_INET, AF_INET6, AF_NETLINK = 1, 2, 10, 16
SOCKADDR_STORAGE = 128
SUN_PATH_OFFSET = 2
SIN6_MIN_LEN = 24      # sockaddr_in6 up to (not including) sin6_scope_id

_SCM_TYPES = (
    (0x1, "SCM_RIGHTS"), (0x2, "SCM_CREDENTIALS"), (0x3, "SCM_SECURITY"),
    (0x29, "SO_WIFI_STATUS"), (0x3d, "SO_TXTIME"), (0x1d, "SO_TIMESTAMP_OLD"),
    (0x23, "SO_TIMESTAMPNS_OLD"), (0x25, "SO_TIMESTAMPING_OLD"),
    (0x3f, "SO_TIMESTAMP_NEW"), (0x40, "SO_TIMESTAMPNS_NEW"),
    (0x41, "SO_TIMESTAMPING_NEW"), (0x36, "SCM_TIMESTAMPING_OPT_STATS"),
    (0x3a, "SCM_TIMESTAMPING_PKTINFO"),
)


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
    fields = ["sa_family=" + print_xval(family, xsock.ADDRESS_FAMILIES, "AF_???", style)]
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


# ---- constants ---------------------------------------------------------------

@arg_kind("socket_domain")
def _socket_domain(value: int, call: Call) -> str:
    return print_xval(value, xsock.ADDRESS_FAMILIES, "AF_???", call.opts.xlat_style)


SOCK_TYPE_MASK = 0xF


@arg_kind("socket_type")
def _socket_type(value: int, call: Call) -> str:
    value &= 0xFFFFFFFF
    style = call.opts.xlat_style
    name = None
    for known, text in xsock.SOCKET_TYPES:
        if known == value & SOCK_TYPE_MASK:
            name = text
            break
    if name is not None:
        head = print_xval(value & SOCK_TYPE_MASK, xsock.SOCKET_TYPES, None, style)
        rest = value & ~SOCK_TYPE_MASK
        if not rest:
            return head
        return head + "|" + print_flags(rest, xsock.SOCK_TYPE_FLAGS, "SOCK_???", style)
    return print_flags(value, xsock.SOCK_TYPE_FLAGS, "SOCK_???", style)


@arg_kind("sock_flags")
def _sock_flags(value: int, call: Call) -> str:
    """accept4's flags."""
    return print_flags(value, xsock.SOCK_TYPE_FLAGS, "SOCK_???", call.opts.xlat_style)


@arg_kind("shutdown_how")
def _shutdown_how(value: int, call: Call) -> str:
    return print_xval(value, xsock.SHUTDOWN_MODES, "SHUT_???", call.opts.xlat_style)


@arg_kind("sockopt_level")
def _sockopt_level(value: int, call: Call) -> str:
    return print_xval(value & 0xFFFFFFFF, xsock.SOCKET_LAYERS, "SOL_??", call.opts.xlat_style)


@arg_kind("msg_flags")
def _msg_flags(value: int, call: Call) -> str:
    return print_flags(value & 0xFFFFFFFF, xsock.MSG_FLAGS, "MSG_???", call.opts.xlat_style)


# ---- iovec -------------------------------------------------------------------

_IOVEC = struct.Struct("<QQ")


def iovec_text(call: Call, addr: int, count: int, data_size: int | None,
               contents: bool = True) -> str:
    """An iovec array; the buffers hold ``data_size`` bytes in all (None: no
    limit), and with ``contents`` False their addresses are printed instead."""
    remaining = [data_size]

    def one(chunk: bytes) -> str:
        base, length = _IOVEC.unpack(chunk)
        shown = length
        if remaining[0] is not None:
            shown = min(length, remaining[0])
            remaining[0] -= shown
        text = buffer(base, shown, call) if contents else hex_address(base)
        return "{iov_base=%s, iov_len=%d}" % (text, length)

    # The array itself is read even when the call failed (only the buffers
    # then print as addresses).
    return print_array(call, addr, count, 16, one, ignore_failure=True)


@arg_kind("iovec_in")
def _iovec_in(value: int, call: Call) -> str:
    """writev's iovec array: the count is the next argument."""
    return iovec_text(call, value, call.args[call.index + 1] & U64, None)


@arg_kind("iovec_out")
def _iovec_out(value: int, call: Call) -> str:
    """readv's iovec array, filled up to the return value."""
    count = call.args[call.index + 1] & U64
    if call.failed or call.rv is None:
        return iovec_text(call, value, count, None, contents=False)
    return iovec_text(call, value, count, call.rv)


@arg_kind("iovec_addr")
def _iovec_addr(value: int, call: Call) -> str:
    """An iovec array in another process (process_vm_*): bases as addresses."""
    return iovec_text(call, value, call.args[call.index + 1] & U64, None, contents=False)


# ---- msghdr ------------------------------------------------------------------

# msg_name msg_namelen msg_iov msg_iovlen msg_control msg_controllen msg_flags
_MSGHDR = struct.Struct("<QI4xQQQQi4x")
_CMSGHDR = struct.Struct("<Qii")
OPTMEM_MAX_FALLBACK = 8 * (2 * 1024 + 512)


def _optmem_max() -> int:
    try:
        with open("/proc/sys/net/core/optmem_max") as f:
            value = int(f.read())
        if value > 0:
            return (value + 7) & ~7
    except (OSError, ValueError):
        pass
    return OPTMEM_MAX_FALLBACK


_OPTMEM_MAX = _optmem_max()


def _cmsg_data(level: int, ctype: int, data: bytes, call: Call) -> str:
    style = call.opts.xlat_style
    if level == 1:      # SOL_SOCKET
        text = print_xval(ctype & 0xFFFFFFFF, _SCM_TYPES, "SCM_???", style)
        if ctype == 1 and len(data) >= 4:
            fds = struct.unpack_from("<%di" % (len(data) // 4), data)
            limit = len(fds) if call.opts.verbose else call.opts.string_limit
            items = [_fd_text(fd, call) for fd in fds[:limit]]
            if len(fds) > limit:
                items.append("...")
            text += ", cmsg_data=[" + ", ".join(items) + "]"
        elif ctype == 2 and len(data) >= 12:
            pid, uid, gid = struct.unpack_from("<iII", data)
            text += ", cmsg_data={pid=%d, uid=%s, gid=%s}" % (
                pid, "-1" if uid == 0xFFFFFFFF else uid, "-1" if gid == 0xFFFFFFFF else gid)
        elif ctype == 3 and data:
            text += ", cmsg_data=" + _quote(data, call)
        return text
    return hexval(ctype & 0xFFFFFFFF)


def _fd_text(fd: int, call: Call) -> str:
    if call.fd_path is not None and fd >= 0:
        path = call.fd_path(fd)
        if path:
            return "%d<%s>" % (fd, path)
    return str(fd)


def _msg_control(addr: int, length: int, call: Call) -> str:
    control_len = min(length, _OPTMEM_MAX)
    data = call.mem.read(addr, control_len) if control_len >= _CMSGHDR.size else None
    if data is None:
        return hex_address(addr)
    items = []
    pos = 0
    left = control_len
    style = call.opts.xlat_style
    while left >= _CMSGHDR.size:
        cmsg_len, level, ctype = _CMSGHDR.unpack_from(data, pos)
        size = min(cmsg_len, left)
        body = data[pos + _CMSGHDR.size:pos + size] if size > _CMSGHDR.size else b""
        items.append("{cmsg_len=%d, cmsg_level=%s, cmsg_type=%s}" % (
            cmsg_len, print_xval(level & 0xFFFFFFFF, xsock.SOCKET_LAYERS, "SOL_???", style),
            _cmsg_data(level, ctype, body, call)))
        if size < _CMSGHDR.size:
            left -= _CMSGHDR.size
            break
        step = (cmsg_len + 7) & ~7
        if step >= left:
            left = 0
            break
        pos += step
        left -= step
    if left:
        items.append("..." + comment(hex_address(addr + control_len - left)))
    elif control_len < length:
        items.append("...")
    return "[" + ", ".join(items) + "]"


def msghdr_text(data: bytes, call: Call, data_size: int | None,
                user_namelen: int | None = None) -> str:
    name, namelen, iov, iovlen, control, controllen, msg_flags = _MSGHDR.unpack_from(data)
    shown_namelen = namelen if namelen <= 0x7FFFFFFF else namelen - (1 << 32)
    if user_namelen is not None and shown_namelen > user_namelen:
        shown_namelen = user_namelen
    fields = ["msg_name=" + decode_sockaddr(name, shown_namelen, call)]
    namelen_text = str(signed(namelen, 32))
    if user_namelen is not None and user_namelen != signed(namelen, 32):
        namelen_text = "%d => %s" % (user_namelen, namelen_text)
    fields.append("msg_namelen=" + namelen_text)
    fields.append("msg_iov=" + iovec_text(call, iov, iovlen, data_size))
    fields.append("msg_iovlen=%d" % iovlen)
    if controllen:
        fields.append("msg_control=" + _msg_control(control, controllen, call))
    fields.append("msg_controllen=%d" % controllen)
    fields.append("msg_flags=" + print_flags(msg_flags & 0xFFFFFFFF, xsock.MSG_FLAGS, "MSG_???",
                                       call.opts.xlat_style))
    return "{" + ", ".join(fields) + "}"


@arg_kind("msghdr_in")
def _msghdr_in(value: int, call: Call) -> str:
    data = fetch(call, value, _MSGHDR.size, ignore_failure=True)
    if data is None:
        return hex_address(value)
    return msghdr_text(data, call, None)


@arg_kind("msghdr_out")
def _msghdr_out(value: int, call: Call) -> str:
    """recvmsg's header.  Read at entry too (``<>``), it shows the name length
    offered as ``msg_namelen=110 => 16``, and ``{msg_namelen=110}`` on failure."""
    if not call.exiting:
        raw = call.mem.read(value, _MSGHDR.size) if value else None
        call.saved["msg_namelen"] = (None if raw is None else
                                     signed(_MSGHDR.unpack_from(raw)[1], 32))
        return ""
    offered = call.saved.get("msg_namelen")
    if offered is None and "msg_namelen" in call.saved:
        return hex_address(value)
    if call.failed:
        return "{msg_namelen=%d}" % offered if offered is not None else hex_address(value)
    data = call.mem.read(value, _MSGHDR.size) if value else None
    if data is None:
        return hex_address(value)
    return msghdr_text(data, call, call.rv, offered)


# ---- mmsghdr -------------------------------------------------------------------

_MMSGHDR_SIZE = 64
IOV_MAX = 1024


def _mmsghdr_array(value: int, call: Call, count: int, with_len: int,
                   use_msg_len: bool, namelens: list | None) -> str:
    state = {"i": 0, "left": IOV_MAX if namelens is None else min(IOV_MAX, len(namelens))}

    def one(chunk: bytes) -> str | None:
        i = state["i"]
        if state["left"] <= 0:
            if state.get("cut"):
                return None
            state["cut"] = True
            return "..."
        state["left"] -= 1
        state["i"] += 1
        msg_len = struct.unpack_from("<I", chunk, 56)[0]
        user = namelens[i] if namelens is not None else None
        text = "{msg_hdr=" + msghdr_text(chunk, call, msg_len if use_msg_len else None, user)
        if i < with_len:
            text += ", msg_len=%d" % msg_len
        return text + "}"

    return print_array(call, value, count, _MMSGHDR_SIZE, one, ignore_failure=True)


@arg_kind("mmsghdr_in")
def _mmsghdr_in(value: int, call: Call) -> str:
    """sendmmsg's vector: at exit the first return-value entries show msg_len."""
    count = call.args[call.index + 1] & 0xFFFFFFFF
    sent = call.rv if call.exiting and not call.failed and call.rv else 0
    return _mmsghdr_array(value, call, count, sent, False, None)


@arg_kind("mmsghdr_out")
def _mmsghdr_out(value: int, call: Call) -> str:
    """recvmmsg's vector, as many entries as were received."""
    count = call.args[call.index + 1] & 0xFFFFFFFF
    if not call.exiting:
        namelens = []
        for i in range(min(count, IOV_MAX)):
            raw = call.mem.read(value + i * _MMSGHDR_SIZE, _MMSGHDR_SIZE) if value else None
            if raw is None:
                break
            namelens.append(signed(_MSGHDR.unpack_from(raw)[1], 32))
        call.saved["mmsg_namelens"] = namelens
        return ""
    if call.failed or call.rv is None:
        return hex_address(value)
    return _mmsghdr_array(value, call, call.rv, call.rv, True,
                          call.saved.get("mmsg_namelens"))
