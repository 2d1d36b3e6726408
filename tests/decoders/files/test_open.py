"""decoders/files/open.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from decoders import ARG_KINDS
from decoders.files.open import open_flags_text, statx_flags_text
from tests.decoders.conftest import PROBE_BASE, MemoryImage, make_call
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.observed import assert_in_every_style, mem, row_id

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOENT, EOVERFLOW, EBADF = 14, 22, 2, 75, 9
Mem = MemoryImage


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a70d0, "2f6e6f6e6578697374656e742f7800"), 0, 0x1a4), 'O_RDONLY', '0', '0 /* O_RDONLY */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a70e0, "2f6e6f6e6578697374656e742f7800"), 1, 0x1a4), 'O_WRONLY', '0x1', '0x1 /* O_WRONLY */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a70f0, "2f6e6f6e6578697374656e742f7800"), 2, 0x1a4), 'O_RDWR', '0x2', '0x2 /* O_RDWR */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7100, "2f6e6f6e6578697374656e742f7800"), 3, 0x1a4), 'O_ACCMODE', '0x3', '0x3 /* O_ACCMODE */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7110, "2f6e6f6e6578697374656e742f7800"), 0x41, 0x1a4), 'O_WRONLY|O_CREAT', '0x41', '0x41 /* O_WRONLY|O_CREAT */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7120, "2f6e6f6e6578697374656e742f7800"), 0x241, 0x1a4), 'O_WRONLY|O_CREAT|O_TRUNC', '0x241', '0x241 /* O_WRONLY|O_CREAT|O_TRUNC */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7130, "2f6e6f6e6578697374656e742f7800"), 0x402, 0x1a4), 'O_RDWR|O_APPEND', '0x402', '0x402 /* O_RDWR|O_APPEND */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7140, "2f6e6f6e6578697374656e742f7800"), 0x800, 0x1a4), 'O_RDONLY|O_NONBLOCK', '0x800', '0x800 /* O_RDONLY|O_NONBLOCK */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7150, "2f6e6f6e6578697374656e742f7800"), 0x80000, 0x1a4), 'O_RDONLY|O_CLOEXEC', '0x80000', '0x80000 /* O_RDONLY|O_CLOEXEC */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7160, "2f6e6f6e6578697374656e742f7800"), 0x8000, 0x1a4), 'O_RDONLY|O_LARGEFILE', '0x8000', '0x8000 /* O_RDONLY|O_LARGEFILE */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7170, "2f6e6f6e6578697374656e742f7800"), 0x410002, 0x1a4), 'O_RDWR|O_TMPFILE', '0x410002', '0x410002 /* O_RDWR|O_TMPFILE */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7180, "2f6e6f6e6578697374656e742f7800"), 0x200001, 0x1a4), 'O_WRONLY|O_PATH', '0x200001', '0x200001 /* O_WRONLY|O_PATH */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a7190, "2f6e6f6e6578697374656e742f7800"), 0x101000, 0x1a4), 'O_RDONLY|O_SYNC', '0x101000', '0x101000 /* O_RDONLY|O_SYNC */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a71a0, "2f6e6f6e6578697374656e742f7800"), 0x4000, 0x1a4), 'O_RDONLY|O_DIRECT', '0x4000', '0x4000 /* O_RDONLY|O_DIRECT */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a71b0, "2f6e6f6e6578697374656e742f7800"), 0x40000000, 0x1a4), 'O_RDONLY|0x40000000', '0x40000000', '0x40000000 /* O_RDONLY|0x40000000 */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a71c0, "2f6e6f6e6578697374656e742f7800"), 0x40000040, 0x1a4), 'O_RDONLY|O_CREAT|0x40000000', '0x40000040', '0x40000040 /* O_RDONLY|O_CREAT|0x40000000 */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a71d0, "2f6e6f6e6578697374656e742f7800"), 0x90800, 0x1a4), 'O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY', '0x90800', '0x90800 /* O_RDONLY|O_NONBLOCK|O_CLOEXEC|O_DIRECTORY */'),
    ('open_flags', 'openat', 2, (0xffffffffffffff9c, mem(0x4a71e0, "2f6e6f6e6578697374656e742f7800"), 0xffffffff, 0x1a4), 'O_ACCMODE|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0xff80003c', '0xffffffff', '0xffffffff /* O_ACCMODE|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0xff80003c */'),
    ('open_mode', 'openat', 3, (0xffffffffffffff9c, mem(0x4a71f0, "2f6e6f6e6578697374656e742f7800"), 0x40, 0x1a4), '0644', '0644', '0644'),
    ('open_mode', 'openat', 3, (0xffffffffffffff9c, mem(0x4a7200, "2f6e6f6e6578697374656e742f7800"), 0x40, 0), '000', '000', '000'),
    ('open_mode', 'openat', 3, (0xffffffffffffff9c, mem(0x4a7210, "2f6e6f6e6578697374656e742f7800"), 0x40, 7), '007', '007', '007'),
    ('open_mode', 'openat', 3, (0xffffffffffffff9c, mem(0x4a7220, "2f6e6f6e6578697374656e742f7800"), 0x40, 0x9ed), '04755', '04755', '04755'),
    ('open_mode', 'openat', 3, (0xffffffffffffff9c, mem(0x4a7230, "2f6e6f6e6578697374656e742f7800"), 0x410002, 0x180), '0600', '0600', '0600'),
    ('open_mode', 'openat', 3, (0xffffffffffffff9c, mem(0x4a7240, "2f6e6f6e6578697374656e742f7800"), 0x40, 0x3ff), '01777', '01777', '01777'),
    ('access_mode', 'access', 1, (mem(0x4a7250, "2f6e6f6e6578697374656e742f7800"), 0), 'F_OK', '0', '0 /* F_OK */'),
    ('access_mode', 'access', 1, (mem(0x4a7260, "2f6e6f6e6578697374656e742f7800"), 1), 'X_OK', '0x1', '0x1 /* X_OK */'),
    ('access_mode', 'access', 1, (mem(0x4a7270, "2f6e6f6e6578697374656e742f7800"), 2), 'W_OK', '0x2', '0x2 /* W_OK */'),
    ('access_mode', 'access', 1, (mem(0x4a7280, "2f6e6f6e6578697374656e742f7800"), 4), 'R_OK', '0x4', '0x4 /* R_OK */'),
    ('access_mode', 'access', 1, (mem(0x4a7290, "2f6e6f6e6578697374656e742f7800"), 7), 'R_OK|W_OK|X_OK', '0x7', '0x7 /* R_OK|W_OK|X_OK */'),
    ('access_mode', 'access', 1, (mem(0x4a72a0, "2f6e6f6e6578697374656e742f7800"), 6), 'R_OK|W_OK', '0x6', '0x6 /* R_OK|W_OK */'),
    ('access_mode', 'access', 1, (mem(0x4a72b0, "2f6e6f6e6578697374656e742f7800"), 0x10), '0x10 /* ?_OK */', '0x10', '0x10 /* ?_OK */'),
    ('at_flags', 'faccessat2', 3, (0xffffffffffffff9c, mem(0x4a72c0, "2f6e6f6e6578697374656e742f7800"), 4, 0), '0', '0', '0'),
    ('at_flags', 'faccessat2', 3, (0xffffffffffffff9c, mem(0x4a72d0, "2f6e6f6e6578697374656e742f7800"), 4, 0x100), 'AT_SYMLINK_NOFOLLOW', '0x100', '0x100 /* AT_SYMLINK_NOFOLLOW */'),
    ('at_flags', 'faccessat2', 3, (0xffffffffffffff9c, mem(0x4a72e0, "2f6e6f6e6578697374656e742f7800"), 4, 0x200), 'AT_EACCESS', '0x200', '0x200 /* AT_EACCESS */'),
    ('at_flags', 'faccessat2', 3, (0xffffffffffffff9c, mem(0x4a72f0, "2f6e6f6e6578697374656e742f7800"), 4, 0x1000), 'AT_EMPTY_PATH', '0x1000', '0x1000 /* AT_EMPTY_PATH */'),
    ('at_flags', 'faccessat2', 3, (0xffffffffffffff9c, mem(0x4a7300, "2f6e6f6e6578697374656e742f7800"), 4, 0x1100), 'AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH', '0x1100', '0x1100 /* AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH */'),
    ('at_flags', 'faccessat2', 3, (0xffffffffffffff9c, mem(0x4a7310, "2f6e6f6e6578697374656e742f7800"), 4, 0x8000), '0x8000 /* AT_??? */', '0x8000', '0x8000 /* AT_??? */'),
    ('at_flags', 'faccessat2', 3, (0xffffffffffffff9c, mem(0x4a7320, "2f6e6f6e6578697374656e742f7800"), 4, 0x80000), '0x80000 /* AT_??? */', '0x80000', '0x80000 /* AT_??? */'),
    ('unlinkat_flags', 'unlinkat', 2, (0xffffffffffffff9c, mem(0x4a7330, "2f6e6f6e6578697374656e742f7800"), 0), '0', '0', '0'),
    ('unlinkat_flags', 'unlinkat', 2, (0xffffffffffffff9c, mem(0x4a7340, "2f6e6f6e6578697374656e742f7800"), 0x200), 'AT_REMOVEDIR', '0x200', '0x200 /* AT_REMOVEDIR */'),
    ('unlinkat_flags', 'unlinkat', 2, (0xffffffffffffff9c, mem(0x4a7350, "2f6e6f6e6578697374656e742f7800"), 0x100), 'AT_SYMLINK_NOFOLLOW', '0x100', '0x100 /* AT_SYMLINK_NOFOLLOW */'),
    ('unlinkat_flags', 'unlinkat', 2, (0xffffffffffffff9c, mem(0x4a7360, "2f6e6f6e6578697374656e742f7800"), 0x400), 'AT_SYMLINK_FOLLOW', '0x400', '0x400 /* AT_SYMLINK_FOLLOW */'),
    ('unlinkat_flags', 'unlinkat', 2, (0xffffffffffffff9c, mem(0x4a7370, "2f6e6f6e6578697374656e742f7800"), 0x1100), 'AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH', '0x1100', '0x1100 /* AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH */'),
    ('unlinkat_flags', 'unlinkat', 2, (0xffffffffffffff9c, mem(0x4a7380, "2f6e6f6e6578697374656e742f7800"), 0x10000), '0x10000 /* AT_??? */', '0x10000', '0x10000 /* AT_??? */'),
    ('unlinkat_flags', 'unlinkat', 2, (0xffffffffffffff9c, mem(0x4a7390, "2f6e6f6e6578697374656e742f7800"), 0x800), 'AT_NO_AUTOMOUNT', '0x800', '0x800 /* AT_NO_AUTOMOUNT */'),
    ('at_flags', 'newfstatat', 3, (0xffffffffffffff9c, mem(0x4a73a0, "2f6e6f6e6578697374656e742f7800"), 0, 0), '0', '0', '0'),
    ('at_flags', 'newfstatat', 3, (0xffffffffffffff9c, mem(0x4a73b0, "2f6e6f6e6578697374656e742f7800"), 0, 0x100), 'AT_SYMLINK_NOFOLLOW', '0x100', '0x100 /* AT_SYMLINK_NOFOLLOW */'),
    ('at_flags', 'newfstatat', 3, (0xffffffffffffff9c, mem(0x4a73c0, "2f6e6f6e6578697374656e742f7800"), 0, 0x1000), 'AT_EMPTY_PATH', '0x1000', '0x1000 /* AT_EMPTY_PATH */'),
    ('at_flags', 'newfstatat', 3, (0xffffffffffffff9c, mem(0x4a73d0, "2f6e6f6e6578697374656e742f7800"), 0, 0x1800), 'AT_NO_AUTOMOUNT|AT_EMPTY_PATH', '0x1800', '0x1800 /* AT_NO_AUTOMOUNT|AT_EMPTY_PATH */'),
    ('at_flags', 'newfstatat', 3, (0xffffffffffffff9c, mem(0x4a73e0, "2f6e6f6e6578697374656e742f7800"), 0, 0x20000), '0x20000 /* AT_??? */', '0x20000', '0x20000 /* AT_??? */'),
    ('at_flags', 'statx', 2, (0xffffffffffffff9c, mem(0x4a73f0, "2f6e6f6e6578697374656e742f7800"), 0, 0x7ff, 0), 'AT_STATX_SYNC_AS_STAT', '', '0 /* AT_STATX_SYNC_AS_STAT */'),
    ('at_flags', 'statx', 2, (0xffffffffffffff9c, mem(0x4a7400, "2f6e6f6e6578697374656e742f7800"), 0x100, 0x7ff, 0), 'AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW', '|0x100', '0 /* AT_STATX_SYNC_AS_STAT */|0x100 /* AT_SYMLINK_NOFOLLOW */'),
    ('at_flags', 'statx', 2, (0xffffffffffffff9c, mem(0x4a7410, "2f6e6f6e6578697374656e742f7800"), 0x2000, 0x7ff, 0), 'AT_STATX_FORCE_SYNC', '0x2000', '0x2000 /* AT_STATX_FORCE_SYNC */'),
    ('at_flags', 'statx', 2, (0xffffffffffffff9c, mem(0x4a7420, "2f6e6f6e6578697374656e742f7800"), 0x4000, 0x7ff, 0), 'AT_STATX_DONT_SYNC', '0x4000', '0x4000 /* AT_STATX_DONT_SYNC */'),
    ('at_flags', 'statx', 2, (0xffffffffffffff9c, mem(0x4a7430, "2f6e6f6e6578697374656e742f7800"), 0x6000, 0x7ff, 0), 'AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC', '0x6000', '0x6000 /* AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC */'),
    ('at_flags', 'statx', 2, (0xffffffffffffff9c, mem(0x4a7440, "2f6e6f6e6578697374656e742f7800"), 0x2900, 0x7ff, 0), 'AT_STATX_FORCE_SYNC|AT_SYMLINK_NOFOLLOW|AT_NO_AUTOMOUNT', '0x2000|0x900', '0x2000 /* AT_STATX_FORCE_SYNC */|0x900 /* AT_SYMLINK_NOFOLLOW|AT_NO_AUTOMOUNT */'),
    ('at_flags', 'statx', 2, (0xffffffffffffff9c, mem(0x4a7450, "2f6e6f6e6578697374656e742f7800"), 0x1000, 0x7ff, 0), 'AT_STATX_SYNC_AS_STAT|AT_EMPTY_PATH', '|0x1000', '0 /* AT_STATX_SYNC_AS_STAT */|0x1000 /* AT_EMPTY_PATH */'),
    ('at_flags', 'statx', 2, (0xffffffffffffff9c, mem(0x4a7460, "2f6e6f6e6578697374656e742f7800"), 0x100000, 0x7ff, 0), 'AT_STATX_SYNC_AS_STAT|0x100000', '|0x100000', '0 /* AT_STATX_SYNC_AS_STAT */|0x100000'),
    ('at_flags', 'linkat', 4, (0xffffffffffffff9c, mem(0x4a7470, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a7480, "2f6e6f6e6578697374656e742f7800"), 0), '0', '0', '0'),
    ('at_flags', 'linkat', 4, (0xffffffffffffff9c, mem(0x4a7490, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a74a0, "2f6e6f6e6578697374656e742f7800"), 0x400), 'AT_SYMLINK_FOLLOW', '0x400', '0x400 /* AT_SYMLINK_FOLLOW */'),
    ('at_flags', 'linkat', 4, (0xffffffffffffff9c, mem(0x4a74b0, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a74c0, "2f6e6f6e6578697374656e742f7800"), 0x1000), 'AT_EMPTY_PATH', '0x1000', '0x1000 /* AT_EMPTY_PATH */'),
    ('at_flags', 'linkat', 4, (0xffffffffffffff9c, mem(0x4a74d0, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a74e0, "2f6e6f6e6578697374656e742f7800"), 0x100), 'AT_SYMLINK_NOFOLLOW', '0x100', '0x100 /* AT_SYMLINK_NOFOLLOW */'),
    ('at_flags', 'name_to_handle_at', 4, (0xffffffffffffff9c, mem(0x4a74f0, "2f6e6f6e6578697374656e742f7800"), 0, 0, 0), '0', '0', '0'),
    ('at_flags', 'name_to_handle_at', 4, (0xffffffffffffff9c, mem(0x4a7500, "2f6e6f6e6578697374656e742f7800"), 0, 0, 0x400), 'AT_SYMLINK_FOLLOW', '0x400', '0x400 /* AT_SYMLINK_FOLLOW */'),
    ('at_flags', 'name_to_handle_at', 4, (0xffffffffffffff9c, mem(0x4a7510, "2f6e6f6e6578697374656e742f7800"), 0, 0, 0x100), '0x100 /* AT_??? */', '0x100', '0x100 /* AT_??? */'),
    ('renameat2_flags', 'renameat2', 4, (0xffffffffffffff9c, mem(0x4a7520, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a7530, "2f6e6f6e6578697374656e742f7800"), 0), '0', '0', '0'),
    ('renameat2_flags', 'renameat2', 4, (0xffffffffffffff9c, mem(0x4a7540, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a7550, "2f6e6f6e6578697374656e742f7800"), 1), 'RENAME_NOREPLACE', '0x1', '0x1 /* RENAME_NOREPLACE */'),
    ('renameat2_flags', 'renameat2', 4, (0xffffffffffffff9c, mem(0x4a7560, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a7570, "2f6e6f6e6578697374656e742f7800"), 2), 'RENAME_EXCHANGE', '0x2', '0x2 /* RENAME_EXCHANGE */'),
    ('renameat2_flags', 'renameat2', 4, (0xffffffffffffff9c, mem(0x4a7580, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a7590, "2f6e6f6e6578697374656e742f7800"), 4), 'RENAME_WHITEOUT', '0x4', '0x4 /* RENAME_WHITEOUT */'),
    ('renameat2_flags', 'renameat2', 4, (0xffffffffffffff9c, mem(0x4a75a0, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a75b0, "2f6e6f6e6578697374656e742f7800"), 5), 'RENAME_NOREPLACE|RENAME_WHITEOUT', '0x5', '0x5 /* RENAME_NOREPLACE|RENAME_WHITEOUT */'),
    ('renameat2_flags', 'renameat2', 4, (0xffffffffffffff9c, mem(0x4a75c0, "2f6e6f6e6578697374656e742f7800"), 0xffffffffffffff9c, mem(0x4a75d0, "2f6e6f6e6578697374656e742f7800"), 8), '0x8 /* RENAME_?? */', '0x8', '0x8 /* RENAME_?? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


# Observed with a C program:
#   open("/nonexistent/x", O_RDONLY) = -1 ENOENT            (0644 in the mode register)
#   open("/nonexistent/x", O_RDONLY|__O_TMPFILE, 0644) = -1 EINVAL
#   creat("/nonexistent/x", 0600) = -1 ENOENT               (for 0600 and 0x10000|0600)
#   openat(AT_FDCWD, "/nonexistent/x", O_RDONLY) = -1 ENOENT (0644 in the register)
@pytest.mark.parametrize("name, args, index, expected", [
    ("open", (0x1000, 0, 0o644), 2, None),
    ("open", (0x1000, 0x400000, 0o644), 2, "0644"),
    ("creat", (0x1000, 0o600), 1, "0600"),
    ("creat", (0x1000, 0x10000 | 0o600), 1, "0600"),
    ("openat", (0xffffffffffffff9c, 0x1000, 0, 0o644), 3, None),
])
def test_open_mode_presence_and_width(name, args, index, expected):
    call = make_call(name, args=args)
    call.index = index
    assert ARG_KINDS["open_mode"](args[index], call) == expected
    assert open_flags_text(0x400000) == "O_RDONLY|__O_TMPFILE"


def test_statx_flags_under_raw_start_with_a_bar():
    # Observed: statx(AT_FDCWD, "...", |0x100, ...) with -X raw.
    assert statx_flags_text(0x100, "raw") == "|0x100"
    assert statx_flags_text(0, "raw") == ""


def test_open_flags_keep_only_the_low_32_bits():
    # Observed: openat(AT_FDCWD, "/nonexistent/x", O_WRONLY|O_CREAT, 0644)
    # with 0x100000041 in the flags register.
    assert open_flags_text(0x1_0000_0041) == "O_WRONLY|O_CREAT"


# ---- openat2 ------------------------------------------------------------------------------------

def how(flags, mode, resolve, tail=b""):
    mem = Mem()
    return mem, mem.put(0x2400, struct.pack("<QQQ", flags, mode, resolve) + tail)


@pytest.mark.parametrize("fields, size, opts, text", [
    # openat2(AT_FDCWD, "/s2nonexistent", {flags=O_RDONLY, resolve=0}, 24) = -1 ENOENT
    ((0, 0, 0), 24, {}, "{flags=O_RDONLY, resolve=0}"),
    ((0, 0, 0), 24, {"xlat_style": "verbose"}, "{flags=0 /* O_RDONLY */, resolve=0}"),
    # openat2(AT_FDCWD, "/s2dir/x", {flags=O_WRONLY|O_CREAT, mode=0644,
    #   resolve=RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH}, 24) = -1 EXDEV
    ((0x41, 0o644, 0xC), 24, {},
     "{flags=O_WRONLY|O_CREAT, mode=0644, resolve=RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH}"),
    ((0x41, 0o644, 0xC), 24, {"xlat_style": "verbose"},
     "{flags=0x41 /* O_WRONLY|O_CREAT */, mode=0644, "
     "resolve=0xc /* RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH */}"),
    ((0x41, 0o644, 0xC), 24, {"xlat_style": "raw"}, "{flags=0x41, mode=0644, resolve=0xc}"),
    # openat2(..., {flags=O_RDWR|O_DIRECTORY|0x10000000000, mode=0100, resolve=0}, 24)
    ((1 << 40 | 0x10002, 0o100, 0), 24, {},
     "{flags=O_RDWR|O_DIRECTORY|0x10000000000, mode=0100, resolve=0}"),
    ((1 << 40 | 0x10002, 0o100, 0), 24, {"xlat_style": "verbose"},
     "{flags=0x10000010002 /* O_RDWR|O_DIRECTORY|0x10000000000 */, mode=0100, resolve=0}"),
    # openat2(..., {flags=O_ACCMODE, mode=0100, resolve=0}, 24) = -1 EINVAL
    ((3, 0o100, 0), 24, {}, "{flags=O_ACCMODE, mode=0100, resolve=0}"),
    # openat2(..., {flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */}, 32) = -1 EINVAL
    ((0, 0, 0x80), 32, {}, "{flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */}"),
])
def test_open_how(fields, size, opts, text):
    mem, addr = how(*fields, tail=bytes(8))
    assert decode("open_how", "openat2", (0xFFFFFF9C, BASE, addr, size), 2, mem, **opts) == text


@pytest.mark.parametrize("opts, text", [
    # openat2(..., {flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */,
    #   /* bytes 24..31 */ "\x00\x00\x00\x5a\x00\x00\x00\x00"}, 32) = -1 E2BIG
    ({}, '{flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */, '
         '/* bytes 24..31 */ "\\x00\\x00\\x00\\x5a\\x00\\x00\\x00\\x00"}'),
    # strace -s 4: ... /* bytes 24..31 */ "\x00\x00\x00\x5a"...}
    ({"string_limit": 4}, '{flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */, '
                          '/* bytes 24..31 */ "\\x00\\x00\\x00\\x5a"...}'),
    # strace -X raw: {flags=0, resolve=0x80, /* bytes 24..31 */ "..."}
    ({"xlat_style": "raw"}, '{flags=0, resolve=0x80, '
                            '/* bytes 24..31 */ "\\x00\\x00\\x00\\x5a\\x00\\x00\\x00\\x00"}'),
])
def test_open_how_extra_bytes(opts, text):
    mem, addr = how(0, 0, 0x80, tail=b"\0\0\0\x5a\0\0\0\0")
    assert decode("open_how", "openat2", (0xFFFFFF9C, BASE, addr, 32), 2, mem, **opts) == text


def test_open_how_unread():
    mem, addr = how(0, 0, 0)
    # openat2(AT_FDCWD, "/s2nonexistent", 0x10002400, 8) = -1 EINVAL
    assert decode("open_how", "openat2", (0xFFFFFF9C, BASE, addr, 8), 2, mem) == "0x10002400"
    # openat2(AT_FDCWD, "/s2nonexistent", 0x10008000, 24) = -1 EFAULT
    assert decode("open_how", "openat2", (0xFFFFFF9C, BASE, UNMAPPED, 24), 2, mem) == \
        "0x10008000"
