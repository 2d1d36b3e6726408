"""System V semaphore operations and message buffers."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import print_flags
from decoders.render.numbers import U32
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import fetch, print_array
from decoders.xlat import s2_ipc as xipc

SEMBUF = struct.Struct("<Hhh")      # sem_num, sem_op, sem_flg


@arg_kind("sembuf_array")
def _sembuf_array(value: int, call: Call) -> str:
    """semop/semtimedop's operations; nsops is the next argument."""
    style = call.opts.xlat_style

    def one(chunk: bytes) -> str:
        num, op, flg = SEMBUF.unpack(chunk)
        return "{sem_num=%d, sem_op=%d, sem_flg=%s}" % (
            num, op, print_flags(flg & 0xFFFF, xipc.SEMOP_FLAGS, "SEM_???", style))

    return print_array(call, value, call.args[call.index + 1] & U32, SEMBUF.size, one)


# strace reads a whole struct msgbuf (mtype and an 8-byte mtext) before it
# prints anything, so a message whose first 16 bytes are not all readable
# prints as its address.
MSGBUF_SIZE = 16


def msgbuf_text(call: Call, addr: int, size: int) -> str:
    data = fetch(call, addr, MSGBUF_SIZE)
    if data is None:
        return hex_address(addr)
    mtype = struct.unpack_from("<q", data)[0]
    return "{mtype=%d, mtext=%s}" % (mtype, buffer(addr + 8, size, call))


@arg_kind("msgbuf_in", "msgbuf_out")
def _msgbuf(value: int, call: Call) -> str:
    """msgsnd's message, msgrcv's buffer: mtext is shown for msgsz bytes (the
    next argument), even when msgrcv received fewer."""
    return msgbuf_text(call, value, call.args[call.index + 1])
