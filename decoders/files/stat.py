"""stat, lstat, fstat, newfstatat, statx, statfs, fstatfs and ustat; file
modes; mknod and device numbers.

Layouts are x86_64's: ``struct stat`` is 144 bytes, ``struct statx`` 256,
``struct statfs`` 120.  Abbreviated output (the default) keeps the fields
strace keeps; ``-v`` prints them all."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.stat_xlat import (
    FS_MAGIC, MODE_TYPES, STATFS_FLAGS, STATX_ATTRS, STATX_MASKS)
from decoders.render.flags import lookup, print_flags, print_xval
from decoders.render.numbers import U32, hexval, id_text, octal
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, time_comment

S_IFMT = 0o170000
S_IFCHR = 0o020000
S_IFBLK = 0o060000


def mode_text(mode: int, style: str) -> str:
    """``S_IFREG|0644``, with ``S_ISUID|`` and friends spelled out."""
    kind = lookup(mode & S_IFMT, MODE_TYPES) if mode & S_IFMT else ""
    if kind is None or style == "raw":
        return octal(mode)
    text = "%s%s%s%s%s%s" % (
        kind, "|" if kind else "",
        "S_ISUID|" if mode & 0o4000 else "",
        "S_ISGID|" if mode & 0o2000 else "",
        "S_ISVTX|" if mode & 0o1000 else "",
        octal(mode & ~(S_IFMT | 0o7000)))
    if style == "verbose":
        return "%s /* %s */" % (octal(mode), text)
    return text


def _is_device(mode: int) -> bool:
    return mode & S_IFMT in (S_IFCHR, S_IFBLK)


# st_dev st_ino st_nlink st_mode st_uid st_gid pad st_rdev st_size st_blksize
# st_blocks, then three (sec, nsec) pairs.
_STAT = struct.Struct("<QQQIIIIQQQQqQqQqQ24x")


def stat_text(data: bytes, call: Call) -> str:
    (dev, ino, nlink, mode, uid, gid, _pad, rdev, size, blksize, blocks,
     atime, atime_ns, mtime, mtime_ns, ctime, ctime_ns) = _STAT.unpack_from(data)
    style = call.opts.xlat_style
    verbose = call.opts.verbose
    fields = []
    if verbose:
        fields += ["st_dev=" + dev_text(dev, style), "st_ino=%d" % ino,
                   "st_mode=" + mode_text(mode, style), "st_nlink=%d" % nlink,
                   "st_uid=%d" % uid, "st_gid=%d" % gid,
                   "st_blksize=%d" % blksize, "st_blocks=%d" % blocks]
    else:
        fields.append("st_mode=" + mode_text(mode, style))
    if _is_device(mode):
        fields.append("st_rdev=" + dev_text(rdev, style))
    else:
        fields.append("st_size=%d" % size)
    if verbose:
        for name, sec, nsec in (("atime", atime, atime_ns), ("mtime", mtime, mtime_ns),
                                ("ctime", ctime, ctime_ns)):
            fields.append("st_%s=%d%s" % (name, sec, time_comment(sec, nsec, 9)))
            fields.append("st_%s_nsec=%d" % (name, nsec))
    else:
        fields.append("...")
    return "{" + ", ".join(fields) + "}"


@arg_kind("stat_ptr")
def _stat_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, _STAT.size)
    if data is None:
        return hex_address(value)
    return stat_text(data, call)


# ---- statx ------------------------------------------------------------------

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


# ---- statfs -----------------------------------------------------------------

# f_type f_bsize f_blocks f_bfree f_bavail f_files f_ffree f_fsid[2]
# f_namelen f_frsize f_flags f_spare[4]
_STATFS = struct.Struct("<qqQQQQQiiqqq32x")
ST_VALID = 0x20


def statfs_text(data: bytes, call: Call) -> str:
    (ftype, bsize, blocks, bfree, bavail, files, ffree, fsid0, fsid1,
     namelen, frsize, fflags) = _STATFS.unpack_from(data)
    style = call.opts.xlat_style
    text = ("{f_type=%s, f_bsize=%d, f_blocks=%d, f_bfree=%d, f_bavail=%d, "
            "f_files=%d, f_ffree=%d, f_fsid={val=[%s, %s]}, f_namelen=%d, f_frsize=%d"
            % (print_xval(ftype & 0xFFFFFFFFFFFFFFFF, FS_MAGIC, None, style),
               bsize & 0xFFFFFFFFFFFFFFFF, blocks, bfree, bavail, files, ffree,
               hexval(fsid0 & 0xFFFFFFFF), hexval(fsid1 & 0xFFFFFFFF),
               namelen & 0xFFFFFFFFFFFFFFFF, frsize & 0xFFFFFFFFFFFFFFFF))
    if fflags & ST_VALID:
        text += ", f_flags=" + print_flags(fflags & 0xFFFFFFFFFFFFFFFF, STATFS_FLAGS,
                                     "ST_???", style)
    return text + "}"


@arg_kind("statfs_ptr")
def _statfs_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, _STATFS.size)
    if data is None:
        return hex_address(value)
    return statfs_text(data, call)


# ---- mknod ------------------------------------------------------------------

@arg_kind("mode_type")
def _mode_type(value: int, call: Call) -> str:
    return mode_text(value & 0xFFFF, call.opts.xlat_style)


def dev_text(dev: int, style: str = "abbrev") -> str:
    """``makedev(0x1, 0x3)`` as glibc's major()/minor() split a dev_t."""
    major = ((dev >> 8) & 0xFFF) | ((dev >> 32) & ~0xFFF & U32)
    minor = (dev & 0xFF) | ((dev >> 12) & ~0xFF & U32)
    text = "makedev(%s, %s)" % (hexval(major), hexval(minor))
    if style == "raw":
        return hexval(dev)
    if style == "verbose":
        return "%s /* %s */" % (hexval(dev), text)
    return text


@arg_kind("dev")
def _mknod_dev(value: int, call: Call) -> str | None:
    """mknod's dev exists only for character and block devices (the mode
    comes just before)."""
    mode = call.args[call.index - 1] & 0xFFFF
    if mode & S_IFMT not in (S_IFCHR, S_IFBLK):
        return None
    return dev_text(value & U32, call.opts.xlat_style)


@arg_kind("dev_t")
def _dev_t(value: int, call: Call) -> str:
    return dev_text(value & U32, call.opts.xlat_style)


@arg_kind("ustat_ptr")
def _ustat_ptr(value: int, call: Call) -> str:
    # strace 6.1 as packaged is built without <ustat.h>: it always prints
    # the buffer's address (checked: ``ustat(makedev(0xfe, 0), 0x7ffc...) = 0``).
    return hex_address(value)
