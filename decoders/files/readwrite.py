"""The read/write family: lseek, readv/writev and their iovec arrays (also
used by sendmsg, vmsplice, process_vm_readv and aio), preadv2/pwritev2's RWF_
flags, sendfile's offset, splice/tee/vmsplice, fallocate, fadvise and
sync_file_range."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import flags32, xval32
from decoders.render.numbers import U32, U64, int64
from decoders.render.scalars import _pointer_kind, _read_number
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import print_array

WHENCE_CODES = (
    (0x0, 'SEEK_SET'),
    (0x1, 'SEEK_CUR'),
    (0x2, 'SEEK_END'),
    (0x3, 'SEEK_DATA'),
    (0x4, 'SEEK_HOLE'),
)

FALLOC_FLAGS = (
    (0x1, 'FALLOC_FL_KEEP_SIZE'),
    (0x2, 'FALLOC_FL_PUNCH_HOLE'),
    (0x4, 'FALLOC_FL_NO_HIDE_STALE'),
    (0x8, 'FALLOC_FL_COLLAPSE_RANGE'),
    (0x10, 'FALLOC_FL_ZERO_RANGE'),
    (0x20, 'FALLOC_FL_INSERT_RANGE'),
    (0x40, 'FALLOC_FL_UNSHARE_RANGE'),
)

ADVISE = (
    (0x0, 'POSIX_FADV_NORMAL'),
    (0x1, 'POSIX_FADV_RANDOM'),
    (0x2, 'POSIX_FADV_SEQUENTIAL'),
    (0x3, 'POSIX_FADV_WILLNEED'),
    (0x4, 'POSIX_FADV_DONTNEED'),
    (0x5, 'POSIX_FADV_NOREUSE'),
)

SPLICE_FLAGS = (
    (0x1, 'SPLICE_F_MOVE'),
    (0x2, 'SPLICE_F_NONBLOCK'),
    (0x4, 'SPLICE_F_MORE'),
    (0x8, 'SPLICE_F_GIFT'),
)

RWF_FLAGS = (
    (0x1, 'RWF_HIPRI'),
    (0x2, 'RWF_DSYNC'),
    (0x4, 'RWF_SYNC'),
    (0x8, 'RWF_NOWAIT'),
    (0x10, 'RWF_APPEND'),
)

SYNC_FILE_RANGE_FLAGS = (
    (0x1, 'SYNC_FILE_RANGE_WAIT_BEFORE'),
    (0x2, 'SYNC_FILE_RANGE_WRITE'),
    (0x4, 'SYNC_FILE_RANGE_WAIT_AFTER'),
)

arg_kind("lseek_whence")(xval32(WHENCE_CODES, "SEEK_???"))
arg_kind("fadvise_advice")(xval32(ADVISE, "POSIX_FADV_???"))
arg_kind("fallocate_mode")(flags32(FALLOC_FLAGS, "FALLOC_FL_???"))

arg_kind("splice_flags")(flags32(SPLICE_FLAGS, "SPLICE_F_???"))

arg_kind("rwf_flags")(flags32(RWF_FLAGS, "RWF_???"))

arg_kind("sync_file_range_flags")(flags32(SYNC_FILE_RANGE_FLAGS, "SYNC_FILE_RANGE_???"))


@arg_kind("off_ptr_update")
def _off_ptr_update(value: int, call: Call) -> str | None:
    """sendfile's offset: ``[0]`` going in, ``[0] => [4096]`` once the call
    moved it."""
    if not call.exiting:
        call.saved["offset_in"] = _pointer_kind("<Q", str)(value, call)
        return None
    before = call.saved.get("offset_in")
    if before is None:
        before = _pointer_kind("<Q", str)(value, call)
    if before.startswith("[") and not call.failed and call.rv:
        fallback, number = _read_number(value, call, "<Q")
        return before + " => " + (fallback if fallback is not None else "[%d]" % number)
    return before


_IOVEC = struct.Struct("<QQ")
_IOVEC32 = struct.Struct("<II")    # i386's: a 32-bit base and length


def iovec_text(call: Call, addr: int, count: int, data_size: int | None,
               contents: bool = True, print_base=None, layout: struct.Struct = _IOVEC) -> str:
    """An iovec array; the buffers hold ``data_size`` bytes in all (None: no
    limit), and with ``contents`` False their addresses are printed instead.
    ``print_base(base, length)`` prints a buffer's contents some other way
    (netlink messages)."""
    remaining = [data_size]

    def one(chunk: bytes) -> str:
        base, length = layout.unpack(chunk)
        shown = length
        if remaining[0] is not None:
            shown = min(length, remaining[0])
            remaining[0] -= shown
        if not contents:
            text = hex_address(base)
        elif print_base is not None:
            text = print_base(base, shown)
        else:
            text = buffer(base, shown, call)
        return "{iov_base=%s, iov_len=%d}" % (text, length)

    # The array itself is read even when the call failed (only the buffers
    # then print as addresses).
    return print_array(call, addr, count, layout.size, one, ignore_failure=True)


@arg_kind("iovec_in")
def _iovec_in(value: int, call: Call, layout: struct.Struct = _IOVEC) -> str:
    """writev's iovec array: the count is the next argument."""
    return iovec_text(call, value, call.args[call.index + 1] & U64, None, layout=layout)


@arg_kind("iovec_out")
def _iovec_out(value: int, call: Call, layout: struct.Struct = _IOVEC) -> str:
    """readv's iovec array, filled up to the return value."""
    count = call.args[call.index + 1] & U64
    if call.failed or call.rv is None:
        return iovec_text(call, value, count, None, contents=False, layout=layout)
    return iovec_text(call, value, count, call.rv, layout=layout)


@arg_kind("iovec_addr")
def _iovec_addr(value: int, call: Call, layout: struct.Struct = _IOVEC) -> str:
    """An iovec array in another process (process_vm_*): bases as addresses."""
    return iovec_text(call, value, call.args[call.index + 1] & U64, None, contents=False,
                      layout=layout)


@arg_kind("iovec32_in")
def _iovec32_in(value: int, call: Call) -> str:
    return _iovec_in(value, call, _IOVEC32)


@arg_kind("iovec32_out")
def _iovec32_out(value: int, call: Call) -> str:
    return _iovec_out(value, call, _IOVEC32)


@arg_kind("iovec32_addr")
def _iovec32_addr(value: int, call: Call) -> str:
    return _iovec_addr(value, call, _IOVEC32)


IOVEC = struct.Struct("<QQ")


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


# i386 passes a 64-bit offset in two registers: _llseek the high half first,
# pread64, truncate64 and the like the low half first.
@arg_kind("offset_high_low")
def _offset_high_low(value: int, call: Call) -> str:
    return str(int64(((value & U32) << 32) | (call.args[call.index + 1] & U32)))


@arg_kind("offset_low_high")
def _offset_low_high(value: int, call: Call) -> str:
    return str(int64(((call.args[call.index + 1] & U32) << 32) | (value & U32)))
