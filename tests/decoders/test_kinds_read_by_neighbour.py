"""Kinds of decoders/flags2.py that look at other arguments or at memory,
and its return kinds, against strace 6.1.

The expected strings are what strace 6.1 printed for the same calls, made by
small C programs through syscall(2) and traced with
``-e inject=...:error=EPERM`` (so that nothing was done) or
``:retval=0`` (so that strace decoded what the kernel "wrote"); the memory
blocks hold the bytes those programs had at the addresses used.
"""
from __future__ import annotations

import struct

import pytest

import decoders
from tests.decoders.conftest import make_call

decoders.load_all()
ARG = decoders.ARG_KINDS
RET = decoders.RET_KINDS

EPERM = 1


def render(kind, syscall, args, index, memory=None, **options):
    call = make_call(syscall, args, memory, **options)
    call.index = index
    return ARG[kind](args[index], call)


def shown(syscall, kinds, args, memory=None, rv=None, errno=0, **options):
    """The arguments a plan of ``kinds`` prints (None ones left out), joined."""
    call = make_call(syscall, args, memory, rv=rv, errno=errno, **options)
    parts = []
    for index, kind in enumerate(kinds):
        call.index = index
        text = ARG[kind](args[index], call)
        if text is not None:
            parts.append(text)
    return ", ".join(parts)


# syslog: buffer and length depend on the action -------------------------------

SYSLOG = ("syslog_action", "syslog_buf", "syslog_len")


@pytest.mark.parametrize("args,expected", [
    # syslog(9 /* SYSLOG_ACTION_SIZE_UNREAD */) = -1 EPERM
    ((9, 0, 0), "9 /* SYSLOG_ACTION_SIZE_UNREAD */"),
    ((1, 0x10, 5), "1 /* SYSLOG_ACTION_OPEN */"),
    ((10, 0, 0), "10 /* SYSLOG_ACTION_SIZE_BUFFER */"),
    ((0, 0, 0), "0 /* SYSLOG_ACTION_CLOSE */"),
    ((8, 0x10, 9), "8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, 0x10, 9 /* LOGLEVEL_??? */"),
    ((8, 0x10, 0), "8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, 0x10, 0 /* LOGLEVEL_EMERG */"),
    ((8, 0, 8), "8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 8 /* LOGLEVEL_DEBUG+1 */"),
    ((8, 0, 0xFFFFFFFF), "8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, -1 /* LOGLEVEL_??? */"),
    ((3, 0x10, 20), "3 /* SYSLOG_ACTION_READ_ALL */, 0x10, 20"),
    ((2, 0, 10), "2 /* SYSLOG_ACTION_READ */, NULL, 10"),
    ((11, 0x1234, 5), "11 /* SYSLOG_ACTION_??? */, 0x1234, 5"),
    ((0xFFFFFFFFFFFFFFFF, 0x1234, 5), "-1 /* SYSLOG_ACTION_??? */, 0x1234, 5"),
])
@pytest.mark.parametrize("style", ["abbrev", "raw", "verbose"])
def test_syslog_arguments_follow_the_action(args, expected, style):
    # strace prints syslog's action and log levels the same way under every -X
    assert shown("syslog", SYSLOG, args, rv=None, errno=EPERM, xlat_style=style) == expected


def test_syslog_read_prints_what_was_read():
    # syslog(3 /* SYSLOG_ACTION_READ_ALL */, "<6>hello kernel\n", 100) = 16 (INJECTED)
    text = b"<6>hello kernel\n"
    memory = {0x5000: text + b"junk"}
    assert shown("syslog", SYSLOG, (3, 0x5000, 100), memory, rv=len(text)) == \
        '3 /* SYSLOG_ACTION_READ_ALL */, "<6>hello kernel\\n", 100'


# reboot: the command string exists only with RESTART2 ------------------------

REBOOT = ("reboot_magic1", "reboot_magic2", "reboot_cmd", "reboot_arg")
LONG_REASON = b"a-very-long-reboot-reason-longer-than-thirty-two\0"


