"""statfs and fstatfs: ``struct statfs`` (120 bytes on x86_64)."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.stat_xlat import FS_MAGIC, STATFS_FLAGS
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import hexval
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

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
