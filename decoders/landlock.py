"""Landlock: landlock_create_ruleset (its attributes and flags) and
landlock_add_rule's rule type and rule."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, ret_kind
from decoders.render.flags import flags32, print_flags, xval32
from decoders.render.numbers import U32, U64
from decoders.render.scalars import fd_return, fd_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

LANDLOCK_CREATE_RULESET_FLAGS = (
    (0x1, 'LANDLOCK_CREATE_RULESET_VERSION'),
)

LANDLOCK_RULE_TYPES = (
    (0x1, 'LANDLOCK_RULE_PATH_BENEATH'),
)

LANDLOCK_RULESET_ACCESS_FS = (
    (1 << 0, "LANDLOCK_ACCESS_FS_EXECUTE"),
    (1 << 1, "LANDLOCK_ACCESS_FS_WRITE_FILE"),
    (1 << 2, "LANDLOCK_ACCESS_FS_READ_FILE"),
    (1 << 3, "LANDLOCK_ACCESS_FS_READ_DIR"),
    (1 << 4, "LANDLOCK_ACCESS_FS_REMOVE_DIR"),
    (1 << 5, "LANDLOCK_ACCESS_FS_REMOVE_FILE"),
    (1 << 6, "LANDLOCK_ACCESS_FS_MAKE_CHAR"),
    (1 << 7, "LANDLOCK_ACCESS_FS_MAKE_DIR"),
    (1 << 8, "LANDLOCK_ACCESS_FS_MAKE_REG"),
    (1 << 9, "LANDLOCK_ACCESS_FS_MAKE_SOCK"),
    (1 << 10, "LANDLOCK_ACCESS_FS_MAKE_FIFO"),
    (1 << 11, "LANDLOCK_ACCESS_FS_MAKE_BLOCK"),
    (1 << 12, "LANDLOCK_ACCESS_FS_MAKE_SYM"),
    (1 << 13, "LANDLOCK_ACCESS_FS_REFER"),
)

arg_kind("landlock_create_flags")(flags32(LANDLOCK_CREATE_RULESET_FLAGS,
                                           "LANDLOCK_CREATE_RULESET_???"))
arg_kind("landlock_rule_type")(xval32(LANDLOCK_RULE_TYPES, "LANDLOCK_RULE_???"))

LANDLOCK_RULESET_ATTR_SIZE = 8      # handled_access_fs, as strace 6.1 knows it


@arg_kind("landlock_ruleset_attr")
def _landlock_ruleset_attr(value: int, call: Call) -> str:
    """landlock_create_ruleset's attr, of size bytes (the next argument);
    ``...`` stands for any part strace does not know."""
    size = call.args[call.index + 1] & U64
    if size < LANDLOCK_RULESET_ATTR_SIZE:
        return hex_address(value)
    data = fetch(call, value, LANDLOCK_RULESET_ATTR_SIZE)
    if data is None:
        return hex_address(value)
    access = struct.unpack("<Q", data)[0]
    text = "{handled_access_fs=" + print_flags(access, LANDLOCK_RULESET_ACCESS_FS,
                                               "LANDLOCK_ACCESS_FS_???", call.opts.xlat_style)
    if size > LANDLOCK_RULESET_ATTR_SIZE:
        text += ", ..."
    return text + "}"


@ret_kind("landlock_ruleset")
def _ruleset_return(value: int, call: Call) -> str:
    """A ruleset's fd, or with LANDLOCK_CREATE_RULESET_VERSION the ABI
    version: a number no -y decorates."""
    if call.args[2] & 0x1:
        return str(value & U64)
    return fd_return(value, call)


LANDLOCK_RULE_PATH_BENEATH = 0x1
_PATH_BENEATH_ATTR = struct.Struct("<Qi")   # packed: 12 bytes


@arg_kind("landlock_rule_attr")
def _landlock_rule_attr(value: int, call: Call) -> str:
    """landlock_add_rule's rule_attr, as the rule type (argument 1) says."""
    if call.args[1] & U32 != LANDLOCK_RULE_PATH_BENEATH:
        return hex_address(value)
    data = fetch(call, value, _PATH_BENEATH_ATTR.size)
    if data is None:
        return hex_address(value)
    access, parent_fd = _PATH_BENEATH_ATTR.unpack(data)
    return "{allowed_access=%s, parent_fd=%s}" % (
        print_flags(access, LANDLOCK_RULESET_ACCESS_FS, "LANDLOCK_ACCESS_FS_???",
                    call.opts.xlat_style),
        fd_text(parent_fd, call))
