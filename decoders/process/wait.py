"""wait4 and waitid: options, id types, and the status they return."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import flags32, print_xval, xval32
from decoders.render.numbers import U32, int32
from decoders.render.scalars import PID_PGID, fd_text, pid_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch
from decoders.signals.names import signal_name

WAIT4_OPTIONS = (
    (0x1, 'WNOHANG'),
    (0x4, 'WEXITED'),
    (0x2, 'WSTOPPED'),
    (0x8, 'WCONTINUED'),
    (0x1000000, 'WNOWAIT'),
    (0x80000000, '__WCLONE'),
    (0x40000000, '__WALL'),
    (0x20000000, '__WNOTHREAD'),
)

WAITID_TYPES = (
    (0x0, 'P_ALL'),
    (0x1, 'P_PID'),
    (0x2, 'P_PGID'),
    (0x3, 'P_PIDFD'),
)

arg_kind("wait_options")(flags32(WAIT4_OPTIONS, "W???"))
arg_kind("waitid_which")(xval32(WAITID_TYPES, "P_???"))

P_PID, P_PGID, P_PIDFD = 1, 2, 3


@arg_kind("waitid_id")
def _waitid_id(value: int, call: Call) -> str:
    idtype = call.args[call.index - 1] & U32
    if idtype == P_PID:
        return pid_text(value, call)
    if idtype == P_PIDFD:
        return fd_text(value, call)
    if idtype == P_PGID:
        return pid_text(value, call, PID_PGID)
    return str(int32(value))


_PTRACE_EVENTS = (
    (1, "PTRACE_EVENT_FORK"), (2, "PTRACE_EVENT_VFORK"), (3, "PTRACE_EVENT_CLONE"),
    (4, "PTRACE_EVENT_EXEC"), (5, "PTRACE_EVENT_VFORK_DONE"), (6, "PTRACE_EVENT_EXIT"),
    (7, "PTRACE_EVENT_SECCOMP"), (0x80, "PTRACE_EVENT_STOP"),
)


def wait_status_text(status: int, style: str = "abbrev") -> str:
    """``[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]`` and its siblings."""
    status &= 0xFFFFFFFF
    low = status & 0x7F
    if status & 0xFF == 0x7F:
        sig = (status >> 8) & 0xFF
        text = "{WIFSTOPPED(s) && WSTOPSIG(s) == %s%s}" % (
            signal_name(sig & 0x7F), " | 0x80" if sig & 0x80 else "")
        status &= ~((sig << 8) | 0x7F)
    elif low and low != 0x7F:
        text = "{WIFSIGNALED(s) && WTERMSIG(s) == %s%s}" % (
            signal_name(low), " && WCOREDUMP(s)" if status & 0x80 else "")
        status &= ~(low | 0x80)
    elif low == 0:
        text = "{WIFEXITED(s) && WEXITSTATUS(s) == %d}" % ((status >> 8) & 0xFF)
        status &= ~(status & 0xFF00)
    elif status == 0xFFFF:
        text = "{WIFCONTINUED(s)}"
        status = 0
    else:
        return "[%s]" % ("%#x" % status if status else "0")
    if status:
        event = status >> 16
        if event:
            text += "|%s<<16" % print_xval(event, _PTRACE_EVENTS, "PTRACE_EVENT_???", style)
            status &= 0xFFFF
        if status:
            text += "|%#x" % status
    return "[%s]" % text


@arg_kind("wait_status")
def _wait_status(value: int, call: Call) -> str:
    if call.rv == 0:
        return hex_address(value)
    data = fetch(call, value, 4)
    if data is None:
        return hex_address(value)
    return wait_status_text(struct.unpack("<I", data)[0], call.opts.xlat_style)
