"""inotify and fanotify: init flags, event masks, marks."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.files.notify_xlat import (
    FAN_CLASSES, FAN_EVENT_FLAGS, FAN_INIT_FLAGS, FAN_MARK_FLAGS, INOTIFY_FLAGS,
    INOTIFY_INIT_FLAGS)
from decoders.render.flags import flags32, flags64, print_flags, print_xval
from decoders.render.numbers import U32, int32
from decoders.render.scalars import dirfd_text

arg_kind("inotify_mask")(flags32(INOTIFY_FLAGS, "IN_???"))
arg_kind("inotify_init_flags")(flags32(INOTIFY_INIT_FLAGS, "IN_???"))

arg_kind("fanotify_mark_flags")(flags32(FAN_MARK_FLAGS, "FAN_MARK_???"))
# The mask is 64 bits wide in the ABI and strace prints all of them.
arg_kind("fanotify_mask")(flags64(FAN_EVENT_FLAGS, "FAN_???"))

FAN_ALL_CLASS_BITS = 0x0C


@arg_kind("fanotify_init_flags")
def _fanotify_init_flags(value: int, call: Call) -> str:
    value &= U32
    style = call.opts.xlat_style
    text = print_xval(value & FAN_ALL_CLASS_BITS, FAN_CLASSES, "FAN_CLASS_???", style)
    rest = value & ~FAN_ALL_CLASS_BITS
    if rest:
        text += "|" + print_flags(rest, FAN_INIT_FLAGS, "FAN_???", style)
    return text


FAN_NOFD = -1


@arg_kind("fanotify_dirfd")
def _fanotify_dirfd(value: int, call: Call) -> str:
    if int32(value) == FAN_NOFD:
        style = call.opts.xlat_style
        return {"raw": "-1", "verbose": "-1 /* FAN_NOFD */"}.get(style, "FAN_NOFD")
    return dirfd_text(value, call)
