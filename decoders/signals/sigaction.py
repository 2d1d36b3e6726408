"""rt_sigaction's struct sigaction and sigaltstack's stack_t."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import lookup, print_flags, print_named
from decoders.render.numbers import U32
from decoders.render.strings import hex_address
from decoders.signals.sigset import sigset_text

SIGACT_FLAGS = (
    (0x4000000, 'SA_RESTORER'),
    (0x8000000, 'SA_ONSTACK'),
    (0x10000000, 'SA_RESTART'),
    (0x20000000, 'SA_INTERRUPT'),
    (0x40000000, 'SA_NODEFER'),
    (0x80000000, 'SA_RESETHAND'),
    (0x4, 'SA_SIGINFO'),
    (0x80000000, 'SA_RESETHAND'),
    (0x8000000, 'SA_ONSTACK'),
    (0x40000000, 'SA_NODEFER'),
    (0x1, 'SA_NOCLDSTOP'),
    (0x2, 'SA_NOCLDWAIT'),
)

SIGALTSTACK_FLAGS = (
    (0x1, 'SS_ONSTACK'),
    (0x2, 'SS_DISABLE'),
    (0x80000000, 'SS_AUTODISARM'),
)

SA_HANDLER_VALUES = (
    (0xffffffffffffffff, 'SIG_ERR'),
    (0x0, 'SIG_DFL'),
    (0x1, 'SIG_IGN'),
)

# strace reads its own struct: handler, flags, restorer, then a mask of
# NSIG / sizeof(long) longs (8 of them), of which the first 8 bytes matter.
SIGACTION_SIZE = 8 + 8 + 8 + 8 * 8
SA_RESTORER = 0x04000000


def sigaction_text(data: bytes, style: str = "abbrev") -> str:
    handler, flags, restorer = struct.unpack_from("<QQQ", data)
    name = lookup(handler, SA_HANDLER_VALUES)
    parts = ["sa_handler=" + (print_named(handler, name, style) if name
                              else hex_address(handler)),
             "sa_mask=" + sigset_text(bytes(data[24:32]), style),
             "sa_flags=" + print_flags(flags, SIGACT_FLAGS, "SA_???", style)]
    if flags & SA_RESTORER:
        parts.append("sa_restorer=" + hex_address(restorer))
    return "{" + ", ".join(parts) + "}"


@arg_kind("sigaction")
def _sigaction(value: int, call: Call) -> str:
    if value == 0 or (call.exiting and call.failed):
        return hex_address(value)
    data = call.mem.read(value, SIGACTION_SIZE)
    if data is None:
        return hex_address(value)
    return sigaction_text(data, call.opts.xlat_style)


# sigaltstack ----------------------------------------------------------------

STACK_T_SIZE = 24


@arg_kind("sigaltstack")
def _sigaltstack(value: int, call: Call) -> str:
    if value == 0 or (call.exiting and call.failed):
        return hex_address(value)
    data = call.mem.read(value, STACK_T_SIZE)
    if data is None:
        return hex_address(value)
    sp, flags, size = struct.unpack_from("<Qi4xQ", data)
    return "{ss_sp=%s, ss_flags=%s, ss_size=%d}" % (
        hex_address(sp),
        print_flags(flags & U32, SIGALTSTACK_FLAGS, "SS_???", call.opts.xlat_style),
        size)
