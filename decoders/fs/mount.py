"""mount and umount2; the new mount API: fsopen, fsconfig, fsmount, fspick,
move_mount, open_tree and mount_setattr (struct mount_attr)."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.fs.mount_xlat import (
    FSCONFIG_CMDS, FSMOUNT_ATTR_FLAGS, FSMOUNT_FLAGS, FSOPEN_FLAGS, FSPICK_FLAGS,
    MOUNT_ATTR_ATTR, MOUNT_ATTR_PROPAGATION, MOUNT_FLAGS, MOUNT_SETATTR_FLAGS, MOVE_MOUNT_FLAGS,
    OPEN_TREE_FLAGS, UMOUNT_FLAGS)
from decoders.render.flags import flags32, print_flags, print_named, print_xval, xval32
from decoders.render.numbers import INT_MAX, U32, U64, int32
from decoders.render.scalars import dirfd_text, fd_text
from decoders.render.strings import cstring, hex_address, path, printstr_ex
from decoders.render.structs import fetch, nonzero_tail, page_size

arg_kind("umount_flags")(flags32(UMOUNT_FLAGS, "MNT_???"))

MS_MGC_VAL = 0xC0ED0000
MS_MGC_MSK = 0xFFFF0000


@arg_kind("mount_flags")
def _mount_flags(value: int, call: Call) -> str:
    """mount's flags, with the historic magic number in the top half."""
    style = call.opts.xlat_style
    flags = value
    parts = []
    if flags & MS_MGC_MSK == MS_MGC_VAL:
        flags &= ~MS_MGC_MSK & U32      # a 32-bit mask in strace: bits above 31 go too
        parts.append(print_named(MS_MGC_VAL, "MS_MGC_VAL", style))
        if not flags:
            return parts[0]
    parts.append(print_flags(flags, MOUNT_FLAGS, "MS_???", style))
    return "|".join(parts)


MS_REMOUNT = 0x20
# with these the type and data arguments mean nothing to the kernel
MS_NO_TYPE_NO_DATA = 0x1000 | 0x2000 | 0x100000 | 0x40000 | 0x80000 | 0x20000


def _mount_ignores(call: Call) -> tuple[bool, bool]:
    flags = call.args[3]
    if flags & MS_MGC_MSK == MS_MGC_VAL:
        flags &= ~MS_MGC_MSK
    if flags & MS_REMOUNT:
        return True, False
    if flags & MS_NO_TYPE_NO_DATA:
        return True, True
    return False, False


@arg_kind("mount_fstype")
def _mount_fstype(value: int, call: Call) -> str:
    if _mount_ignores(call)[0]:
        return hex_address(value)
    return cstring(value, call)


@arg_kind("mount_data")
def _mount_data(value: int, call: Call) -> str:
    if _mount_ignores(call)[1]:
        return hex_address(value)
    return cstring(value, call)


arg_kind("mount_setattr_flags")(flags32(MOUNT_SETATTR_FLAGS, "AT_???"))
arg_kind("open_tree_flags")(flags32(OPEN_TREE_FLAGS, "OPEN_TREE_???"))
arg_kind("move_mount_flags")(flags32(MOVE_MOUNT_FLAGS, "MOVE_MOUNT_???"))
arg_kind("fsopen_flags")(flags32(FSOPEN_FLAGS, "FSOPEN_???"))
arg_kind("fspick_flags")(flags32(FSPICK_FLAGS, "FSPICK_???"))
arg_kind("fsmount_flags")(flags32(FSMOUNT_FLAGS, "FSMOUNT_???"))
arg_kind("mount_attr_flags")(flags32(FSMOUNT_ATTR_FLAGS, "MOUNT_ATTR_???"))
arg_kind("fsconfig_cmd")(xval32(FSCONFIG_CMDS, "FSCONFIG_???"))

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
    """A string strace reads as at most ``most`` bytes (its printstr_ex with
    that length): one ending exactly at an unreadable page still prints."""
    return printstr_ex(call, addr & U64, most, zero_terminated=True)


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
    if cmd == FSCONFIG_SET_BINARY and 0 <= aux <= FSCONFIG_BINARY_MAX:
        return printstr_ex(call, value & U64, aux, force_hex=True)
    return hex_address(value & U64)


@arg_kind("fsconfig_aux")
def _fsconfig_aux(value: int, call: Call) -> str:
    cmd = _fsconfig_cmd(call)
    if cmd in (FSCONFIG_SET_PATH, FSCONFIG_SET_PATH_EMPTY):
        return dirfd_text(value, call)
    if cmd == FSCONFIG_SET_FD:
        return fd_text(value, call)
    return str(int32(value))


MOUNT_ATTR = struct.Struct("<QQQQ")     # attr_set, attr_clr, propagation, userns_fd
MOUNT_ATTR_IDMAP = 0x100000


@arg_kind("mount_attr")
def _mount_attr(value: int, call: Call) -> str:
    """mount_setattr's uattr, of usize bytes (the next argument)."""
    size = call.args[call.index + 1] & U64
    if size < MOUNT_ATTR.size:
        return hex_address(value)
    data = fetch(call, value, MOUNT_ATTR.size)
    if data is None:
        return hex_address(value)
    attr_set, attr_clr, propagation, userns_fd = MOUNT_ATTR.unpack(data)
    style = call.opts.xlat_style
    parts = [
        "attr_set=" + print_flags(attr_set, MOUNT_ATTR_ATTR, "MOUNT_ATTR_???", style),
        "attr_clr=" + print_flags(attr_clr, MOUNT_ATTR_ATTR, "MOUNT_ATTR_???", style),
        "propagation=" + print_xval(propagation, MOUNT_ATTR_PROPAGATION, "MS_???", style),
    ]
    if userns_fd > INT_MAX or not (attr_set | attr_clr) & MOUNT_ATTR_IDMAP:
        parts.append("userns_fd=%d" % userns_fd)
    else:
        parts.append("userns_fd=" + fd_text(userns_fd, call))
    tail = nonzero_tail(call, value, MOUNT_ATTR.size, min(size, page_size()))
    return "{" + ", ".join(parts) + tail + "}"
