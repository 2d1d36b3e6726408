"""getxattr, setxattr, listxattr and their l/f variants: flags, values, name lists."""
from __future__ import annotations

from decoders import Call, arg_kind, read_bytes
from decoders.render.flags import flags32
from decoders.render.numbers import U64
from decoders.render.strings import buffer, hex_address, quote

XATTRFLAGS = (
    (0x1, 'XATTR_CREATE'),
    (0x2, 'XATTR_REPLACE'),
)

arg_kind("xattr_flags")(flags32(XATTRFLAGS, "XATTR_???"))

XATTR_SIZE_MAX = 65536


@arg_kind("xattr_value")
def _xattr_value(value: int, call: Call) -> str:
    """An xattr value: the size argument's bytes going in, the returned
    count coming out; one trailing NUL is not shown."""
    length = (call.rv if call.exiting else call.args[call.index + 1]) & U64
    if length > XATTR_SIZE_MAX:
        return hex_address(value)
    if not value:
        return "NULL"
    limit = call.opts.string_limit
    data = read_bytes(call, value, min(limit + 1, length))
    if data is None:
        return hex_address(value)
    data = data[:limit]
    ended = bool(data) and data[-1] == 0
    if ended:
        data = data[:-1]
    return quote(data, call.opts.hex_strings, not ended and length > limit)


@arg_kind("xattr_list")
def _xattr_list(value: int, call: Call) -> str:
    """listxattr's buffer: untouched (so its address) when the size was 0."""
    if call.failed or call.rv is None or not call.args[call.index + 1]:
        return hex_address(value)
    return buffer(value, call.rv, call)
