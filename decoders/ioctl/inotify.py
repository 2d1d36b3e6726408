"""inotify's ioctl: INOTIFY_IOC_SETNEXTWD, whose argument is the number itself."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.requests import CODES
from decoders.render.numbers import int32

INOTIFY_IOC_SETNEXTWD = CODES["INOTIFY_IOC_SETNEXTWD"]


def decode(call: Call, code: int, arg: int):
    """strace's inotify_ioctl (see protocol.py)."""
    if code == INOTIFY_IOC_SETNEXTWD:
        return ", %d" % int32(arg)
    return None
