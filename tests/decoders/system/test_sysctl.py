"""decoders/system/sysctl.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode

BASE = PROBE_BASE
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38
Mem = MemoryImage


# ---- _sysctl -----------------------------------------------------------------------------

@pytest.mark.parametrize("nlen, newlen, text", [
    # _sysctl({name=0x10002780, nlen=2, oldval=NULL, oldlenp=0x10002790, newval=0x100027a0,
    #          newlen=4}) = -1 ENOSYS
    (2, 4, "{name=0x10002780, nlen=2, oldval=NULL, oldlenp=0x10002790, newval=0x100027a0, "
           "newlen=4}"),
    # _sysctl({..., nlen=-1, ..., newlen=18446744073709551615}) = -1 ENOSYS
    (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
     "{name=0x10002780, nlen=-1, oldval=NULL, oldlenp=0x10002790, newval=0x100027a0, "
     "newlen=18446744073709551615}"),
])
def test_sysctl_args(nlen, newlen, text):
    mem = Mem()
    addr = mem.put(0x2700, struct.pack("<10Q", BASE + 0x2780, nlen, 0, BASE + 0x2790,
                                       BASE + 0x27A0, newlen, 0, 0, 0, 0))
    assert decode("sysctl_args", "_sysctl", (addr,), 0, mem) == text


def test_sysctl_args_null():
    # _sysctl(NULL) = -1 ENOSYS
    assert decode("sysctl_args", "_sysctl", (0,), 0) == "NULL"
