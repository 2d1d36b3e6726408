"""decoders/fs/quotactl.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

import decoders
from tests.decoders.conftest import make_call
from tests.decoders.conftest import shown_args as shown
from tests.decoders.observed import assert_in_its_style, row_id

ARG = decoders.ARG_KINDS
EPERM = 1
NEG1 = 0xFFFFFFFFFFFFFFFF


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('quotactl_cmd', 'quotactl', 0, 0x80000700, 'abbrev', 'QCMD(Q_GETQUOTA, USRQUOTA)'),
    ('quotactl_cmd', 'quotactl', 0, 0x580302, 'abbrev', 'QCMD(Q_XGETQUOTA, PRJQUOTA)'),
    ('quotactl_cmd', 'quotactl', 0, 0x12307, 'abbrev', 'QCMD(0x123 /* Q_??? */, 0x7 /* ???QUOTA */)'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000200, 'abbrev', 'QCMD(Q_QUOTAON, USRQUOTA)'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000700, 'raw', '2147485440'),
    ('quotactl_cmd', 'quotactl', 0, 0x580302, 'raw', '5767938'),
    ('quotactl_cmd', 'quotactl', 0, 0x12307, 'raw', '74503'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000200, 'raw', '2147484160'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000700, 'verbose', '2147485440 /* QCMD(Q_GETQUOTA, USRQUOTA) */'),
    ('quotactl_cmd', 'quotactl', 0, 0x580302, 'verbose', '5767938 /* QCMD(Q_XGETQUOTA, PRJQUOTA) */'),
    ('quotactl_cmd', 'quotactl', 0, 0x12307, 'verbose', '74503 /* QCMD(0x123 /* Q_??? */, 0x7 /* ???QUOTA */) */'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000200, 'verbose', '2147484160 /* QCMD(Q_QUOTAON, USRQUOTA) */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)


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
