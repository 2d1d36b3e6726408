"""POSIX message queues: mq_open's mode and struct mq_attr (mq_notify's
sigevent is in signals/sigevent)."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.open import O_CREAT
from decoders.render.flags import print_flags
from decoders.render.numbers import hexval, octal
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

MQ_ATTR_FLAGS = (
    (0x800, "O_NONBLOCK"),
)


@arg_kind("mq_mode")
def _mq_mode(value: int, call: Call) -> str | None:
    """mq_open's mode exists only with O_CREAT (the flags come just before)."""
    if not call.args[call.index - 1] & O_CREAT:
        return None
    return octal(value & 0xFFFF)


# mq_flags, mq_maxmsg, mq_msgsize, mq_curmsgs and four reserved longs, all of
# which strace reads
MQ_ATTR = struct.Struct("<qqqq32x")


def mq_attr_text(call: Call, addr: int, decode_flags: bool) -> str:
    data = fetch(call, addr, MQ_ATTR.size)
    if data is None:
        return hex_address(addr)
    flags, maxmsg, msgsize, curmsgs = MQ_ATTR.unpack(data)
    flags &= 0xFFFFFFFFFFFFFFFF
    flags_text = (print_flags(flags, MQ_ATTR_FLAGS, "O_???", call.opts.xlat_style)
                  if decode_flags else hexval(flags))
    return "{mq_flags=%s, mq_maxmsg=%d, mq_msgsize=%d, mq_curmsgs=%d}" % (
        flags_text, maxmsg, msgsize, curmsgs)


@arg_kind("mq_attr")
def _mq_attr(value: int, call: Call) -> str:
    """mq_getsetattr's new (at entry) and old (at exit) attributes."""
    return mq_attr_text(call, value, True)


@arg_kind("mq_attr_creat")
def _mq_attr_creat(value: int, call: Call) -> str | None:
    """mq_open's attr exists only with O_CREAT; its flags print in hex."""
    if not call.args[1] & O_CREAT:
        return None
    return mq_attr_text(call, value, False)
