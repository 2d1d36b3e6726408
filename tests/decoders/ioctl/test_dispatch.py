"""The ioctl dispatcher: request names, the entry/exit split, requests no
family knows (their argument prints at exit, as a number)."""
from __future__ import annotations

import struct

import pytest

import decoders
from decoders import RET_KINDS, SYSCALL_DECODERS
from decoders.ioctl.dispatch import family
from tests.decoders.conftest import make_call

decoders.load_all()
ENTRY, EXIT = SYSCALL_DECODERS["ioctl"]


def line(args, memory=None, rv=0, errno=0, **opts) -> str:
    """The ioctl's text between the parentheses, entry and exit halves joined."""
    call = make_call("ioctl", args, memory, **opts)
    text = ENTRY(call)
    call.exiting, call.rv, call.errno = True, -1 if errno else rv, errno
    return text + EXIT(call)


def test_unknown_requests_print_their_argument_at_exit():
    call = make_call("ioctl", (3, 0x8008de34, 0))
    assert ENTRY(call) == "3, _IOC(_IOC_READ, 0xde, 0x34, 0x8)"
    call.exiting, call.rv = True, 0
    assert EXIT(call) == ", 0"
    assert line((3, 0xde34, 0x42)) == "3, _IOC(_IOC_NONE, 0xde, 0x34, 0), 0x42"
    assert line((3, 0xde34, 0x42), xlat_style="raw") == "3, 0xde34, 0x42"
    assert line((3, 0xde34, 0x42), xlat_style="verbose") == \
        "3, 0xde34 /* _IOC(_IOC_NONE, 0xde, 0x34, 0) */, 0x42"


def test_a_family_that_does_not_know_a_request_prints_it_at_entry():
    call = make_call("ioctl", (3, 0x80081234, 0x10))
    assert ENTRY(call) == "3, _IOC(_IOC_READ, 0x12, 0x34, 0x8), 0x10"
    call.exiting, call.rv = True, 0
    assert EXIT(call) == ""


def test_termios_at_exit_and_failed_calls_print_the_address():
    termios = struct.pack("<IIIIB19B", 0x500, 0x5, 0xbf, 0x8a3b, 0, *range(19))
    call = make_call("ioctl", (5, 0x5401, 0x7000), {0x7000: termios})
    assert ENTRY(call) == "5, TCGETS"
    call.exiting, call.rv = True, 0
    assert EXIT(call) == (
        ", {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
        "c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE,"
        " ...}")
    assert line((3, 0x5401, 0x7ffc0f7cfa50), errno=25) == "3, TCGETS, 0x7ffc0f7cfa50"


def test_family_names_the_module():
    assert family(0x5401) == "term"
    assert family(0xc018aa3f) == "uffd"
    assert family(0x8008de34) is None
    assert family(0x80081234) == "block"
    assert family(0x5000940f) == "btrfs"
    assert family(0x40049409) == "fs"


def test_return_value_kinds():
    call = make_call("ioctl", (3, 0x1234, 0))
    assert RET_KINDS["ioctl"](5, call) == "5"


def _every_request():
    from decoders.ioctl.requests import CODES
    return sorted(set(CODES.values()))


@pytest.mark.parametrize("fill", [b"\0", b"\xff", bytes(range(256))])
def test_no_request_makes_a_decoder_raise(fill):
    """Every known request, with memory of zeros, of ones, of every byte value,
    cut short, or not there at all; the call succeeding or failing."""
    import random
    rnd = random.Random(fill)
    page = (fill * (8192 // len(fill) + 1))[:8192]
    memories = [{0x10000: page}, {0x10000: page[:64]}, {}]
    for code in _every_request():
        for memory in memories:
            for rv, errno in ((0, 0), (rnd.randrange(1, 300), 0), (-1, 14), (-1, 75)):
                for opts in ({}, {"verbose": True, "xlat_style": "verbose"},
                             {"structs_as_addresses": True}):
                    call = make_call("ioctl", (3, code, 0x10000), memory, **opts)
                    text = ENTRY(call)
                    call.exiting, call.rv, call.errno = True, rv, errno
                    text += EXIT(call)
                    assert isinstance(text, str)
                    assert isinstance(RET_KINDS["ioctl"](max(rv, 0), call), str)
