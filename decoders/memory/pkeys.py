"""pkey_alloc's access rights (pkey_mprotect's prot is mmap's)."""
from __future__ import annotations

from decoders import arg_kind
from decoders.render.flags import flags64

PKEY_ACCESS = (
    (0x1, 'PKEY_DISABLE_ACCESS'),
    (0x2, 'PKEY_DISABLE_WRITE'),
    (0x4, 'PKEY_DISABLE_EXECUTE'),
)

arg_kind("pkey_access")(flags64(PKEY_ACCESS, "PKEY_???"))
