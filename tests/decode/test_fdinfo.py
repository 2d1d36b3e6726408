"""-yy socket details against strace: the same socket program traced by both.

strace asks the kernel over NETLINK_SOCK_DIAG and keeps the first details it
finds per inode; the programs below walk sockets through the states where
that shows (bound only, listening, accepted, connected after bind, unix
socketpairs and names, netlink before and after bind), printing each fd with
getsockname, which changes nothing.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import sys

import pytest

from pytrace.decode import fdinfo
from tests.conftest import run_pytrace, run_strace

needs_strace = pytest.mark.skipif(shutil.which("strace") is None, reason="strace is the oracle")

TRACED = "trace=bind,listen,connect,accept4,getsockname,socketpair,pipe2"

INET_PROGRAM = r"""
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.getsockname()
s.listen(); s.getsockname()
c = socket.socket(); c.getsockname(); c.connect(s.getsockname()); c.getsockname()
a, _ = s.accept(); a.getsockname()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.getsockname()
u.bind(("127.0.0.1", 0)); u.getsockname()
u.connect(("127.0.0.1", 9)); u.getsockname()
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u2.connect(("127.0.0.1", 9)); u2.getsockname()
"""

INET6_PROGRAM = r"""
import socket
s = socket.socket(socket.AF_INET6); s.bind(("::1", 0)); s.getsockname()
s.listen(); c = socket.socket(socket.AF_INET6); c.connect(s.getsockname()[:2]); c.getsockname()
a, _ = s.accept(); a.getsockname()
u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u.connect(("::1", 9)); u.getsockname()
"""

UNIX_PROGRAM = r"""
import os, socket, sys
path = os.path.join(sys.argv[1], "s\n<q>")
x, y = socket.socketpair(); x.getsockname()
d, e = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM); d.getsockname()
q, r = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET); q.getsockname()
l = socket.socket(socket.AF_UNIX); l.bind(path); l.getsockname(); l.listen(); l.getsockname()
c = socket.socket(socket.AF_UNIX); c.connect(path); c.getsockname()
a, _ = l.accept(); a.getsockname(); c.getsockname()
n = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); n.bind("\0" + sys.argv[1]); n.getsockname()
auto = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); auto.bind(b""); auto.getsockname()
lone = socket.socket(socket.AF_UNIX); lone.getsockname()
"""

NETLINK_PROGRAM = r"""
import os, socket
os.pipe()
n = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE); n.getsockname()
n.bind((0, 0)); n.getsockname()
g = socket.socket(socket.AF_NETLINK, socket.SOCK_DGRAM, 16); g.bind((0, 0)); g.getsockname()
"""

_BIG_NUMBER = re.compile(r"\b\d{4,}\b")
# an autobound name: five hex digits, written out in hex under -xx
_AUTOBIND = re.compile(r'@"(?:[0-9a-f]{5}|(?:\\x[0-9a-f]{2}){5})"')


def _normalised(lines: list[str]) -> list[str]:
    """Inodes, ephemeral ports and pids renumbered in order of first
    appearance, so that which fd shares which number still has to match."""
    names: dict[str, str] = {}

    def rename(match):
        return names.setdefault(match.group(0), "N%d" % len(names))

    return [_BIG_NUMBER.sub(rename, _AUTOBIND.sub('@"AUTO"', line)) for line in lines]


def _trace_both(program: str, tmp_path, *options: str) -> tuple[list[str], list[str]]:
    command = [sys.executable, "-c", program, str(tmp_path)]
    outputs = []
    for runner, name in ((run_strace, "strace"), (run_pytrace, "pytrace")):
        out = tmp_path / (name + ".out")
        for leftover in tmp_path.iterdir():   # the unix socket's path from the other run
            if leftover.is_socket():
                leftover.unlink()
        result = runner("-yy", *options, "-e", TRACED, "-o", str(out), *command, timeout=30)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr, result.stderr
        outputs.append(_normalised(out.read_text().splitlines()))
    return outputs[0], outputs[1]


@needs_strace
@pytest.mark.parametrize("program", [INET_PROGRAM, INET6_PROGRAM, UNIX_PROGRAM, NETLINK_PROGRAM],
                         ids=["inet", "inet6", "unix", "netlink"])
def test_socket_details_match_strace(program, tmp_path):
    expected, actual = _trace_both(program, tmp_path)
    assert any(":[" in line for line in expected)
    assert actual == expected


@needs_strace
@pytest.mark.parametrize("hex_option", ["-x", "-xx"])
def test_unix_path_escaping_matches_strace(hex_option, tmp_path):
    expected, actual = _trace_both(UNIX_PROGRAM, tmp_path, hex_option)
    assert actual == expected


def _resolve_own(sock: socket.socket) -> str | None:
    resolver = fdinfo.FdResolver(os.getpid(), frozenset({"path", "socket"}))
    return resolver(sock.fileno())


def test_bound_tcp_socket_has_its_address():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        assert _resolve_own(s) == "<TCP:[127.0.0.1:%d]>" % port


def test_details_are_kept_per_inode_like_strace():
    # strace prints the first details it found even after the socket moved on
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        u.bind(("127.0.0.1", 0))
        bound = _resolve_own(u)
        u.connect(("127.0.0.1", 9))
        assert _resolve_own(u) == bound


def test_unbound_socket_is_not_cached():
    with socket.socket() as s:
        inode = os.fstat(s.fileno()).st_ino
        assert _resolve_own(s) == "<TCP:[%d]>" % inode
        s.bind(("127.0.0.1", 0))
        assert _resolve_own(s) == "<TCP:[127.0.0.1:%d]>" % s.getsockname()[1]


def test_proc_net_stands_in_without_sock_diag(monkeypatch):
    def no_sock_diag(*args):
        raise PermissionError("no NETLINK_SOCK_DIAG")

    monkeypatch.setattr(fdinfo, "_sock_diag_lookup", no_sock_diag)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        assert _resolve_own(s) == "<TCP:[127.0.0.1:%d]>" % s.getsockname()[1]
    with socket.socket() as s:
        assert _resolve_own(s) == "<TCP:[%d]>" % os.fstat(s.fileno()).st_ino
