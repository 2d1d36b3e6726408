"""decoders/fs/mount.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.conftest import shown_args as shown
from tests.decoders.observed import (
    assert_in_every_style,
    assert_in_its_style,
    mem,
    row_id,
)

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOENT, EOVERFLOW, EBADF = 14, 22, 2, 75, 9
Mem = MemoryImage


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


# ---- mount_setattr ------------------------------------------------------------------------------

def mount_attr(attr_set, attr_clr, propagation, userns_fd, tail=b""):
    mem = Mem()
    return mem, mem.put(0x2500, struct.pack("<4Q", attr_set, attr_clr, propagation, userns_fd)
                        + tail)


@pytest.mark.parametrize("fields, size, opts, text", [
    # mount_setattr(-1, "", AT_EMPTY_PATH, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP,
    #   attr_clr=MOUNT_ATTR_NOSUID|0x40000000, propagation=MS_PRIVATE, userns_fd=3}, 32)
    ((0x100001, 0x40000002, 0x40000, 3), 32, {},
     "{attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, attr_clr=MOUNT_ATTR_NOSUID|0x40000000, "
     "propagation=MS_PRIVATE, userns_fd=3}"),
    ((0x100001, 0x40000002, 0x40000, 3), 32, {"xlat_style": "verbose"},
     "{attr_set=0x100001 /* MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP */, "
     "attr_clr=0x40000002 /* MOUNT_ATTR_NOSUID|0x40000000 */, "
     "propagation=0x40000 /* MS_PRIVATE */, userns_fd=3}"),
    ((0x100001, 0x40000002, 0x40000, 3), 32, {"xlat_style": "raw"},
     "{attr_set=0x100001, attr_clr=0x40000002, propagation=0x40000, userns_fd=3}"),
    # mount_setattr(-1, "", 0, {attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */,
    #   userns_fd=5, /* bytes 32..39 */ "\x00\x00\x00\x00\x01\x00\x00\x00"}, 40) = -1 E2BIG
    ((0, 0, 7, 5), 40, {},
     '{attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */, userns_fd=5, '
     '/* bytes 32..39 */ "\\x00\\x00\\x00\\x00\\x01\\x00\\x00\\x00"}'),
    # strace -s 4: ... /* bytes 32..39 */ "\x00\x00\x00\x00"...}
    ((0, 0, 7, 5), 40, {"string_limit": 4},
     '{attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */, userns_fd=5, '
     '/* bytes 32..39 */ "\\x00\\x00\\x00\\x00"...}'),
])
def test_mount_attr(fields, size, opts, text):
    mem, addr = mount_attr(*fields, tail=b"\0\0\0\0\x01\0\0\0")
    args = (0xFFFFFFFF, BASE, 0, addr, size)
    assert decode("mount_attr", "mount_setattr", args, 3, mem, **opts) == text


def test_mount_attr_userns_fd_with_paths():
    fds = {3: "</tmp/s2>", 5: "</tmp/s2>"}
    paths = frozenset({"path"})
    # strace -y: {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, ..., userns_fd=3</tmp/s2>}
    mem, addr = mount_attr(0x100001, 0x40000002, 0x40000, 3)
    args = (0xFFFFFFFF, BASE, 0x1000, addr, 32)
    assert decode("mount_attr", "mount_setattr", args, 3, mem, fds=fds, decode_fds=paths) == (
        "{attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, attr_clr=MOUNT_ATTR_NOSUID|0x40000000, "
        "propagation=MS_PRIVATE, userns_fd=3</tmp/s2>}")
    # strace -y: without MOUNT_ATTR_IDMAP userns_fd is a plain number (fd 5 was open too):
    # {attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */, userns_fd=5, /* bytes 32..39 */ ...}
    mem, addr = mount_attr(0, 0, 7, 5, tail=b"\0\0\0\0\x01\0\0\0")
    args = (0xFFFFFFFF, BASE, 0, addr, 40)
    assert decode("mount_attr", "mount_setattr", args, 3, mem, fds=fds, decode_fds=paths) == (
        '{attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */, userns_fd=5, '
        '/* bytes 32..39 */ "\\x00\\x00\\x00\\x00\\x01\\x00\\x00\\x00"}')


def test_mount_attr_unread():
    mem, addr = mount_attr(0, 0, 0, 0)
    # mount_setattr(-1, "", 0, 0x10002500, 16) = -1 EINVAL
    assert decode("mount_attr", "mount_setattr", (0xFFFFFFFF, BASE, 0, addr, 16), 3, mem) == \
        "0x10002500"
    # mount_setattr(-1, "", 0, 0x10008000, 32) = -1 EFAULT
    assert decode("mount_attr", "mount_setattr", (0xFFFFFFFF, BASE, 0, UNMAPPED, 32), 3,
                  mem) == "0x10008000"


# fsconfig: key, value and aux by command ----------------------------------------

FSCONFIG = ("fd", "fsconfig_cmd", "fsconfig_key", "fsconfig_value", "fsconfig_aux")


BIN = bytes(i * 7 % 256 for i in range(40))


STRINGS = {0x1000: b"key\0", 0x1010: b"val\0", 0x1020: b"bkey\0", 0x1030: b"pkey\0",
           0x1040: b"/some/path\0", 0x1050: b"\0", 0x1060: b"fdkey\0",
           0x1100: b"a-very-long-key-name-longer-than-thirty-two\0", 0x2000: BIN}


NEG1 = 0xFFFFFFFFFFFFFFFF


@pytest.mark.parametrize("args,expected", [
    ((NEG1, 0, 0x1000, 0, 0), 'FSCONFIG_SET_FLAG, "key", NULL, 0'),
    ((NEG1, 1, 0x1000, 0x1010, 0), 'FSCONFIG_SET_STRING, "key", "val", 0'),
    ((NEG1, 6, 0, 0, 0), "FSCONFIG_CMD_CREATE, NULL, NULL, 0"),
    ((NEG1, 9, 0x10, 0x20, 3), "0x9 /* FSCONFIG_??? */, 0x10, 0x20, 3"),
    ((NEG1, 5, 0x1060, 0, 4), 'FSCONFIG_SET_FD, "fdkey", NULL, 4'),
    ((NEG1, 2, 0x1020, 0x2000, 40),
     'FSCONFIG_SET_BINARY, "bkey", "\\x00\\x07\\x0e\\x15\\x1c\\x23\\x2a\\x31\\x38\\x3f\\x46'
     '\\x4d\\x54\\x5b\\x62\\x69\\x70\\x77\\x7e\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd'
     '\\xc4\\xcb\\xd2\\xd9"..., 40'),
    ((NEG1, 2, 0x1020, 0x2000, 4), 'FSCONFIG_SET_BINARY, "bkey", "\\x00\\x07\\x0e\\x15", 4'),
    ((NEG1, 2, 0x1020, 0x2000, 0xFFFFFFFF), 'FSCONFIG_SET_BINARY, "bkey", 0x2000, -1'),
    ((NEG1, 3, 0x1030, 0x1040, (-100) & NEG1),
     'FSCONFIG_SET_PATH, "pkey", "/some/path", AT_FDCWD'),
    ((NEG1, 4, 0x1030, 0x1050, 7), 'FSCONFIG_SET_PATH_EMPTY, "pkey", "", 7'),
    ((NEG1, 7, 0x104E, 0x104C, 1), "FSCONFIG_CMD_RECONFIGURE, 0x104e, 0x104c, 1"),
    ((NEG1, 0, 0x1100, 0, 0), 'FSCONFIG_SET_FLAG, "a-very-long-key-name-longer-than"..., NULL, 0'),
])
def test_fsconfig(args, expected):
    assert shown("fsconfig", FSCONFIG, args, STRINGS) == "-1, " + expected
