"""More flag and enumeration kinds: IPC, NUMA, the new mount API, fanotify,
modules, syslog, I/O priorities, reboot, kcmp, quotactl, landlock...

Each kind renders its argument the way strace 6.1's decoder for the syscalls
using it does, including the width strace reads it with (most read an
``unsigned int``; the few that print a full register say so).  A few kinds
look at a neighbouring argument (``call.args``) because strace prints an
argument differently, or not at all, depending on another one; those are
noted where they are defined.
"""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, read_bytes, ret_kind
from decoders.render.flags import (
    Xlat, flags32 as _flags32, flags64 as _flags64, has_flag_names as _has_flag_names,
    lookup, print_flags, print_named, print_xval, xval32 as _xval32)
from decoders.render.numbers import U32, U64, hexval, id_text, int32, octal as octal_mode
from decoders.render.scalars import dirfd_text, fd_text
from decoders.render.strings import buffer, cstring, hex_address, path, quote
from decoders.xlat import (
    more_fs as xfs, more_ipc as xipc, more_mm as xmm, more_mount as xmount,
    more_system as xsys)
from decoders.xlat.special_uffd import UFFD_FLAGS

# Plain flag sets and enumerations --------------------------------------------

arg_kind("rwf_flags")(_flags32(xfs.RWF_FLAGS, "RWF_???"))
arg_kind("signalfd_flags")(_flags32(xfs.SFD_FLAGS, "SFD_???"))
arg_kind("sync_file_range_flags")(_flags32(xfs.SYNC_FILE_RANGE_FLAGS, "SYNC_FILE_RANGE_???"))
arg_kind("pidfd_open_flags")(_flags32(xfs.PIDFD_OPEN_FLAGS, "PIDFD_???"))
arg_kind("landlock_create_flags")(_flags32(xfs.LANDLOCK_CREATE_RULESET_FLAGS,
                                           "LANDLOCK_CREATE_RULESET_???"))
arg_kind("landlock_rule_type")(_xval32(xfs.LANDLOCK_RULE_TYPES, "LANDLOCK_RULE_???"))
arg_kind("fanotify_mark_flags")(_flags32(xfs.FAN_MARK_FLAGS, "FAN_MARK_???"))
# The mask is 64 bits wide in the ABI and strace prints all of them.
arg_kind("fanotify_mask")(_flags64(xfs.FAN_EVENT_FLAGS, "FAN_???"))

arg_kind("delete_module_flags")(_flags32(xsys.DELETE_MODULE_FLAGS, "O_???"))
arg_kind("module_init_flags")(_flags32(xsys.MODULE_INIT_FLAGS, "MODULE_INIT_???"))
arg_kind("uffd_flags")(_flags32(UFFD_FLAGS, "UFFD_???"))
arg_kind("kcmp_type")(_xval32(xsys.KCMP_TYPES, "KCMP_???"))
arg_kind("reboot_magic1")(_xval32(xsys.BOOTFLAGS1, "LINUX_REBOOT_MAGIC_???"))
arg_kind("reboot_magic2")(_xval32(xsys.BOOTFLAGS2, "LINUX_REBOOT_MAGIC_???"))
arg_kind("reboot_cmd")(_xval32(xsys.BOOTFLAGS3, "LINUX_REBOOT_CMD_???"))
arg_kind("ioprio_which")(_xval32(xsys.IOPRIO_WHO, "IOPRIO_WHO_???"))

arg_kind("open_tree_flags")(_flags32(xmount.OPEN_TREE_FLAGS, "OPEN_TREE_???"))
arg_kind("move_mount_flags")(_flags32(xmount.MOVE_MOUNT_FLAGS, "MOVE_MOUNT_???"))
arg_kind("fsopen_flags")(_flags32(xmount.FSOPEN_FLAGS, "FSOPEN_???"))
arg_kind("fspick_flags")(_flags32(xmount.FSPICK_FLAGS, "FSPICK_???"))
arg_kind("fsmount_flags")(_flags32(xmount.FSMOUNT_FLAGS, "FSMOUNT_???"))
arg_kind("mount_attr_flags")(_flags32(xmount.FSMOUNT_ATTR_FLAGS, "MOUNT_ATTR_???"))
arg_kind("fsconfig_cmd")(_xval32(xmount.FSCONFIG_CMDS, "FSCONFIG_???"))

