"""Tables for decoders/ioctl/dm.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

DM_FLAGS = (
    (0x1, 'DM_READONLY_FLAG'),
    (0x2, 'DM_SUSPEND_FLAG'),
    (0x4, 'DM_EXISTS_FLAG'),
    (0x8, 'DM_PERSISTENT_DEV_FLAG'),
    (0x10, 'DM_STATUS_TABLE_FLAG'),
    (0x20, 'DM_ACTIVE_PRESENT_FLAG'),
    (0x40, 'DM_INACTIVE_PRESENT_FLAG'),
    (0x100, 'DM_BUFFER_FULL_FLAG'),
    (0x200, 'DM_SKIP_BDGET_FLAG'),
    (0x400, 'DM_SKIP_LOCKFS_FLAG'),
    (0x800, 'DM_NOFLUSH_FLAG'),
    (0x1000, 'DM_QUERY_INACTIVE_TABLE_FLAG'),
    (0x2000, 'DM_UEVENT_GENERATED_FLAG'),
    (0x4000, 'DM_UUID_FLAG'),
    (0x8000, 'DM_SECURE_DATA_FLAG'),
    (0x10000, 'DM_DATA_OUT_FLAG'),
    (0x20000, 'DM_DEFERRED_REMOVE'),
    (0x40000, 'DM_INTERNAL_SUSPEND_FLAG'),
    (0x80000, 'DM_IMA_MEASUREMENT_FLAG'),
)
