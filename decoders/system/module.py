"""init_module, finit_module and delete_module flags."""
from __future__ import annotations

from decoders import arg_kind
from decoders.render.flags import flags32

DELETE_MODULE_FLAGS = (
    (0x800, 'O_NONBLOCK'),
    (0x200, 'O_TRUNC'),
)

MODULE_INIT_FLAGS = (
    (0x1, 'MODULE_INIT_IGNORE_MODVERSIONS'),
    (0x2, 'MODULE_INIT_IGNORE_VERMAGIC'),
    (0x4, 'MODULE_INIT_COMPRESSED_FILE'),
)

arg_kind("delete_module_flags")(flags32(DELETE_MODULE_FLAGS, "O_???"))
arg_kind("module_init_flags")(flags32(MODULE_INIT_FLAGS, "MODULE_INIT_???"))
