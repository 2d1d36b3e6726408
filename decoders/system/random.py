"""getrandom: its flags and the random bytes."""
from __future__ import annotations

from decoders import Call, arg_kind, read_bytes
from decoders.render.flags import flags32
from decoders.render.strings import hex_address, quote

GETRANDOM_FLAGS = (
    (0x1, 'GRND_NONBLOCK'),
    (0x2, 'GRND_RANDOM'),
    (0x4, 'GRND_INSECURE'),
)

arg_kind("grnd_flags")(flags32(GETRANDOM_FLAGS, "GRND_???"))


@arg_kind("buf_rv_hex")
def _buf_rv_hex(value: int, call: Call) -> str:
    """getrandom's buffer: always in \\x form."""
    if call.failed or call.rv is None:
        return hex_address(value)
    if not value:
        return "NULL"
    limit = call.opts.string_limit
    data = read_bytes(call, value, min(call.rv, limit))
    if data is None:
        return hex_address(value)
    return quote(data, 2, call.rv > limit)
