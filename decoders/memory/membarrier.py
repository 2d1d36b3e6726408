"""membarrier: commands, flags, the CPU argument and QUERY's result."""
from __future__ import annotations

from decoders import Call, arg_kind, ret_kind
from decoders.render.flags import flags32, print_flags, xval32
from decoders.render.numbers import U32, hexval

MEMBARRIER_CMDS = (
    (0x0, 'MEMBARRIER_CMD_QUERY'),
    (0x1, 'MEMBARRIER_CMD_GLOBAL'),
    (0x2, 'MEMBARRIER_CMD_GLOBAL_EXPEDITED'),
    (0x4, 'MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED'),
    (0x8, 'MEMBARRIER_CMD_PRIVATE_EXPEDITED'),
    (0x10, 'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED'),
    (0x20, 'MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE'),
    (0x40, 'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE'),
    (0x80, 'MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ'),
    (0x100, 'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ'),
)

MEMBARRIER_FLAGS = (
    (0x1, 'MEMBARRIER_CMD_FLAG_CPU'),
)

arg_kind("membarrier_cmd")(xval32(MEMBARRIER_CMDS, "MEMBARRIER_CMD_???"))
arg_kind("membarrier_flags")(flags32(MEMBARRIER_FLAGS, "MEMBARRIER_CMD_FLAG_???"))

MEMBARRIER_CMD_FLAG_CPU = 1


@arg_kind("membarrier_cpu_id")
def _membarrier_cpu_id(value: int, call: Call) -> str | None:
    """membarrier's cpu_id is printed only with MEMBARRIER_CMD_FLAG_CPU."""
    flags = call.args[call.index - 1] if call.index > 0 else 0
    if not flags & MEMBARRIER_CMD_FLAG_CPU:
        return None
    value &= U32
    return str(value - (1 << 32) if value & 0x80000000 else value)


@ret_kind("membarrier_cmd")
def _ret_membarrier(value: int, call: Call) -> str:
    """MEMBARRIER_CMD_QUERY returns the supported commands as a bit set."""
    value &= 0xFFFFFFFFFFFFFFFF
    if not value:
        return "0"
    return "%s (%s)" % (hexval(value), print_flags(value, MEMBARRIER_CMDS, None,
                                                   call.opts.xlat_style))
