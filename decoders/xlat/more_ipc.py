"""System V IPC: keys, get flags, shmat flags, msg flags and the ctl commands.

Values for x86_64, in the order of strace 6.1's src/xlat/*.in (the first
matching entry wins); generated from those files and the kernel UAPI headers.
Each table is named after its strace xlat file.
"""

IPC_PRIVATE = (
    (0x0, 'IPC_PRIVATE'),
)

RESOURCE_FLAGS = (
    (0x200, 'IPC_CREAT'),
    (0x400, 'IPC_EXCL'),
    (0x800, 'IPC_NOWAIT'),
)

SHM_RESOURCE_FLAGS = (
    (0x200, 'IPC_CREAT'),
    (0x400, 'IPC_EXCL'),
    (0x800, 'SHM_HUGETLB'),
    (0x1000, 'SHM_NORESERVE'),
)

SHM_FLAGS = (
    (0x1000, 'SHM_RDONLY'),
    (0x2000, 'SHM_RND'),
    (0x4000, 'SHM_REMAP'),
    (0x8000, 'SHM_EXEC'),
)

IPC_MSG_FLAGS = (
    (0x1000, 'MSG_NOERROR'),
    (0x2000, 'MSG_EXCEPT'),
    (0x4000, 'MSG_COPY'),
    (0x800, 'IPC_NOWAIT'),
)

SHMCTL_FLAGS = (
    (0x0, 'IPC_RMID'),
    (0x1, 'IPC_SET'),
    (0x2, 'IPC_STAT'),
    (0x3, 'IPC_INFO'),
    (0xb, 'SHM_LOCK'),
    (0xc, 'SHM_UNLOCK'),
    (0xd, 'SHM_STAT'),
    (0xe, 'SHM_INFO'),
    (0xf, 'SHM_STAT_ANY'),
)

SEMCTL_FLAGS = (
    (0x0, 'IPC_RMID'),
    (0x1, 'IPC_SET'),
    (0x2, 'IPC_STAT'),
    (0x3, 'IPC_INFO'),
    (0xb, 'GETPID'),
    (0xc, 'GETVAL'),
    (0xd, 'GETALL'),
    (0xe, 'GETNCNT'),
    (0xf, 'GETZCNT'),
    (0x10, 'SETVAL'),
    (0x11, 'SETALL'),
    (0x12, 'SEM_STAT'),
    (0x13, 'SEM_INFO'),
    (0x14, 'SEM_STAT_ANY'),
)

MSGCTL_FLAGS = (
    (0x0, 'IPC_RMID'),
    (0x1, 'IPC_SET'),
    (0x2, 'IPC_STAT'),
    (0x3, 'IPC_INFO'),
    (0xb, 'MSG_STAT'),
    (0xc, 'MSG_INFO'),
    (0xd, 'MSG_STAT_ANY'),
)