@pytest.mark.parametrize("args,memory,expected", [
    ((0xFEE1DEAD, 672274793, 0x01234567, 0x5000), {0x5000: b"x\0"},
     "LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART"),
    ((0xFEE1DEAD, 85072278, 0xA1B2C3D4, 0x5000), {0x5000: b"reason\0"},
     'LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2A, LINUX_REBOOT_CMD_RESTART2, "reason"'),
    ((0xFEE1DEAD, 672274793, 0xA1B2C3D4, 0x5000), {0x5000: LONG_REASON},
     'LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, '
     '"a-very-long-reboot-reason-longer"...'),
    ((0xFEE1DEAD, 672274793, 0xA1B2C3D4, 0), None,
     "LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, NULL"),
    ((0xFEE1DEAD, 672274793, 0xA1B2C3D4, 0x10), None,
     "LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, 0x10"),
    ((1, 2, 3, 0), None,
     "0x1 /* LINUX_REBOOT_MAGIC_??? */, 0x2 /* LINUX_REBOOT_MAGIC_??? */, "
     "0x3 /* LINUX_REBOOT_CMD_??? */"),
])
def test_reboot(args, memory, expected):
    assert shown("reboot", REBOOT, args, memory) == expected


# kcmp: the indexes depend on the comparison type -------------------------------

KCMP = ("pid", "pid", "kcmp_type", "kcmp_idx", "kcmp_idx")
ME = 7706


@pytest.mark.parametrize("args,memory,expected", [
    # the slot is {efd, tfd, toff}, three u32s (the program stored 123456789012
    # in a 64-bit toff; strace read its low half)
    ((ME, ME, 7, 1, 0x5000), {0x5000: struct.pack("<IIQ", 3, 4, 123456789012)},
     "7706, 7706, KCMP_EPOLL_TFD, 1, {efd=3, tfd=4, toff=3197704724}"),
    ((ME, 1, 7, 1, 0x10), None, "7706, 1, KCMP_EPOLL_TFD, 1, 0x10"),
    ((0, 0, 7, 3, 0), None, "0, 0, KCMP_EPOLL_TFD, 3, NULL"),
    ((ME, ME, 0, 0, 1), None, "7706, 7706, KCMP_FILE, 0, 1"),
    ((0, 0, 0, 1, 2), None, "0, 0, KCMP_FILE, 1, 2"),
    ((ME, ME, 2, 0, 1), None, "7706, 7706, KCMP_FILES"),
    ((0, 0, 1, 3, 4), None, "0, 0, KCMP_VM"),
    ((0, 0, 6, 3, 4), None, "0, 0, KCMP_SYSVSEM"),
    ((0, 0, 8, 3, 4), None, "0, 0, 0x8 /* KCMP_??? */, 0x3, 0x4"),
    ((ME, ME, 0xFFFFFFFF, 0, 1), None, "7706, 7706, 0xffffffff /* KCMP_??? */, 0, 0x1"),
])
def test_kcmp(args, memory, expected):
    assert shown("kcmp", KCMP, args, memory) == expected


def test_kcmp_raw_style():
    # kcmp(7710, 7710, 0x7, 1, {efd=3, tfd=4, toff=3197704724}) under -X raw
    memory = {0x5000: struct.pack("<IIQ", 3, 4, 123456789012)}
    assert shown("kcmp", KCMP, (ME, ME, 7, 1, 0x5000), memory, xlat_style="raw") == \
        "7706, 7706, 0x7, 1, {efd=3, tfd=4, toff=3197704724}"
    assert shown("kcmp", KCMP, (ME, ME, 2, 0, 1), xlat_style="raw") == "7706, 7706, 0x2"


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


# quotactl: the command decides what follows -----------------------------------------

QUOTACTL = ("quotactl_cmd", "path", "quotactl_id", "quotactl_addr")
QUOTACTL_FD = ("fd", "quotactl_cmd", "quotactl_id", "quotactl_addr")


def qcmd(cmd, kind):
    return (cmd << 8) | kind


