"""Tables for decoders/ioctl/fs.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

FIEMAP_FLAGS = (
    (0x1, 'FIEMAP_FLAG_SYNC'),
    (0x2, 'FIEMAP_FLAG_XATTR'),
    (0x4, 'FIEMAP_FLAG_CACHE'),
)

FIEMAP_EXTENT_FLAGS = (
    (0x1, 'FIEMAP_EXTENT_LAST'),
    (0x2, 'FIEMAP_EXTENT_UNKNOWN'),
    (0x4, 'FIEMAP_EXTENT_DELALLOC'),
    (0x8, 'FIEMAP_EXTENT_ENCODED'),
    (0x80, 'FIEMAP_EXTENT_DATA_ENCRYPTED'),
    (0x100, 'FIEMAP_EXTENT_NOT_ALIGNED'),
    (0x200, 'FIEMAP_EXTENT_DATA_INLINE'),
    (0x400, 'FIEMAP_EXTENT_DATA_TAIL'),
    (0x800, 'FIEMAP_EXTENT_UNWRITTEN'),
    (0x1000, 'FIEMAP_EXTENT_MERGED'),
    (0x2000, 'FIEMAP_EXTENT_SHARED'),
)

FS_IOC_FLAGS = (
    (0x1, 'FS_SECRM_FL'),
    (0x2, 'FS_UNRM_FL'),
    (0x4, 'FS_COMPR_FL'),
    (0x8, 'FS_SYNC_FL'),
    (0x10, 'FS_IMMUTABLE_FL'),
    (0x20, 'FS_APPEND_FL'),
    (0x40, 'FS_NODUMP_FL'),
    (0x80, 'FS_NOATIME_FL'),
    (0x100, 'FS_DIRTY_FL'),
    (0x200, 'FS_COMPRBLK_FL'),
    (0x400, 'FS_NOCOMP_FL'),
    (0x800, 'FS_ENCRYPT_FL'),
    (0x1000, 'FS_INDEX_FL'),
    (0x2000, 'FS_IMAGIC_FL'),
    (0x4000, 'FS_JOURNAL_DATA_FL'),
    (0x8000, 'FS_NOTAIL_FL'),
    (0x10000, 'FS_DIRSYNC_FL'),
    (0x20000, 'FS_TOPDIR_FL'),
    (0x40000, 'FS_HUGE_FILE_FL'),
    (0x80000, 'FS_EXTENT_FL'),
    (0x100000, 'FS_VERITY_FL'),
    (0x200000, 'FS_EA_INODE_FL'),
    (0x400000, 'FS_EOFBLOCKS_FL'),
    (0x800000, 'FS_NOCOW_FL'),
    (0x2000000, 'FS_DAX_FL'),
    (0x10000000, 'FS_INLINE_DATA_FL'),
    (0x20000000, 'FS_PROJINHERIT_FL'),
    (0x40000000, 'FS_CASEFOLD_FL'),
    (0x80000000, 'FS_RESERVED_FL'),
)

FS_XFLAGS = (
    (0x1, 'FS_XFLAG_REALTIME'),
    (0x2, 'FS_XFLAG_PREALLOC'),
    (0x8, 'FS_XFLAG_IMMUTABLE'),
    (0x10, 'FS_XFLAG_APPEND'),
    (0x20, 'FS_XFLAG_SYNC'),
    (0x40, 'FS_XFLAG_NOATIME'),
    (0x80, 'FS_XFLAG_NODUMP'),
    (0x100, 'FS_XFLAG_RTINHERIT'),
    (0x200, 'FS_XFLAG_PROJINHERIT'),
    (0x400, 'FS_XFLAG_NOSYMLINKS'),
    (0x800, 'FS_XFLAG_EXTSIZE'),
    (0x1000, 'FS_XFLAG_EXTSZINHERIT'),
    (0x2000, 'FS_XFLAG_NODEFRAG'),
    (0x4000, 'FS_XFLAG_FILESTREAM'),
    (0x8000, 'FS_XFLAG_DAX'),
    (0x10000, 'FS_XFLAG_COWEXTSIZE'),
    (0x80000000, 'FS_XFLAG_HASATTR'),
)
