"""swapon's flags, with the priority in the low 15 bits."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.render.flags import print_flags
from decoders.render.numbers import U32

SWAP_FLAGS = (
    (0x8000, 'SWAP_FLAG_PREFER'),
    (0x10000, 'SWAP_FLAG_DISCARD'),
    (0x20000, 'SWAP_FLAG_DISCARD_ONCE'),
    (0x40000, 'SWAP_FLAG_DISCARD_PAGES'),
)

SWAP_FLAG_PRIO_MASK = 0x7FFF


@arg_kind("swap_flags")
def _swap_flags(value: int, call: Call) -> str:
    value &= U32
    prio = value & SWAP_FLAG_PRIO_MASK
    flags = value & ~SWAP_FLAG_PRIO_MASK
    if not flags:
        return str(prio)
    return "%s|%d" % (print_flags(flags, SWAP_FLAGS, "SWAP_FLAG_???",
                                  call.opts.xlat_style), prio)