DQBLK = struct.pack("<8QI", 1, 2, 3, 4, 5, 6, 1700000000, 7, 0x3F)
NEXTDQBLK = struct.pack("<8QII", 11, 12, 13, 14, 15, 16, 17, 18, 0x41, 1234)
QUOTA_MEMORY = {
    0x1000: b"/x\0", 0x1010: b"/q\0",
    0x2000: DQBLK, 0x2100: NEXTDQBLK,
    0x2200: struct.pack("<QQII", 604800, 86400, 0x10001, 7),
    0x2300: struct.pack("<QQII", 1, 2, 2, 8),
    0x2400: struct.pack("<I", 2), 0x2404: struct.pack("<I", 77),
    0x2500: struct.pack("<I", 5), 0x2504: struct.pack("<I", 0x40),
}
DQBLK_SHORT = ("{dqb_bhardlimit=1, dqb_bsoftlimit=2, dqb_curspace=3, dqb_ihardlimit=4, "
               "dqb_isoftlimit=5, dqb_curinodes=6, ...}")
DQBLK_FULL = ("{dqb_bhardlimit=1, dqb_bsoftlimit=2, dqb_curspace=3, dqb_ihardlimit=4, "
              "dqb_isoftlimit=5, dqb_curinodes=6, dqb_btime=1700000000, dqb_itime=7, "
              "dqb_valid=QIF_BLIMITS|QIF_SPACE|QIF_ILIMITS|QIF_INODES|QIF_BTIME|QIF_ITIME}")


@pytest.mark.parametrize("args,expected", [
    # entry-time arguments, calls failed with EPERM
    ((qcmd(0x5801, 0), 0x1000, 3, 0x2500),
     'QCMD(Q_XQUOTAON, USRQUOTA), "/x", [FS_QUOTA_UDQ_ACCT|FS_QUOTA_GDQ_ACCT]'),
    ((qcmd(0x5802, 1), 0x1000, 3, 0x2504),
     'QCMD(Q_XQUOTAOFF, GRPQUOTA), "/x", [0x40 /* FS_QUOTA_??? */]'),
    ((qcmd(0x5806, 1), 0x1000, 3, 0x2500),
     'QCMD(Q_XQUOTARM, GRPQUOTA), "/x", [FS_USER_QUOTA|FS_GROUP_QUOTA]'),
    ((qcmd(0x800003, 0), 0x1000, 3, 0x10), 'QCMD(Q_QUOTAOFF, USRQUOTA), "/x"'),
    ((qcmd(0x5807, 0), 0x1000, 3, 0x10), 'QCMD(Q_XQUOTASYNC, USRQUOTA), "/x"'),
    ((qcmd(0x800001, 1), 0, 0, 0), "QCMD(Q_SYNC, GRPQUOTA), NULL"),
    ((qcmd(0x800004, 0), 0x1000, 3, 0x10), 'QCMD(Q_GETFMT, USRQUOTA), "/x", 0x10'),
    ((qcmd(0x800006, 0), 0x1000, 3, 0x10), 'QCMD(Q_SETINFO, USRQUOTA), "/x", 0x10'),
    ((qcmd(0x800008, 0), 0x1000, 0xFFFFFFFF, 0x10), 'QCMD(Q_SETQUOTA, USRQUOTA), "/x", -1, 0x10'),
    ((qcmd(0x800007, 0), 0x1000, 1000, 0), 'QCMD(Q_GETQUOTA, USRQUOTA), "/x", 1000, NULL'),
    ((qcmd(0x5803, 2), 0x1000, 5, 0), 'QCMD(Q_XGETQUOTA, PRJQUOTA), "/x", 5, NULL'),
    ((qcmd(0x123, 7), 0x1000, 5, 0x1000),
     'QCMD(0x123 /* Q_??? */, 0x7 /* ???QUOTA */), "/x", 5, 0x1000'),
    ((qcmd(0x800002, 0), 0x1000, 2, 0x1010), 'QCMD(Q_QUOTAON, USRQUOTA), "/x", QFMT_VFS_V0, "/q"'),
    ((qcmd(0x800002, 0), 0x1000, 9, 0x1010),
     'QCMD(Q_QUOTAON, USRQUOTA), "/x", 0x9 /* QFMT_VFS_??? */, "/q"'),
])
def test_quotactl_failed(args, expected):
    assert shown("quotactl", QUOTACTL, args, QUOTA_MEMORY, errno=EPERM) == expected


