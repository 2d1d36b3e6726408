"""What -y / -yy print inside ``3<...>``: paths, sockets, devices, pidfds.

Answers come from /proc while the tracee is stopped: the fd's link target
(``/etc/passwd``, ``socket:[123]``, ``anon_inode:[pidfd]``), and for -yy the
socket's protocol and addresses, the device numbers of character and block
devices, a pidfd's pid.

Sockets are looked up as strace does, over NETLINK_SOCK_DIAG (inet_diag,
unix_diag, netlink_diag), and what is found is kept per inode for the rest of
the session: strace prints a socket's first found details even after it has
since connected, and -yy output is only byte-identical if pytrace does too.
Where a NETLINK_SOCK_DIAG socket cannot be had, the /proc/PID/net tables
stand in.
"""
from __future__ import annotations

import os
import socket
import stat
import struct

from decoders import DecodeOptions
from decoders.render.scalars import pid_comm_text
from decoders.render.strings import angle_bracket_text, escape
from pytrace.decode.pidns import proc_pid

AT_FDCWD = -100

_TCP_STATES_UNCONNECTED = {"07", "0A"}   # CLOSE, LISTEN
_NET_TABLES = (("tcp", "TCP", socket.AF_INET), ("tcp6", "TCPv6", socket.AF_INET6),
               ("udp", "UDP", socket.AF_INET), ("udp6", "UDPv6", socket.AF_INET6))


