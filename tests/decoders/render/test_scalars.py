"""Scalar argument and return kinds against strace 6.1's renderings.

Every expected string below was printed by strace 6.1 for the same register
values (a small C program making raw syscall(2) calls, traced with
``strace``, ``strace -y -Y -X verbose`` and ``strace -X raw``).
"""
from __future__ import annotations

import os
import struct

import pytest

import decoders
from decoders import ARG_KINDS, RET_KINDS
from decoders.render import strings
from tests.decoders.conftest import make_call

decoders.load_all()

U64 = 0xFFFFFFFFFFFFFFFF


def arg(kind, value, **call_kw):
    args = call_kw.pop("args", None)
    index = call_kw.pop("index", 0)
    call = make_call(args=args if args is not None else (value,), **call_kw)
    call.index = index
    return ARG_KINDS[kind](value, call)


def ret(kind, value, **call_kw):
    return RET_KINDS[kind](value, make_call(rv=value, **call_kw))


# umask(000) = 022; umask(022) = 000; umask(0x10644) prints umask(0644)
@pytest.mark.parametrize("value, text", [(0, "000"), (0o22, "022"), (0x10000 | 0o644, "0644")])
def test_umask_argument(value, text):
    assert arg("umask", value) == text


@pytest.mark.parametrize("value, text", [(0o22, "022"), (0, "000")])
def test_umask_return_is_octal(value, text):
    assert ret("octal", value) == text


# chmod("/nonexistent", 000), chmod(..., 04755), mkdir(..., 007)
@pytest.mark.parametrize("value, text", [(0, "000"), (0o4755, "04755"), (0o7, "007")])
def test_octal_mode(value, text):
    assert arg("octal", value) == text


# close(0xffffffff) and close(0x1ffffffff) both print close(-1)
@pytest.mark.parametrize("value", [0xFFFFFFFF, 0x1FFFFFFFF])
def test_fd_is_a_32_bit_int(value):
    assert arg("fd", value) == "-1"


def test_int_is_a_32_bit_int():
    assert arg("int", 0xFFFFFFFF) == "-1"
    assert arg("int", 0x100000005) == "5"


def test_offset_is_signed_64_bit():
    # lseek(-1, -5, SEEK_SET)
    assert arg("off", (-5) & U64) == "-5"


def test_size_is_unsigned_64_bit():
    # read(-1, NULL, 18446744073709551615); truncate("/nonexistent", 18446744073709551615)
    assert arg("size", U64) == "18446744073709551615"
    assert arg("ulong", U64) == "18446744073709551615"


def test_uid_and_gid():
    # fchown(-1, -1, 1000) and fchown(-1, 4294967294, -1) (the last one from a
    # 64-bit all-ones register)
    assert arg("uid", 0xFFFFFFFF) == "-1"
    assert arg("gid", 1000) == "1000"
    assert arg("uid", 0xFFFFFFFE) == "4294967294"
    assert arg("gid", U64) == "-1"


def test_pointers_and_hex():
    # mmap(NULL, ..., 0x1000); munmap(0x1000, 0); set_tid_address(0)
    assert arg("ptr", 0) == "NULL"
    assert arg("ptr", 0x1000) == "0x1000"
    assert arg("hex", 0x1000) == "0x1000"
    assert arg("hex", 0) == "0"


def test_dirfd():
    # openat(AT_FDCWD, ...), openat(-1, ...), with -X raw openat(-1, ...) and
    # -X verbose openat(-100 /* AT_FDCWD */...)
    at_fdcwd = (-100) & U64
    assert arg("dirfd", at_fdcwd) == "AT_FDCWD"
    assert arg("dirfd", U64) == "-1"
    assert arg("dirfd", at_fdcwd, xlat_style="raw") == "-100"
    assert arg("dirfd", at_fdcwd, xlat_style="verbose") == "-100 /* AT_FDCWD */"


def test_fanotify_nofd():
    # fanotify_mark(-1, 0, 0, FAN_NOFD, "/x"); -X raw: -1; -X verbose: -1 /* FAN_NOFD */
    assert arg("fanotify_dirfd", U64) == "FAN_NOFD"
    assert arg("fanotify_dirfd", U64, xlat_style="raw") == "-1"
    assert arg("fanotify_dirfd", U64, xlat_style="verbose") == "-1 /* FAN_NOFD */"


S_IFCHR, S_IFIFO, S_IFBLK = 0o020000, 0o010000, 0o060000


@pytest.mark.parametrize("mode, dev, style, text", [
    (S_IFCHR | 0o600, 0x103, "abbrev", "makedev(0x1, 0x3)"),
    (S_IFBLK | 0o600, 0x10010305, "abbrev", "makedev(0x103, 0x10005)"),
    (S_IFIFO | 0o600, 0x103, "abbrev", None),
    (S_IFCHR | 0o600, 0x103, "raw", "0x103"),
    (S_IFCHR | 0o600, 0x103, "verbose", "0x103 /* makedev(0x1, 0x3) */"),
    (S_IFBLK | 0o600, 0x10010305, "verbose", "0x10010305 /* makedev(0x103, 0x10005) */"),
])
def test_mknod_dev(mode, dev, style, text):
    assert arg("dev", dev, args=(0, mode, dev), index=2, xlat_style=style) == text


