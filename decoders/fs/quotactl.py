"""quotactl and quotactl_fd: the command and what follows it."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.fs.quotactl_xlat import (
    IF_DQBLK_VALID, IF_DQINFO_FLAGS, IF_DQINFO_VALID, QUOTACMDS, QUOTATYPES, QUOTA_FORMATS,
    XFS_DQBLK_FLAGS, XFS_QUOTA_FLAGS)
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, U64, id_text
from decoders.render.strings import hex_address, path

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


def _dqinfo_text(data: bytes, call: Call) -> str:
    bgrace, igrace, flags, valid = DQINFO.unpack_from(data)
    style = call.opts.xlat_style
    return "{dqi_bgrace=%d, dqi_igrace=%d, dqi_flags=%s, dqi_valid=%s}" % (
        bgrace, igrace, print_flags(flags, IF_DQINFO_FLAGS, "DQF_???", style),
        print_flags(valid, IF_DQINFO_VALID, "IIF_???", style))


@arg_kind("quotactl_addr")
def _quotactl_addr(value: int, call: Call) -> str | None:
    """The command's data.  Structures the kernel writes are only decoded at
    exit (the table should mark this argument ``<>``); XFS's quota
    structures are left as addresses."""
    cmd = _quota_cmd(call)
    addr = value & U64
    if cmd in QUOTA_NO_ARGS:
        return None
    if cmd == Q_QUOTAON:
        return path(addr, call)
    if cmd in QUOTA_OUTPUTS and (not call.exiting or call.failed):
        return hex_address(addr)
    style = call.opts.xlat_style
    if cmd in (Q_XQUOTAON, Q_XQUOTAOFF, Q_XQUOTARM, Q_GETFMT):
        data = call.mem.read(addr, 4) if addr else None
        if data is None:
            return hex_address(addr)
        word = struct.unpack("<I", data)[0]
        if cmd == Q_GETFMT:
            return "[%s]" % print_xval(word, QUOTA_FORMATS, "QFMT_VFS_???", style)
        if cmd == Q_XQUOTARM:
            return "[%s]" % print_flags(word, XFS_DQBLK_FLAGS, "FS_???_QUOTA", style)
        return "[%s]" % print_flags(word, XFS_QUOTA_FLAGS, "FS_QUOTA_???", style)
    layout = {Q_GETQUOTA: DQBLK, Q_SETQUOTA: DQBLK, Q_GETNEXTQUOTA: NEXTDQBLK,
              Q_GETINFO: DQINFO, Q_SETINFO: DQINFO}.get(cmd)
    if layout is None:
        return hex_address(addr)
    data = call.mem.read(addr, layout.size) if addr else None
    if data is None:
        return hex_address(addr)
    if layout is DQINFO:
        return _dqinfo_text(data, call)
    return _dqblk_text(data, call, layout is NEXTDQBLK)
