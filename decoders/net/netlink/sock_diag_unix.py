"""sock_diag of AF_UNIX sockets: struct unix_diag_req and unix_diag_msg."""
from __future__ import annotations

import struct

from decoders.files.stat import dev_text
from decoders.net.netlink.fields import U, Struct, cookie, family_message, flags, xval
from decoders.net.netlink.nlattr import (
    Attrs, array_of, decode_meminfo, decode_str, decode_u8, decode_u32, decode_uid,
    struct_decoder, value_of)
from decoders.net.netlink.sock_diag_xlat import (
    TCP_STATE_FLAGS, TCP_STATES, UNIX_DIAG_ATTRS, UNIX_DIAG_SHOW)
from decoders.net.socket_xlat import ADDRESS_FAMILIES, SOCKET_TYPES

FAMILY = xval(ADDRESS_FAMILIES, "AF_???")
_REQUEST = Struct(
    ("sdiag_family", "B", FAMILY), ("sdiag_protocol", "B", U), ("pad", "2x", None),
    ("udiag_states", "I", flags(TCP_STATE_FLAGS, "1<<TCP_???")), ("udiag_ino", "I", U),
    ("udiag_show", "I", flags(UNIX_DIAG_SHOW, "UDIAG_SHOW_???")),
    ("udiag_cookie", "2I", cookie))
_MESSAGE = Struct(
    ("udiag_family", "B", FAMILY), ("udiag_type", "B", xval(SOCKET_TYPES, "SOCK_???")),
    ("udiag_state", "B", xval(TCP_STATES, "TCP_???")), ("pad", "x", None),
    ("udiag_ino", "I", U), ("udiag_cookie", "2I", cookie))
# struct unix_diag_vfs holds the inode first; strace prints the device first
_VFS = Struct(("udiag_vfs_ino", "I", U),
              ("udiag_vfs_dev", "I", lambda value, call: dev_text(value, call.opts.xlat_style)))
_RQLEN = Struct(("udiag_rqueue", "I", U), ("udiag_wqueue", "I", U))

_ATTRS = Attrs(UNIX_DIAG_ATTRS, "UNIX_DIAG_???", {
    "UNIX_DIAG_NAME": decode_str,
    "UNIX_DIAG_VFS": value_of(_VFS.size, lambda data, call: "{%s}" % ", ".join(
        reversed(_VFS.items(data, call)))),
    "UNIX_DIAG_PEER": decode_u32,
    "UNIX_DIAG_ICONS": array_of(4, lambda chunk, call: str(struct.unpack("<I", chunk)[0])),
    "UNIX_DIAG_RQLEN": struct_decoder(_RQLEN),
    "UNIX_DIAG_MEMINFO": decode_meminfo,
    "UNIX_DIAG_SHUTDOWN": decode_u8,
    "UNIX_DIAG_UID": decode_uid,
})

decode_request = family_message(_REQUEST)
decode_message = family_message(_MESSAGE, _ATTRS)
