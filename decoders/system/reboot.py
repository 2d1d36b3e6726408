"""reboot: the magic numbers, the command and RESTART2's argument."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.render.flags import xval32
from decoders.render.numbers import U32, U64
from decoders.render.strings import printstr_ex

BOOTFLAGS1 = (
    (0xfee1dead, 'LINUX_REBOOT_MAGIC1'),
)

BOOTFLAGS2 = (
    (0x28121969, 'LINUX_REBOOT_MAGIC2'),
    (0x5121996, 'LINUX_REBOOT_MAGIC2A'),
    (0x16041998, 'LINUX_REBOOT_MAGIC2B'),
    (0x20112000, 'LINUX_REBOOT_MAGIC2C'),
)

BOOTFLAGS3 = (
    (0x1234567, 'LINUX_REBOOT_CMD_RESTART'),
    (0xcdef0123, 'LINUX_REBOOT_CMD_HALT'),
    (0x89abcdef, 'LINUX_REBOOT_CMD_CAD_ON'),
    (0x0, 'LINUX_REBOOT_CMD_CAD_OFF'),
    (0x4321fedc, 'LINUX_REBOOT_CMD_POWER_OFF'),
    (0xa1b2c3d4, 'LINUX_REBOOT_CMD_RESTART2'),
    (0xd000fce2, 'LINUX_REBOOT_CMD_SW_SUSPEND'),
    (0x45584543, 'LINUX_REBOOT_CMD_KEXEC'),
)

arg_kind("reboot_magic1")(xval32(BOOTFLAGS1, "LINUX_REBOOT_MAGIC_???"))
arg_kind("reboot_magic2")(xval32(BOOTFLAGS2, "LINUX_REBOOT_MAGIC_???"))
arg_kind("reboot_cmd")(xval32(BOOTFLAGS3, "LINUX_REBOOT_CMD_???"))

LINUX_REBOOT_CMD_RESTART2 = 0xA1B2C3D4
REBOOT_ARG_MAX = 255     # the kernel copies at most this many bytes


@arg_kind("reboot_arg")
def _reboot_arg(value: int, call: Call) -> str | None:
    """The command string exists only for LINUX_REBOOT_CMD_RESTART2."""
    if call.args[2] & U32 != LINUX_REBOOT_CMD_RESTART2:
        return None
    return printstr_ex(call, value & U64, REBOOT_ARG_MAX, zero_terminated=True)
