"""msgsnd and msgrcv: their flags and message buffers; msgctl and its
struct msqid_ds and msginfo."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.ipc.sysv import (
    IPC_INFO, IPC_SET, IPC_STAT, _ipc_ctl, ctl_decoder, fields_printer, ipc_perm_text)
from decoders.render.flags import flags32
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import fetch

IPC_MSG_FLAGS = (
    (0x1000, 'MSG_NOERROR'),
    (0x2000, 'MSG_EXCEPT'),
    (0x4000, 'MSG_COPY'),
    (0x800, 'IPC_NOWAIT'),
)

MSGCTL_FLAGS = (
    (0x0, 'IPC_RMID'),
    (0x1, 'IPC_SET'),
    (0x2, 'IPC_STAT'),
    (0x3, 'IPC_INFO'),
    (0xb, 'MSG_STAT'),
    (0xc, 'MSG_INFO'),
    (0xd, 'MSG_STAT_ANY'),
)

arg_kind("ipc_msg_flags")(flags32(IPC_MSG_FLAGS, "MSG_???"))

arg_kind("msgctl_cmd")(_ipc_ctl(MSGCTL_FLAGS, "MSG_???"))

MSG_STAT, MSG_INFO, MSG_STAT_ANY = 11, 12, 13

# struct msqid_ds after msg_perm: stime, rtime, ctime, cbytes, qnum, qbytes,
# lspid, lrpid
_MSQID_DS = struct.Struct("<48xQQQQQQii16x")
# struct msginfo: seven ints and msgseg, an unsigned short
_MSGINFO = struct.Struct("<7iH2x")


def _msqid_ds(call: Call, data: bytes, cmd: int) -> str:
    stime, rtime, ctime, _, qnum, qbytes, lspid, lrpid = _MSQID_DS.unpack(data)
    parts = ["msg_perm=" + ipc_perm_text(data, cmd)]
    if cmd != IPC_SET:
        parts += ["msg_stime=%d" % stime, "msg_rtime=%d" % rtime, "msg_ctime=%d" % ctime,
                  "msg_qnum=%d" % qnum]
    parts.append("msg_qbytes=%d" % qbytes)
    if cmd != IPC_SET:
        parts += ["msg_lspid=%d" % lspid, "msg_lrpid=%d" % lrpid]
    return "{" + ", ".join(parts) + "}"


_DS = (_MSQID_DS.size, _msqid_ds)
_INFO = fields_printer(("msgpool", "msgmap", "msgmax", "msgmnb", "msgmni", "msgssz", "msgtql",
                        "msgseg"), _MSGINFO)
ctl_decoder("msgctl", 1, MSGCTL_FLAGS, "MSG_???", {
    IPC_SET: _DS, IPC_STAT: _DS, MSG_STAT: _DS, MSG_STAT_ANY: _DS,
    IPC_INFO: _INFO, MSG_INFO: _INFO})

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
