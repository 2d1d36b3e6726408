"""decoders/files/handle.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from decoders import arg_decoder
from tests.decoders.conftest import PROBE_BASE, FakeMemory, MemoryImage, make_call
from tests.decoders.conftest import decode_arg as decode

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOENT, EOVERFLOW, EBADF = 14, 22, 2, 75, 9
Mem = MemoryImage


# ---- name_to_handle_at / open_by_handle_at ---------------------------------------------------

def handle_call(entry_header, exit_header, errno=0, rv=None, handle_addr=BASE + 0x2000):
    """name_to_handle_at: the header at entry, what the kernel left at exit."""
    mem = Mem()
    mem.put(0x2000, entry_header)
    args = (0xFFFFFF9C, BASE + 0x2300, handle_addr, BASE + 0x2100, 0)
    call = make_call("name_to_handle_at", args, memory=mem.blocks())
    call.index = 2
    arg_decoder("file_handle")(handle_addr, call)
    mem.put(0x2000, exit_header)
    call.mem = FakeMemory(mem.blocks())
    call.exiting = True
    call.rv = -1 if errno else rv
    call.errno = errno
    return arg_decoder("file_handle")(handle_addr, call)


HANDLE = b"\x02" + bytes(7)


HANDLE_TEXT = '"' + "\\x02" + "\\x00" * 7 + '"'


def test_name_to_handle_at():
    # name_to_handle_at(AT_FDCWD, "/", {handle_bytes=0 => 8}, 0x10002100, 0) = -1 EOVERFLOW
    assert handle_call(struct.pack("<Ii", 0, 0), struct.pack("<Ii", 8, 0),
                       errno=EOVERFLOW) == "{handle_bytes=0 => 8}"
    # name_to_handle_at(AT_FDCWD, "/", {handle_bytes=128 => 8, handle_type=1,
    #   f_handle="\x02\x00\x00\x00\x00\x00\x00\x00"}, [27], 0) = 0
    assert handle_call(struct.pack("<Ii", 128, 0), struct.pack("<Ii", 8, 1) + HANDLE,
                       rv=0) == "{handle_bytes=128 => 8, handle_type=1, f_handle=%s}" % HANDLE_TEXT
    # name_to_handle_at(AT_FDCWD, "/s2nonexistent", {handle_bytes=8}, 0x10002100, 0)
    #   = -1 ENOENT
    assert handle_call(struct.pack("<Ii", 8, 1), struct.pack("<Ii", 8, 1),
                       errno=ENOENT) == "{handle_bytes=8}"
    # name_to_handle_at(AT_FDCWD, "/", 0x10008000, 0x10002100, 0) = -1 EFAULT
    assert handle_call(b"", b"", errno=EFAULT, handle_addr=UNMAPPED) == "0x10008000"


@pytest.mark.parametrize("offset, header, text", [
    # open_by_handle_at(-1, {handle_bytes=8, handle_type=1,
    #   f_handle="\x02\x00\x00\x00\x00\x00\x00\x00"}, O_RDONLY) = -1 EBADF
    (0x2000, struct.pack("<Ii", 8, 1) + HANDLE,
     "{handle_bytes=8, handle_type=1, f_handle=%s}" % HANDLE_TEXT),
    # open_by_handle_at(-1, {handle_bytes=300, handle_type=-2, f_handle="\xab...\xab"...},
    #   O_RDWR|O_CLOEXEC) = -1 EINVAL  (128 bytes shown whatever -s says)
    (0x2200, struct.pack("<Ii", 300, -2) + b"\xab" * 200,
     '{handle_bytes=300, handle_type=-2, f_handle="%s"...}' % ("\\xab" * 128)),
    # open_by_handle_at(-1, {handle_bytes=4, handle_type=1, f_handle=???}, O_RDONLY) = -1 EBADF
    (0x3FF8, struct.pack("<Ii", 4, 1), "{handle_bytes=4, handle_type=1, f_handle=???}"),
])
def test_open_by_handle_at(offset, header, text):
    mem = Mem()
    addr = mem.put(offset, header)
    assert decode("file_handle_in", "open_by_handle_at", (0xFFFFFFFF, addr, 0), 1, mem) == text


def test_open_by_handle_at_unreadable():
    # open_by_handle_at(-1, 0x10008000, O_RDONLY) = -1 EFAULT
    assert decode("file_handle_in", "open_by_handle_at", (0xFFFFFFFF, UNMAPPED, 0), 1) == \
        "0x10008000"
