"""decoders/io/poll.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38
Mem = MemoryImage


# ---- pselect6 / io_pgetevents sigmask pair -------------------------------------------------

def sigmask_memory(mask_addr=BASE + 0x800, size=8):
    mem = Mem()
    mem.put(0x800, struct.pack("<Q", (1 << 9) | (1 << 14)))
    mem.put(0x810, struct.pack("<QQ", mask_addr, size))
    return mem


PACK = BASE + 0x810


@pytest.mark.parametrize("mask_addr, size, addr, opts, text", [
    # pselect6(0, NULL, NULL, NULL, {tv_sec=0, tv_nsec=0}, {sigmask=[USR1 TERM],
    #          sigsetsize=8}) = 0 (Timeout)
    (BASE + 0x800, 8, PACK, {}, "{sigmask=[USR1 TERM], sigsetsize=8}"),
    (BASE + 0x800, 8, PACK, {"xlat_style": "verbose"},
     "{sigmask=[10 /* USR1 */ 15 /* TERM */], sigsetsize=8}"),
    (BASE + 0x800, 8, PACK, {"xlat_style": "raw"}, "{sigmask=[10 15], sigsetsize=8}"),
    # pselect6(..., {sigmask=0x10000800, sigsetsize=4}) = -1 EINVAL
    (BASE + 0x800, 4, PACK, {}, "{sigmask=0x10000800, sigsetsize=4}"),
    # pselect6(..., {sigmask=NULL, sigsetsize=8}) = 0 (Timeout)
    (0, 8, PACK, {}, "{sigmask=NULL, sigsetsize=8}"),
    # pselect6(..., NULL) = 0 (Timeout)
    (BASE + 0x800, 8, 0, {}, "NULL"),
    # pselect6(..., 0x10008000) = -1 EFAULT
    (BASE + 0x800, 8, UNMAPPED, {}, "0x10008000"),
])
def test_pselect6_sigmask(mask_addr, size, addr, opts, text):
    args = (0, 0, 0, 0, BASE + 0x830, addr)
    assert decode("pselect6_sigmask", "pselect6", args, 5, sigmask_memory(mask_addr, size),
                  **opts) == text


def test_io_pgetevents_sigmask_survives_failure():
    # io_pgetevents(NULL, 1, 1, 0x10000840, {tv_sec=0, tv_nsec=0}, {sigmask=[USR1 TERM],
    #               sigsetsize=8}) = -1 EINVAL
    args = (0, 1, 1, BASE + 0x840, BASE + 0x830, PACK)
    mem = sigmask_memory()
    assert decode("pselect6_sigmask", "io_pgetevents", args, 5, mem, errno=EINVAL) == \
        "{sigmask=[USR1 TERM], sigsetsize=8}"
    assert decode("io_events", "io_pgetevents", args, 3, mem, errno=EINVAL) == "0x10000840"
