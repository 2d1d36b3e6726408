"""decoders/files/notify.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import (
    assert_in_every_style,
    assert_in_its_style,
    mem,
    row_id,
)

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a78e0, "2f6e6f6e6578697374656e742f7800"), 0), '0', '0', '0'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a78f0, "2f6e6f6e6578697374656e742f7800"), 1), 'IN_ACCESS', '0x1', '0x1 /* IN_ACCESS */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7900, "2f6e6f6e6578697374656e742f7800"), 0xfff), 'IN_ACCESS|IN_MODIFY|IN_ATTRIB|IN_CLOSE_WRITE|IN_CLOSE_NOWRITE|IN_OPEN|IN_MOVED_FROM|IN_MOVED_TO|IN_CREATE|IN_DELETE|IN_DELETE_SELF|IN_MOVE_SELF', '0xfff', '0xfff /* IN_ACCESS|IN_MODIFY|IN_ATTRIB|IN_CLOSE_WRITE|IN_CLOSE_NOWRITE|IN_OPEN|IN_MOVED_FROM|IN_MOVED_TO|IN_CREATE|IN_DELETE|IN_DELETE_SELF|IN_MOVE_SELF */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7910, "2f6e6f6e6578697374656e742f7800"), 0x40000100), 'IN_CREATE|IN_ISDIR', '0x40000100', '0x40000100 /* IN_CREATE|IN_ISDIR */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7920, "2f6e6f6e6578697374656e742f7800"), 0x80000002), 'IN_MODIFY|IN_ONESHOT', '0x80000002', '0x80000002 /* IN_MODIFY|IN_ONESHOT */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7930, "2f6e6f6e6578697374656e742f7800"), 0x1000), '0x1000 /* IN_??? */', '0x1000', '0x1000 /* IN_??? */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7940, "2f6e6f6e6578697374656e742f7800"), 0x3000000), 'IN_ONLYDIR|IN_DONT_FOLLOW', '0x3000000', '0x3000000 /* IN_ONLYDIR|IN_DONT_FOLLOW */'),
    ('inotify_init_flags', 'inotify_init1', 0, (1,), '0x1 /* IN_??? */', '0x1', '0x1 /* IN_??? */'),
    ('inotify_init_flags', 'inotify_init1', 0, (0x80801,), 'IN_NONBLOCK|IN_CLOEXEC|0x1', '0x80801', '0x80801 /* IN_NONBLOCK|IN_CLOEXEC|0x1 */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('fanotify_init_flags', 'fanotify_init', 0, 0x0, 'abbrev', 'FAN_CLASS_NOTIF'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x17, 'abbrev', 'FAN_CLASS_CONTENT|FAN_CLOEXEC|FAN_NONBLOCK|FAN_UNLIMITED_QUEUE'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x1f08, 'abbrev', 'FAN_CLASS_PRE_CONTENT|FAN_REPORT_TID|FAN_REPORT_FID|FAN_REPORT_DIR_FID|FAN_REPORT_NAME|FAN_REPORT_TARGET_FID'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0xc, 'abbrev', '0xc /* FAN_CLASS_??? */'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x201c, 'abbrev', '0xc /* FAN_CLASS_??? */|FAN_UNLIMITED_QUEUE|0x2000'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x0, 'abbrev', '0'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x0, 'abbrev', '0'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x7ff, 'abbrev', 'FAN_MARK_ADD|FAN_MARK_REMOVE|FAN_MARK_DONT_FOLLOW|FAN_MARK_ONLYDIR|FAN_MARK_MOUNT|FAN_MARK_IGNORED_MASK|FAN_MARK_IGNORED_SURV_MODIFY|FAN_MARK_FLUSH|FAN_MARK_FILESYSTEM|FAN_MARK_EVICTABLE|FAN_MARK_IGNORE'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x1800fdfff, 'abbrev', 'FAN_ACCESS|FAN_MODIFY|FAN_ATTRIB|FAN_CLOSE_WRITE|FAN_CLOSE_NOWRITE|FAN_OPEN|FAN_MOVED_FROM|FAN_MOVED_TO|FAN_CREATE|FAN_DELETE|FAN_DELETE_SELF|FAN_MOVE_SELF|FAN_OPEN_EXEC|FAN_Q_OVERFLOW|FAN_FS_ERROR|FAN_OPEN_PERM|FAN_ACCESS_PERM|FAN_OPEN_EXEC_PERM|FAN_DIR_MODIFY|0x180000000'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x800, 'abbrev', '0x800 /* FAN_MARK_??? */'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x40002000, 'abbrev', 'FAN_ONDIR|0x2000'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x1, 'abbrev', 'FAN_MARK_ADD'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x1000000000000001, 'abbrev', 'FAN_ACCESS|0x1000000000000000'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x0, 'raw', '0'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x17, 'raw', '0x4|0x13'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x1f08, 'raw', '0x8|0x1f00'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0xc, 'raw', '0xc'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x201c, 'raw', '0xc|0x2010'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x0, 'raw', '0'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x0, 'raw', '0'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x7ff, 'raw', '0x7ff'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x1800fdfff, 'raw', '0x1800fdfff'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x800, 'raw', '0x800'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x40002000, 'raw', '0x40002000'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x1, 'raw', '0x1'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x1000000000000001, 'raw', '0x1000000000000001'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x0, 'verbose', '0 /* FAN_CLASS_NOTIF */'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x17, 'verbose', '0x4 /* FAN_CLASS_CONTENT */|0x13 /* FAN_CLOEXEC|FAN_NONBLOCK|FAN_UNLIMITED_QUEUE */'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x1f08, 'verbose', '0x8 /* FAN_CLASS_PRE_CONTENT */|0x1f00 /* FAN_REPORT_TID|FAN_REPORT_FID|FAN_REPORT_DIR_FID|FAN_REPORT_NAME|FAN_REPORT_TARGET_FID */'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0xc, 'verbose', '0xc /* FAN_CLASS_??? */'),
    ('fanotify_init_flags', 'fanotify_init', 0, 0x201c, 'verbose', '0xc /* FAN_CLASS_??? */|0x2010 /* FAN_UNLIMITED_QUEUE|0x2000 */'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x0, 'verbose', '0'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x0, 'verbose', '0'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x7ff, 'verbose', '0x7ff /* FAN_MARK_ADD|FAN_MARK_REMOVE|FAN_MARK_DONT_FOLLOW|FAN_MARK_ONLYDIR|FAN_MARK_MOUNT|FAN_MARK_IGNORED_MASK|FAN_MARK_IGNORED_SURV_MODIFY|FAN_MARK_FLUSH|FAN_MARK_FILESYSTEM|FAN_MARK_EVICTABLE|FAN_MARK_IGNORE */'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x1800fdfff, 'verbose', '0x1800fdfff /* FAN_ACCESS|FAN_MODIFY|FAN_ATTRIB|FAN_CLOSE_WRITE|FAN_CLOSE_NOWRITE|FAN_OPEN|FAN_MOVED_FROM|FAN_MOVED_TO|FAN_CREATE|FAN_DELETE|FAN_DELETE_SELF|FAN_MOVE_SELF|FAN_OPEN_EXEC|FAN_Q_OVERFLOW|FAN_FS_ERROR|FAN_OPEN_PERM|FAN_ACCESS_PERM|FAN_OPEN_EXEC_PERM|FAN_DIR_MODIFY|0x180000000 */'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x800, 'verbose', '0x800 /* FAN_MARK_??? */'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x40002000, 'verbose', '0x40002000 /* FAN_ONDIR|0x2000 */'),
    ('fanotify_mark_flags', 'fanotify_mark', 1, 0x1, 'verbose', '0x1 /* FAN_MARK_ADD */'),
    ('fanotify_mask', 'fanotify_mark', 2, 0x1000000000000001, 'verbose', '0x1000000000000001 /* FAN_ACCESS|0x1000000000000000 */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
