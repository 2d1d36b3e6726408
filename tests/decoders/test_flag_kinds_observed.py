"""Flag and enum kinds against strace 6.1's own rendering of the same values.

Every row was produced by one run of strace 6.1 (``strace -X abbrev|raw|verbose``)
on a static C program that made each call with the raw arguments shown
(through syscall(2), mostly failing harmlessly: nonexistent paths, fd -1,
invalid combinations).  A row is ``(kind, syscall, argument index, raw
arguments, abbrev text, raw text, verbose text)``; ``mem(addr, hex)`` is tracee
memory at the address the program had.
"""
from __future__ import annotations

import pytest

import decoders
from decoders import ARG_KINDS, RET_KINDS
from decoders.files.fcntl_xlat import FLOCKCMDS
from decoders.files.open import open_flags_text, statx_flags_text
from decoders.memory.mmap_xlat import MMAP_PROT
from decoders.render.flags import print_flags
from decoders.render.numbers import octal as octal_mode
from tests.decoders.conftest import make_call

decoders.load_all()


def mem(addr: int, hexdata: str):
    return ("mem", addr, bytes.fromhex(hexdata))


def render(kind, name, index, args, style):
    memory = {a[1]: a[2] for a in args if isinstance(a, tuple)}
    raw = [a[1] if isinstance(a, tuple) else a for a in args]
    call = make_call(name, args=raw, memory=memory, xlat_style=style)
    call.index = index
    return ARG_KINDS[kind](raw[index], call)


