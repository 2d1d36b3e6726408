"""sendmsg, recvmsg, sendmmsg and recvmmsg: struct msghdr (its control
messages are net/cmsg.py's) and struct mmsghdr arrays."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, ret_kind
from decoders.files.readwrite import iovec_text
from decoders.net.cmsg import msg_control_text
from decoders.net.sockaddr import AF_NETLINK, SOCKADDR_STORAGE, decode_sockaddr
from decoders.net.sockbuf import netlink_iov
from decoders.net.socket_xlat import MSG_FLAGS
from decoders.render.flags import print_flags
from decoders.render.numbers import signed
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, print_array
from decoders.time.timespec import timespec_ptr

# msg_name msg_namelen msg_iov msg_iovlen msg_control msg_controllen msg_flags
_MSGHDR = struct.Struct("<QI4xQQQQi4x")


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
        fields.append("msg_control=" + msg_control_text(control, controllen, call))
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


# ---- recvmmsg's timeout -----------------------------------------------------------

@arg_kind("recvmmsg_timeout")
def _recvmmsg_timeout(value: int, call: Call) -> str:
    """The timeout as the caller gave it: read at entry, printed at exit
    (the kernel writes what is left of it over it)."""
    if not call.exiting:
        call.saved["timeout"] = timespec_ptr(value, call)
        return ""
    return call.saved.get("timeout") or timespec_ptr(value, call)


@ret_kind("recvmmsg")
def _recvmmsg_ret(value: int, call: Call) -> str:
    """``0 (Timeout)``, or the count with what is left of the timeout."""
    if value == 0:
        return "0 (Timeout)"
    if call.opts.structs_as_addresses or not call.args[4]:
        return str(value)
    return "%d (left %s)" % (value, timespec_ptr(call.args[4], call))
