"""signalfd4's flags (its mask is a signal set)."""
from __future__ import annotations

from decoders import arg_kind
from decoders.render.flags import flags32

SFD_FLAGS = (
    (0x80000, 'SFD_CLOEXEC'),
    (0x800, 'SFD_NONBLOCK'),
)

arg_kind("signalfd_flags")(flags32(SFD_FLAGS, "SFD_???"))