class FdResolver:
    """``resolver(fd) -> text | None`` for one tracee and the chosen -y kinds:
    what strace prints right after the number (``</etc/passwd>``,
    ``</tmp/x>(deleted)``, ``<pid:42>``, ``<TCP:[...]>``), None for nothing."""

    __slots__ = ("pid", "kinds", "hex_strings", "decode_pids")

    def __init__(self, pid: int, kinds: frozenset, hex_strings: int = 0,
                 decode_pids: frozenset = frozenset()):
        self.pid = proc_pid(pid)   # its /proc directory
        self.kinds = kinds
        self.hex_strings = hex_strings
        self.decode_pids = decode_pids

    def __call__(self, fd: int) -> str | None:
        if fd == AT_FDCWD:
            if "path" not in self.kinds:
                return None
            try:
                return "<%s>" % angle_bracket_text(os.readlink("/proc/%d/cwd" % self.pid),
                                                   self.hex_strings)
            except OSError:
                return None
        link = "/proc/%d/fd/%d" % (self.pid, fd)
        try:
            target = os.readlink(link)
        except OSError:
            return None
        target, deleted = strip_deleted(link, target)
        # strace's order: socket, device, pidfd, then the plain path
        if "socket" in self.kinds and target.startswith("socket:["):
            return "<%s>" % (self._socket_details(link, int(target[8:-1])) or target)
        if "dev" in self.kinds:
            device = self._device(target)
            if device is not None:
                return device
        if "pidfd" in self.kinds and target == "anon_inode:[pidfd]":
            pid = self._pidfd_pid(fd)
            if pid is not None and pid > 0:
                return "<pid:%s>" % pid_comm_text(pid, DecodeOptions(
                    hex_strings=self.hex_strings, decode_pids=self.decode_pids))
            return "<%s>" % target
        if "path" in self.kinds:
            return "<%s>%s" % (angle_bracket_text(target, self.hex_strings),
                               "(deleted)" if deleted else "")
        return None

    def _device(self, target: str) -> str | None:
        """``</dev/null<char 1:3>>`` for a character or block device."""
        if not target.startswith("/"):
            return None
        try:
            st = os.stat(target)
        except OSError:
            return None
        if not (stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)):
            return None
        kind = "char" if stat.S_ISCHR(st.st_mode) else "block"
        return "<%s<%s %d:%d>>" % (angle_bracket_text(target, self.hex_strings), kind,
                                   os.major(st.st_rdev), os.minor(st.st_rdev))

    def _socket_details(self, link: str, inode: int) -> str | None:
        """``TCP:[...]`` and the like, or None to print the link target."""
        details = _cached_socket_details(inode)
        if details is not None:
            return details
        proto = _socket_protocol_name(link)
        try:
            details = _sock_diag_lookup(inode, proto, self.hex_strings)
        except OSError:   # no NETLINK_SOCK_DIAG here (seccomp, old kernel): /proc/net
            details = self._socket_from_proc_net(inode)
            if details is None and proto is not None:
                details = "%s:[%d]" % (proto, inode)
            return details
        if details is None and proto in _DIAG_PROTOCOLS:
            details = "%s:[%d]" % (proto, inode)
        return details

    def via_pidfd(self, pidfd: int) -> "FdResolver | None":
        """The resolver of the process ``pidfd`` (a descriptor of this tracee)
        refers to, or None when it is no pidfd of a live process."""
        pid = self._pidfd_pid(pidfd)
        if pid is None or pid <= 0:
            return None
        return FdResolver(pid, self.kinds, self.hex_strings, self.decode_pids)

    def _pidfd_pid(self, fd: int) -> int | None:
        try:
            with open("/proc/%d/fdinfo/%d" % (self.pid, fd)) as f:
                for line in f:
                    if line.startswith("Pid:"):
                        return int(line.split()[1])
        except (OSError, ValueError):
            pass
        return None

    def _socket_from_proc_net(self, inode: int) -> str | None:
        for table, proto, family in _NET_TABLES:
            row = _find_inode("/proc/%d/net/%s" % (self.pid, table), inode, column=9)
            if row is None:
                continue
            local, remote, state = row[1], row[2], row[3]
            local_text = _address(local, family)
            if proto.startswith("TCP") and state in _TCP_STATES_UNCONNECTED:
                if state == "07" and local_text.endswith(":0"):
                    return "%s:[%d]" % (proto, inode)
                return "%s:[%s]" % (proto, local_text)
            if remote.endswith(":0000") and remote.strip("0:") == "":
                if local_text.endswith(":0"):
                    return "%s:[%d]" % (proto, inode)
                return "%s:[%s]" % (proto, local_text)
            return "%s:[%s->%s]" % (proto, local_text, _address(remote, family))
        row = _find_inode("/proc/%d/net/unix" % self.pid, inode, column=6)
        if row is not None:
            kind = {"0001": "STREAM", "0002": "DGRAM", "0005": "SEQPACKET"}.get(row[4], "STREAM")
            path = row[7] if len(row) > 7 else ""
            if path:
                return 'UNIX-%s:[%d,"%s"]' % (kind, inode, path)
            return "UNIX-%s:[%d]" % (kind, inode)
        if _find_inode("/proc/%d/net/netlink" % self.pid, inode, column=9) is not None:
            return "NETLINK:[%d]" % inode
        return None


_DELETED = " (deleted)"


def strip_deleted(link: str, target: str) -> tuple[str, bool]:
    """The kernel appends `` (deleted)`` to an unlinked file's path; strace
    takes it off (and prints ``(deleted)`` after the brackets) unless the
    path with that suffix is the very file, whose name then ends so."""
    if len(target) <= len(_DELETED) or not target.endswith(_DELETED):
        return target, False
    try:
        opened = os.stat(link)
    except OSError:
        return target, False
    try:
        named = os.lstat(target)
    except OSError:
        named = None
    if named is not None and (named.st_ino, named.st_dev) == (opened.st_ino, opened.st_dev):
        return target, False
    return target[:-len(_DELETED)], True


def _find_inode(path: str, inode: int, column: int):
    wanted = str(inode)
    try:
        with open(path) as f:
            next(f, None)
            for line in f:
                fields = line.split()
                if len(fields) > column and fields[column] == wanted:
                    return fields
    except OSError:
        pass
    return None


def _address(text: str, family: int) -> str:
    """``0100007F:A98F`` (as /proc/net prints it) -> ``127.0.0.1:43407``."""
    host, _, port = text.partition(":")
    raw = bytes.fromhex(host)
    if family == socket.AF_INET:
        packed = struct.pack("<I", struct.unpack(">I", raw)[0])
        return "%s:%d" % (socket.inet_ntop(socket.AF_INET, packed), int(port, 16))
    words = struct.unpack("<4I", raw)
    packed = struct.pack(">4I", *words)
    return "[%s]:%d" % (socket.inet_ntop(socket.AF_INET6, packed), int(port, 16))