def test_quotactl_fd():
    assert shown("quotactl_fd", QUOTACTL_FD, (NEG1, qcmd(0x800002, 0), 4, 0x1010),
                 QUOTA_MEMORY, errno=EPERM) == '-1, QCMD(Q_QUOTAON, USRQUOTA), QFMT_VFS_V1, "/q"'
    assert shown("quotactl_fd", QUOTACTL_FD, (NEG1, qcmd(0x800003, 1), 0, 0),
                 errno=EPERM) == "-1, QCMD(Q_QUOTAOFF, GRPQUOTA)"
    assert shown("quotactl_fd", QUOTACTL_FD, (3, qcmd(0x800007, 0), 1000, 0x2000),
                 QUOTA_MEMORY, rv=0) == "3, QCMD(Q_GETQUOTA, USRQUOTA), 1000, " + DQBLK_SHORT


@pytest.mark.parametrize("args,verbose,expected", [
    # strace -e inject=quotactl:retval=0, with and without -v
    ((qcmd(0x800007, 0), 0x1000, 1000, 0x2000), False,
     'QCMD(Q_GETQUOTA, USRQUOTA), "/x", 1000, ' + DQBLK_SHORT),
    ((qcmd(0x800007, 0), 0x1000, 1000, 0x2000), True,
     'QCMD(Q_GETQUOTA, USRQUOTA), "/x", 1000, ' + DQBLK_FULL),
    ((qcmd(0x800008, 1), 0x1000, 5, 0x2000), False,
     'QCMD(Q_SETQUOTA, GRPQUOTA), "/x", 5, ' + DQBLK_SHORT),
    ((qcmd(0x800009, 0), 0x1000, 0, 0x2100), False,
     'QCMD(Q_GETNEXTQUOTA, USRQUOTA), "/x", 0, {dqb_bhardlimit=11, dqb_bsoftlimit=12, '
     'dqb_curspace=13, dqb_ihardlimit=14, dqb_isoftlimit=15, dqb_curinodes=16, dqb_id=1234, ...}'),
    ((qcmd(0x800009, 0), 0x1000, 0, 0x2100), True,
     'QCMD(Q_GETNEXTQUOTA, USRQUOTA), "/x", 0, {dqb_bhardlimit=11, dqb_bsoftlimit=12, '
     'dqb_curspace=13, dqb_ihardlimit=14, dqb_isoftlimit=15, dqb_curinodes=16, dqb_btime=17, '
     'dqb_itime=18, dqb_valid=QIF_BLIMITS|0x40, dqb_id=1234}'),
    ((qcmd(0x800005, 0), 0x1000, 0, 0x2200), False,
     'QCMD(Q_GETINFO, USRQUOTA), "/x", {dqi_bgrace=604800, dqi_igrace=86400, '
     'dqi_flags=DQF_ROOT_SQUASH|DQF_SYS_FILE, dqi_valid=IIF_BGRACE|IIF_IGRACE|IIF_FLAGS}'),
    ((qcmd(0x800006, 0), 0x1000, 0, 0x2300), False,
     'QCMD(Q_SETINFO, USRQUOTA), "/x", {dqi_bgrace=1, dqi_igrace=2, '
     'dqi_flags=0x2 /* DQF_??? */, dqi_valid=0x8 /* IIF_??? */}'),
    ((qcmd(0x800004, 0), 0x1000, 0, 0x2400), False,
     'QCMD(Q_GETFMT, USRQUOTA), "/x", [QFMT_VFS_V0]'),
    ((qcmd(0x800004, 0), 0x1000, 0, 0x2404), False,
     'QCMD(Q_GETFMT, USRQUOTA), "/x", [0x4d /* QFMT_VFS_??? */]'),
    ((qcmd(0x800007, 0), 0x1000, 1000, 0x10), False,
     'QCMD(Q_GETQUOTA, USRQUOTA), "/x", 1000, 0x10'),
])
def test_quotactl_structures_at_exit(args, verbose, expected):
    assert shown("quotactl", QUOTACTL, args, QUOTA_MEMORY, rv=0, verbose=verbose) == expected


