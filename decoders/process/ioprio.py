"""ioprio_get and ioprio_set: who, and the class and level of a priority."""
from __future__ import annotations

from decoders import Call, arg_kind, ret_kind
from decoders.render.flags import print_xval, xval32
from decoders.render.numbers import U32, U64, int32
from decoders.render.scalars import PID_PGID, pid_text

IOPRIO_WHO = (
    (0x1, 'IOPRIO_WHO_PROCESS'),
    (0x2, 'IOPRIO_WHO_PGRP'),
    (0x3, 'IOPRIO_WHO_USER'),
)

IOPRIO_CLASS = (
    (0x0, 'IOPRIO_CLASS_NONE'),
    (0x1, 'IOPRIO_CLASS_RT'),
    (0x2, 'IOPRIO_CLASS_BE'),
    (0x3, 'IOPRIO_CLASS_IDLE'),
)

arg_kind("ioprio_which")(xval32(IOPRIO_WHO, "IOPRIO_WHO_???"))

IOPRIO_CLASS_SHIFT = 13
IOPRIO_PRIO_MASK = (1 << IOPRIO_CLASS_SHIFT) - 1


def ioprio_text(ioprio: int, style: str = "abbrev") -> str:
    """``IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)``; the class follows -X."""
    ioprio &= U32
    klass = print_xval(ioprio >> IOPRIO_CLASS_SHIFT, IOPRIO_CLASS,
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


IOPRIO_WHO_PROCESS, IOPRIO_WHO_PGRP = 1, 2


@arg_kind("ioprio_who")
def _ioprio_who(value: int, call: Call) -> str:
    which = int32(call.args[call.index - 1])
    if which == IOPRIO_WHO_PROCESS:
        return pid_text(value, call)
    if which == IOPRIO_WHO_PGRP:
        return pid_text(value, call, PID_PGID)
    return str(int32(value))
