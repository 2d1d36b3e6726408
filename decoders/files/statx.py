"""statx: ``struct statx`` (256 bytes on x86_64) and its mask.  Abbreviated
output (the default) keeps the fields strace keeps; ``-v`` prints them all."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.stat import mode_text
from decoders.files.stat_xlat import STATX_ATTRS, STATX_MASKS
from decoders.render.flags import print_flags
from decoders.render.numbers import hexval, id_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, time_comment

STATX_NLINK, STATX_UID, STATX_GID = 0x4, 0x8, 0x10
STATX_TYPE_MODE, STATX_INO, STATX_SIZE, STATX_BLOCKS = 0x3, 0x100, 0x200, 0x400
STATX_ATIME, STATX_MTIME, STATX_CTIME, STATX_BTIME = 0x20, 0x40, 0x80, 0x800
STATX_MNT_ID, STATX_DIOALIGN = 0x1000, 0x2000

_STATX = struct.Struct("<IIQIIIH2xQQQQ64sIIIIQII96x")
_STATX_TS = struct.Struct("<qI4x")


def _statx_time(raw: bytes, offset: int) -> str:
    sec, nsec = _STATX_TS.unpack_from(raw, offset)
    return "{tv_sec=%d, tv_nsec=%d}%s" % (sec, nsec, time_comment(sec, nsec, 9))


def statx_text(data: bytes, call: Call) -> str:
    (mask, blksize, attributes, nlink, uid, gid, mode, ino, size, blocks,
     attributes_mask, times, rdev_major, rdev_minor, dev_major, dev_minor,
     mnt_id, dio_mem_align, dio_offset_align) = _STATX.unpack_from(data)
    style = call.opts.xlat_style
    verbose = call.opts.verbose
    fields = ["stx_mask=" + print_flags(mask, STATX_MASKS, "STATX_???", style)]
    if verbose:
        fields.append("stx_blksize=%d" % blksize)
    fields.append("stx_attributes=" + print_flags(attributes, STATX_ATTRS,
                                            "STATX_ATTR_???", style))
    if verbose:
        if mask & STATX_NLINK:
            fields.append("stx_nlink=%d" % nlink)
        if mask & STATX_UID:
            fields.append("stx_uid=" + id_text(uid))
        if mask & STATX_GID:
            fields.append("stx_gid=" + id_text(gid))
    if mask & STATX_TYPE_MODE:
        fields.append("stx_mode=" + mode_text(mode, style))
    if verbose and mask & STATX_INO:
        fields.append("stx_ino=%d" % ino)
    if mask & STATX_SIZE:
        fields.append("stx_size=%d" % size)
    if not verbose:
        fields.append("...")
        return "{" + ", ".join(fields) + "}"
    if mask & STATX_BLOCKS:
        fields.append("stx_blocks=%d" % blocks)
    fields.append("stx_attributes_mask=" + print_flags(attributes_mask, STATX_ATTRS,
                                                 "STATX_ATTR_???", style))
    for bit, name, offset in ((STATX_ATIME, "atime", 0), (STATX_BTIME, "btime", 16),
                              (STATX_CTIME, "ctime", 32), (STATX_MTIME, "mtime", 48)):
        if mask & bit:
            fields.append("stx_%s=%s" % (name, _statx_time(times, offset)))
    fields += ["stx_rdev_major=%d" % rdev_major, "stx_rdev_minor=%d" % rdev_minor,
               "stx_dev_major=%d" % dev_major, "stx_dev_minor=%d" % dev_minor]
    if mask & STATX_MNT_ID:
        fields.append("stx_mnt_id=%s" % hexval(mnt_id))
    if mask & STATX_DIOALIGN:
        fields.append("stx_dio_mem_align=%d" % dio_mem_align)
        fields.append("stx_dio_offset_align=%d" % dio_offset_align)
    return "{" + ", ".join(fields) + "}"


@arg_kind("statx_ptr")
def _statx_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, _STATX.size)
    if data is None:
        return hex_address(value)
    return statx_text(data, call)


@arg_kind("statx_mask")
def _statx_mask(value: int, call: Call) -> str:
    return print_flags(value & 0xFFFFFFFF, STATX_MASKS, "STATX_???", call.opts.xlat_style)
