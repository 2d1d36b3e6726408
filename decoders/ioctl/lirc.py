"""Infrared remote control ioctls (LIRC_*): one unsigned int, in or out."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.lirc_xlat import LIRC_FEATURES, LIRC_MODES
from decoders.ioctl.protocol import IOC_READ, Later, ioc_dir, number_at
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import hexval

_REQUESTS = frozenset(CODES[n] for n in (
    "LIRC_GET_FEATURES", "LIRC_GET_SEND_MODE", "LIRC_GET_REC_MODE", "LIRC_GET_REC_RESOLUTION",
    "LIRC_GET_MIN_TIMEOUT", "LIRC_GET_MAX_TIMEOUT", "LIRC_GET_LENGTH", "LIRC_SET_SEND_MODE",
    "LIRC_SET_REC_MODE", "LIRC_SET_SEND_CARRIER", "LIRC_SET_REC_CARRIER",
    "LIRC_SET_SEND_DUTY_CYCLE", "LIRC_SET_TRANSMITTER_MASK", "LIRC_SET_REC_TIMEOUT",
    "LIRC_SET_REC_TIMEOUT_REPORTS", "LIRC_SET_MEASURE_CARRIER_MODE",
    "LIRC_SET_REC_CARRIER_RANGE", "LIRC_SET_WIDEBAND_RECEIVER", "LIRC_GET_REC_TIMEOUT"))
LIRC_GET_FEATURES = CODES["LIRC_GET_FEATURES"]
_MODES = frozenset(CODES[n] for n in ("LIRC_GET_SEND_MODE", "LIRC_GET_REC_MODE",
                                      "LIRC_SET_SEND_MODE", "LIRC_SET_REC_MODE"))
LIRC_SET_TRANSMITTER_MASK = CODES["LIRC_SET_TRANSMITTER_MASK"]


def _value(code: int, value: int, style: str) -> str:
    if code == LIRC_GET_FEATURES:
        return print_flags(value, LIRC_FEATURES, "LIRC_CAN_???", style)
    if code in _MODES:
        return print_xval(value, LIRC_MODES, "LIRC_MODE_???", style)
    if code == LIRC_SET_TRANSMITTER_MASK:
        return hexval(value)
    return str(value)


def decode(call: Call, code: int, arg: int):
    """strace's lirc_ioctl (see protocol.py)."""
    if code not in _REQUESTS:
        return None
    if not call.exiting and ioc_dir(code) == IOC_READ:
        return Later(", ")
    text = number_at(call, arg, "I", lambda v: _value(code, v, call.opts.xlat_style))
    return text if call.exiting else ", " + text