# --- NETLINK_SOCK_DIAG ---------------------------------------------------

SOCK_DIAG_BY_FAMILY = 20
NLM_F_REQUEST = 0x1
NLM_F_DUMP = 0x300
NETLINK_SOCK_DIAG = 4
UDIAG_SHOW_NAME = 0x1
UDIAG_SHOW_PEER = 0x4
UNIX_DIAG_NAME = 0
UNIX_DIAG_PEER = 2
NDIAG_PROTO_ALL = 255
UNIX_PATH_MAX = 108

_NLMSGHDR = struct.Struct("=IHHII")
_NLMSG_HDRLEN = _NLMSGHDR.size
_INET_DIAG_MSG_LEN = 72
_UNIX_DIAG_MSG_LEN = 16
_NETLINK_DIAG_MSG_LEN = 28

_IPPROTO_TCP, _IPPROTO_UDP, _IPPROTO_UDPLITE, _IPPROTO_DCCP = 6, 17, 136, 33
_IPPROTO_SCTP, _IPPROTO_L2TP, _IPPROTO_ICMP, _IPPROTO_RAW = 132, 115, 1, 255

# The names the kernel gives sockets (system.sockprotoname) that strace
# knows how to ask about, in strace's order: a socket whose name is not here
# is looked for under every one of them in turn.
_DIAG_PROTOCOLS = {
    "UNIX": ("unix", socket.AF_UNIX, 0),
    "UNIX-STREAM": ("unix", socket.AF_UNIX, 0),
    "TCP": ("inet", socket.AF_INET, _IPPROTO_TCP),
    "UDP": ("inet", socket.AF_INET, _IPPROTO_UDP),
    "UDPLITE": ("inet", socket.AF_INET, _IPPROTO_UDPLITE),
    "DCCP": ("inet", socket.AF_INET, _IPPROTO_DCCP),
    "SCTP": ("inet", socket.AF_INET, _IPPROTO_SCTP),
    "L2TP/IP": ("inet", socket.AF_INET, _IPPROTO_L2TP),
    "PING": ("inet", socket.AF_INET, _IPPROTO_ICMP),
    "RAW": ("inet", socket.AF_INET, _IPPROTO_RAW),
    "TCPv6": ("inet", socket.AF_INET6, _IPPROTO_TCP),
    "UDPv6": ("inet", socket.AF_INET6, _IPPROTO_UDP),
    "UDPLITEv6": ("inet", socket.AF_INET6, _IPPROTO_UDPLITE),
    "DCCPv6": ("inet", socket.AF_INET6, _IPPROTO_DCCP),
    "SCTPv6": ("inet", socket.AF_INET6, _IPPROTO_SCTP),
    "L2TP/IPv6": ("inet", socket.AF_INET6, _IPPROTO_L2TP),
    "PINGv6": ("inet", socket.AF_INET6, _IPPROTO_ICMP),
    "RAWv6": ("inet", socket.AF_INET6, _IPPROTO_RAW),
    "NETLINK": ("netlink", socket.AF_NETLINK, 0),
}

# NETLINK_* protocol numbers by name, as strace names them (17 has none).
_NETLINK_PROTOCOLS = {
    0: "ROUTE", 1: "UNUSED", 2: "USERSOCK", 3: "FIREWALL", 4: "SOCK_DIAG", 5: "NFLOG",
    6: "XFRM", 7: "SELINUX", 8: "ISCSI", 9: "AUDIT", 10: "FIB_LOOKUP", 11: "CONNECTOR",
    12: "NETFILTER", 13: "IP6_FW", 14: "DNRTMSG", 15: "KOBJECT_UEVENT", 16: "GENERIC",
    18: "SCSITRANSPORT", 19: "ECRYPTFS", 20: "RDMA", 21: "CRYPTO", 22: "SMC",
}