arg_kind("mbind_flags")(_flags32(xmm.MBIND_FLAGS, "MPOL_???"))
arg_kind("move_pages_flags")(_flags32(xmm.MOVE_PAGES_FLAGS, "MPOL_???"))
arg_kind("get_mempolicy_flags")(_flags64(xmm.GET_MEMPOLICY_FLAGS, "MPOL_???"))
arg_kind("pkey_access")(_flags64(xmm.PKEY_ACCESS, "PKEY_???"))


@arg_kind("memfd_secret_flags")
def _memfd_secret_flags(value: int, call: Call) -> str:
    """strace gives this one an empty default: unknown bits print without a
    comment, and zero still prints as ``0``."""
    value &= U32
    if not value:
        return "0"
    return print_flags(value, xmm.MEMFD_SECRET_FLAGS, None, call.opts.xlat_style)


# fanotify_init: the notification class is a value inside the flags ----------

FAN_ALL_CLASS_BITS = 0x0C


@arg_kind("fanotify_init_flags")
def _fanotify_init_flags(value: int, call: Call) -> str:
    value &= U32
    style = call.opts.xlat_style
    text = print_xval(value & FAN_ALL_CLASS_BITS, xfs.FAN_CLASSES, "FAN_CLASS_???", style)
    rest = value & ~FAN_ALL_CLASS_BITS
    if rest:
        text += "|" + print_flags(rest, xfs.FAN_INIT_FLAGS, "FAN_???", style)
    return text


# swapon: the priority lives in the low 15 bits --------------------------------

SWAP_FLAG_PRIO_MASK = 0x7FFF


@arg_kind("swap_flags")
def _swap_flags(value: int, call: Call) -> str:
    value &= U32
    prio = value & SWAP_FLAG_PRIO_MASK
    flags = value & ~SWAP_FLAG_PRIO_MASK
    if not flags:
        return str(prio)
    return "%s|%d" % (print_flags(flags, xmount.SWAP_FLAGS, "SWAP_FLAG_???",
                                  call.opts.xlat_style), prio)


# NUMA memory policy -----------------------------------------------------------

MPOL_MODE_FLAGS_MASK = 0xE000


def mpol_mode_text(mode_arg: int, style: str = "abbrev") -> str:
    """A policy mode possibly or-ed with MPOL_F_* flags: ``MPOL_BIND|MPOL_F_STATIC_NODES``.
    In -X verbose the comment spells the flags in abbreviated form."""
    flags = mode_arg & MPOL_MODE_FLAGS_MASK
    mode = mode_arg & ~MPOL_MODE_FLAGS_MASK
    if not flags:
        return print_xval(mode, xmm.MPOL_MODES, "MPOL_???", style)
    name = lookup(mode, xmm.MPOL_MODES)
    if name is None:
        return print_flags(mode_arg, xmm.MPOL_MODE_FLAGS, "MPOL_???", style)
    text = name + "|" + print_flags(flags, xmm.MPOL_MODE_FLAGS, None, "abbrev")
    return print_named(mode_arg, text, style)


@arg_kind("mpol_mode")
def _mpol_mode(value: int, call: Call) -> str:
    """mbind reads the whole register, set_mempolicy an ``unsigned int``."""
    if call.name != "mbind":
        value &= U32
    return mpol_mode_text(value & U64, call.opts.xlat_style)


# syslog -----------------------------------------------------------------------

SYSLOG_ACTION_READ = 2
SYSLOG_ACTION_READ_ALL = 3
SYSLOG_ACTION_READ_CLEAR = 4
SYSLOG_ACTION_CONSOLE_LEVEL = 8
# Actions whose buffer and length arguments strace leaves out.
SYSLOG_NO_ARGS = frozenset((0, 1, 5, 6, 7, 9, 10))
SYSLOG_READS = frozenset((SYSLOG_ACTION_READ, SYSLOG_ACTION_READ_ALL, SYSLOG_ACTION_READ_CLEAR))


