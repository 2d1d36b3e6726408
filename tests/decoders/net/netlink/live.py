"""Run a tests/decoders/net/netlink/*_probe.c program under strace 6.1 and
render each message it sent with our decoders, from the bytes the probe
dumped: the buffers must print as strace printed them (see probe.h)."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from decoders.net.netlink.message import decode_netlink
from pytrace.decode.sockets import SocketQueries
from tests.decoders.conftest import PROBE_OPTION_SETS, make_call, needs_probe_tools

HERE = Path(__file__).parent

needs_tools = needs_probe_tools
OPTION_SETS = PROBE_OPTION_SETS
_SENDTO = re.compile(
    r"^sendto\(\d+, (.*), (\d+), (MSG_DONTWAIT|0x40|0x40 /\* MSG_DONTWAIT \*/), NULL, 0\) += ")


class Sent:
    def __init__(self, tag: str, addr: int, data: bytes):
        self.tag = tag
        self.addr = addr
        self.data = data
        self.protocol = self.length = 0


def build(name: str, out: Path) -> Path:
    binary = out / name
    subprocess.run(["gcc", "-O0", "-w", "-I", str(HERE), "-o", str(binary),
                    str(HERE / (name + ".c"))], check=True)
    return binary


def run(binary: Path, options: list[str], tmp: Path) -> tuple[list[Sent], list[str]]:
    """The probe's messages, and the buffers of strace's sendto lines for them."""
    log = tmp / ("strace%d.log" % len(list(tmp.iterdir())))
    out = subprocess.run(["strace", "-o", str(log), "-e", "trace=sendto", *options,
                          str(binary)], capture_output=True, text=True, timeout=60)
    sent: list[Sent] = []
    for line in out.stdout.splitlines():
        fields = line.split()
        if fields[0] == "P":
            sent.append(Sent(fields[1], int(fields[2], 16),
                             bytes.fromhex(fields[3] if len(fields) > 3 else "")))
        elif fields[0] == "A":
            sent[-1].protocol, sent[-1].length = int(fields[2]), int(fields[5])
    buffers = [m.group(1) for m in map(_SENDTO.match, log.read_text().splitlines()) if m]
    assert len(buffers) == len(sent), (len(buffers), len(sent))
    return sent, buffers


def render(sent: Sent, **opts) -> str:
    """Our text for one sent buffer."""
    call = make_call("sendto", (3, sent.addr, sent.length), {sent.addr: sent.data}, nr=44,
                     **opts)
    # generic netlink's message types are the kernel's, asked as the tracer asks
    call.sockets = SocketQueries()
    return decode_netlink(call, sent.protocol, sent.addr, sent.length)


def compare(sent: list[Sent], buffers: list[str], option_set: str, prefix: str = ""):
    """(tag, ours, strace's) of every message (of tags starting with
    ``prefix``) whose rendering differs."""
    opts = OPTION_SETS[option_set][1]
    chosen = [(one, theirs) for one, theirs in zip(sent, buffers) if one.tag.startswith(prefix)]
    if not sent:
        pytest.skip("the probe could not make its netlink socket here")
    assert chosen
    return [(one.tag, ours, theirs) for one, theirs in chosen
            if (ours := render(one, **opts)) != theirs]
