"""stat, lstat, fstat, newfstatat and ustat; file modes; mknod and device
numbers (statx.py and statfs.py have their own calls).

Layouts are x86_64's: ``struct stat`` is 144 bytes.  Abbreviated output
(the default) keeps the fields strace keeps; ``-v`` prints them all."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.stat_xlat import MODE_TYPES
from decoders.render.flags import lookup
from decoders.render.numbers import U32, hexval, octal
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