@arg_kind("syslog_action")
def _syslog_action(value: int, call: Call) -> str:
    """Always ``8 /* SYSLOG_ACTION_CONSOLE_LEVEL */``: strace forces the
    verbose style with a decimal number for this one, whatever -X says."""
    return print_xval(int32(value), xsys.SYSLOG_ACTION_TYPE, "SYSLOG_ACTION_???",
                      "verbose", "d")


@arg_kind("syslog_buf")
def _syslog_buf(value: int, call: Call) -> str | None:
    """syslog's bufp: the text read for the READ actions, the address for
    the others, nothing for the actions that take no buffer."""
    action = int32(call.args[0])
    if action in SYSLOG_NO_ARGS:
        return None
    if action in SYSLOG_READS and call.exiting and not call.failed and call.rv is not None:
        return buffer(value, call.rv, call)
    return hex_address(value & U64)


@arg_kind("syslog_len")
def _syslog_len(value: int, call: Call) -> str | None:
    action = int32(call.args[0])
    if action in SYSLOG_NO_ARGS:
        return None
    if action == SYSLOG_ACTION_CONSOLE_LEVEL:
        return print_xval(int32(value), xsys.SYSLOG_CONSOLE_LEVELS, "LOGLEVEL_???",
                          "verbose", "d")
    return str(int32(value))


# I/O priorities -----------------------------------------------------------------

IOPRIO_CLASS_SHIFT = 13
IOPRIO_PRIO_MASK = (1 << IOPRIO_CLASS_SHIFT) - 1


def ioprio_text(ioprio: int, style: str = "abbrev") -> str:
    """``IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)``; the class follows -X."""
    ioprio &= U32
    klass = print_xval(ioprio >> IOPRIO_CLASS_SHIFT, xsys.IOPRIO_CLASS,
                       "IOPRIO_CLASS_???", style)
    return "IOPRIO_PRIO_VALUE(%s, %d)" % (klass, ioprio & IOPRIO_PRIO_MASK)


@arg_kind("ioprio_value")
def _ioprio_value(value: int, call: Call) -> str:
    style = call.opts.xlat_style
    if style == "raw":
        return str(int32(value))
    if style == "verbose":
        return "%d /* %s */" % (int32(value), ioprio_text(value, style))
    return ioprio_text(value, style)


@ret_kind("ioprio_value")
def _ret_ioprio_value(value: int, call: Call) -> str:
    """ioprio_get's result: ``16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))``."""
    number = str(value & U64)
    style = call.opts.xlat_style
    if style == "raw":
        return number
    return "%s (%s)" % (number, ioprio_text(value, style))


# reboot ---------------------------------------------------------------------------

LINUX_REBOOT_CMD_RESTART2 = 0xA1B2C3D4
REBOOT_ARG_MAX = 255     # the kernel copies at most this many bytes


@arg_kind("reboot_arg")
def _reboot_arg(value: int, call: Call) -> str | None:
    """The command string exists only for LINUX_REBOOT_CMD_RESTART2."""
    if call.args[2] & U32 != LINUX_REBOOT_CMD_RESTART2:
        return None
    return cstring(value & U64, call, min(call.opts.string_limit, REBOOT_ARG_MAX))


# kcmp -----------------------------------------------------------------------------

KCMP_FILE = 0
KCMP_EPOLL_TFD = 7
KCMP_NO_INDEX = frozenset(range(1, 7))     # VM, FILES, FS, SIGHAND, IO, SYSVSEM
KCMP_EPOLL_SLOT = struct.Struct("<III")     # efd, tfd, toff


def _kcmp_fd(fd: int, pid: int, call: Call) -> str:
    """An fd of process ``pid``: only the tracee's own fds can get a -y path."""
    if int32(pid) == call.pid:
        return fd_text(fd, call)
    return str(int32(fd))