OBSERVED = [
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
    ('mmap_prot', 'mprotect', 2, (0, 0, 0), 'PROT_NONE', '0', '0 /* PROT_NONE */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 1), 'PROT_READ', '0x1', '0x1 /* PROT_READ */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 3), 'PROT_READ|PROT_WRITE', '0x3', '0x3 /* PROT_READ|PROT_WRITE */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 7), 'PROT_READ|PROT_WRITE|PROT_EXEC', '0x7', '0x7 /* PROT_READ|PROT_WRITE|PROT_EXEC */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 8), 'PROT_SEM', '0x8', '0x8 /* PROT_SEM */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 0x1000003), 'PROT_READ|PROT_WRITE|PROT_GROWSDOWN', '0x1000003', '0x1000003 /* PROT_READ|PROT_WRITE|PROT_GROWSDOWN */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 0x10), '0x10 /* PROT_??? */', '0x10', '0x10 /* PROT_??? */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 0x100000000), '0x100000000 /* PROT_??? */', '0x100000000', '0x100000000 /* PROT_??? */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0, 0xffffffffffffffff, 0), 'MAP_FILE', '0', '0 /* MAP_FILE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x22, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS', '0x22', '0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x21, 0xffffffffffffffff, 0), 'MAP_SHARED|MAP_ANONYMOUS', '0x21', '0x21 /* MAP_SHARED|MAP_ANONYMOUS */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x20, 0xffffffffffffffff, 0), 'MAP_FILE|MAP_ANONYMOUS', '0x20', '0x20 /* MAP_FILE|MAP_ANONYMOUS */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x12, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_FIXED', '0x12', '0x12 /* MAP_PRIVATE|MAP_FIXED */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 3, 0xffffffffffffffff, 0), 'MAP_SHARED_VALIDATE', '0x3', '0x3 /* MAP_SHARED_VALIDATE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 4, 0xffffffffffffffff, 0), '0x4 /* MAP_??? */', '0x4', '0x4 /* 0x4 /* MAP_??? */ */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0xf, 0xffffffffffffffff, 0), '0xf /* MAP_??? */', '0xf', '0xf /* 0xf /* MAP_??? */ */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x802, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_DENYWRITE', '0x802', '0x802 /* MAP_PRIVATE|MAP_DENYWRITE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x40022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB', '0x40022', '0x40022 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x54040022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT', '0x54040022', '0x54040022 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x78040022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|30<<MAP_HUGE_SHIFT', '0x78040022', '0x78040022 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|30<<MAP_HUGE_SHIFT */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x100022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE', '0x100022', '0x100022 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x4000022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|1<<MAP_HUGE_SHIFT', '0x4000022', '0x4000022 /* MAP_PRIVATE|MAP_ANONYMOUS|1<<MAP_HUGE_SHIFT */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x8000002, 0xffffffffffffffff, 0), 'MAP_PRIVATE|2<<MAP_HUGE_SHIFT', '0x8000002', '0x8000002 /* MAP_PRIVATE|2<<MAP_HUGE_SHIFT */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x100000002, 0xffffffffffffffff, 0), 'MAP_PRIVATE', '0x100000002', '0x100000002 /* MAP_PRIVATE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x100000020, 0xffffffffffffffff, 0), 'MAP_FILE|MAP_ANONYMOUS', '0x100000020', '0x100000020 /* MAP_FILE|MAP_ANONYMOUS */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0), 'MADV_NORMAL', '0', '0 /* MADV_NORMAL */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 4), 'MADV_DONTNEED', '0x4', '0x4 /* MADV_DONTNEED */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 8), 'MADV_FREE', '0x8', '0x8 /* MADV_FREE */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0xe), 'MADV_HUGEPAGE', '0xe', '0xe /* MADV_HUGEPAGE */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x19), 'MADV_COLLAPSE', '0x19', '0x19 /* MADV_COLLAPSE */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x64), 'MADV_HWPOISON', '0x64', '0x64 /* MADV_HWPOISON */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x65), 'MADV_SOFT_OFFLINE', '0x65', '0x65 /* MADV_SOFT_OFFLINE */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x63), '0x63 /* MADV_??? */', '0x63', '0x63 /* MADV_??? */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x100000004), 'MADV_DONTNEED', '0x4', '0x4 /* MADV_DONTNEED */'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 0, 0x1000), '0', '0', '0'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 1, 0x1000), 'MREMAP_MAYMOVE', '0x1', '0x1 /* MREMAP_MAYMOVE */'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 3, 0x1000), 'MREMAP_MAYMOVE|MREMAP_FIXED', '0x3', '0x3 /* MREMAP_MAYMOVE|MREMAP_FIXED */'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 4, 0x1000), 'MREMAP_DONTUNMAP', '0x4', '0x4 /* MREMAP_DONTUNMAP */'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 8, 0x1000), '0x8 /* MREMAP_??? */', '0x8', '0x8 /* MREMAP_??? */'),
    ('msync_flags', 'msync', 2, (0, 0, 0), '0', '0', '0'),
    ('msync_flags', 'msync', 2, (0, 0, 1), 'MS_ASYNC', '0x1', '0x1 /* MS_ASYNC */'),
    ('msync_flags', 'msync', 2, (0, 0, 4), 'MS_SYNC', '0x4', '0x4 /* MS_SYNC */'),
    ('msync_flags', 'msync', 2, (0, 0, 6), 'MS_SYNC|MS_INVALIDATE', '0x6', '0x6 /* MS_SYNC|MS_INVALIDATE */'),
    ('msync_flags', 'msync', 2, (0, 0, 8), '0x8 /* MS_??? */', '0x8', '0x8 /* MS_??? */'),
    ('mlock2_flags', 'mlock2', 2, (0, 0, 0), '0', '0', '0'),
    ('mlock2_flags', 'mlock2', 2, (0, 0, 1), 'MLOCK_ONFAULT', '0x1', '0x1 /* MLOCK_ONFAULT */'),
    ('mlock2_flags', 'mlock2', 2, (0, 0, 2), '0x2 /* MLOCK_??? */', '0x2', '0x2 /* MLOCK_??? */'),
    ('mlockall_flags', 'mlockall', 0, (8,), '0x8 /* MCL_??? */', '0x8', '0x8 /* MCL_??? */'),
    ('mlockall_flags', 'mlockall', 0, (0x10,), '0x10 /* MCL_??? */', '0x10', '0x10 /* MCL_??? */'),
    ('mlockall_flags', 'mlockall', 0, (0xc,), 'MCL_ONFAULT|0x8', '0xc', '0xc /* MCL_ONFAULT|0x8 */'),
    ('clone_flags', 'clone', 0, (0x101000a, 0, 0, 0, 0), 'CLONE_THREAD|CLONE_CHILD_SETTID|SIGUSR1', '0x1010000|10', '0x1010000 /* CLONE_THREAD|CLONE_CHILD_SETTID */|10 /* SIGUSR1 */'),
    ('clone_flags', 'clone', 0, (0x811, 0, 0, 0, 0), 'CLONE_SIGHAND|SIGCHLD', '0x800|17', '0x800 /* CLONE_SIGHAND */|17 /* SIGCHLD */'),
    ('clone_flags', 'clone', 0, (0x10000, 0, 0, 0, 0), 'CLONE_THREAD', '0x10000', '0x10000 /* CLONE_THREAD */'),
    ('clone_flags', 'clone', 0, (0x1610011, 0, 0, 0, 0), 'CLONE_THREAD|CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|0x400000|SIGCHLD', '0x1610000|17', '0x1610000 /* CLONE_THREAD|CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|0x400000 */|17 /* SIGCHLD */'),
    ('clone_flags', 'clone', 0, (0x10180, 0, 0, 0, 0), 'CLONE_VM|CLONE_THREAD|128', '0x10100|128', '0x10100 /* CLONE_VM|CLONE_THREAD */|128'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0, 0), '0', '0', '0'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 1, 0), 'WNOHANG', '0x1', '0x1 /* WNOHANG */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 2, 0), 'WSTOPPED', '0x2', '0x2 /* WSTOPPED */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 3, 0), 'WNOHANG|WSTOPPED', '0x3', '0x3 /* WNOHANG|WSTOPPED */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x40000000, 0), '__WALL', '0x40000000', '0x40000000 /* __WALL */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x80000001, 0), 'WNOHANG|__WCLONE', '0x80000001', '0x80000001 /* WNOHANG|__WCLONE */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x1000004, 0), 'WEXITED|WNOWAIT', '0x1000004', '0x1000004 /* WEXITED|WNOWAIT */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x20000000, 0), '__WNOTHREAD', '0x20000000', '0x20000000 /* __WNOTHREAD */'),
    ('wait_options', 'wait4', 2, (0xffffffffffffffff, 0, 0x100, 0), '0x100 /* W??? */', '0x100', '0x100 /* W??? */'),
    ('waitid_which', 'waitid', 0, (0, 0, 0, 0x100000, 0), 'P_ALL', '0', '0 /* P_ALL */'),
    ('waitid_which', 'waitid', 0, (1, 0, 0, 0x100000, 0), 'P_PID', '0x1', '0x1 /* P_PID */'),
    ('waitid_which', 'waitid', 0, (2, 0, 0, 0x100000, 0), 'P_PGID', '0x2', '0x2 /* P_PGID */'),
    ('waitid_which', 'waitid', 0, (3, 0, 0, 0x100000, 0), 'P_PIDFD', '0x3', '0x3 /* P_PIDFD */'),
    ('waitid_which', 'waitid', 0, (4, 0, 0, 0x100000, 0), '0x4 /* P_??? */', '0x4', '0x4 /* P_??? */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0), '0', '0', '0'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 1), 'LOCK_SH', '0x1', '0x1 /* LOCK_SH */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 2), 'LOCK_EX', '0x2', '0x2 /* LOCK_EX */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 4), 'LOCK_NB', '0x4', '0x4 /* LOCK_NB */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 5), 'LOCK_SH|LOCK_NB', '0x5', '0x5 /* LOCK_SH|LOCK_NB */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 6), 'LOCK_EX|LOCK_NB', '0x6', '0x6 /* LOCK_EX|LOCK_NB */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 8), 'LOCK_UN', '0x8', '0x8 /* LOCK_UN */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0x20), 'LOCK_MAND', '0x20', '0x20 /* LOCK_MAND */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0xc0), 'LOCK_RW', '0xc0', '0xc0 /* LOCK_RW */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0x44), 'LOCK_NB|LOCK_READ', '0x44', '0x44 /* LOCK_NB|LOCK_READ */'),
    ('flock_op', 'flock', 1, (0xffffffffffffffff, 0x100), '0x100 /* LOCK_??? */', '0x100', '0x100 /* LOCK_??? */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 0), 'SEEK_SET', '0', '0 /* SEEK_SET */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 1), 'SEEK_CUR', '0x1', '0x1 /* SEEK_CUR */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 2), 'SEEK_END', '0x2', '0x2 /* SEEK_END */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 3), 'SEEK_DATA', '0x3', '0x3 /* SEEK_DATA */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 4), 'SEEK_HOLE', '0x4', '0x4 /* SEEK_HOLE */'),
    ('lseek_whence', 'lseek', 2, (0xffffffffffffffff, 0, 5), '0x5 /* SEEK_??? */', '0x5', '0x5 /* SEEK_??? */'),
    ('rlimit_resource', 'getrlimit', 0, (0, 0), 'RLIMIT_CPU', '0', '0 /* RLIMIT_CPU */'),
    ('rlimit_resource', 'getrlimit', 0, (7, 0), 'RLIMIT_NOFILE', '0x7', '0x7 /* RLIMIT_NOFILE */'),
    ('rlimit_resource', 'getrlimit', 0, (0xf, 0), 'RLIMIT_RTTIME', '0xf', '0xf /* RLIMIT_RTTIME */'),
    ('rlimit_resource', 'getrlimit', 0, (0x10, 0), '0x10 /* RLIMIT_??? */', '0x10', '0x10 /* RLIMIT_??? */'),
    ('rlimit_resource', 'getrlimit', 0, (0x63, 0), '0x63 /* RLIMIT_??? */', '0x63', '0x63 /* RLIMIT_??? */'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 0), '0', '0', '0'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 1), 'GRND_NONBLOCK', '0x1', '0x1 /* GRND_NONBLOCK */'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 2), 'GRND_RANDOM', '0x2', '0x2 /* GRND_RANDOM */'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 3), 'GRND_NONBLOCK|GRND_RANDOM', '0x3', '0x3 /* GRND_NONBLOCK|GRND_RANDOM */'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 4), 'GRND_INSECURE', '0x4', '0x4 /* GRND_INSECURE */'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 8), '0x8 /* GRND_??? */', '0x8', '0x8 /* GRND_??? */'),
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0), '0 /* EPOLL_CTL_??? */', '0', '0 /* EPOLL_CTL_??? */'),
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 1, 0xffffffffffffffff, 0), 'EPOLL_CTL_ADD', '0x1', '0x1 /* EPOLL_CTL_ADD */'),
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 2, 0xffffffffffffffff, 0), 'EPOLL_CTL_DEL', '0x2', '0x2 /* EPOLL_CTL_DEL */'),
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 3, 0xffffffffffffffff, 0), 'EPOLL_CTL_MOD', '0x3', '0x3 /* EPOLL_CTL_MOD */'),
    ('epoll_op', 'epoll_ctl', 1, (0xffffffffffffffff, 4, 0xffffffffffffffff, 0), '0x4 /* EPOLL_CTL_??? */', '0x4', '0x4 /* EPOLL_CTL_??? */'),
    ('epoll_create_flags', 'epoll_create1', 0, (1,), '0x1 /* EPOLL_??? */', '0x1', '0x1 /* EPOLL_??? */'),
    ('epoll_create_flags', 'epoll_create1', 0, (0x800,), '0x800 /* EPOLL_??? */', '0x800', '0x800 /* EPOLL_??? */'),
    ('epoll_create_flags', 'epoll_create1', 0, (0x80001,), 'EPOLL_CLOEXEC|0x1', '0x80001', '0x80001 /* EPOLL_CLOEXEC|0x1 */'),
    ('eventfd_flags', 'eventfd2', 1, (0, 2), '0x2 /* EFD_??? */', '0x2', '0x2 /* EFD_??? */'),
    ('eventfd_flags', 'eventfd2', 1, (0, 0x80805), 'EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK|0x4', '0x80805', '0x80805 /* EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK|0x4 */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a78e0, "2f6e6f6e6578697374656e742f7800"), 0), '0', '0', '0'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a78f0, "2f6e6f6e6578697374656e742f7800"), 1), 'IN_ACCESS', '0x1', '0x1 /* IN_ACCESS */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7900, "2f6e6f6e6578697374656e742f7800"), 0xfff), 'IN_ACCESS|IN_MODIFY|IN_ATTRIB|IN_CLOSE_WRITE|IN_CLOSE_NOWRITE|IN_OPEN|IN_MOVED_FROM|IN_MOVED_TO|IN_CREATE|IN_DELETE|IN_DELETE_SELF|IN_MOVE_SELF', '0xfff', '0xfff /* IN_ACCESS|IN_MODIFY|IN_ATTRIB|IN_CLOSE_WRITE|IN_CLOSE_NOWRITE|IN_OPEN|IN_MOVED_FROM|IN_MOVED_TO|IN_CREATE|IN_DELETE|IN_DELETE_SELF|IN_MOVE_SELF */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7910, "2f6e6f6e6578697374656e742f7800"), 0x40000100), 'IN_CREATE|IN_ISDIR', '0x40000100', '0x40000100 /* IN_CREATE|IN_ISDIR */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7920, "2f6e6f6e6578697374656e742f7800"), 0x80000002), 'IN_MODIFY|IN_ONESHOT', '0x80000002', '0x80000002 /* IN_MODIFY|IN_ONESHOT */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7930, "2f6e6f6e6578697374656e742f7800"), 0x1000), '0x1000 /* IN_??? */', '0x1000', '0x1000 /* IN_??? */'),
    ('inotify_mask', 'inotify_add_watch', 2, (0xffffffffffffffff, mem(0x4a7940, "2f6e6f6e6578697374656e742f7800"), 0x3000000), 'IN_ONLYDIR|IN_DONT_FOLLOW', '0x3000000', '0x3000000 /* IN_ONLYDIR|IN_DONT_FOLLOW */'),
    ('inotify_init_flags', 'inotify_init1', 0, (1,), '0x1 /* IN_??? */', '0x1', '0x1 /* IN_??? */'),
    ('inotify_init_flags', 'inotify_init1', 0, (0x80801,), 'IN_NONBLOCK|IN_CLOEXEC|0x1', '0x80801', '0x80801 /* IN_NONBLOCK|IN_CLOEXEC|0x1 */'),
    ('fadvise_advice', 'fadvise64', 3, (0xffffffffffffffff, 0, 0, 0), 'POSIX_FADV_NORMAL', '0', '0 /* POSIX_FADV_NORMAL */'),
    ('fadvise_advice', 'fadvise64', 3, (0xffffffffffffffff, 0, 0, 4), 'POSIX_FADV_DONTNEED', '0x4', '0x4 /* POSIX_FADV_DONTNEED */'),
    ('fadvise_advice', 'fadvise64', 3, (0xffffffffffffffff, 0, 0, 5), 'POSIX_FADV_NOREUSE', '0x5', '0x5 /* POSIX_FADV_NOREUSE */'),
    ('fadvise_advice', 'fadvise64', 3, (0xffffffffffffffff, 0, 0, 6), '0x6 /* POSIX_FADV_??? */', '0x6', '0x6 /* POSIX_FADV_??? */'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 0, 0, 0), '0', '0', '0'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 1, 0, 0), 'FALLOC_FL_KEEP_SIZE', '0x1', '0x1 /* FALLOC_FL_KEEP_SIZE */'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 3, 0, 0), 'FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE', '0x3', '0x3 /* FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE */'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 0x10, 0, 0), 'FALLOC_FL_ZERO_RANGE', '0x10', '0x10 /* FALLOC_FL_ZERO_RANGE */'),
    ('fallocate_mode', 'fallocate', 1, (0xffffffffffffffff, 0x80, 0, 0), '0x80 /* FALLOC_FL_??? */', '0x80', '0x80 /* FALLOC_FL_??? */'),
    ('pipe_flags', 'pipe2', 1, (0, 0), '0', '0', '0'),
    ('pipe_flags', 'pipe2', 1, (0, 0x80000), 'O_CLOEXEC', '0x80000', '0x80000 /* O_CLOEXEC */'),
    ('pipe_flags', 'pipe2', 1, (0, 0x80800), 'O_NONBLOCK|O_CLOEXEC', '0x80800', '0x80800 /* O_NONBLOCK|O_CLOEXEC */'),
    ('pipe_flags', 'pipe2', 1, (0, 0x4000), 'O_DIRECT', '0x4000', '0x4000 /* O_DIRECT */'),
    ('pipe_flags', 'pipe2', 1, (0, 1), '0x1 /* O_??? */', '0x1', '0x1 /* O_??? */'),
    ('dup3_flags', 'dup3', 2, (0xffffffffffffffff, 0xffffffffffffffff, 0), '0', '0', '0'),
    ('dup3_flags', 'dup3', 2, (0xffffffffffffffff, 0xffffffffffffffff, 0x80000), 'O_CLOEXEC', '0x80000', '0x80000 /* O_CLOEXEC */'),
    ('dup3_flags', 'dup3', 2, (0xffffffffffffffff, 0xffffffffffffffff, 1), '0x1 /* O_??? */', '0x1', '0x1 /* O_??? */'),
    ('personality', 'personality', 0, (0xffffffff,), '0xffffffff', '0xffffffff', '0xffffffff'),
    ('prio_which', 'getpriority', 0, (0, 0xf423f), 'PRIO_PROCESS', '0', '0 /* PRIO_PROCESS */'),
    ('prio_which', 'getpriority', 0, (1, 0xf423f), 'PRIO_PGRP', '0x1', '0x1 /* PRIO_PGRP */'),
    ('prio_which', 'getpriority', 0, (2, 0xf423f), 'PRIO_USER', '0x2', '0x2 /* PRIO_USER */'),
    ('prio_which', 'getpriority', 0, (3, 0xf423f), '0x3 /* PRIO_??? */', '0x3', '0x3 /* PRIO_??? */'),
    ('sched_policy', 'sched_get_priority_min', 0, (0,), 'SCHED_OTHER', '0', '0 /* SCHED_OTHER */'),
    ('sched_policy', 'sched_get_priority_min', 0, (1,), 'SCHED_FIFO', '0x1', '0x1 /* SCHED_FIFO */'),
    ('sched_policy', 'sched_get_priority_min', 0, (2,), 'SCHED_RR', '0x2', '0x2 /* SCHED_RR */'),
    ('sched_policy', 'sched_get_priority_min', 0, (3,), 'SCHED_BATCH', '0x3', '0x3 /* SCHED_BATCH */'),
    ('sched_policy', 'sched_get_priority_min', 0, (5,), 'SCHED_IDLE', '0x5', '0x5 /* SCHED_IDLE */'),
    ('sched_policy', 'sched_get_priority_min', 0, (6,), 'SCHED_DEADLINE', '0x6', '0x6 /* SCHED_DEADLINE */'),
    ('sched_policy', 'sched_get_priority_min', 0, (7,), '0x7 /* SCHED_??? */', '0x7', '0x7 /* SCHED_??? */'),
    ('sched_policy', 'sched_get_priority_min', 0, (0x40000000,), '0x40000000 /* SCHED_??? */', '0x40000000', '0x40000000 /* SCHED_??? */'),
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
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b50, "7800"), 0), '0', '0', '0'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b60, "7800"), 1), 'MFD_CLOEXEC', '0x1', '0x1 /* MFD_CLOEXEC */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b70, "7800"), 3), 'MFD_CLOEXEC|MFD_ALLOW_SEALING', '0x3', '0x3 /* MFD_CLOEXEC|MFD_ALLOW_SEALING */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b80, "7800"), 0x54000104), 'MFD_HUGETLB|0x100|21<<MFD_HUGE_SHIFT', '0x54000104', '0x54000104 /* MFD_HUGETLB|0x100|21<<MFD_HUGE_SHIFT */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b90, "7800"), 0x78000005), 'MFD_CLOEXEC|MFD_HUGETLB|30<<MFD_HUGE_SHIFT', '0x78000005', '0x78000005 /* MFD_CLOEXEC|MFD_HUGETLB|30<<MFD_HUGE_SHIFT */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7ba0, "7800"), 0x100), '0x100 /* MFD_??? */', '0x100', '0x100 /* 0x100 /* MFD_??? */ */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7bb0, "7800"), 4), 'MFD_HUGETLB', '0x4', '0x4 /* MFD_HUGETLB */'),
    ('splice_flags', 'splice', 5, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0, 0, 0), '0', '0', '0'),
    ('splice_flags', 'splice', 5, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0, 0, 1), 'SPLICE_F_MOVE', '0x1', '0x1 /* SPLICE_F_MOVE */'),
    ('splice_flags', 'splice', 5, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0, 0, 0xf), 'SPLICE_F_MOVE|SPLICE_F_NONBLOCK|SPLICE_F_MORE|SPLICE_F_GIFT', '0xf', '0xf /* SPLICE_F_MOVE|SPLICE_F_NONBLOCK|SPLICE_F_MORE|SPLICE_F_GIFT */'),
    ('splice_flags', 'splice', 5, (0xffffffffffffffff, 0, 0xffffffffffffffff, 0, 0, 0x10), '0x10 /* SPLICE_F_??? */', '0x10', '0x10 /* SPLICE_F_??? */'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 0), '0', '0', '0'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 2), 'CLOSE_RANGE_UNSHARE', '0x2', '0x2 /* CLOSE_RANGE_UNSHARE */'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 4), 'CLOSE_RANGE_CLOEXEC', '0x4', '0x4 /* CLOSE_RANGE_CLOEXEC */'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 6), 'CLOSE_RANGE_UNSHARE|CLOSE_RANGE_CLOEXEC', '0x6', '0x6 /* CLOSE_RANGE_UNSHARE|CLOSE_RANGE_CLOEXEC */'),
    ('close_range_flags', 'close_range', 2, (0xa, 5, 1), '0x1 /* CLOSE_RANGE_??? */', '0x1', '0x1 /* CLOSE_RANGE_??? */'),
    ('membarrier_cmd', 'membarrier', 0, (0x200, 0, 0), '0x200 /* MEMBARRIER_CMD_??? */', '0x200', '0x200 /* MEMBARRIER_CMD_??? */'),
    ('membarrier_cmd', 'membarrier', 0, (0x1000, 0, 0), '0x1000 /* MEMBARRIER_CMD_??? */', '0x1000', '0x1000 /* MEMBARRIER_CMD_??? */'),
    ('membarrier_cmd', 'membarrier', 0, (0x40, 0, 0), 'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE', '0x40', '0x40 /* MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE */'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 0), '0', '0', '0'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 0x20000), 'CLONE_NEWNS', '0x20000', '0x20000 /* CLONE_NEWNS */'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 0x60000000), 'CLONE_NEWPID|CLONE_NEWNET', '0x60000000', '0x60000000 /* CLONE_NEWPID|CLONE_NEWNET */'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 0x80), 'CLONE_NEWTIME', '0x80', '0x80 /* CLONE_NEWTIME */'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 1), '0x1 /* CLONE_NEW??? */', '0x1', '0x1 /* CLONE_NEW??? */'),
    ('unshare_flags', 'unshare', 0, (1,), '0x1 /* CLONE_??? */', '0x1', '0x1 /* CLONE_??? */'),
    ('unshare_flags', 'unshare', 0, (0x20101,), 'CLONE_VM|CLONE_NEWNS|0x1', '0x20101', '0x20101 /* CLONE_VM|CLONE_NEWNS|0x1 */'),
    ('unshare_flags', 'unshare', 0, (0x80000001,), '0x80000001 /* CLONE_??? */', '0x80000001', '0x80000001 /* CLONE_??? */'),
    ('xattr_flags', 'setxattr', 4, (mem(0x4a7bc0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7bd0, "757365722e7800"), 0, 0, 0), '0', '0', '0'),
    ('xattr_flags', 'setxattr', 4, (mem(0x4a7be0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7bf0, "757365722e7800"), 0, 0, 1), 'XATTR_CREATE', '0x1', '0x1 /* XATTR_CREATE */'),
    ('xattr_flags', 'setxattr', 4, (mem(0x4a7c00, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7c10, "757365722e7800"), 0, 0, 2), 'XATTR_REPLACE', '0x2', '0x2 /* XATTR_REPLACE */'),
    ('xattr_flags', 'setxattr', 4, (mem(0x4a7c20, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7c30, "757365722e7800"), 0, 0, 4), '0x4 /* XATTR_??? */', '0x4', '0x4 /* XATTR_??? */'),
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x30000), 'KEXEC_ARCH_386', '0x30000', '0x30000 /* KEXEC_ARCH_386 */'),
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x30001), 'KEXEC_ARCH_386|KEXEC_ON_CRASH', '0x30000|0x1', '0x30000 /* KEXEC_ARCH_386 */|0x1 /* KEXEC_ON_CRASH */'),
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x30102), 'KEXEC_ARCH_386|KEXEC_PRESERVE_CONTEXT|0x100', '0x30000|0x102', '0x30000 /* KEXEC_ARCH_386 */|0x102 /* KEXEC_PRESERVE_CONTEXT|0x100 */'),
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x123), 'KEXEC_ARCH_DEFAULT|KEXEC_ON_CRASH|KEXEC_PRESERVE_CONTEXT|0x120', '0|0x123', '0 /* KEXEC_ARCH_DEFAULT */|0x123 /* KEXEC_ON_CRASH|KEXEC_PRESERVE_CONTEXT|0x120 */'),
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x12340000), '0x12340000 /* KEXEC_ARCH_??? */', '0x12340000', '0x12340000 /* KEXEC_ARCH_??? */'),
    ('kexec_flags', 'kexec_file_load', 4, (0xffffffffffffffff, 0xffffffffffffffff, 0, 0, 0x10), '0x10 /* KEXEC_FILE_??? */', '0x10', '0x10 /* KEXEC_FILE_??? */'),
    ('kexec_flags', 'kexec_file_load', 4, (0xffffffffffffffff, 0xffffffffffffffff, 0, 0, 0x26), 'KEXEC_FILE_ON_CRASH|KEXEC_FILE_NO_INITRAMFS|0x20', '0x26', '0x26 /* KEXEC_FILE_ON_CRASH|KEXEC_FILE_NO_INITRAMFS|0x20 */'),
]


