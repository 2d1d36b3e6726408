"""Block device ioctls (BLK*): sizes and counts, discard ranges, BLKPG
partitions, blktrace setup."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.ioctl.block_xlat import BLKPG_OPS
from decoders.ioctl.protocol import Later, number_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U64
from decoders.render.scalars import pid_text
from decoders.render.strings import hex_address, quoted_cstring
from decoders.render.structs import fetch


def _codes(*names: str) -> frozenset:
    return frozenset(CODES[n] for n in names)


# the number each request reads or writes, as a struct format
_NUMBER_OUT = {
    **dict.fromkeys(_codes("BLKSECTGET", "BLKROTATIONAL"), "H"),
    **dict.fromkeys(_codes("BLKROGET", "BLKBSZGET", "BLKSSZGET", "BLKALIGNOFF"), "i"),
    **dict.fromkeys(_codes("BLKPBSZGET", "BLKIOMIN", "BLKIOOPT", "BLKDISCARDZEROES",
                           "BLKGETZONESZ", "BLKGETNRZONES"), "I"),
    **dict.fromkeys(_codes("BLKRAGET", "BLKFRAGET"), "q"),
    CODES["BLKGETSIZE"]: "Q",
    **dict.fromkeys(_codes("BLKGETSIZE64", "BLKGETDISKSEQ"), "Q"),
}
_INT_IN = _codes("BLKROSET", "BLKBSZSET")
_VALUE = _codes("BLKRASET", "BLKFRASET")
_PAIR = _codes("BLKDISCARD", "BLKSECDISCARD", "BLKZEROOUT")
_NO_ARG = _codes("BLKRRPART", "BLKFLSBUF", "BLKTRACESTART", "BLKTRACESTOP", "BLKTRACETEARDOWN")
BLKPG, BLKTRACESETUP = CODES["BLKPG"], CODES["BLKTRACESETUP"]

BLKPG_IOCTL_ARG = Layout("op:i flags:i datalen:i data:Q")
BLKPG_PARTITION = Layout("start:q length:q pno:i devname:64s volname:64s")
BLK_USER_TRACE_SETUP = Layout("name:32s act_mask:H buf_size:I buf_nr:I start_lba:Q end_lba:Q "
                              "pid:I")


def _blkpg(call: Call, arg: int) -> str:
    b = BLKPG_IOCTL_ARG.fetch(call, arg)
    if b is None:
        return hex_address(arg)
    p = BLKPG_PARTITION.fetch(call, b.data)
    if p is None:
        data = hex_address(b.data)
    else:
        hex_strings = call.opts.hex_strings
        data = struct_text((("start", str(p.start)), ("length", str(p.length)),
                            ("pno", str(p.pno)),
                            ("devname", quoted_cstring(p.devname, hex_strings)),
                            ("volname", quoted_cstring(p.volname, hex_strings))))
    return struct_text((("op", print_xval(b.op & 0xFFFFFFFF, BLKPG_OPS, "BLKPG_???",
                                          call.opts.xlat_style)),
                        ("flags", str(b.flags)), ("datalen", str(b.datalen)), ("data", data)))


def _trace_setup(call: Call, arg: int):
    if call.exiting:
        data = None if call.failed else call.mem.read(arg, BLK_USER_TRACE_SETUP.size)
        if data is None:
            return "}"
        name = BLK_USER_TRACE_SETUP.unpack(data).name
        return ", name=%s}" % quoted_cstring(name, call.opts.hex_strings)
    b = BLK_USER_TRACE_SETUP.fetch(call, arg)
    if b is None:
        return ", " + hex_address(arg)
    return Later(", {act_mask=%d, buf_size=%d, buf_nr=%d, start_lba=%d, end_lba=%d, pid=%s" % (
        b.act_mask, b.buf_size, b.buf_nr, b.start_lba, b.end_lba, pid_text(b.pid, call)))


def decode(call: Call, code: int, arg: int):
    """strace's block_ioctl (see protocol.py)."""
    fmt = _NUMBER_OUT.get(code)
    if fmt is not None:
        return Later("") if not call.exiting else ", " + number_at(call, arg, fmt, str)
    if code in _INT_IN:
        return ", " + number_at(call, arg, "i", str)
    if code in _VALUE:
        return ", %d" % (arg & U64)
    if code in _PAIR:
        data = fetch(call, arg, 16)
        return ", " + (hex_address(arg) if data is None else "[%d, %d]" % struct.unpack("<QQ", data))
    if code == BLKPG:
        return ", " + _blkpg(call, arg)
    if code == BLKTRACESETUP:
        return _trace_setup(call, arg)
    if code in _NO_ARG:
        return ""
    return None
