"""eventfd2's flags."""
from __future__ import annotations

from decoders import arg_kind
from decoders.render.flags import flags32

EFD_FLAGS = (
    (0x1, 'EFD_SEMAPHORE'),
    (0x80000, 'EFD_CLOEXEC'),
    (0x800, 'EFD_NONBLOCK'),
)

arg_kind("eventfd_flags")(flags32(EFD_FLAGS, "EFD_???"))