@arg_kind("kcmp_idx")
def _kcmp_idx(value: int, call: Call) -> str | None:
    """idx1 (position 3) and idx2 (position 4) of kcmp, by comparison type."""
    kind = int32(call.args[2])
    pid = call.args[0 if call.index == 3 else 1]
    if kind == KCMP_FILE or (kind == KCMP_EPOLL_TFD and call.index == 3):
        return _kcmp_fd(value, pid, call)
    if kind == KCMP_EPOLL_TFD:
        data = call.mem.read(value, KCMP_EPOLL_SLOT.size) if value else None
        if data is None:
            return hex_address(value & U64)
        efd, tfd, toff = KCMP_EPOLL_SLOT.unpack(data)
        return "{efd=%s, tfd=%s, toff=%d}" % (_kcmp_fd(efd, pid, call),
                                            _kcmp_fd(tfd, pid, call), toff)
    if kind in KCMP_NO_INDEX:
        return None
    return hexval(value & U64)


# quotactl ----------------------------------------------------------------------------

QCMD_SHIFT = 8
QCMD_TYPE_MASK = 0xFF


def quotactl_cmd_text(qcmd: int, style: str = "abbrev") -> str:
    """``QCMD(Q_GETQUOTA, USRQUOTA)``; its insides are always abbreviated."""
    qcmd &= U32
    if style == "raw":
        return str(qcmd)
    text = "QCMD(%s, %s)" % (
        print_xval(qcmd >> QCMD_SHIFT, xmount.QUOTACMDS, "Q_???"),
        print_xval(qcmd & QCMD_TYPE_MASK, xmount.QUOTATYPES, "???QUOTA"))
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
        return print_xval(value & U32, xmount.QUOTA_FORMATS, "QFMT_VFS_???",
                          call.opts.xlat_style)
    return id_text(value)