def test_prio_who():
    # getpriority(PRIO_PROCESS, 0); getpriority(PRIO_USER, -1)
    assert arg("prio_who", 0, args=(0, 0), index=1) == "0"
    assert arg("prio_who", U64, args=(2, U64), index=1) == "-1"


def test_returns():
    # brk(NULL) = 0x55711f10f000; getpriority(...) = 20; getpgid(0) = 13267
    assert ret("hex", 0x55711F10F000) == "0x55711f10f000"
    assert ret("int", 20) == "20"
    assert ret("pgid", 13267) == "13267"
    # exit_group(0) = ?
    assert ret("none", 0) == "?"


def test_setxattr_value_drops_one_trailing_nul():
    # setxattr("/nonexistent", "user.x", "ab", 3, 0) with "ab\0"
    assert arg("xattr_value", 0x1000, args=(0, 0, 0x1000, 3, 0), index=2,
               memory={0x1000: b"ab\0"}) == '"ab"'


def test_getcwd_buffer():
    # getcwd("/tmp/tbl/c", 256) = 11
    call = make_call(args=(0x2000, 256), rv=11, memory={0x2000: b"/tmp/tbl/c\0junk"})
    assert ARG_KINDS["path_rv"](0x2000, call) == '"/tmp/tbl/c"'


def test_getrandom_buffer_is_hex():
    # getrandom("\x82\xbb\x22\x4c", 4, 0) = 4
    call = make_call(args=(0x2000, 4, 0), rv=4, memory={0x2000: b"\x82\xbb\x22\x4c"})
    assert ARG_KINDS["buf_rv_hex"](0x2000, call) == '"\\x82\\xbb\\x22\\x4c"'


def test_uid_pointers():
    # getresuid([0], [0], [0]) = 0; getresuid(NULL, 0x7ffd880634d8, ...) = -1 EFAULT
    ok = make_call(args=(0x3000,), rv=0, memory={0x3000: struct.pack("<I", 0)})
    assert ARG_KINDS["uid_ptr"](0x3000, ok) == "[0]"
    failed = make_call(args=(0, 0x7FFD880634D8), errno=14)
    assert ARG_KINDS["uid_ptr"](0, failed) == "NULL"
    assert ARG_KINDS["uid_ptr"](0x7FFD880634D8, failed) == "0x7ffd880634d8"


def test_fd_with_path_escapes_angle_brackets():
    # strace -y on a file named "a<b>1":  dup(3</tmp/tbl/c/a\74b\0761>) = 4</tmp/tbl/c/a\74b\0761>
    inside = strings.angle_bracket_text(b"/tmp/tbl/c/a<b>1")
    assert inside == "/tmp/tbl/c/a\\74b\\0761"
    call = make_call(args=(3,), decode_fds=frozenset({"path"}))
    call.fd_path = {3: "<%s>" % inside, 4: "<%s>" % inside}.get
    assert ARG_KINDS["fd"](3, call) == "3</tmp/tbl/c/a\\74b\\0761>"
    call.exiting, call.rv = True, 4
    assert RET_KINDS["fd"](4, call) == "4</tmp/tbl/c/a\\74b\\0761>"
    # close(1000) = -1 EBADF: no path for an fd the process does not have
    assert ARG_KINDS["fd"](1000, call) == "1000"


def test_at_fdcwd_with_path():
    # strace -y -X verbose: openat(-100 /* AT_FDCWD */</tmp/tbl/c>, ...)
    call = make_call(args=((-100) & U64,), decode_fds=frozenset({"path"}),
                     xlat_style="verbose")
    call.fd_path = {-100: "</tmp/tbl/c>"}.get
    assert ARG_KINDS["dirfd"]((-100) & U64, call) == "-100 /* AT_FDCWD */</tmp/tbl/c>"


def test_pid_with_comm():
    # strace -Y: kill(13393<y>, 0); kill(-13380, 0); getppid() = 13389<strace>;
    # getpgid(13393<y>) = 13380 (a process group gets no comm)
    me = os.getpid()
    with open("/proc/self/comm") as f:
        comm = f.read().strip()
    opts = dict(decode_pids=frozenset({"comm"}))
    assert arg("pid", me, **opts) == "%d<%s>" % (me, comm)
    assert arg("pid", (-me) & U64, **opts) == "-%d" % me
    assert ret("pid", me, **opts) == "%d<%s>" % (me, comm)
    assert ret("pgid", me, **opts) == str(me)
    assert arg("pid", me) == str(me)