def test_quotactl_verbose_style():
    # quotactl(2147484928 /* QCMD(Q_GETINFO, USRQUOTA) */, "/x", {dqi_bgrace=604800, ...})
    assert shown("quotactl", QUOTACTL, (qcmd(0x800005, 0), 0x1000, 0, 0x2200), QUOTA_MEMORY,
                 rv=0, xlat_style="verbose") == (
        '2147484928 /* QCMD(Q_GETINFO, USRQUOTA) */, "/x", {dqi_bgrace=604800, '
        'dqi_igrace=86400, dqi_flags=0x10001 /* DQF_ROOT_SQUASH|DQF_SYS_FILE */, '
        'dqi_valid=0x7 /* IIF_BGRACE|IIF_IGRACE|IIF_FLAGS */}')
    assert shown("quotactl", QUOTACTL, (qcmd(0x800002, 0), 0x1000, 9, 0x1010), QUOTA_MEMORY,
                 errno=EPERM, xlat_style="raw") == '2147484160, "/x", 0x9, "/q"'


def test_quotactl_output_structure_is_not_read_at_entry():
    call = make_call("quotactl", (qcmd(0x800007, 0), 0x1000, 1000, 0x2000), QUOTA_MEMORY)
    call.index = 3
    assert ARG["quotactl_addr"](0x2000, call) == "0x2000"


# return values ------------------------------------------------------------------------

@pytest.mark.parametrize("rv,style,expected", [
    # ioprio_get(IOPRIO_WHO_PGRP, 0) = 16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))
    (0, "abbrev", "0 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0))"),
    (16388, "abbrev", "16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))"),
    (8196, "abbrev", "8196 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 4))"),
    (0, "raw", "0"),
    (16388, "raw", "16388"),
    (0, "verbose", "0 (IOPRIO_PRIO_VALUE(0 /* IOPRIO_CLASS_NONE */, 0))"),
    (16388, "verbose", "16388 (IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4))"),
    (8196, "verbose", "8196 (IOPRIO_PRIO_VALUE(0x1 /* IOPRIO_CLASS_RT */, 4))"),
])
def test_ioprio_get_return(rv, style, expected):
    call = make_call("ioprio_get", (1, 0), rv=rv, xlat_style=style)
    assert RET["ioprio_value"](rv, call) == expected


@pytest.mark.parametrize("value,style,expected", [
    (3 << 13, "abbrev", "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_IDLE, 0)"),
    ((1 << 13) | 7, "abbrev", "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 7)"),
    (3 << 13, "verbose", "24576 /* IOPRIO_PRIO_VALUE(0x3 /* IOPRIO_CLASS_IDLE */, 0) */"),
    ((1 << 13) | 7, "verbose", "8199 /* IOPRIO_PRIO_VALUE(0x1 /* IOPRIO_CLASS_RT */, 7) */"),
])
def test_ioprio_set_value(value, style, expected):
    assert render("ioprio_value", "ioprio_set", (1, 0, value), 2, xlat_style=style) == expected


def test_kcmp_fds_of_the_tracee_get_paths_with_y():
    # strace -y: kcmp(30993, 30993, KCMP_FILE, 0</dev/null>, 1</dev/null>)
    #            kcmp(30993, 1, KCMP_FILE, 2</tmp/.../stderr>, 1)   (another process's fd: no path)
    paths = {0: "/dev/null", 1: "/dev/null", 2: "/tmp/stderr"}
    for args, expected in (((30993, 30993, 0, 0, 1), "0</dev/null>, 1</dev/null>"),
                           ((30993, 1, 0, 2, 1), "2</tmp/stderr>, 1")):
        call = make_call("kcmp", args, pid=30993, decode_fds=frozenset({"path"}))
        call.fd_path = paths.get
        texts = []
        for index in (3, 4):
            call.index = index
            texts.append(ARG["kcmp_idx"](args[index], call))
        assert ", ".join(texts) == expected
