"""pidfd_open's flags (pidfd_send_signal and pidfd_getfd use the generic kinds)."""
from __future__ import annotations

from decoders import arg_kind
from decoders.render.flags import flags32

PIDFD_OPEN_FLAGS = (
    (0x800, 'PIDFD_NONBLOCK'),
)

arg_kind("pidfd_open_flags")(flags32(PIDFD_OPEN_FLAGS, "PIDFD_???"))
