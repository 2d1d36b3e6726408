"""Network block device ioctls (NBD_*): their arguments are plain numbers."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.nbd_xlat import NBD_IOCTL_FLAGS
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags
from decoders.render.numbers import U32, U64
from decoders.render.scalars import fd_text

_NO_ARG = frozenset(CODES[n] for n in ("NBD_DISCONNECT", "NBD_CLEAR_SOCK", "NBD_DO_IT",
                                       "NBD_CLEAR_QUE", "NBD_PRINT_DEBUG"))
_NUMBER = frozenset(CODES[n] for n in ("NBD_SET_BLKSIZE", "NBD_SET_SIZE", "NBD_SET_SIZE_BLOCKS",
                                       "NBD_SET_TIMEOUT"))
NBD_SET_SOCK, NBD_SET_FLAGS = CODES["NBD_SET_SOCK"], CODES["NBD_SET_FLAGS"]


def decode(call: Call, code: int, arg: int):
    """strace's nbd_ioctl (see protocol.py)."""
    if code in _NO_ARG:
        return ""
    if code == NBD_SET_SOCK:
        return ", " + fd_text(arg & U32, call)
    if code in _NUMBER:
        return ", %d" % (arg & U64)
    if code == NBD_SET_FLAGS:
        return ", " + print_flags(arg & U32, NBD_IOCTL_FLAGS, "NBD_IOC_FLAG_???",
                                  call.opts.xlat_style)
    return None
