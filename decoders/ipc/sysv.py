"""What the System V calls share: keys, the IPC_CREAT/IPC_EXCL get flags, the
``IPC_64|`` ctl command printer, struct ipc_perm and the *ctl calls' shape."""
from __future__ import annotations

import struct
from types import SimpleNamespace
from typing import Callable

from decoders import Call, arg_kind, syscall_decoder
from decoders.render.flags import Xlat, has_flag_names, print_flags, print_named, print_xval
from decoders.render.numbers import U32, id_text, int32, octal
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

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


# -- the *ctl calls -----------------------------------------------------------

IPC_SET, IPC_STAT, IPC_INFO = 1, 2, 3

# struct ipc_perm (glibc's, the layout strace reads): key, uid, gid, cuid,
# cgid, mode
_IPC_PERM = struct.Struct("<iIIIIH")


def ipc_perm_text(data: bytes, cmd: int) -> str:
    """``{uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}``; IPC_SET's
    only the fields the kernel takes."""
    key, uid, gid, cuid, cgid, mode = _IPC_PERM.unpack_from(data)
    parts = ["uid=" + id_text(uid), "gid=" + id_text(gid), "mode=" + octal(mode)]
    if cmd != IPC_SET:
        parts += ["key=%d" % (key & U32), "cuid=" + id_text(cuid), "cgid=" + id_text(cgid)]
    return "{" + ", ".join(parts) + "}"


Printer = Callable[[Call, bytes, int], str]


def fields_printer(names: tuple, layout: struct.Struct) -> tuple[int, Printer]:
    """(size, printer) of a structure of plain numbers: ``{name=N, ...}``."""
    def render(call: Call, data: bytes, cmd: int) -> str:
        return "{" + ", ".join("%s=%d" % pair for pair in zip(names, layout.unpack(data))) + "}"
    return layout.size, render


def ctl_decoder(name: str, cmd_index: int, commands: Xlat, dflt: str,
                printers: dict[int, tuple[int, Printer]]):
    """Register ``name``'s whole-call decoder: the numbers before the command,
    the command (``IPC_64|`` and all), then the buffer (the last argument):
    IPC_SET's printed at entry, those of the commands in ``printers`` (command
    -> (size, printer of the fetched bytes)) at exit, any other as an address.
    The IPC_64 bit does not change the layout strace reads."""
    command_text = _ipc_ctl(commands, dflt)

    def buffer_text(call: Call, cmd: int) -> str:
        addr = call.args[cmd_index + 1]
        size, printer = printers[cmd]
        data = fetch(call, addr, size)
        return hex_address(addr) if data is None else printer(call, data, cmd)

    def entry(call: Call) -> str:
        head = ["%d" % int32(value) for value in call.args[:cmd_index]]
        head.append(command_text(call.args[cmd_index], call))
        cmd = call.args[cmd_index] & U32 & ~IPC_64
        text = ", ".join(head) + ", "
        if cmd == IPC_SET and cmd in printers:
            call.saved["decoded"] = True
            return text + buffer_text(call, cmd)
        if cmd not in printers:
            call.saved["decoded"] = True
            return text + hex_address(call.args[cmd_index + 1])
        return text

    def exit_(call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        return buffer_text(call, call.args[cmd_index] & U32 & ~IPC_64)

    syscall_decoder(name)(SimpleNamespace(entry=entry, exit=exit_))
