"""Tables for decoders/memory/mmap.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

MMAP_PROT = (
    (0x0, 'PROT_NONE'),
    (0x1, 'PROT_READ'),
    (0x2, 'PROT_WRITE'),
    (0x4, 'PROT_EXEC'),
    (0x8, 'PROT_SEM'),
    (0x1000000, 'PROT_GROWSDOWN'),
    (0x2000000, 'PROT_GROWSUP'),
)

MMAP_FLAGS = (
    (0x1, 'MAP_SHARED'),
    (0x2, 'MAP_PRIVATE'),
    (0x3, 'MAP_SHARED_VALIDATE'),
    (0x10, 'MAP_FIXED'),
    (0x20, 'MAP_ANONYMOUS'),
    (0x40, 'MAP_32BIT'),
    (0x4000, 'MAP_NORESERVE'),
    (0x8000, 'MAP_POPULATE'),
    (0x10000, 'MAP_NONBLOCK'),
    (0x100, 'MAP_GROWSDOWN'),
    (0x800, 'MAP_DENYWRITE'),
    (0x1000, 'MAP_EXECUTABLE'),
    (0x0, 'MAP_FILE'),
    (0x2000, 'MAP_LOCKED'),
    (0x20000, 'MAP_STACK'),
    (0x40000, 'MAP_HUGETLB'),
    (0x80000, 'MAP_SYNC'),
    (0x4000000, 'MAP_UNINITIALIZED'),
    (0x100000, 'MAP_FIXED_NOREPLACE'),
)

MADVISE_CMDS = (
    (0x0, 'MADV_NORMAL'),
    (0x1, 'MADV_RANDOM'),
    (0x2, 'MADV_SEQUENTIAL'),
    (0x3, 'MADV_WILLNEED'),
    (0x4, 'MADV_DONTNEED'),
    (0x8, 'MADV_FREE'),
    (0x9, 'MADV_REMOVE'),
    (0xa, 'MADV_DONTFORK'),
    (0xb, 'MADV_DOFORK'),
    (0xc, 'MADV_MERGEABLE'),
    (0xd, 'MADV_UNMERGEABLE'),
    (0xe, 'MADV_HUGEPAGE'),
    (0xf, 'MADV_NOHUGEPAGE'),
    (0x10, 'MADV_DONTDUMP'),
    (0x11, 'MADV_DODUMP'),
    (0x12, 'MADV_WIPEONFORK'),
    (0x13, 'MADV_KEEPONFORK'),
    (0x14, 'MADV_COLD'),
    (0x15, 'MADV_PAGEOUT'),
    (0x16, 'MADV_POPULATE_READ'),
    (0x17, 'MADV_POPULATE_WRITE'),
    (0x18, 'MADV_DONTNEED_LOCKED'),
    (0x19, 'MADV_COLLAPSE'),
    (0x64, 'MADV_HWPOISON'),
    (0x65, 'MADV_SOFT_OFFLINE'),
)

MREMAP_FLAGS = (
    (0x1, 'MREMAP_MAYMOVE'),
    (0x2, 'MREMAP_FIXED'),
    (0x4, 'MREMAP_DONTUNMAP'),
)

MCTL_SYNC = (
    (0x4, 'MS_SYNC'),
    (0x1, 'MS_ASYNC'),
    (0x2, 'MS_INVALIDATE'),
)

MLOCK_FLAGS = (
    (0x1, 'MLOCK_ONFAULT'),
)

MLOCKALL_FLAGS = (
    (0x1, 'MCL_CURRENT'),
    (0x2, 'MCL_FUTURE'),
    (0x4, 'MCL_ONFAULT'),
)
