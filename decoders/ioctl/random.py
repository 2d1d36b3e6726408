"""/dev/random's ioctls: the entropy count, RNDADDENTROPY's rand_pool_info."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.protocol import Later, int_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.layout import Layout
from decoders.render.numbers import U64
from decoders.render.strings import buffer, hex_address

RNDGETENTCNT, RNDADDTOENTCNT = CODES["RNDGETENTCNT"], CODES["RNDADDTOENTCNT"]
RNDADDENTROPY = CODES["RNDADDENTROPY"]
_NO_ARG = frozenset(CODES[n] for n in ("RNDZAPENTCNT", "RNDCLEARPOOL", "RNDRESEEDCRNG"))
RAND_POOL_INFO = Layout("entropy_count:i buf_size:i")


def decode(call: Call, code: int, arg: int):
    """strace's random_ioctl (see protocol.py)."""
    if code == RNDGETENTCNT and not call.exiting:
        return Later("")
    if code in (RNDGETENTCNT, RNDADDTOENTCNT):
        return ", " + int_at(call, arg)
    if code in _NO_ARG:
        return ""
    if code != RNDADDENTROPY:
        return None
    info = RAND_POOL_INFO.fetch(call, arg)
    if info is None:
        return ", " + hex_address(arg)
    return ", " + struct_text((
        ("entropy_count", str(info.entropy_count)), ("buf_size", str(info.buf_size)),
        ("buf", buffer(arg + RAND_POOL_INFO.size, info.buf_size & U64, call))))
