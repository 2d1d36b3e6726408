"""What the decoders ask the tracer about a tracee's sockets (``call.sockets``).

A buffer sent or received on a socket is decoded by the socket's protocol:
on a netlink socket it holds netlink messages, decoded by the socket's
netlink protocol.  strace answers from the kernel: the protocol's name from
the ``system.sockprotoname`` attribute of /proc/PID/fd/N, the netlink
protocol from NETLINK_SOCK_DIAG (fdinfo's lookup, whose per-inode cache -y
shares), and the generic netlink family names from nlctrl, asked once.

Only a printed call's buffer ever asks, so a trace that prints no socket
buffer makes none of these queries, and loads neither fdinfo nor the socket
module, nor this one (a session makes its SocketQueries when first asked).
"""
from __future__ import annotations

import os
import struct

NETLINK_GENERIC = 16
GENL_ID_CTRL = 0x10
CTRL_CMD_NEWFAMILY, CTRL_CMD_GETFAMILY = 1, 3
CTRL_ATTR_FAMILY_ID, CTRL_ATTR_FAMILY_NAME = 1, 2
NLM_F_REQUEST, NLM_F_DUMP = 0x1, 0x300
_NLMSGHDR = struct.Struct("=IHHII")


def _socket_inode(pid: int, fd: int) -> tuple[str, int] | None:
    """/proc/PID/fd/N and the inode, when the descriptor is a socket."""
    if fd < 0:
        return None
    from pytrace.decode.pidns import proc_pid   # not at start-up: few traces ask
    link = "/proc/%d/fd/%d" % (proc_pid(pid), fd)
    try:
        target = os.readlink(link)
    except OSError:
        return None
    if not target.startswith("socket:[") or not target.endswith("]"):
        return None
    try:
        return link, int(target[8:-1])
    except ValueError:
        return None


def netlink_family_of(details: str | None) -> int | None:
    """The protocol number in sock_diag's ``NETLINK:[ROUTE:1234]``."""
    if not details or not details.startswith("NETLINK:["):
        return None
    from pytrace.decode.fdinfo import _NETLINK_PROTOCOLS
    rest = details[len("NETLINK:["):]
    # the names the netlink protocols go by in sock_diag's details, as strace
    # matches them: by prefix, in the order of the protocol numbers
    for number, name in sorted(_NETLINK_PROTOCOLS.items()):
        if rest.startswith(name):
            return number
    digits = len(rest) - len(rest.lstrip("0123456789"))
    return int(rest[:digits]) if digits else None


class SocketQueries:
    """The answers, kept per socket inode (a socket keeps its protocol)."""

    __slots__ = ("protocols", "genl")

    def __init__(self):
        self.protocols: dict[int, str | None] = {}
        self.genl: tuple | None = None

    def protocol(self, pid: int, fd: int) -> str | None:
        """The kernel's name for the socket's protocol: ``NETLINK``, ``TCP``..."""
        found = _socket_inode(pid, fd)
        if found is None:
            return None
        link, inode = found
        if inode not in self.protocols:
            from pytrace.decode.fdinfo import _socket_protocol_name
            self.protocols[inode] = _socket_protocol_name(link)
        return self.protocols[inode]

    def netlink_family(self, pid: int, fd: int) -> int | None:
        """The NETLINK_* protocol of a netlink socket, None when unknown."""
        found = _socket_inode(pid, fd)
        if found is None:
            return None
        link, inode = found
        from pytrace.decode.fdinfo import _cached_socket_details, _sock_diag_lookup
        details = _cached_socket_details(inode)
        if details is None:
            try:
                details = _sock_diag_lookup(inode, self.protocol(pid, fd), 0)
            except OSError:
                return None
        return netlink_family_of(details)

    def genl_families(self) -> tuple:
        """``(id, name)`` of every generic netlink family, asked of nlctrl once."""
        if self.genl is None:
            try:
                self.genl = _dump_genl_families()
            except OSError:
                self.genl = ()
        return self.genl


def _dump_genl_families() -> tuple:
    import socket
    families: dict[int, str] = {}
    ctrl = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_GENERIC)
    try:
        ctrl.settimeout(2.0)
        request = _NLMSGHDR.pack(20, GENL_ID_CTRL, NLM_F_REQUEST | NLM_F_DUMP, 0, 0)
        ctrl.sendto(request + struct.pack("=BBH", CTRL_CMD_GETFAMILY, 0, 0), (0, 0))
        flags = 0
        while _read_families(ctrl, flags, families):
            flags = socket.MSG_DONTWAIT
    finally:
        ctrl.close()
    return tuple(families.items())


def _read_families(ctrl, flags: int, families: dict) -> bool:
    """One datagram of nlctrl's answer into ``families``; False at its end."""
    try:
        data = ctrl.recv(8192, flags)
    except BlockingIOError:
        return False
    offset = 0
    while len(data) - offset >= _NLMSGHDR.size:
        length, msg_type = _NLMSGHDR.unpack_from(data, offset)[:2]
        if length < _NLMSGHDR.size or length > len(data) - offset:
            return False
        if msg_type != GENL_ID_CTRL:
            return False
        _parse_family(data[offset + 16:offset + length], families)
        offset += (length + 3) & ~3
    return offset > 0


def _parse_family(body: bytes, families: dict) -> None:
    if len(body) < 4 or body[0] != CTRL_CMD_NEWFAMILY or body[1] != 2:
        return
    name = family_id = None
    offset = 4
    while len(body) - offset >= 4:
        rta_len, rta_type = struct.unpack_from("=HH", body, offset)
        if rta_len < 4 or rta_len > len(body) - offset:
            break
        payload = body[offset + 4:offset + rta_len]
        if rta_type == CTRL_ATTR_FAMILY_NAME and name is None:
            name = payload.split(b"\0", 1)[0].decode("latin-1")
        elif rta_type == CTRL_ATTR_FAMILY_ID and family_id is None and len(payload) == 2:
            family_id = struct.unpack("=H", payload)[0]
        if name is not None and family_id is not None:
            families[family_id] = name
            name = family_id = None
        offset += (rta_len + 3) & ~3
