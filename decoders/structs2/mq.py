"""POSIX message queue attributes and sigevent (mq_notify, timer_create)."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, hexval
from decoders.render.strings import hex_address
from decoders.render.structs import fetch
from decoders.signals import signal_text
from decoders.xlat import s2_ipc as xipc

MQ_ATTR = struct.Struct("<qqqq")     # mq_flags, mq_maxmsg, mq_msgsize, mq_curmsgs
O_CREAT = 0o100


def mq_attr_text(call: Call, addr: int, decode_flags: bool) -> str:
    data = fetch(call, addr, MQ_ATTR.size)
    if data is None:
        return hex_address(addr)
    flags, maxmsg, msgsize, curmsgs = MQ_ATTR.unpack(data)
    flags &= 0xFFFFFFFFFFFFFFFF
    flags_text = (print_flags(flags, xipc.MQ_ATTR_FLAGS, "O_???", call.opts.xlat_style)
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


# strace's own struct sigevent (32 bytes on x86_64, less than the kernel's
# 64): sigev_value, sigev_signo, sigev_notify, then a union of the thread id
# and the (function, attributes) pair.
SIGEVENT = struct.Struct("<QiiQQ")
SIGEV_SIGNAL, SIGEV_NONE, SIGEV_THREAD, SIGEV_THREAD_ID = 0, 1, 2, 4


def sigevent_text(data: bytes, style: str) -> str:
    value, signo, notify, first, second = SIGEVENT.unpack_from(data)
    parts = []
    if value:
        parts.append("sigev_value={sival_int=%d, sival_ptr=%s}" % (
            struct.unpack("<i", struct.pack("<I", value & U32))[0], hex_address(value)))
    if notify in (SIGEV_SIGNAL, SIGEV_THREAD, SIGEV_THREAD_ID):
        parts.append("sigev_signo=" + signal_text(signo, style))
    else:
        parts.append("sigev_signo=%d" % (signo & U32))
    parts.append("sigev_notify=" + print_xval(notify & U32, xipc.SIGEV_VALUE, "SIGEV_???", style))
    if notify == SIGEV_THREAD_ID:
        parts.append("sigev_notify_thread_id=%d" % struct.unpack("<i", struct.pack("<I", first & U32))[0])
    elif notify == SIGEV_THREAD:
        parts.append("sigev_notify_function=" + hex_address(first))
        parts.append("sigev_notify_attributes=" + hex_address(second))
    return "{" + ", ".join(parts) + "}"


@arg_kind("sigevent")
def _sigevent(value: int, call: Call) -> str:
    data = fetch(call, value, SIGEVENT.size)
    if data is None:
        return hex_address(value)
    return sigevent_text(data, call.opts.xlat_style)
