"""Descriptors as such: dup3 and pipe2 flags, close_range, and the pair of
descriptors pipe and socketpair return."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.files.open_xlat import OPEN_MODE_FLAGS
from decoders.render.flags import flags32
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

CLOSE_RANGE_FLAGS = (
    (0x2, 'CLOSE_RANGE_UNSHARE'),
    (0x4, 'CLOSE_RANGE_CLOEXEC'),
)

arg_kind("pipe_flags", "dup3_flags")(flags32(OPEN_MODE_FLAGS, "O_???"))

arg_kind("close_range_flags")(flags32(CLOSE_RANGE_FLAGS, "CLOSE_RANGE_???"))


@arg_kind("fd_pair")
def _fd_pair(value: int, call: Call) -> str:
    """pipe/socketpair's two descriptors: ``[3, 4]``, each decorated by -y/-yy."""
    data = fetch(call, value, 8)
    if data is None:
        return hex_address(value)
    first, second = struct.unpack("<ii", data)
    return "[%s, %s]" % (fd_text(first, call), fd_text(second, call))
