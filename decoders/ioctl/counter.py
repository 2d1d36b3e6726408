"""Counter character device ioctls (COUNTER_*_IOCTL): struct counter_watch."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.counter_xlat import (
    COUNTER_IOCTL_COMPONENT_TYPES, COUNTER_IOCTL_EVENT_TYPES, COUNTER_IOCTL_SCOPES)
from decoders.ioctl.protocol import struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_xval
from decoders.render.layout import Layout
from decoders.render.strings import hex_address

COUNTER_ADD_WATCH_IOCTL = CODES["COUNTER_ADD_WATCH_IOCTL"]
_NO_ARG = frozenset(CODES[n] for n in ("COUNTER_ENABLE_EVENTS_IOCTL",
                                       "COUNTER_DISABLE_EVENTS_IOCTL"))
COUNTER_WATCH = Layout("type:B scope:B parent:B id:B event:B channel:B")


def _watch(call: Call, arg: int) -> str:
    w = COUNTER_WATCH.fetch(call, arg)
    if w is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    component = struct_text((
        ("type", print_xval(w.type, COUNTER_IOCTL_COMPONENT_TYPES, "COUNTER_COMPONENT_???",
                            style)),
        ("scope", print_xval(w.scope, COUNTER_IOCTL_SCOPES, "COUNTER_SCOPE_???", style)),
        ("parent", str(w.parent)), ("id", str(w.id))))
    return struct_text((
        ("component", component),
        ("event", print_xval(w.event, COUNTER_IOCTL_EVENT_TYPES, "COUNTER_EVENT_???", style)),
        ("channel", str(w.channel))))


def decode(call: Call, code: int, arg: int):
    """strace's counter_ioctl (see protocol.py)."""
    if code == COUNTER_ADD_WATCH_IOCTL:
        return ", " + _watch(call, arg)
    if code in _NO_ARG:
        return ""
    return None
