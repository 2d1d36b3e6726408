"""sendmsg, recvmsg, sendmmsg and recvmmsg: struct msghdr, its control
messages (cmsg) and struct mmsghdr arrays."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.readwrite import iovec_text
from decoders.net.sockaddr import AF_NETLINK, SOCKADDR_STORAGE, _quote, decode_sockaddr
from decoders.net.sockbuf import netlink_iov
from decoders.net.socket_xlat import MSG_FLAGS
from decoders.net.sockopt_xlat import SOCKET_LAYERS
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import hexval, signed
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address
from decoders.render.structs import comment, fetch, print_array

_SCM_TYPES = (
    (0x1, "SCM_RIGHTS"), (0x2, "SCM_CREDENTIALS"), (0x3, "SCM_SECURITY"),
    (0x29, "SO_WIFI_STATUS"), (0x3d, "SO_TXTIME"), (0x1d, "SO_TIMESTAMP_OLD"),
    (0x23, "SO_TIMESTAMPNS_OLD"), (0x25, "SO_TIMESTAMPING_OLD"),
    (0x3f, "SO_TIMESTAMP_NEW"), (0x40, "SO_TIMESTAMPNS_NEW"),
    (0x41, "SO_TIMESTAMPING_NEW"), (0x36, "SCM_TIMESTAMPING_OPT_STATS"),
    (0x3a, "SCM_TIMESTAMPING_PKTINFO"),
)

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
            items = [fd_text(fd, call) for fd in fds[:limit]]
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
            cmsg_len, print_xval(level & 0xFFFFFFFF, SOCKET_LAYERS, "SOL_???", style),
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


def _name_family(call: Call, name: int, namelen: int) -> int | None:
    """The family of the msg_name strace has just printed."""
    if namelen < 2:
        return None
    data = fetch(call, name, min(namelen, SOCKADDR_STORAGE), ignore_failure=True)
    return None if data is None else struct.unpack_from("<H", data)[0]


def msghdr_text(data: bytes, call: Call, data_size: int | None,
                user_namelen: int | None = None) -> str:
    name, namelen, iov, iovlen, control, controllen, msg_flags = _MSGHDR.unpack_from(data)
    shown_namelen = namelen if namelen <= 0x7FFFFFFF else namelen - (1 << 32)
    if user_namelen is not None and shown_namelen > user_namelen:
        shown_namelen = user_namelen
    fields = ["msg_name=" + decode_sockaddr(name, shown_namelen, call)]
    print_base = netlink_iov(call) if _name_family(call, name, shown_namelen) == AF_NETLINK else None
    namelen_text = str(signed(namelen, 32))
    if user_namelen is not None and user_namelen != signed(namelen, 32):
        namelen_text = "%d => %s" % (user_namelen, namelen_text)
    fields.append("msg_namelen=" + namelen_text)
    fields.append("msg_iov=" + iovec_text(call, iov, iovlen, data_size, print_base=print_base))
    fields.append("msg_iovlen=%d" % iovlen)
    if controllen:
        fields.append("msg_control=" + _msg_control(control, controllen, call))
    fields.append("msg_controllen=%d" % controllen)
    fields.append("msg_flags=" + print_flags(msg_flags & 0xFFFFFFFF, MSG_FLAGS, "MSG_???",
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