# strace keeps found details in a 1024-slot table indexed by the inode's low
# bits, a newer socket evicting an older one; the same table here evicts the
# same entries, so a socket looked up again after eviction prints what strace
# prints then.  Only found details are kept, never the ``TCP:[INODE]`` stand-in.
_CACHE_SLOTS = 1024
_socket_details_cache: dict[int, tuple[int, str]] = {}


def _cached_socket_details(inode: int) -> str | None:
    entry = _socket_details_cache.get(inode & (_CACHE_SLOTS - 1))
    if entry is not None and entry[0] == inode:
        return entry[1]
    return None


def _remember_socket_details(inode: int, details: str) -> str:
    _socket_details_cache[inode & (_CACHE_SLOTS - 1)] = (inode, details)
    return details


def _socket_protocol_name(link: str) -> str | None:
    try:
        raw = os.getxattr(link, "system.sockprotoname")
    except OSError:
        return None
    return raw.split(b"\0", 1)[0].decode("latin-1") or None


def _sock_diag_lookup(inode: int, proto: str | None, hex_strings: int) -> str | None:
    """The socket's details from the kernel, or None when it does not list it.

    Raises OSError when no NETLINK_SOCK_DIAG socket can be had at all."""
    # a name strace does not know (PACKET, UDP-Lite) is asked about everywhere
    candidates = [proto] if proto in _DIAG_PROTOCOLS else list(_DIAG_PROTOCOLS)
    diag = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, NETLINK_SOCK_DIAG)
    try:
        # a reply never takes long; the timeout only guards against a kernel
        # that swallows the request
        diag.settimeout(2.0)
        for name in candidates:
            kind, family, protocol = _DIAG_PROTOCOLS[name]
            try:
                if kind == "inet":
                    details = _inet_lookup(diag, inode, family, protocol, name)
                elif kind == "unix":
                    details = _unix_lookup(diag, inode, name, hex_strings)
                else:
                    details = _netlink_lookup(diag, inode, name)
            except OSError:
                details = None
            if details is not None:
                return _remember_socket_details(inode, details)
            if len(candidates) > 1:
                # an abandoned dump's remaining replies must not be read as
                # the next query's
                diag.close()
                diag = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, NETLINK_SOCK_DIAG)
                diag.settimeout(2.0)
    finally:
        diag.close()
    return None


def _request(diag: socket.socket, flags: int, payload: bytes) -> None:
    header = _NLMSGHDR.pack(_NLMSG_HDRLEN + len(payload), SOCK_DIAG_BY_FAMILY, flags, 0, 0)
    diag.sendto(header + payload, (0, 0))


def _replies(diag: socket.socket):
    """Each reply message's ``(nlmsg_len, message bytes)`` until the kernel
    has no more queued; stops at anything but a SOCK_DIAG_BY_FAMILY message
    (NLMSG_DONE, NLMSG_ERROR) or a malformed one, as strace does."""
    flags = 0
    while True:
        if flags:
            try:
                data = diag.recv(65536, flags)
            except BlockingIOError:
                return
        else:
            data = diag.recv(65536)
        offset = 0
        if len(data) < _NLMSG_HDRLEN:
            return
        while len(data) - offset >= _NLMSG_HDRLEN:
            length, kind = _NLMSGHDR.unpack_from(data, offset)[:2]
            if length < _NLMSG_HDRLEN or length > len(data) - offset:
                if offset == 0:
                    return
                break
            if kind != SOCK_DIAG_BY_FAMILY:
                return
            yield length, data[offset:offset + length]
            offset += (length + 3) & ~3
        flags = socket.MSG_DONTWAIT


def _dumped(diag, request: bytes, message_size: int, inode_offset: int,
           inode: int) -> bytes | None:
    """The message about ``inode`` in the kernel's dump answering ``request``."""
    _request(diag, NLM_F_REQUEST | NLM_F_DUMP, request)
    for length, message in _replies(diag):
        if length < _NLMSG_HDRLEN + message_size:
            return None
        body = message[_NLMSG_HDRLEN:]
        if struct.unpack_from("=I", body, inode_offset)[0] == inode:
            return body
    return None


