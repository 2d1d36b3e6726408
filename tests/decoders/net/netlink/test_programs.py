"""Real programs that talk netlink (ip, ss) run under strace 6.1, which also
dumps every buffer they send and receive (-e write=all -e read=all): each
buffer, rendered by our decoders from those bytes, must print as strace
printed it, message for message.

The family of each buffer is that of the socket the program made (its
socket() line): NETLINK_ROUTE for ip, NETLINK_SOCK_DIAG for ss."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from decoders.net.netlink.message import decode_netlink
from decoders.net.socket_xlat import NETLINK_PROTOCOLS
from pytrace.decode.sockets import SocketQueries
from pytrace.sinks.jsonl import split_top
from tests.decoders.conftest import make_call

PROGRAMS = (["ip", "addr"], ["ip", "route"], ["ip", "link"], ["ss", "-tan"], ["ss", "-xlp"])
_PROTOCOLS = {name: value for value, name in NETLINK_PROTOCOLS}
_SOCKET = re.compile(r"^socket\(AF_NETLINK, [^,]+, (NETLINK_\w+)\) += (\d+)")
_CALL = re.compile(r"^(sendto|sendmsg|recvmsg|recvfrom)\((\d+), ")
_DUMP = re.compile(r"^ \| [0-9a-f]{5}  ((?:[0-9a-f]{2} {1,2}){1,16})")
BASE = 0x10000000


def _fields(struct_text: str) -> dict[str, str]:
    """``{a=1, b=[...]}`` -> {"a": "1", "b": "[...]"}."""
    return dict(item.split("=", 1) for item in split_top(struct_text[1:-1]))


def _buffers(line: str) -> list[str]:
    """The buffer texts of one call: sendto's and recvfrom's second argument,
    the iov_base of each iovec of a msghdr."""
    name = _CALL.match(line).group(1)
    end = [m.start() for m in re.finditer(r"\) += ", line)][-1]
    args = split_top(line[len(name) + 1:end])
    if name in ("sendto", "recvfrom"):
        return [args[1]]
    iovecs = split_top(_fields(args[1])["msg_iov"][1:-1])
    return [_fields(iovec)["iov_base"] for iovec in iovecs]


def _calls(log: str):
    """(fd, [buffer texts], [dumped buffers]) of each netlink call, and the
    families of the program's netlink sockets."""
    families, calls = {}, []
    for line in log.splitlines():
        socket_line = _SOCKET.match(line)
        if socket_line:
            families[int(socket_line.group(2))] = _PROTOCOLS[socket_line.group(1)]
        elif _CALL.match(line) and " = -1 " not in line:
            calls.append((int(_CALL.match(line).group(2)), _buffers(line), []))
        elif line.startswith(" * ") and calls:
            calls[-1][2].append(bytearray())
        elif _DUMP.match(line) and calls:
            if not calls[-1][2]:
                calls[-1][2].append(bytearray())
            calls[-1][2][-1] += bytes.fromhex(_DUMP.match(line).group(1).replace(" ", ""))
    return families, calls


@pytest.mark.skipif(not shutil.which("strace"), reason="needs strace")
@pytest.mark.parametrize("argv", PROGRAMS, ids=" ".join)
def test_every_netlink_buffer_prints_as_strace_prints_it(argv, tmp_path):
    if not shutil.which(argv[0]):
        pytest.skip("no %s here" % argv[0])
    log = tmp_path / "strace.log"
    subprocess.run(["strace", "-qq", "-o", str(log), "-e", "trace=socket,%net",
                    "-e", "read=all", "-e", "write=all", *argv],
                   capture_output=True, timeout=60, check=True)
    families, calls = _calls(log.read_text())
    compared = 0
    sockets = SocketQueries()
    for fd, texts, dumps in calls:
        if fd not in families:
            continue
        # a buffer with no bytes (recvmsg peeking at a length) is no dump
        texts = [text for text in texts if text != "NULL"]
        assert len(texts) == len(dumps), (texts, dumps)
        for text, data in zip(texts, dumps):
            call = make_call("sendto", (fd, BASE, len(data)), {BASE: bytes(data)}, nr=44)
            call.sockets = sockets
            assert decode_netlink(call, families[fd], BASE, len(data)) == text
            compared += 1
    assert compared