@pytest.mark.parametrize("row", OBSERVED, ids=lambda row: "%s-%s" % (row[0], row[1]))
def test_kind_matches_strace_in_every_xlat_style(row):
    kind, name, index, args, abbrev, raw, verbose = row
    assert render(kind, name, index, args, "abbrev") == abbrev
    assert render(kind, name, index, args, "raw") == raw
    assert render(kind, name, index, args, "verbose") == verbose


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


def test_octal_mode_is_c_percent_hash_03o():
    # The modes observed in OBSERVED: 000, 007, 0600, 0644, 01777, 04755.
    assert [octal_mode(v) for v in (0, 0o7, 0o600, 0o644, 0o1777, 0o4755)] == \
        ["000", "007", "0600", "0644", "01777", "04755"]


def test_zero_with_and_without_a_zero_entry():
    # Observed: mprotect(NULL, 0, PROT_NONE); flock(-1, 0) (no LOCK_* is zero).
    assert print_flags(0, MMAP_PROT, "PROT_???") == "PROT_NONE"
    assert print_flags(0, FLOCKCMDS, "LOCK_???") == "0"
    # Zero with no zero entry and no default prints nothing (visible in statx
    # flags under -X raw below).
    assert print_flags(0, FLOCKCMDS, None) == ""


def test_statx_flags_under_raw_start_with_a_bar():
    # Observed: statx(AT_FDCWD, "...", |0x100, ...) with -X raw.
    assert statx_flags_text(0x100, "raw") == "|0x100"
    assert statx_flags_text(0, "raw") == ""


