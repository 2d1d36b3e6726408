"""Tables for decoders/files/notify.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

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

FAN_CLASSES = (
    (0x0, 'FAN_CLASS_NOTIF'),
    (0x4, 'FAN_CLASS_CONTENT'),
    (0x8, 'FAN_CLASS_PRE_CONTENT'),
)

FAN_INIT_FLAGS = (
    (0x1, 'FAN_CLOEXEC'),
    (0x2, 'FAN_NONBLOCK'),
    (0x10, 'FAN_UNLIMITED_QUEUE'),
    (0x20, 'FAN_UNLIMITED_MARKS'),
    (0x40, 'FAN_ENABLE_AUDIT'),
    (0x80, 'FAN_REPORT_PIDFD'),
    (0x100, 'FAN_REPORT_TID'),
    (0x200, 'FAN_REPORT_FID'),
    (0x400, 'FAN_REPORT_DIR_FID'),
    (0x800, 'FAN_REPORT_NAME'),
    (0x1000, 'FAN_REPORT_TARGET_FID'),
)

FAN_MARK_FLAGS = (
    (0x1, 'FAN_MARK_ADD'),
    (0x2, 'FAN_MARK_REMOVE'),
    (0x4, 'FAN_MARK_DONT_FOLLOW'),
    (0x8, 'FAN_MARK_ONLYDIR'),
    (0x10, 'FAN_MARK_MOUNT'),
    (0x20, 'FAN_MARK_IGNORED_MASK'),
    (0x40, 'FAN_MARK_IGNORED_SURV_MODIFY'),
    (0x80, 'FAN_MARK_FLUSH'),
    (0x100, 'FAN_MARK_FILESYSTEM'),
    (0x200, 'FAN_MARK_EVICTABLE'),
    (0x400, 'FAN_MARK_IGNORE'),
)

FAN_EVENT_FLAGS = (
    (0x1, 'FAN_ACCESS'),
    (0x2, 'FAN_MODIFY'),
    (0x4, 'FAN_ATTRIB'),
    (0x8, 'FAN_CLOSE_WRITE'),
    (0x10, 'FAN_CLOSE_NOWRITE'),
    (0x20, 'FAN_OPEN'),
    (0x40, 'FAN_MOVED_FROM'),
    (0x80, 'FAN_MOVED_TO'),
    (0x100, 'FAN_CREATE'),
    (0x200, 'FAN_DELETE'),
    (0x400, 'FAN_DELETE_SELF'),
    (0x800, 'FAN_MOVE_SELF'),
    (0x1000, 'FAN_OPEN_EXEC'),
    (0x4000, 'FAN_Q_OVERFLOW'),
    (0x8000, 'FAN_FS_ERROR'),
    (0x10000, 'FAN_OPEN_PERM'),
    (0x20000, 'FAN_ACCESS_PERM'),
    (0x40000, 'FAN_OPEN_EXEC_PERM'),
    (0x80000, 'FAN_DIR_MODIFY'),
    (0x40000000, 'FAN_ONDIR'),
    (0x8000000, 'FAN_EVENT_ON_CHILD'),
    (0x10000000, 'FAN_RENAME'),
)
