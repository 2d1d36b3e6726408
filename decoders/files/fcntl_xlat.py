"""Tables for decoders/files/fcntl.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

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

F_OWNER_TYPES = (
    (0x0, 'F_OWNER_TID'),
    (0x1, 'F_OWNER_PID'),
    (0x2, 'F_OWNER_PGRP'),
)

F_SEALS = (
    (0x1, 'F_SEAL_SEAL'),
    (0x2, 'F_SEAL_SHRINK'),
    (0x4, 'F_SEAL_GROW'),
    (0x8, 'F_SEAL_WRITE'),
    (0x10, 'F_SEAL_FUTURE_WRITE'),
)

NOTIFYFLAGS = (
    (0x1, 'DN_ACCESS'),
    (0x2, 'DN_MODIFY'),
    (0x4, 'DN_CREATE'),
    (0x8, 'DN_DELETE'),
    (0x10, 'DN_RENAME'),
    (0x20, 'DN_ATTRIB'),
    (0x80000000, 'DN_MULTISHOT'),
)