def test_open_flags_keep_only_the_low_32_bits():
    # Observed: openat(AT_FDCWD, "/nonexistent/x", O_WRONLY|O_CREAT, 0644)
    # with 0x100000041 in the flags register.
    assert open_flags_text(0x1_0000_0041) == "O_WRONLY|O_CREAT"


def test_mremap_new_address_only_with_maymove_and_fixed():
    # Observed: mremap(NULL, 0, 0, MREMAP_MAYMOVE|MREMAP_FIXED, 0x7f0000000000)
    #           mremap(NULL, 0, 0, MREMAP_MAYMOVE)   (same fifth register)
    call = make_call("mremap", args=(0, 0, 0, 3, 0x7f0000000000))
    call.index = 4
    assert ARG_KINDS["mremap_new_address"](0x7f0000000000, call) == "0x7f0000000000"
    call = make_call("mremap", args=(0, 0, 0, 1, 0x7f0000000000))
    call.index = 4
    assert ARG_KINDS["mremap_new_address"](0x7f0000000000, call) is None


# Observed: strace [-X verbose] on personality(0xffffffff),
# personality(READ_IMPLIES_EXEC|ADDR_NO_RANDOMIZE), personality(0xffffffff),
# sched_getscheduler(0), membarrier(MEMBARRIER_CMD_QUERY, 0) on kernel 6.18.
@pytest.mark.parametrize("kind, rv, style, expected", [
    ("personality", 0, "abbrev", "0 (PER_LINUX)"),
    ("personality", 0x440000, "abbrev", "0x440000 (PER_LINUX|ADDR_NO_RANDOMIZE|READ_IMPLIES_EXEC)"),
    ("personality", 0, "verbose", "0 (0 /* PER_LINUX */)"),
    ("personality", 0x440000, "verbose",
     "0x440000 (0 /* PER_LINUX */|0x440000 /* ADDR_NO_RANDOMIZE|READ_IMPLIES_EXEC */)"),
    ("sched_policy", 0, "abbrev", "0 (SCHED_OTHER)"),
    ("sched_policy", 0, "verbose", "0 (SCHED_OTHER)"),
    ("membarrier_cmd", 0x3ff, "abbrev",
     "0x3ff (MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_GLOBAL_EXPEDITED|"
     "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED|"
     "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE|"
     "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE|MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ|"
     "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ|0x200)"),
    ("membarrier_cmd", 0x3ff, "verbose",
     "0x3ff (0x3ff /* MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_GLOBAL_EXPEDITED|"
     "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED|"
     "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE|"
     "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE|MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ|"
     "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ|0x200 */)"),
])
def test_return_value_annotations(kind, rv, style, expected):
    call = make_call("test", rv=rv, xlat_style=style)
    assert RET_KINDS[kind](rv, call) == expected


def test_membarrier_cpu_id_only_with_flag_cpu():
    # Observed: membarrier(MEMBARRIER_CMD_QUERY, MEMBARRIER_CMD_FLAG_CPU, 5)
    call = make_call("membarrier", args=(0, 1, 5))
    call.index = 1
    assert ARG_KINDS["membarrier_flags"](1, call) == "MEMBARRIER_CMD_FLAG_CPU"
    call.index = 2
    assert ARG_KINDS["membarrier_cpu_id"](5, call) == "5"
    call = make_call("membarrier", args=(0, 0, 5))
    call.index = 2
    assert ARG_KINDS["membarrier_cpu_id"](5, call) is None
