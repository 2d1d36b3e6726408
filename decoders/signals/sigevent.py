"""struct sigevent (timer_create, mq_notify)."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import print_xval
from decoders.render.numbers import U32
from decoders.render.strings import hex_address
from decoders.render.structs import fetch
from decoders.signals.names import signal_text

SIGEV_VALUE = (
    (0, "SIGEV_SIGNAL"),
    (1, "SIGEV_NONE"),
    (2, "SIGEV_THREAD"),
    (4, "SIGEV_THREAD_ID"),
)

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
    parts.append("sigev_notify=" + print_xval(notify & U32, SIGEV_VALUE, "SIGEV_???", style))
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
