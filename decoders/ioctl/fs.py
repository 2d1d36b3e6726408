"""Generic file system ioctls: inode flags (FS_IOC_GETFLAGS...), FS_IOC_FIEMAP,
FITRIM, FIFREEZE/FITHAW, fsxattr, FICLONE/FICLONERANGE, FIDEDUPERANGE and the
file system label.  The requests of type 0x94 that are not these are btrfs's."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl import btrfs
from decoders.ioctl.fs_xlat import FIEMAP_EXTENT_FLAGS, FIEMAP_FLAGS, FS_IOC_FLAGS, FS_XFLAGS
from decoders.ioctl.protocol import Later, flags_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags
from decoders.render.layout import Layout
from decoders.render.numbers import hexval, int32
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address, quoted_cstring
from decoders.render.structs import Last, fetch, print_array, print_array_ex

FS_IOC_FIEMAP = CODES["FS_IOC_FIEMAP"]
_FLAGS_OUT = frozenset((CODES["FS_IOC_GETFLAGS"], CODES["FS_IOC32_GETFLAGS"]))
_FLAGS_IN = frozenset((CODES["FS_IOC_SETFLAGS"], CODES["FS_IOC32_SETFLAGS"]))
FITRIM, FIFREEZE, FITHAW = CODES["FITRIM"], CODES["FIFREEZE"], CODES["FITHAW"]
FS_IOC_FSGETXATTR, FS_IOC_FSSETXATTR = CODES["FS_IOC_FSGETXATTR"], CODES["FS_IOC_FSSETXATTR"]
FICLONE, FICLONERANGE, FIDEDUPERANGE = CODES["FICLONE"], CODES["FICLONERANGE"], \
    CODES["FIDEDUPERANGE"]
FS_IOC_GETFSLABEL, FS_IOC_SETFSLABEL = CODES["FS_IOC_GETFSLABEL"], CODES["FS_IOC_SETFSLABEL"]

# the requests of type 0x94 decoded here rather than by btrfs.py
FS_0x94 = frozenset((FICLONE, FICLONERANGE, FIDEDUPERANGE, FS_IOC_GETFSLABEL, FS_IOC_SETFSLABEL))

FIEMAP = Layout("fm_start:Q fm_length:Q fm_flags:I fm_mapped_extents:I fm_extent_count:I "
                "fm_reserved:I")
FIEMAP_EXTENT = Layout("fe_logical:Q fe_physical:Q fe_length:Q fe_reserved64:2Q fe_flags:I "
                       "fe_reserved:3I")
FSTRIM_RANGE = Layout("start:Q len:Q minlen:Q")
FSXATTR = Layout("fsx_xflags:I fsx_extsize:I fsx_nextents:I fsx_projid:I fsx_cowextsize:I "
                 "fsx_pad:8s")
FILE_CLONE_RANGE = Layout("src_fd:q src_offset:Q src_length:Q dest_offset:Q")
FILE_DEDUPE_RANGE = Layout("src_offset:Q src_length:Q dest_count:H reserved1:H reserved2:I")
FILE_DEDUPE_RANGE_INFO = Layout("dest_fd:q dest_offset:Q bytes_deduped:Q status:i reserved:I")
FSLABEL_MAX = 256
# FIDEDUPERANGE's destinations shown without -v
_DEDUPE_SHOWN = 2


def _fiemap(call: Call, arg: int):
    style = call.opts.xlat_style
    if call.exiting and call.failed:
        return ""
    fm = FIEMAP.fetch(call, arg)
    if fm is None:
        return (", " if not call.exiting else " => ") + hex_address(arg)
    flags = print_flags(fm.fm_flags, FIEMAP_FLAGS, "FIEMAP_FLAG_???", style)
    if not call.exiting:
        return Later(", " + struct_text((
            ("fm_start", str(fm.fm_start)), ("fm_length", str(fm.fm_length)),
            ("fm_flags", flags), ("fm_extent_count", str(fm.fm_extent_count)))))
    fields = [("fm_flags", flags), ("fm_mapped_extents", str(fm.fm_mapped_extents))]
    if not call.opts.verbose:
        fields.append((None, "..."))
    else:
        def extent(data: bytes) -> str:
            fe = FIEMAP_EXTENT.unpack(data)
            return struct_text((
                ("fe_logical", str(fe.fe_logical)), ("fe_physical", str(fe.fe_physical)),
                ("fe_length", str(fe.fe_length)),
                ("fe_flags", print_flags(fe.fe_flags, FIEMAP_EXTENT_FLAGS,
                                         "FIEMAP_EXTENT_???", style))))
        fields.append(("fm_extents", print_array(call, arg + FIEMAP.size, fm.fm_mapped_extents,
                                                 FIEMAP_EXTENT.size, extent)))
    return " => " + struct_text(fields)


def _fstrim_range(call: Call, arg: int) -> str:
    r = FSTRIM_RANGE.fetch(call, arg)
    if r is None:
        return hex_address(arg)
    return struct_text((("start", hexval(r.start)), ("len", str(r.len)),
                        ("minlen", str(r.minlen))))


def _fsxattr(call: Call, arg: int, is_get: bool) -> str:
    fx = FSXATTR.fetch(call, arg)
    if fx is None:
        return hex_address(arg)
    fields = [("fsx_xflags", print_flags(fx.fsx_xflags, FS_XFLAGS, "FS_XFLAG_???",
                                         call.opts.xlat_style)),
              ("fsx_extsize", str(fx.fsx_extsize))]
    if is_get:
        fields.append(("fsx_nextents", str(fx.fsx_nextents)))
    fields += [("fsx_projid", hexval(fx.fsx_projid)), ("fsx_cowextsize", str(fx.fsx_cowextsize))]
    return struct_text(fields)


def _clone_range(call: Call, arg: int) -> str:
    r = FILE_CLONE_RANGE.fetch(call, arg)
    if r is None:
        return hex_address(arg)
    return struct_text((("src_fd", fd_text(int32(r.src_fd), call)),
                        ("src_offset", str(r.src_offset)), ("src_length", str(r.src_length)),
                        ("dest_offset", str(r.dest_offset))))


def _dedupe_range(call: Call, arg: int):
    """FIDEDUPERANGE: the range and its destinations at entry, what became of
    each destination at exit (`` => {info=[...]}``)."""
    if call.exiting and call.failed:
        return ""
    lead = " => " if call.exiting else ", "
    r = FILE_DEDUPE_RANGE.fetch(call, arg)
    if r is None:
        return lead + hex_address(arg)
    fields = []
    if not call.exiting:
        fields = [("src_offset", str(r.src_offset)), ("src_length", str(r.src_length)),
                  ("dest_count", str(r.dest_count))]
    limit = [_DEDUPE_SHOWN] if not call.opts.verbose and r.dest_count > _DEDUPE_SHOWN else None

    def info(data: bytes):
        if limit is not None:
            if limit[0] == 0:
                return Last("...")
            limit[0] -= 1
        i = FILE_DEDUPE_RANGE_INFO.unpack(data)
        if call.exiting:
            return struct_text((("bytes_deduped", str(i.bytes_deduped)),
                                ("status", str(i.status))))
        return struct_text((("dest_fd", fd_text(int32(i.dest_fd), call)),
                            ("dest_offset", str(i.dest_offset))))
    infos, complete = print_array_ex(call, arg + FILE_DEDUPE_RANGE.size, r.dest_count,
                                     FILE_DEDUPE_RANGE_INFO.size, info)
    text = lead + struct_text(fields + [("info", infos)])
    return Later(text) if complete and not call.exiting else text


def _fslabel(call: Call, arg: int) -> str:
    data = fetch(call, arg, FSLABEL_MAX)
    return hex_address(arg) if data is None else quoted_cstring(data, call.opts.hex_strings)


def decode(call: Call, code: int, arg: int):
    """strace's fs_f_ioctl, fs_x_ioctl and fs_0x94_ioctl (see protocol.py)."""
    if code == FS_IOC_FIEMAP:
        return _fiemap(call, arg)
    if code in _FLAGS_OUT and not call.exiting:
        return Later("")
    if code in _FLAGS_OUT or code in _FLAGS_IN:
        return ", " + flags_at(call, arg, FS_IOC_FLAGS, "FS_???_FL")
    if code == FITRIM:
        return ", " + _fstrim_range(call, arg)
    if code == FS_IOC_FSGETXATTR:
        return Later("") if not call.exiting else ", " + _fsxattr(call, arg, True)
    if code == FS_IOC_FSSETXATTR:
        return ", " + _fsxattr(call, arg, False)
    if code in (FIFREEZE, FITHAW):
        return ""
    if code == FICLONE:
        return ", %d" % int32(arg)
    if code == FICLONERANGE:
        return ", " + _clone_range(call, arg)
    if code == FIDEDUPERANGE:
        return _dedupe_range(call, arg)
    if code == FS_IOC_GETFSLABEL and not call.exiting:
        return Later("")
    if code in (FS_IOC_GETFSLABEL, FS_IOC_SETFSLABEL):
        return ", " + _fslabel(call, arg)
    if (code >> 8) & 0xFF == 0x94 and code not in FS_0x94:
        return btrfs.decode(call, code, arg)
    return None
