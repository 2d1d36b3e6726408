"""Control messages (a msghdr's msg_control): ``[{cmsg_len=28,
cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3, 4]}, ...]``.

Socket-level and IP-level messages have their data decoded when it is at
least as long as the type needs (strace's msghdr.c); any other message shows
its level and type only."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.addrs import ifindex_text, inet_addr_text
from decoders.net.sockaddr import AF_INET, SOCKADDR_STORAGE, _quote, sockaddr_text
from decoders.net.sockopt_xlat import SOCKET_LAYERS
from decoders.render.flags import print_xval
from decoders.render.numbers import U32, hexval, id_text
from decoders.render.scalars import fd_text, pid_text
from decoders.render.strings import hex_address
from decoders.render.structs import comment, local_array

SCM_TYPES = (
    (0x1, 'SCM_RIGHTS'), (0x2, 'SCM_CREDENTIALS'), (0x3, 'SCM_SECURITY'),
    (0x29, 'SO_WIFI_STATUS'), (0x3d, 'SO_TXTIME'), (0x1d, 'SO_TIMESTAMP_OLD'),
    (0x23, 'SO_TIMESTAMPNS_OLD'), (0x25, 'SO_TIMESTAMPING_OLD'), (0x3f, 'SO_TIMESTAMP_NEW'),
    (0x40, 'SO_TIMESTAMPNS_NEW'), (0x41, 'SO_TIMESTAMPING_NEW'),
    (0x36, 'SCM_TIMESTAMPING_OPT_STATS'), (0x3a, 'SCM_TIMESTAMPING_PKTINFO'),
)
IP_CMSG_TYPES = (
    (0x1, 'IP_TOS'), (0x2, 'IP_TTL'), (0x6, 'IP_RECVOPTS'), (0x7, 'IP_RETOPTS'),
    (0x8, 'IP_PKTINFO'), (0xb, 'IP_RECVERR'), (0x14, 'IP_ORIGDSTADDR'), (0x17, 'IP_CHECKSUM'),
    (0x3, 'SCM_SECURITY'),
)
SOL_IP, SOL_SOCKET = 0, 1
_CMSGHDR = struct.Struct("<Qii")
OPTMEM_MAX_FALLBACK = 8 * (2 * 1024 + 512)
TIMESPEC_SIZE = 16


def _optmem_max() -> int:
    """The longest msg_control strace reads: the kernel's optmem_max."""
    try:
        with open("/proc/sys/net/core/optmem_max") as f:
            value = int(f.read())
        if value > 0:
            return (value + 7) & ~7
    except (OSError, ValueError):
        pass
    return OPTMEM_MAX_FALLBACK


_OPTMEM_MAX = _optmem_max()


# ---- the data of each kind of message: (data, call) -> text ----------------------

def _rights(data: bytes, call: Call) -> str:
    fds = struct.unpack_from("<%di" % (len(data) // 4), data)
    return local_array([fd_text(fd, call) for fd in fds], call)


def _credentials(data: bytes, call: Call) -> str:
    pid, uid, gid = struct.unpack_from("<iII", data)
    return "{pid=%s, uid=%s, gid=%s}" % (pid_text(pid, call), id_text(uid), id_text(gid))


def _security(data: bytes, call: Call) -> str:
    return _quote(data, call)


def _time(data: bytes, fraction: str) -> str:
    sec, part = struct.unpack_from("<qQ", data)
    return "{tv_sec=%d, %s=%d}" % (sec, fraction, part)


def _timeval(data: bytes, call: Call) -> str:
    return _time(data, "tv_usec") if len(data) >= TIMESPEC_SIZE else "???"


def _timespec(data: bytes, call: Call) -> str:
    return _time(data, "tv_nsec") if len(data) >= TIMESPEC_SIZE else "???"


def _timespec_triple(data: bytes, call: Call) -> str:
    if len(data) < 3 * TIMESPEC_SIZE:
        return "???"
    return "[%s]" % ", ".join(_time(data[i * TIMESPEC_SIZE:], "tv_nsec") for i in range(3))


def _pktinfo(data: bytes, call: Call) -> str:
    return "{ipi_ifindex=%s, %s, %s}" % (
        ifindex_text(struct.unpack_from("<I", data)[0], call),
        inet_addr_text(AF_INET, data[4:8], "ipi_spec_dst", call),
        inet_addr_text(AF_INET, data[8:12], "ipi_addr", call))


def _uints(data: bytes, call: Call) -> str:
    return local_array([str(v) for v in struct.unpack_from("<%dI" % (len(data) // 4), data)],
                       call)


def _bytes_hex(data: bytes, call: Call) -> str:
    return local_array([hexval(b) for b in data], call)


def _recverr(data: bytes, call: Call) -> str:
    errno, origin, kind, code, _, info, ee_data = struct.unpack_from("<IBBBBII", data)
    return ("{ee_errno=%d, ee_origin=%d, ee_type=%d, ee_code=%d, ee_info=%d, ee_data=%d, "
            "offender=%s}" % (errno, origin, kind, code, info, ee_data,
                              sockaddr_text(data[16:32], 16, call)))


def _origdstaddr(data: bytes, call: Call) -> str:
    length = min(len(data), SOCKADDR_STORAGE)
    return sockaddr_text(data[:length], length, call)


# type -> (printer, the shortest data it is used for)
_SOCKET_DATA = {
    1: (_rights, 4), 2: (_credentials, 12), 3: (_security, 1), 0x1d: (_timeval, 1),
    0x23: (_timespec, 1), 0x25: (_timespec_triple, 1), 0x3f: (_timeval, 1),
    0x40: (_timespec, 1), 0x41: (_timespec_triple, 1),
}
_IP_DATA = {
    8: (_pktinfo, 12), 2: (_uints, 4), 1: (_bytes_hex, 1), 6: (_bytes_hex, 1),
    7: (_bytes_hex, 1), 0xb: (_recverr, 32), 0x14: (_origdstaddr, 16), 0x17: (_uints, 4),
    3: (_security, 1),
}
_LEVELS = {SOL_SOCKET: (SCM_TYPES, "SCM_???", _SOCKET_DATA),
           SOL_IP: (IP_CMSG_TYPES, "IP_???", _IP_DATA)}


def _type_and_data(level: int, ctype: int, data: bytes, call: Call) -> str:
    known = _LEVELS.get(level)
    if known is None:
        return hexval(ctype & U32)
    names, dflt, printers = known
    text = print_xval(ctype & U32, names, dflt, call.opts.xlat_style)
    printer, min_len = printers.get(ctype & U32, (None, 0))
    if printer is not None and len(data) >= min_len:
        text += ", cmsg_data=" + printer(data, call)
    return text


def msg_control_text(addr: int, length: int, call: Call) -> str:
    """decode_msg_control: the messages in the ``length`` bytes at ``addr``
    (at most optmem_max of them), ``...`` where they were cut."""
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
            cmsg_len, print_xval(level & U32, SOCKET_LAYERS, "SOL_???", style),
            _type_and_data(level, ctype, body, call)))
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
