"""Namespace file ioctls (NS_GET_USERNS, NS_GET_PARENT, NS_GET_NSTYPE,
NS_GET_OWNER_UID)."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.protocol import Later, number_at, return_note, returns_fd
from decoders.ioctl.requests import CODES
from decoders.process.clone_xlat import SETNS_TYPES
from decoders.render.flags import lookup
from decoders.render.numbers import id_text

NS_GET_USERNS, NS_GET_PARENT = CODES["NS_GET_USERNS"], CODES["NS_GET_PARENT"]
NS_GET_NSTYPE, NS_GET_OWNER_UID = CODES["NS_GET_NSTYPE"], CODES["NS_GET_OWNER_UID"]


def decode(call: Call, code: int, arg: int):
    """strace's nsfs_ioctl (see protocol.py)."""
    if code in (NS_GET_USERNS, NS_GET_PARENT):
        returns_fd(call)
        return ""
    if code not in (NS_GET_NSTYPE, NS_GET_OWNER_UID):
        return None
    if not call.exiting:
        return Later("")
    if code == NS_GET_NSTYPE:
        if not call.failed:
            return_note(call, lookup(call.rv, SETNS_TYPES))
        return ""
    return ", " + number_at(call, arg, "I", id_text)
