"""decoders/process/thread_area.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import MemoryImage
from tests.decoders.conftest import decode_arg as decode

UNMAPPED = 0x10008000
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38
Mem = MemoryImage


# ---- set_thread_area / get_thread_area ---------------------------------------------------------

def user_desc(entry, bits):
    return struct.pack("<IIII", entry, 0x1000, 0xFFFFF, bits)


@pytest.mark.parametrize("entry, bits, text", [
    # set_thread_area({entry_number=-1, base_addr=0x001000, limit=0x0fffff, seg_32bit=1,
    #   contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1,
    #   lm=0}) = -1 ENOSYS
    (0xFFFFFFFF, 0x51,
     "{entry_number=-1, base_addr=0x001000, limit=0x0fffff, seg_32bit=1, contents=0, "
     "read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1, lm=0}"),
    # set_thread_area({entry_number=100, ..., contents=3, read_exec_only=1, limit_in_pages=1,
    #   seg_not_present=1, useable=1, lm=0}) = -1 ENOSYS
    (100, 0x7F,
     "{entry_number=100, base_addr=0x001000, limit=0x0fffff, seg_32bit=1, contents=3, "
     "read_exec_only=1, limit_in_pages=1, seg_not_present=1, useable=1, lm=0}"),
])
def test_set_thread_area(entry, bits, text):
    mem = Mem()
    addr = mem.put(0x2600, user_desc(entry, bits))
    assert decode("user_desc", "set_thread_area", (addr,), 0, mem, errno=ENOSYS,
                  inout=True) == text


@pytest.mark.parametrize("entry, text", [
    # get_thread_area({entry_number=-1, ...}) = -1 ENOSYS
    (0xFFFFFFFF, "{entry_number=-1, ...}"),
    # get_thread_area({entry_number=100, ...}) = -1 ENOSYS
    (100, "{entry_number=100, ...}"),
])
def test_get_thread_area_failed(entry, text):
    mem = Mem()
    addr = mem.put(0x2640, user_desc(entry, 0)[:4])
    assert decode("user_desc", "get_thread_area", (addr,), 0, mem, errno=ENOSYS,
                  inout=True) == text


def test_thread_area_unreadable():
    # get_thread_area(0x10008000) = -1 ENOSYS; set_thread_area(0x10008000) = -1 ENOSYS
    for name in ("get_thread_area", "set_thread_area"):
        assert decode("user_desc", name, (UNMAPPED,), 0, errno=ENOSYS, inout=True) == \
            "0x10008000"
