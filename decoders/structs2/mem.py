"""mincore's residency vector, and iovec arrays as AIO control blocks hold them.

(The ``iovec_addr`` kind of process_vm_*/process_madvise is registered by
decoders/structs/socket.py.)
"""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.numbers import U64
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import page_size, print_array

IOVEC = struct.Struct("<QQ")


@arg_kind("mincore_vec")
def _mincore_vec(value: int, call: Call) -> str:
    """One byte per page of the range (the length is argument 1); only the
    residency bit is shown."""
    length = call.args[1] & U64
    size = page_size()
    pages = length // size + (1 if length % size else 0)
    return print_array(call, value, pages, 1, lambda chunk: str(chunk[0] & 1))


def iovec_array_text(call: Call, addr: int, count: int, strings: bool = False,
                     data_size: int | None = None) -> str:
    """``[{iov_base=..., iov_len=N}, ...]``; with ``strings`` each base shows
    its bytes, at most ``data_size`` of them over the whole array.  strace
    reads these arrays even when the call failed."""
    left = [data_size]

    def one(chunk: bytes) -> str:
        base, length = IOVEC.unpack(chunk)
        if strings:
            shown = length if left[0] is None else min(length, left[0])
            if left[0] is not None:
                left[0] -= shown
            base_text = buffer(base, shown, call)
        else:
            base_text = hex_address(base)
        return "{iov_base=%s, iov_len=%d}" % (base_text, length)

    return print_array(call, addr, count, IOVEC.size, one, ignore_failure=True)
