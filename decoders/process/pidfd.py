"""pidfd_open's flags and pidfd_getfd's target descriptor (pidfd_send_signal
uses the generic kinds)."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.render.flags import flags32
from decoders.render.numbers import int32
from decoders.render.scalars import fd_text

PIDFD_OPEN_FLAGS = (
    (0x800, 'PIDFD_NONBLOCK'),
)

arg_kind("pidfd_open_flags")(flags32(PIDFD_OPEN_FLAGS, "PIDFD_???"))


@arg_kind("pidfd_target_fd")
def _pidfd_target_fd(value: int, call: Call) -> str:
    """A descriptor of the process the pidfd (argument 0) refers to: with -y it
    is decorated from that process's table, not the caller's."""
    fd = int32(value)
    via_pidfd = getattr(call.fd_path, "via_pidfd", None)
    if not call.opts.decode_fds or via_pidfd is None:
        return str(fd)
    target = via_pidfd(int32(call.args[0]))
    if target is None:
        return str(fd)
    return fd_text(fd, call, target)
