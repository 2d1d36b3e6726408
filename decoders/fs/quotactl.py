"""quotactl and quotactl_fd: the command and what follows it."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.fs.quotactl_xlat import (
    IF_DQBLK_VALID, IF_DQINFO_FLAGS, IF_DQINFO_VALID, QUOTACMDS, QUOTATYPES, QUOTA_FORMATS,
    XFS_DQBLK_FLAGS, XFS_QUOTA_FLAGS)
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, U64, hexval, id_text
from decoders.render.strings import hex_address, path
from decoders.render.structs import fetch

QCMD_SHIFT = 8
QCMD_TYPE_MASK = 0xFF


def quotactl_cmd_text(qcmd: int, style: str = "abbrev") -> str:
    """``QCMD(Q_GETQUOTA, USRQUOTA)``; its insides are always abbreviated."""
    qcmd &= U32
    if style == "raw":
        return str(qcmd)
    text = "QCMD(%s, %s)" % (
        print_xval(qcmd >> QCMD_SHIFT, QUOTACMDS, "Q_???"),
        print_xval(qcmd & QCMD_TYPE_MASK, QUOTATYPES, "???QUOTA"))
    return "%d /* %s */" % (qcmd, text) if style == "verbose" else text


@arg_kind("quotactl_cmd")
def _quotactl_cmd(value: int, call: Call) -> str:
    return quotactl_cmd_text(value, call.opts.xlat_style)


# What follows the command depends on it.  The kinds below read the command
# from quotactl's first or quotactl_fd's second argument.
Q_SYNC, Q_QUOTAON, Q_QUOTAOFF, Q_GETFMT = 0x800001, 0x800002, 0x800003, 0x800004
Q_GETINFO, Q_SETINFO, Q_GETQUOTA, Q_SETQUOTA = 0x800005, 0x800006, 0x800007, 0x800008
Q_GETNEXTQUOTA = 0x800009
Q_XQUOTAON, Q_XQUOTAOFF, Q_XGETQUOTA, Q_XSETQLIM = 0x5801, 0x5802, 0x5803, 0x5804
Q_XGETQSTAT, Q_XQUOTARM, Q_XQUOTASYNC, Q_XGETQSTATV = 0x5805, 0x5806, 0x5807, 0x5808
Q_XGETNEXTQUOTA = 0x5809

QUOTA_NO_ARGS = frozenset((Q_QUOTAOFF, Q_SYNC, Q_XQUOTASYNC))
QUOTA_NO_ID = QUOTA_NO_ARGS | {Q_GETFMT, Q_GETINFO, Q_SETINFO, Q_XGETQSTAT, Q_XGETQSTATV,
                               Q_XQUOTAON, Q_XQUOTAOFF, Q_XQUOTARM}
# Structures the kernel fills in: strace prints them when the call returns.
QUOTA_OUTPUTS = frozenset((Q_GETQUOTA, Q_GETNEXTQUOTA, Q_GETFMT, Q_GETINFO, Q_XGETQUOTA,
                           Q_XGETNEXTQUOTA, Q_XGETQSTAT, Q_XGETQSTATV))
DQBLK = struct.Struct("<8QI")          # struct if_dqblk (packed)
NEXTDQBLK = struct.Struct("<8QII")     # struct if_nextdqblk
DQINFO = struct.Struct("<QQII")        # struct if_dqinfo
DQBLK_SHORT_FIELDS = ("dqb_bhardlimit", "dqb_bsoftlimit", "dqb_curspace",
                      "dqb_ihardlimit", "dqb_isoftlimit", "dqb_curinodes")
# struct fs_disk_quota (XFS): version, flags, fieldmask, id, six limits and
# counts, itimer, btimer, iwarns, bwarns, the realtime limits, count, timer, warns
FS_DISK_QUOTA = struct.Struct("<bBHI6QiiHH4x3QiH2x8x")
FS_DISK_QUOTA_SHORT = ("d_blk_hardlimit", "d_blk_softlimit", "d_ino_hardlimit",
                       "d_ino_softlimit", "d_bcount", "d_icount")
FS_QFILESTAT = struct.Struct("<QQI4x")   # fs_qfilestat and fs_qfilestatv alike
# struct fs_quota_stat: version, flags, then the user and group files at 8 and 32
FS_QUOTA_STAT = struct.Struct("<bxH4x24x24xIiiiHH4x")
# struct fs_quota_statv: version, flags, incoredqs, three files at 8, 32, 56
FS_QUOTA_STATV = struct.Struct("<bxHI24x24x24xiiiHH64x")


def _quota_cmd(call: Call) -> int:
    qcmd = call.args[1 if call.name == "quotactl_fd" else 0] & U32
    return qcmd >> QCMD_SHIFT


@arg_kind("quotactl_id")
def _quotactl_id(value: int, call: Call) -> str | None:
    cmd = _quota_cmd(call)
    if cmd in QUOTA_NO_ID:
        return None
    if cmd == Q_QUOTAON:
        return print_xval(value & U32, QUOTA_FORMATS, "QFMT_VFS_???",
                          call.opts.xlat_style)
    return id_text(value)


def _dqblk_text(data: bytes, call: Call, with_id: bool) -> str:
    fields = (NEXTDQBLK if with_id else DQBLK).unpack_from(data)
    parts = ["%s=%d" % pair for pair in zip(DQBLK_SHORT_FIELDS, fields)]
    if call.opts.verbose:
        parts += ["dqb_btime=%d" % fields[6], "dqb_itime=%d" % fields[7],
                  "dqb_valid=" + print_flags(fields[8], IF_DQBLK_VALID, "QIF_???",
                                             call.opts.xlat_style)]
        if with_id:
            parts.append("dqb_id=%d" % fields[9])
    else:
        if with_id:
            parts.append("dqb_id=%d" % fields[9])
        parts.append("...")
    return "{%s}" % ", ".join(parts)


def _nextdqblk_text(data: bytes, call: Call) -> str:
    return _dqblk_text(data, call, True)


def _plain_dqblk_text(data: bytes, call: Call) -> str:
    return _dqblk_text(data, call, False)


def _dqinfo_text(data: bytes, call: Call) -> str:
    bgrace, igrace, flags, valid = DQINFO.unpack_from(data)
    style = call.opts.xlat_style
    return "{dqi_bgrace=%d, dqi_igrace=%d, dqi_flags=%s, dqi_valid=%s}" % (
        bgrace, igrace, print_flags(flags, IF_DQINFO_FLAGS, "DQF_???", style),
        print_flags(valid, IF_DQINFO_VALID, "IIF_???", style))


def _fs_disk_quota_text(data: bytes, call: Call) -> str:
    (version, flags, fieldmask, ident, *limits, itimer, btimer, iwarns, bwarns,
     rtb_hard, rtb_soft, rtbcount, rtbtimer, rtbwarns) = FS_DISK_QUOTA.unpack(data)
    parts = ["d_version=%d" % version,
             "d_flags=" + print_flags(flags, XFS_DQBLK_FLAGS, "FS_???_QUOTA",
                                      call.opts.xlat_style),
             "d_fieldmask=" + hexval(fieldmask), "d_id=%d" % ident]
    parts += ["%s=%d" % pair for pair in zip(FS_DISK_QUOTA_SHORT, limits)]
    if call.opts.verbose:
        parts += ["d_itimer=%d" % itimer, "d_btimer=%d" % btimer, "d_iwarns=%d" % iwarns,
                  "d_bwarns=%d" % bwarns, "d_rtb_hardlimit=%d" % rtb_hard,
                  "d_rtb_softlimit=%d" % rtb_soft, "d_rtbcount=%d" % rtbcount,
                  "d_rtbtimer=%d" % rtbtimer, "d_rtbwarns=%d" % rtbwarns]
    else:
        parts.append("...")
    return "{%s}" % ", ".join(parts)


def _qfilestat(data: bytes, offset: int) -> str:
    return "{qfs_ino=%d, qfs_nblks=%d, qfs_nextents=%d}" % FS_QFILESTAT.unpack_from(data, offset)


def _quota_stat_text(data: bytes, call: Call, files: tuple, layout: struct.Struct) -> str:
    """XFS's quota state: fs_quota_stat or fs_quota_statv (``files``: where
    its user, group (and project) file structures are)."""
    values = layout.unpack(data)
    if not call.opts.verbose:
        return "{qs_version=%d, ...}" % values[0]
    parts = ["qs_version=%d" % values[0],
             "qs_flags=" + print_flags(values[1], XFS_QUOTA_FLAGS, "FS_QUOTA_???",
                                       call.opts.xlat_style)]
    incoredqs = "qs_incoredqs=%d" % values[-6]
    names = ("qs_uquota", "qs_gquota", "qs_pquota")
    stats = ["%s=%s" % (name, _qfilestat(data, offset)) for name, offset in zip(names, files)]
    # fs_quota_statv has the count before the files, fs_quota_stat after them
    parts += [incoredqs] + stats if len(files) == 3 else stats + [incoredqs]
    parts += ["%s=%d" % pair for pair in zip(
        ("qs_btimelimit", "qs_itimelimit", "qs_rtbtimelimit", "qs_bwarnlimit",
         "qs_iwarnlimit"), values[-5:])]
    return "{%s}" % ", ".join(parts)


def _quota_stat(data: bytes, call: Call) -> str:
    return _quota_stat_text(data, call, (8, 32), FS_QUOTA_STAT)


def _quota_statv(data: bytes, call: Call) -> str:
    return _quota_stat_text(data, call, (8, 32, 56), FS_QUOTA_STATV)


def _word_in_brackets(table, dflt: str, xval: bool = False):
    def render(data: bytes, call: Call) -> str:
        word = struct.unpack("<I", data)[0]
        printer = print_xval if xval else print_flags
        return "[%s]" % printer(word, table, dflt, call.opts.xlat_style)
    return render


# command -> (bytes strace reads, printer)
_LAYOUTS = {
    Q_GETQUOTA: (DQBLK.size, _plain_dqblk_text), Q_SETQUOTA: (DQBLK.size, _plain_dqblk_text),
    Q_GETNEXTQUOTA: (NEXTDQBLK.size, _nextdqblk_text),
    Q_GETINFO: (DQINFO.size, _dqinfo_text), Q_SETINFO: (DQINFO.size, _dqinfo_text),
    Q_GETFMT: (4, _word_in_brackets(QUOTA_FORMATS, "QFMT_VFS_???", xval=True)),
    Q_XQUOTAON: (4, _word_in_brackets(XFS_QUOTA_FLAGS, "FS_QUOTA_???")),
    Q_XQUOTAOFF: (4, _word_in_brackets(XFS_QUOTA_FLAGS, "FS_QUOTA_???")),
    Q_XQUOTARM: (4, _word_in_brackets(XFS_DQBLK_FLAGS, "FS_???_QUOTA")),
    Q_XGETQUOTA: (FS_DISK_QUOTA.size, _fs_disk_quota_text),
    Q_XGETNEXTQUOTA: (FS_DISK_QUOTA.size, _fs_disk_quota_text),
    Q_XSETQLIM: (FS_DISK_QUOTA.size, _fs_disk_quota_text),
    Q_XGETQSTAT: (FS_QUOTA_STAT.size, _quota_stat),
    Q_XGETQSTATV: (FS_QUOTA_STATV.size, _quota_statv),
}


@arg_kind("quotactl_addr")
def _quotactl_addr(value: int, call: Call) -> str | None:
    """The command's data: what the kernel writes is decoded at exit (the
    argument is ``<>``), what it reads whether the call failed or not."""
    cmd = _quota_cmd(call)
    addr = value & U64
    if cmd in QUOTA_NO_ARGS:
        return None
    if cmd == Q_QUOTAON:
        return path(addr, call)
    output = cmd in QUOTA_OUTPUTS
    if output and not call.exiting:
        return hex_address(addr)
    layout = _LAYOUTS.get(cmd)
    if layout is None:
        return hex_address(addr)
    size, printer = layout
    data = fetch(call, addr, size, ignore_failure=not output)
    return hex_address(addr) if data is None else printer(data, call)
