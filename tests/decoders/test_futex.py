"""decoders/futex.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.conftest import whole_call_entry as entry

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOMEM = 14, 22, 12
Mem = MemoryImage


# ---- futex_waitv -----------------------------------------------------------------------------

def waiters_memory():
    mem = Mem()
    mem.put(0x2800, struct.pack("<QQII", 1, BASE + 0x2900, 2, 0)
            + struct.pack("<QQII", 0xFEED, 0, 0x182, 5))
    return mem


W_ONE = "{val=0x1, uaddr=0x10002900, flags=FUTEX_32}"


W_TWO = "{val=0xfeed, uaddr=NULL, flags=FUTEX_32|FUTEX_PRIVATE_FLAG|0x100, __reserved=0x5}"


@pytest.mark.parametrize("addr, count, opts, text", [
    # futex_waitv([{val=0x1, uaddr=0x10002900, flags=FUTEX_32}], 1, 0, NULL, CLOCK_MONOTONIC)
    (BASE + 0x2800, 1, {}, "[%s]" % W_ONE),
    # futex_waitv([..., {val=0xfeed, uaddr=NULL, flags=FUTEX_32|FUTEX_PRIVATE_FLAG|0x100,
    #              __reserved=0x5}], 2, 0, NULL, CLOCK_MONOTONIC) = -1 EINVAL
    (BASE + 0x2800, 2, {}, "[%s, %s]" % (W_ONE, W_TWO)),
    # strace -X verbose
    (BASE + 0x2800, 2, {"xlat_style": "verbose"},
     "[{val=0x1, uaddr=0x10002900, flags=0x2 /* FUTEX_32 */}, {val=0xfeed, uaddr=NULL, "
     "flags=0x182 /* FUTEX_32|FUTEX_PRIVATE_FLAG|0x100 */, __reserved=0x5}]"),
    # strace -X raw
    (BASE + 0x2800, 2, {"xlat_style": "raw"},
     "[{val=0x1, uaddr=0x10002900, flags=0x2}, {val=0xfeed, uaddr=NULL, flags=0x182, "
     "__reserved=0x5}]"),
    # futex_waitv(NULL, 0, 0, NULL, CLOCK_MONOTONIC) = -1 EINVAL
    (0, 0, {}, "NULL"),
    # futex_waitv(0x10008000, 1, 0, NULL, CLOCK_REALTIME) = -1 EFAULT
    (UNMAPPED, 1, {}, "0x10008000"),
])
def test_futex_waiters(addr, count, opts, text):
    args = (addr, count, 0, 0, 1)
    assert decode("futex_waiters", "futex_waitv", args, 0, waiters_memory(), **opts) == text


def test_futex_wake_op_encodings():
    text, _ = entry("futex", (0x555555558018, 0x85, 1, 1, 0x555555558024, 0x14001000))
    assert text == ("0x555555558018, FUTEX_WAKE_OP_PRIVATE, 1, 1, 0x555555558024, "
                    "FUTEX_OP_ADD<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0")
    text, _ = entry("futex", (0x555555558018, 5, 1, 1, 0x555555558024, 0xf8abc123))
    assert text.endswith("FUTEX_OP_OPARG_SHIFT<<28|0x7<<28 /* FUTEX_OP_??? */|0xabc<<12|"
                         "0x8<<24 /* FUTEX_OP_CMP_??? */|0x123")
    text, _ = entry("futex", (0x555555558018, 8, 0, 0, 0, 0))
    assert text == "0x555555558018, FUTEX_TRYLOCK_PI"
