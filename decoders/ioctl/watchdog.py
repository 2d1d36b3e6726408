"""Watchdog ioctls (WDIOC_*): timeouts and status as ints."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.protocol import Later, int_at
from decoders.ioctl.requests import CODES

_INT_OUT = frozenset(CODES[n] for n in (
    "WDIOC_GETSTATUS", "WDIOC_GETBOOTSTATUS", "WDIOC_GETTEMP", "WDIOC_GETTIMEOUT",
    "WDIOC_GETPRETIMEOUT", "WDIOC_GETTIMELEFT"))
_INT_IN = frozenset(CODES[n] for n in ("WDIOC_SETTIMEOUT", "WDIOC_SETPRETIMEOUT"))
# takes an int, says linux/watchdog.h, which the kernel ignores
WDIOC_KEEPALIVE = CODES["WDIOC_KEEPALIVE"]


def decode(call: Call, code: int, arg: int):
    """strace's watchdog_ioctl (see protocol.py)."""
    if code in _INT_OUT and not call.exiting:
        return Later("")
    if code in _INT_OUT or code in _INT_IN:
        return ", " + int_at(call, arg)
    if code == WDIOC_KEEPALIVE:
        return ""
    return None
