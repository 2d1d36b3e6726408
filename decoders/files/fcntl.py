"""fcntl, and flock(2)'s operation: locks, owners, leases, seals, pipe sizes."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, ret_kind, syscall_decoder
from decoders.files.fcntl_xlat import (
    FCNTLCMDS, FDFLAGS, FLOCKCMDS, F_OWNER_TYPES, F_SEALS, LOCKFCMDS, NOTIFYFLAGS)
from decoders.files.open import open_flags_text
from decoders.files.readwrite import WHENCE_CODES
from decoders.render.flags import flags32, lookup, print_flags, print_xval, sprint_flags
from decoders.render.numbers import U32, hexval, int32, int64
from decoders.render.scalars import (PID_NONE, PID_PGID, PID_TGID, PID_TID, fd_return, fd_text,
                                     pid_or_pgid_text, pid_text)
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, ret_with_note
from decoders.signals.names import signal_name, signal_text

F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL = 0, 1, 2, 3, 4
F_GETLK, F_SETLK, F_SETLKW, F_SETOWN, F_GETOWN, F_SETSIG, F_GETSIG = 5, 6, 7, 8, 9, 10, 11
F_SETOWN_EX, F_GETOWN_EX = 15, 16
F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW = 36, 37, 38
F_SETLEASE, F_GETLEASE, F_NOTIFY = 0x400, 0x401, 0x402
F_DUPFD_CLOEXEC, F_SETPIPE_SZ, F_GETPIPE_SZ, F_ADD_SEALS, F_GET_SEALS = (
    0x406, 0x407, 0x408, 0x409, 0x40A)

_GET_LATER = frozenset((F_GETFD, F_GETFL, F_GETLEASE, F_GET_SEALS, F_GETSIG))
_GET_AT_EXIT = frozenset((F_GETLK, F_OFD_GETLK, F_GETOWN_EX))

F_OWNER_TID, F_OWNER_PID, F_OWNER_PGRP = 0, 1, 2


def flock_text(call: Call, where: int, getlk: bool) -> str:
    """struct flock (the same layout as flock64 on x86_64)."""
    data = fetch(call, where, 32)
    if data is None:
        return hex_address(where)
    l_type, l_whence, l_start, l_len, l_pid = struct.unpack_from("<hh4xqqi", data)
    style = call.opts.xlat_style
    text = "{l_type=%s, l_whence=%s, l_start=%d, l_len=%d" % (
        print_xval(l_type & 0xFFFF, LOCKFCMDS, "F_???", style),
        print_xval(l_whence & 0xFFFF, WHENCE_CODES, "SEEK_???", style),
        l_start, l_len)
    if getlk:
        text += ", l_pid=" + pid_text(l_pid, call)
    return text + "}"


def owner_ex_text(call: Call, where: int) -> str:
    data = fetch(call, where, 8)
    if data is None:
        return hex_address(where)
    kind, pid = struct.unpack("<ii", data)
    return "{type=%s, pid=%s}" % (
        print_xval(kind & U32, F_OWNER_TYPES, "F_OWNER_???", call.opts.xlat_style),
        pid_text(pid, call, _OWNER_PID_KINDS.get(kind, PID_NONE)))


# F_OWNER_TID, F_OWNER_PID, F_OWNER_PGRP: what f_owner_ex's pid is
_OWNER_PID_KINDS = {0: PID_TID, 1: PID_TGID, 2: PID_PGID}


@syscall_decoder("fcntl")
class Fcntl:
    @staticmethod
    def entry(call: Call) -> str:
        cmd = call.args[1] & U32
        arg = call.args[2]
        style = call.opts.xlat_style
        head = "%s, %s" % (fd_text(call.args[0], call),
                           print_xval(cmd, FCNTLCMDS, "F_???", style))
        if cmd in _GET_LATER:
            return head
        if cmd in _GET_AT_EXIT:
            return head
        call.saved["decoded"] = True
        if cmd == F_SETFD:
            return head + ", " + print_flags(arg & U32, FDFLAGS, "FD_???", style)
        if cmd == F_SETOWN:
            return head + ", " + pid_or_pgid_text(arg, call)
        if cmd in (F_SETPIPE_SZ, F_DUPFD, F_DUPFD_CLOEXEC):
            return head + ", %d" % int64(arg)
        if cmd == F_SETFL:
            return head + ", " + open_flags_text(arg & U32, style)
        if cmd in (F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW):
            return head + ", " + flock_text(call, arg, False)
        if cmd == F_SETOWN_EX:
            return head + ", " + owner_ex_text(call, arg)
        if cmd == F_NOTIFY:
            return head + ", " + print_flags(arg, NOTIFYFLAGS, "DN_???", style)
        if cmd == F_SETLEASE:
            return head + ", " + print_xval(arg, LOCKFCMDS, "F_???", style)
        if cmd == F_ADD_SEALS:
            return head + ", " + print_flags(arg, F_SEALS, "F_SEAL_???", style)
        if cmd == F_SETSIG:
            return head + ", " + signal_text(int32(arg), style)
        if cmd in (F_GETOWN, F_GETPIPE_SZ):
            return head
        return head + ", " + hexval(arg)

    @staticmethod
    def exit(call: Call) -> str:
        cmd = call.args[1] & U32
        if cmd in (F_GETLK, F_OFD_GETLK):
            return ", " + flock_text(call, call.args[2], True)
        if cmd == F_GETOWN_EX:
            return ", " + owner_ex_text(call, call.args[2])
        return ""


@ret_kind("fcntl")
def fcntl_ret(value: int, call: Call) -> str:
    """The return value as strace prints it for each fcntl command."""
    cmd = call.args[1] & U32
    style = call.opts.xlat_style
    if cmd in (F_DUPFD, F_DUPFD_CLOEXEC):
        return fd_return(value, call) if 0 <= value <= 0x7FFFFFFF else str(value)
    if cmd == F_GETOWN:   # a process, or negated its group
        return pid_text(value, call, PID_PGID if int32(value) < 0 else PID_TGID)
    if cmd == F_GETFD:
        if value == 0:
            return "0"
        return ret_with_note(value, sprint_flags("flags ", FDFLAGS, value, style))
    if cmd == F_GETFL:
        return ret_with_note(value, "flags " + open_flags_text(value & U32))
    if cmd == F_GETLEASE:
        return ret_with_note(value, lookup(value, LOCKFCMDS))
    if cmd == F_GET_SEALS:
        if value == 0:
            return "0"
        return ret_with_note(value, sprint_flags("seals ", F_SEALS, value, style))
    if cmd == F_GETSIG and value:
        return ret_with_note(value, signal_name(value) if 0 < value < 65 else None, hex_=False)
    return str(value)


arg_kind("flock_op")(flags32(FLOCKCMDS, "LOCK_???"))