def _inet_lookup(diag, inode: int, family: int, protocol: int, name: str) -> str | None:
    # inet_diag_req_v2: every state; the kernel has no lookup by inode, so dump
    body = _dumped(diag, struct.pack("=BBBxI48x", family, protocol, 0, 0xFFFFFFFF),
                   _INET_DIAG_MSG_LEN, 68, inode)
    if body is None:
        return None
    msg_family = body[0]
    if msg_family == socket.AF_INET:
        size = 4
    elif msg_family == socket.AF_INET6:
        size = 16
    else:
        return None
    sport, dport = struct.unpack_from(">HH", body, 4)
    src = socket.inet_ntop(msg_family, body[8:8 + size])
    dst_raw = body[24:24 + size]
    wrap = "[%s]" if msg_family == socket.AF_INET6 else "%s"
    local = "%s:%d" % (wrap % src, sport)
    if dport or any(dst_raw):
        remote = "%s:%d" % (wrap % socket.inet_ntop(msg_family, dst_raw), dport)
        return "%s:[%s->%s]" % (name, local, remote)
    return "%s:[%s]" % (name, local)


def _unix_lookup(diag, inode: int, name: str, hex_strings: int) -> str | None:
    # unix_diag_req: this one inode, every state, with its name and peer;
    # cookie ~0 means "any"
    _request(diag, NLM_F_REQUEST,
             struct.pack("=BBxxIIIII", socket.AF_UNIX, 0, 0xFFFFFFFF, inode,
                         UDIAG_SHOW_NAME | UDIAG_SHOW_PEER, 0xFFFFFFFF, 0xFFFFFFFF))
    for length, message in _replies(diag):
        attrs_len = length - _NLMSG_HDRLEN - _UNIX_DIAG_MSG_LEN
        if attrs_len < 0:
            return None
        body = message[_NLMSG_HDRLEN:]
        if struct.unpack_from("=I", body, 4)[0] != inode:
            continue
        if body[0] != socket.AF_UNIX:
            return None
        path = None
        peer = 0
        offset = _UNIX_DIAG_MSG_LEN
        end = _UNIX_DIAG_MSG_LEN + attrs_len
        while end - offset >= 4:
            rta_len, rta_type = struct.unpack_from("=HH", body, offset)
            if rta_len < 4 or rta_len > end - offset:
                break
            payload = body[offset + 4:offset + rta_len]
            if rta_type == UNIX_DIAG_NAME and path is None and payload:
                path = payload[:UNIX_PATH_MAX]
            elif rta_type == UNIX_DIAG_PEER and len(payload) >= 4:
                peer = struct.unpack_from("=I", payload)[0]
            offset += (rta_len + 3) & ~3
        if not peer and not path:
            # nothing to add to the inode: strace's stand-in, not cached
            return None
        text = "%s:[%d" % (name, inode)
        if peer:
            text += "->%d" % peer
        if path:
            abstract = path[:1] == b"\0"
            shown = path[1:] if abstract else path
            shown = shown.split(b"\0", 1)[0]
            text += ',%s"%s"' % ("@" if abstract else "", escape(shown, hex_strings))
        return text + "]"
    return None


def _netlink_lookup(diag, inode: int, name: str) -> str | None:
    # netlink_diag_req: a dump of every protocol's sockets
    body = _dumped(diag, struct.pack("=BBxxII8x", socket.AF_NETLINK, NDIAG_PROTO_ALL, 0, 0),
                   _NETLINK_DIAG_MSG_LEN, 16, inode)
    if body is None or body[0] != socket.AF_NETLINK:
        return None
    protocol = body[2]
    protocol_name = _NETLINK_PROTOCOLS.get(protocol)
    if protocol_name is None:
        return "%s:[%d]" % (name, protocol)
    return "%s:[%s:%d]" % (name, protocol_name, struct.unpack_from("=I", body, 4)[0])
