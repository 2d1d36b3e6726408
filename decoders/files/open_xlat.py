"""Tables for decoders/files/open.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

OPEN_ACCESS_MODES = (
    (0x0, 'O_RDONLY'),
    (0x1, 'O_WRONLY'),
    (0x2, 'O_RDWR'),
    (0x3, 'O_ACCMODE'),
)

OPEN_MODE_FLAGS = (
    (0x40, 'O_CREAT'),
    (0x80, 'O_EXCL'),
    (0x100, 'O_NOCTTY'),
    (0x200, 'O_TRUNC'),
    (0x400, 'O_APPEND'),
    (0x800, 'O_NONBLOCK'),
    (0x101000, 'O_SYNC'),
    (0x100000, '__O_SYNC'),
    (0x1000, 'O_DSYNC'),
    (0x4000, 'O_DIRECT'),
    (0x8000, 'O_LARGEFILE'),
    (0x20000, 'O_NOFOLLOW'),
    (0x40000, 'O_NOATIME'),
    (0x80000, 'O_CLOEXEC'),
    (0x200000, 'O_PATH'),
    (0x410000, 'O_TMPFILE'),
    (0x400000, '__O_TMPFILE'),
    (0x10000, 'O_DIRECTORY'),
    (0x2000, 'FASYNC'),
)

ACCESS_MODES = (
    (0x0, 'F_OK'),
    (0x4, 'R_OK'),
    (0x2, 'W_OK'),
    (0x1, 'X_OK'),
)

AT_FLAGS = (
    (0x100, 'AT_SYMLINK_NOFOLLOW'),
    (0x200, 'AT_REMOVEDIR'),
    (0x400, 'AT_SYMLINK_FOLLOW'),
    (0x800, 'AT_NO_AUTOMOUNT'),
    (0x1000, 'AT_EMPTY_PATH'),
    (0x8000, 'AT_RECURSIVE'),
)

AT_STATX_SYNC_TYPES = (
    (0x0, 'AT_STATX_SYNC_AS_STAT'),
    (0x2000, 'AT_STATX_FORCE_SYNC'),
    (0x4000, 'AT_STATX_DONT_SYNC'),
    (0x6000, 'AT_STATX_SYNC_TYPE'),
)

FACCESSAT_FLAGS = (
    (0x100, 'AT_SYMLINK_NOFOLLOW'),
    (0x200, 'AT_EACCESS'),
    (0x1000, 'AT_EMPTY_PATH'),
)

RENAME_FLAGS = (
    (0x1, 'RENAME_NOREPLACE'),
    (0x2, 'RENAME_EXCHANGE'),
    (0x4, 'RENAME_WHITEOUT'),
)

NAME_TO_HANDLE_AT_FLAGS = (
    (0x400, 'AT_SYMLINK_FOLLOW'),
    (0x1000, 'AT_EMPTY_PATH'),
)

OPEN_RESOLVE_FLAGS = (
    (0x01, "RESOLVE_NO_XDEV"),
    (0x02, "RESOLVE_NO_MAGICLINKS"),
    (0x04, "RESOLVE_NO_SYMLINKS"),
    (0x08, "RESOLVE_BENEATH"),
    (0x10, "RESOLVE_IN_ROOT"),
    (0x20, "RESOLVE_CACHED"),
)
