"""What -y / -yy print inside ``3<...>``: paths, sockets, devices, pidfds.

Answers come from /proc while the tracee is stopped: the fd's link target
(``/etc/passwd``, ``socket:[123]``, ``anon_inode:[pidfd]``), and for -yy the
socket's protocol and addresses from the tracee's /proc/PID/net tables, the
device numbers of character and block devices, a pidfd's pid.
"""
from __future__ import annotations

import os
import socket
import stat
import struct

from decoders.scalars import angle_bracket_text

AT_FDCWD = -100

_TCP_STATES_UNCONNECTED = {"07", "0A"}   # CLOSE, LISTEN
_NET_TABLES = (("tcp", "TCP", socket.AF_INET), ("tcp6", "TCPv6", socket.AF_INET6),
               ("udp", "UDP", socket.AF_INET), ("udp6", "UDPv6", socket.AF_INET6))


class FdResolver:
    """``resolver(fd) -> text | None`` for one tracee and the chosen -y kinds."""

    __slots__ = ("pid", "kinds", "hex_strings")

    def __init__(self, pid: int, kinds: frozenset, hex_strings: int = 0):
        self.pid = pid
        self.kinds = kinds
        self.hex_strings = hex_strings

    def __call__(self, fd: int) -> str | None:
        link = "/proc/%d/cwd" % self.pid if fd == AT_FDCWD else "/proc/%d/fd/%d" % (self.pid, fd)
        try:
            target = os.readlink(link)
        except OSError:
            return None
        if fd == AT_FDCWD:
            return angle_bracket_text(target, self.hex_strings)
        if target.startswith("socket:[") and "socket" in self.kinds:
            inode = int(target[8:-1])
            described = self._socket(inode)
            if described is not None:
                return described
            try:   # not in the /proc/net tables yet (unbound): name the protocol at least
                proto = os.getxattr(link, "system.sockprotoname").rstrip(b"\0").decode()
                return "%s:[%d]" % (proto, inode)
            except OSError:
                pass
        if target == "anon_inode:[pidfd]" and "pidfd" in self.kinds:
            pid = self._pidfd_pid(fd)
            if pid is not None:
                return "pidfd:%d" % pid
        text = angle_bracket_text(target, self.hex_strings)
        if "dev" in self.kinds and target.startswith("/"):
            try:
                st = os.stat(link)
            except OSError:
                return text
            if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
                kind = "char" if stat.S_ISCHR(st.st_mode) else "block"
                return "%s<%s %d:%d>" % (text, kind, os.major(st.st_rdev), os.minor(st.st_rdev))
        return text

    def _pidfd_pid(self, fd: int) -> int | None:
        try:
            with open("/proc/%d/fdinfo/%d" % (self.pid, fd)) as f:
                for line in f:
                    if line.startswith("Pid:"):
                        return int(line.split()[1])
        except (OSError, ValueError):
            pass
        return None

    def _socket(self, inode: int) -> str | None:
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
