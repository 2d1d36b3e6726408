"""What the System V calls share: keys, the IPC_CREAT/IPC_EXCL get flags and
the ``IPC_64|`` ctl command printer."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.render.flags import Xlat, has_flag_names, print_flags, print_named, print_xval
from decoders.render.numbers import U32, octal

IPC_PRIVATE = (
    (0x0, 'IPC_PRIVATE'),
)

RESOURCE_FLAGS = (
    (0x200, 'IPC_CREAT'),
    (0x400, 'IPC_EXCL'),
    (0x800, 'IPC_NOWAIT'),
)

IPC_64 = 0x100

PERMISSION_BITS = 0o777


@arg_kind("ipc_key")
def _ipc_key(value: int, call: Call) -> str:
    return print_xval(value & U32, IPC_PRIVATE, None, call.opts.xlat_style)


@arg_kind("ipc_get_flags")
def _ipc_get_flags(value: int, call: Call) -> str:
    """semget/msgget: ``IPC_CREAT|0600``.  strace puts the ``|`` only after
    a named flag, so unknown bits run into the mode: ``0x10000600``."""
    value &= U32
    style = call.opts.xlat_style
    flags = value & ~PERMISSION_BITS
    text = print_flags(flags, RESOURCE_FLAGS, None, style)
    named = bool(flags) if style == "raw" else has_flag_names(flags, RESOURCE_FLAGS)
    return text + ("|" if named else "") + octal(value & PERMISSION_BITS)


def _ipc_ctl(table: Xlat, dflt: str):
    def decode(value: int, call: Call) -> str:
        style = call.opts.xlat_style
        text = print_xval(value & ~IPC_64 & U32, table, dflt, style)
        if value & IPC_64:
            return print_named(IPC_64, "IPC_64", style) + "|" + text
        return text
    return decode
