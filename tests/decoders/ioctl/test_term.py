"""Terminal ioctls (decoders/ioctl/term.py) against strace 6.1 on the same bytes:
termios, termios2, termio, winsize, modem lines, ints, requests with no argument."""
from __future__ import annotations

import struct

import pytest

import decoders
from decoders import SYSCALL_DECODERS
from tests.decoders.conftest import make_call
from tests.decoders.ioctl.live import OPTION_SETS, build, mismatches, needs_tools

decoders.load_all()


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    return build("term_probe", tmp_path_factory.mktemp("term"))


@needs_tools
@pytest.mark.parametrize("option_set", list(OPTION_SETS))
def test_probe_lines_are_strace_lines(probe, tmp_path, option_set):
    assert mismatches(probe, option_set, tmp_path) == []


def test_ioctl_tcgets_termios_at_exit():
    termios = struct.pack("<IIIIB19B", 0x500, 0x5, 0xbf, 0x8a3b, 0, *range(19))
    call = make_call("ioctl", (5, 0x5401, 0x7000), {0x7000: termios})
    assert SYSCALL_DECODERS["ioctl"][0](call) == "5, TCGETS"
    call.exiting, call.rv = True, 0
    assert SYSCALL_DECODERS["ioctl"][1](call) == (
        ", {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
        "c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE,"
        " ...}")
    failed = make_call("ioctl", (3, 0x5401, 0x7ffc0f7cfa50))
    SYSCALL_DECODERS["ioctl"][0](failed)
    failed.exiting, failed.rv, failed.errno = True, -1, 25
    assert SYSCALL_DECODERS["ioctl"][1](failed) == ", 0x7ffc0f7cfa50"
