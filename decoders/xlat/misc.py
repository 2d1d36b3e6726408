"""Miscellaneous flags: getrandom, epoll, eventfd, inotify, mount/umount.

Values for x86_64, in the order of strace 6.1's src/xlat/*.in (the order
matters: the first matching entry wins); generated from those files and the
kernel UAPI headers.  Each table is named after its strace xlat file.
"""

GETRANDOM_FLAGS = (
    (0x1, 'GRND_NONBLOCK'),
    (0x2, 'GRND_RANDOM'),
    (0x4, 'GRND_INSECURE'),
)

EPOLLCTLS = (
    (0x1, 'EPOLL_CTL_ADD'),
    (0x2, 'EPOLL_CTL_DEL'),
    (0x3, 'EPOLL_CTL_MOD'),
)

EPOLLFLAGS = (
    (0x80000, 'EPOLL_CLOEXEC'),
)

EFD_FLAGS = (
    (0x1, 'EFD_SEMAPHORE'),
    (0x80000, 'EFD_CLOEXEC'),
    (0x800, 'EFD_NONBLOCK'),
)

INOTIFY_FLAGS = (
    (0x1, 'IN_ACCESS'),
    (0x2, 'IN_MODIFY'),
    (0x4, 'IN_ATTRIB'),
    (0x8, 'IN_CLOSE_WRITE'),
    (0x10, 'IN_CLOSE_NOWRITE'),
    (0x20, 'IN_OPEN'),
    (0x40, 'IN_MOVED_FROM'),
    (0x80, 'IN_MOVED_TO'),
    (0x100, 'IN_CREATE'),
    (0x200, 'IN_DELETE'),
    (0x400, 'IN_DELETE_SELF'),
    (0x800, 'IN_MOVE_SELF'),
    (0x2000, 'IN_UNMOUNT'),
    (0x4000, 'IN_Q_OVERFLOW'),
    (0x8000, 'IN_IGNORED'),
    (0x1000000, 'IN_ONLYDIR'),
    (0x2000000, 'IN_DONT_FOLLOW'),
    (0x4000000, 'IN_EXCL_UNLINK'),
    (0x10000000, 'IN_MASK_CREATE'),
    (0x20000000, 'IN_MASK_ADD'),
    (0x40000000, 'IN_ISDIR'),
    (0x80000000, 'IN_ONESHOT'),
)

INOTIFY_INIT_FLAGS = (
    (0x800, 'IN_NONBLOCK'),
    (0x80000, 'IN_CLOEXEC'),
)

MOUNT_FLAGS = (
    (0x1, 'MS_RDONLY'),
    (0x2, 'MS_NOSUID'),
    (0x4, 'MS_NODEV'),
    (0x8, 'MS_NOEXEC'),
    (0x10, 'MS_SYNCHRONOUS'),
    (0x20, 'MS_REMOUNT'),
    (0x40, 'MS_MANDLOCK'),
    (0x80, 'MS_DIRSYNC'),
    (0x100, 'MS_NOSYMFOLLOW'),
    (0x400, 'MS_NOATIME'),
    (0x800, 'MS_NODIRATIME'),
    (0x1000, 'MS_BIND'),
    (0x2000, 'MS_MOVE'),
    (0x4000, 'MS_REC'),
    (0x8000, 'MS_SILENT'),
    (0x10000, 'MS_POSIXACL'),
    (0x20000, 'MS_UNBINDABLE'),
    (0x40000, 'MS_PRIVATE'),
    (0x80000, 'MS_SLAVE'),
    (0x100000, 'MS_SHARED'),
    (0x200000, 'MS_RELATIME'),
    (0x400000, 'MS_KERNMOUNT'),
    (0x800000, 'MS_I_VERSION'),
    (0x1000000, 'MS_STRICTATIME'),
    (0x2000000, 'MS_LAZYTIME'),
    (0x4000000, 'MS_SUBMOUNT'),
    (0x8000000, 'MS_NOREMOTELOCK'),
    (0x10000000, 'MS_NOSEC'),
    (0x20000000, 'MS_BORN'),
    (0x40000000, 'MS_ACTIVE'),
    (0x80000000, 'MS_NOUSER'),
)

UMOUNT_FLAGS = (
    (0x1, 'MNT_FORCE'),
    (0x2, 'MNT_DETACH'),
    (0x4, 'MNT_EXPIRE'),
    (0x8, 'UMOUNT_NOFOLLOW'),
)