def _dqblk_text(data: bytes, call: Call, with_id: bool) -> str:
    fields = (NEXTDQBLK if with_id else DQBLK).unpack_from(data)
    parts = ["%s=%d" % pair for pair in zip(DQBLK_SHORT_FIELDS, fields)]
    if call.opts.verbose:
        parts += ["dqb_btime=%d" % fields[6], "dqb_itime=%d" % fields[7],
                  "dqb_valid=" + print_flags(fields[8], xmount.IF_DQBLK_VALID, "QIF_???",
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
        bgrace, igrace, print_flags(flags, xmount.IF_DQINFO_FLAGS, "DQF_???", style),
        print_flags(valid, xmount.IF_DQINFO_VALID, "IIF_???", style))


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
            return "[%s]" % print_xval(word, xmount.QUOTA_FORMATS, "QFMT_VFS_???", style)
        if cmd == Q_XQUOTARM:
            return "[%s]" % print_flags(word, xmount.XFS_DQBLK_FLAGS, "FS_???_QUOTA", style)
        return "[%s]" % print_flags(word, xmount.XFS_QUOTA_FLAGS, "FS_QUOTA_???", style)
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


# System V IPC ---------------------------------------------------------------------------

IPC_64 = 0x100
SHM_HUGE_SHIFT = 26
SHM_HUGE_MASK = 0x3F << SHM_HUGE_SHIFT
PERMISSION_BITS = 0o777
# the shift is a named constant printed in decimal
_SHM_HUGE_SHIFT_TEXT = {"abbrev": "SHM_HUGE_SHIFT", "raw": "26", "verbose": "26 /* SHM_HUGE_SHIFT */"}


@arg_kind("ipc_key")
def _ipc_key(value: int, call: Call) -> str:
    return print_xval(value & U32, xipc.IPC_PRIVATE, None, call.opts.xlat_style)


@arg_kind("ipc_get_flags")
def _ipc_get_flags(value: int, call: Call) -> str:
    """semget/msgget: ``IPC_CREAT|0600``.  strace puts the ``|`` only after
    a named flag, so unknown bits run into the mode: ``0x10000600``."""
    value &= U32
    style = call.opts.xlat_style
    flags = value & ~PERMISSION_BITS
    text = print_flags(flags, xipc.RESOURCE_FLAGS, None, style)
    named = bool(flags) if style == "raw" else _has_flag_names(flags, xipc.RESOURCE_FLAGS)
    return text + ("|" if named else "") + octal_mode(value & PERMISSION_BITS)


@arg_kind("shmget_flags")
def _shmget_flags(value: int, call: Call) -> str:
    """``SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600``."""
    value &= U32
    style = call.opts.xlat_style
    flags = value & ~PERMISSION_BITS
    huge = flags & SHM_HUGE_MASK
    flags &= ~SHM_HUGE_MASK
    parts = []
    if flags or not huge:
        text = print_flags(flags, xipc.SHM_RESOURCE_FLAGS, None, style)
        if text:
            parts.append(text)
    if huge:
        parts.append("%d<<%s" % (huge >> SHM_HUGE_SHIFT, _SHM_HUGE_SHIFT_TEXT[style]))
    parts.append(octal_mode(value & PERMISSION_BITS))
    return "|".join(parts)


arg_kind("shmat_flags")(_flags32(xipc.SHM_FLAGS, "SHM_???"))
arg_kind("ipc_msg_flags")(_flags32(xipc.IPC_MSG_FLAGS, "MSG_???"))


def _ipc_ctl(table: Xlat, dflt: str):
    def decode(value: int, call: Call) -> str:
        style = call.opts.xlat_style
        text = print_xval(value & ~IPC_64 & U32, table, dflt, style)
        if value & IPC_64:
            return print_named(IPC_64, "IPC_64", style) + "|" + text
        return text
    return decode


arg_kind("shmctl_cmd")(_ipc_ctl(xipc.SHMCTL_FLAGS, "SHM_???"))
arg_kind("semctl_cmd")(_ipc_ctl(xipc.SEMCTL_FLAGS, "SEM_???"))
arg_kind("msgctl_cmd")(_ipc_ctl(xipc.MSGCTL_FLAGS, "MSG_???"))


# fsconfig: what key, value and aux are depends on the command ------------------------

FSCONFIG_SET_FLAG = 0
FSCONFIG_SET_STRING = 1
FSCONFIG_SET_BINARY = 2
FSCONFIG_SET_PATH = 3
FSCONFIG_SET_PATH_EMPTY = 4
FSCONFIG_SET_FD = 5
FSCONFIG_STRING_MAX = 256          # strace reads key and string values up to this
FSCONFIG_BINARY_MAX = 1024 * 1024


def _fsconfig_cmd(call: Call) -> int:
    return call.args[1] & U32


def _short_string(addr: int, call: Call, most: int) -> str:
    return cstring(addr & U64, call, min(call.opts.string_limit, most))


@arg_kind("fsconfig_key")
def _fsconfig_key(value: int, call: Call) -> str:
    if _fsconfig_cmd(call) <= FSCONFIG_SET_FD:
        return _short_string(value, call, FSCONFIG_STRING_MAX)
    return hex_address(value & U64)


@arg_kind("fsconfig_value")
def _fsconfig_value(value: int, call: Call) -> str:
    cmd = _fsconfig_cmd(call)
    if cmd == FSCONFIG_SET_STRING:
        return _short_string(value, call, FSCONFIG_STRING_MAX)
    if cmd in (FSCONFIG_SET_PATH, FSCONFIG_SET_PATH_EMPTY):
        return path(value & U64, call)
    aux = int32(call.args[4])
    if cmd == FSCONFIG_SET_BINARY and 0 <= aux <= FSCONFIG_BINARY_MAX and value:
        limit = call.opts.string_limit
        data = read_bytes(call, value, min(aux, limit))
        if data is not None:
            return quote(data, 2, aux > limit)
    return hex_address(value & U64)


@arg_kind("fsconfig_aux")
def _fsconfig_aux(value: int, call: Call) -> str:
    cmd = _fsconfig_cmd(call)
    if cmd in (FSCONFIG_SET_PATH, FSCONFIG_SET_PATH_EMPTY):
        return dirfd_text(value, call)
    if cmd == FSCONFIG_SET_FD:
        return fd_text(value, call)
    return str(int32(value))
