"""decoders/fs/mount.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, assert_in_its_style, mem, row_id


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('mount_flags', 'mount', 3, (mem(0x4a7950, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7960, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7970, "2f6e6f6e6578697374656e742f7800"), 0, 0), '0', '0', '0'),
    ('mount_flags', 'mount', 3, (mem(0x4a7980, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7990, "2f6e6f6e6578697374656e742f7800"), mem(0x4a79a0, "2f6e6f6e6578697374656e742f7800"), 1, 0), 'MS_RDONLY', '0x1', '0x1 /* MS_RDONLY */'),
    ('mount_flags', 'mount', 3, (mem(0x4a79b0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a79c0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a79d0, "2f6e6f6e6578697374656e742f7800"), 0x1000, 0), 'MS_BIND', '0x1000', '0x1000 /* MS_BIND */'),
    ('mount_flags', 'mount', 3, (mem(0x4a79e0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a79f0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7a00, "2f6e6f6e6578697374656e742f7800"), 0x5000, 0), 'MS_BIND|MS_REC', '0x5000', '0x5000 /* MS_BIND|MS_REC */'),
    ('mount_flags', 'mount', 3, (mem(0x4a7a10, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7a20, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7a30, "2f6e6f6e6578697374656e742f7800"), 0x24, 0), 'MS_NODEV|MS_REMOUNT', '0x24', '0x24 /* MS_NODEV|MS_REMOUNT */'),
    ('mount_flags', 'mount', 3, (mem(0x4a7a40, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7a50, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7a60, "2f6e6f6e6578697374656e742f7800"), 0xc0ed0000, 0), 'MS_MGC_VAL', '0xc0ed0000', '0xc0ed0000 /* MS_MGC_VAL */'),
    ('mount_flags', 'mount', 3, (mem(0x4a7a70, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7a80, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7a90, "2f6e6f6e6578697374656e742f7800"), 0xc0ed0001, 0), 'MS_MGC_VAL|MS_RDONLY', '0xc0ed0000|0x1', '0xc0ed0000 /* MS_MGC_VAL */|0x1 /* MS_RDONLY */'),
    ('mount_flags', 'mount', 3, (mem(0x4a7aa0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7ab0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7ac0, "2f6e6f6e6578697374656e742f7800"), 0x80000000, 0), 'MS_NOUSER', '0x80000000', '0x80000000 /* MS_NOUSER */'),
    ('mount_flags', 'mount', 3, (mem(0x4a7ad0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7ae0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7af0, "2f6e6f6e6578697374656e742f7800"), 0x100, 0), 'MS_NOSYMFOLLOW', '0x100', '0x100 /* MS_NOSYMFOLLOW */'),
    ('umount_flags', 'umount2', 1, (mem(0x4a7b00, "2f6e6f6e6578697374656e742f7800"), 0), '0', '0', '0'),
    ('umount_flags', 'umount2', 1, (mem(0x4a7b10, "2f6e6f6e6578697374656e742f7800"), 1), 'MNT_FORCE', '0x1', '0x1 /* MNT_FORCE */'),
    ('umount_flags', 'umount2', 1, (mem(0x4a7b20, "2f6e6f6e6578697374656e742f7800"), 2), 'MNT_DETACH', '0x2', '0x2 /* MNT_DETACH */'),
    ('umount_flags', 'umount2', 1, (mem(0x4a7b30, "2f6e6f6e6578697374656e742f7800"), 8), 'UMOUNT_NOFOLLOW', '0x8', '0x8 /* UMOUNT_NOFOLLOW */'),
    ('umount_flags', 'umount2', 1, (mem(0x4a7b40, "2f6e6f6e6578697374656e742f7800"), 0x10), '0x10 /* MNT_??? */', '0x10', '0x10 /* MNT_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('open_tree_flags', 'open_tree', 2, 0x0, 'abbrev', '0'),
    ('open_tree_flags', 'open_tree', 2, 0x89f01, 'abbrev', 'OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_SYMLINK_NOFOLLOW|AT_REMOVEDIR|AT_SYMLINK_FOLLOW|AT_NO_AUTOMOUNT|AT_EMPTY_PATH|AT_RECURSIVE'),
    ('open_tree_flags', 'open_tree', 2, 0x2, 'abbrev', '0x2 /* OPEN_TREE_??? */'),
    ('move_mount_flags', 'move_mount', 4, 0x0, 'abbrev', '0'),
    ('move_mount_flags', 'move_mount', 4, 0x177, 'abbrev', 'MOVE_MOUNT_F_SYMLINKS|MOVE_MOUNT_F_AUTOMOUNTS|MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_SYMLINKS|MOVE_MOUNT_T_AUTOMOUNTS|MOVE_MOUNT_T_EMPTY_PATH|MOVE_MOUNT_SET_GROUP'),
    ('move_mount_flags', 'move_mount', 4, 0x80, 'abbrev', '0x80 /* MOVE_MOUNT_??? */'),
    ('fsopen_flags', 'fsopen', 1, 0x0, 'abbrev', '0'),
    ('fsopen_flags', 'fsopen', 1, 0x1, 'abbrev', 'FSOPEN_CLOEXEC'),
    ('fsopen_flags', 'fsopen', 1, 0x6, 'abbrev', '0x6 /* FSOPEN_??? */'),
    ('fspick_flags', 'fspick', 2, 0x0, 'abbrev', '0'),
    ('fspick_flags', 'fspick', 2, 0xf, 'abbrev', 'FSPICK_CLOEXEC|FSPICK_SYMLINK_NOFOLLOW|FSPICK_NO_AUTOMOUNT|FSPICK_EMPTY_PATH'),
    ('fspick_flags', 'fspick', 2, 0x10, 'abbrev', '0x10 /* FSPICK_??? */'),
    ('fsmount_flags', 'fsmount', 1, 0x0, 'abbrev', '0'),
    ('mount_attr_flags', 'fsmount', 2, 0x0, 'abbrev', '0'),
    ('fsmount_flags', 'fsmount', 1, 0x1, 'abbrev', 'FSMOUNT_CLOEXEC'),
    ('mount_attr_flags', 'fsmount', 2, 0xbf, 'abbrev', 'MOUNT_ATTR_RDONLY|MOUNT_ATTR_NOSUID|MOUNT_ATTR_NODEV|MOUNT_ATTR_NOEXEC|MOUNT_ATTR_NOATIME|MOUNT_ATTR_STRICTATIME|MOUNT_ATTR_NODIRATIME'),
    ('fsmount_flags', 'fsmount', 1, 0x2, 'abbrev', '0x2 /* FSMOUNT_??? */'),
    ('mount_attr_flags', 'fsmount', 2, 0x100000, 'abbrev', '0x100000 /* MOUNT_ATTR_??? */'),
    ('mount_attr_flags', 'fsmount', 2, 0x70, 'abbrev', 'MOUNT_ATTR_NOATIME|MOUNT_ATTR_STRICTATIME|0x40'),
    ('mount_attr_flags', 'fsmount', 2, 0x200101, 'abbrev', 'MOUNT_ATTR_RDONLY|0x200100'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x0, 'abbrev', 'FSCONFIG_SET_FLAG'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x1, 'abbrev', 'FSCONFIG_SET_STRING'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x6, 'abbrev', 'FSCONFIG_CMD_CREATE'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x9, 'abbrev', '0x9 /* FSCONFIG_??? */'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x5, 'abbrev', 'FSCONFIG_SET_FD'),
    ('open_tree_flags', 'open_tree', 2, 0x0, 'raw', '0'),
    ('open_tree_flags', 'open_tree', 2, 0x89f01, 'raw', '0x89f01'),
    ('open_tree_flags', 'open_tree', 2, 0x2, 'raw', '0x2'),
    ('move_mount_flags', 'move_mount', 4, 0x0, 'raw', '0'),
    ('move_mount_flags', 'move_mount', 4, 0x177, 'raw', '0x177'),
    ('move_mount_flags', 'move_mount', 4, 0x80, 'raw', '0x80'),
    ('fsopen_flags', 'fsopen', 1, 0x0, 'raw', '0'),
    ('fsopen_flags', 'fsopen', 1, 0x1, 'raw', '0x1'),
    ('fsopen_flags', 'fsopen', 1, 0x6, 'raw', '0x6'),
    ('fspick_flags', 'fspick', 2, 0x0, 'raw', '0'),
    ('fspick_flags', 'fspick', 2, 0xf, 'raw', '0xf'),
    ('fspick_flags', 'fspick', 2, 0x10, 'raw', '0x10'),
    ('fsmount_flags', 'fsmount', 1, 0x0, 'raw', '0'),
    ('mount_attr_flags', 'fsmount', 2, 0x0, 'raw', '0'),
    ('fsmount_flags', 'fsmount', 1, 0x1, 'raw', '0x1'),
    ('mount_attr_flags', 'fsmount', 2, 0xbf, 'raw', '0xbf'),
    ('fsmount_flags', 'fsmount', 1, 0x2, 'raw', '0x2'),
    ('mount_attr_flags', 'fsmount', 2, 0x100000, 'raw', '0x100000'),
    ('mount_attr_flags', 'fsmount', 2, 0x70, 'raw', '0x70'),
    ('mount_attr_flags', 'fsmount', 2, 0x200101, 'raw', '0x200101'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x0, 'raw', '0'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x1, 'raw', '0x1'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x6, 'raw', '0x6'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x9, 'raw', '0x9'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x5, 'raw', '0x5'),
    ('open_tree_flags', 'open_tree', 2, 0x0, 'verbose', '0'),
    ('open_tree_flags', 'open_tree', 2, 0x89f01, 'verbose', '0x89f01 /* OPEN_TREE_CLONE|OPEN_TREE_CLOEXEC|AT_SYMLINK_NOFOLLOW|AT_REMOVEDIR|AT_SYMLINK_FOLLOW|AT_NO_AUTOMOUNT|AT_EMPTY_PATH|AT_RECURSIVE */'),
    ('open_tree_flags', 'open_tree', 2, 0x2, 'verbose', '0x2 /* OPEN_TREE_??? */'),
    ('move_mount_flags', 'move_mount', 4, 0x0, 'verbose', '0'),
    ('move_mount_flags', 'move_mount', 4, 0x177, 'verbose', '0x177 /* MOVE_MOUNT_F_SYMLINKS|MOVE_MOUNT_F_AUTOMOUNTS|MOVE_MOUNT_F_EMPTY_PATH|MOVE_MOUNT_T_SYMLINKS|MOVE_MOUNT_T_AUTOMOUNTS|MOVE_MOUNT_T_EMPTY_PATH|MOVE_MOUNT_SET_GROUP */'),
    ('move_mount_flags', 'move_mount', 4, 0x80, 'verbose', '0x80 /* MOVE_MOUNT_??? */'),
    ('fsopen_flags', 'fsopen', 1, 0x0, 'verbose', '0'),
    ('fsopen_flags', 'fsopen', 1, 0x1, 'verbose', '0x1 /* FSOPEN_CLOEXEC */'),
    ('fsopen_flags', 'fsopen', 1, 0x6, 'verbose', '0x6 /* FSOPEN_??? */'),
    ('fspick_flags', 'fspick', 2, 0x0, 'verbose', '0'),
    ('fspick_flags', 'fspick', 2, 0xf, 'verbose', '0xf /* FSPICK_CLOEXEC|FSPICK_SYMLINK_NOFOLLOW|FSPICK_NO_AUTOMOUNT|FSPICK_EMPTY_PATH */'),
    ('fspick_flags', 'fspick', 2, 0x10, 'verbose', '0x10 /* FSPICK_??? */'),
    ('fsmount_flags', 'fsmount', 1, 0x0, 'verbose', '0'),
    ('mount_attr_flags', 'fsmount', 2, 0x0, 'verbose', '0'),
    ('fsmount_flags', 'fsmount', 1, 0x1, 'verbose', '0x1 /* FSMOUNT_CLOEXEC */'),
    ('mount_attr_flags', 'fsmount', 2, 0xbf, 'verbose', '0xbf /* MOUNT_ATTR_RDONLY|MOUNT_ATTR_NOSUID|MOUNT_ATTR_NODEV|MOUNT_ATTR_NOEXEC|MOUNT_ATTR_NOATIME|MOUNT_ATTR_STRICTATIME|MOUNT_ATTR_NODIRATIME */'),
    ('fsmount_flags', 'fsmount', 1, 0x2, 'verbose', '0x2 /* FSMOUNT_??? */'),
    ('mount_attr_flags', 'fsmount', 2, 0x100000, 'verbose', '0x100000 /* MOUNT_ATTR_??? */'),
    ('mount_attr_flags', 'fsmount', 2, 0x70, 'verbose', '0x70 /* MOUNT_ATTR_NOATIME|MOUNT_ATTR_STRICTATIME|0x40 */'),
    ('mount_attr_flags', 'fsmount', 2, 0x200101, 'verbose', '0x200101 /* MOUNT_ATTR_RDONLY|0x200100 */'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x0, 'verbose', '0 /* FSCONFIG_SET_FLAG */'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x1, 'verbose', '0x1 /* FSCONFIG_SET_STRING */'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x6, 'verbose', '0x6 /* FSCONFIG_CMD_CREATE */'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x9, 'verbose', '0x9 /* FSCONFIG_??? */'),
    ('fsconfig_cmd', 'fsconfig', 1, 0x5, 'verbose', '0x5 /* FSCONFIG_SET_FD */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
