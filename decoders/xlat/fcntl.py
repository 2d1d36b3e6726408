"""File-descriptor tables: flock, lseek whence, fallocate, fadvise, splice,
close_range, xattr, and the fcntl commands and lock types.

Values for x86_64, in the order of strace 6.1's src/xlat/*.in (the order
matters: the first matching entry wins); generated from those files and the
kernel UAPI headers.  Each table is named after its strace xlat file.
"""

FLOCKCMDS = (
    (0x1, 'LOCK_SH'),
    (0x2, 'LOCK_EX'),
    (0x4, 'LOCK_NB'),
    (0x8, 'LOCK_UN'),
    (0x20, 'LOCK_MAND'),
    (0xc0, 'LOCK_RW'),
    (0x40, 'LOCK_READ'),
    (0x80, 'LOCK_WRITE'),
)

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

CLOSE_RANGE_FLAGS = (
    (0x2, 'CLOSE_RANGE_UNSHARE'),
    (0x4, 'CLOSE_RANGE_CLOEXEC'),
)

XATTRFLAGS = (
    (0x1, 'XATTR_CREATE'),
    (0x2, 'XATTR_REPLACE'),
)

FCNTLCMDS = (
    (0x0, 'F_DUPFD'),
    (0x1, 'F_GETFD'),
    (0x2, 'F_SETFD'),
    (0x3, 'F_GETFL'),
    (0x4, 'F_SETFL'),
    (0x5, 'F_GETLK'),
    (0x6, 'F_SETLK'),
    (0x7, 'F_SETLKW'),
    (0x8, 'F_SETOWN'),
    (0x9, 'F_GETOWN'),
    (0xa, 'F_SETSIG'),
    (0xb, 'F_GETSIG'),
    (0xc, 'F_GETLK64'),
    (0xd, 'F_SETLK64'),
    (0xe, 'F_SETLKW64'),
    (0xf, 'F_SETOWN_EX'),
    (0x10, 'F_GETOWN_EX'),
    (0x11, 'F_GETOWNER_UIDS'),
    (0x24, 'F_OFD_GETLK'),
    (0x25, 'F_OFD_SETLK'),
    (0x26, 'F_OFD_SETLKW'),
    (0x400, 'F_SETLEASE'),
    (0x401, 'F_GETLEASE'),
    (0x402, 'F_NOTIFY'),
    (0x405, 'F_CANCELLK'),
    (0x406, 'F_DUPFD_CLOEXEC'),
    (0x407, 'F_SETPIPE_SZ'),
    (0x408, 'F_GETPIPE_SZ'),
    (0x409, 'F_ADD_SEALS'),
    (0x40a, 'F_GET_SEALS'),
)

FDFLAGS = (
    (0x1, 'FD_CLOEXEC'),
)

LOCKFCMDS = (
    (0x0, 'F_RDLCK'),
    (0x1, 'F_WRLCK'),
    (0x2, 'F_UNLCK'),
    (0x4, 'F_EXLCK'),
    (0x8, 'F_SHLCK'),
)
