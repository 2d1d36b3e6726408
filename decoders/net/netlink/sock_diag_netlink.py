"""sock_diag of AF_NETLINK sockets: struct netlink_diag_req and netlink_diag_msg."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink.fields import U, Struct, cookie, family_message, flags, xval
from decoders.net.netlink.nlattr import (
    Attrs, array_of, decode_meminfo, flags_of, struct_decoder)
from decoders.net.netlink.sock_diag_xlat import (
    NETLINK_DIAG_ATTRS, NETLINK_DIAG_SHOW, NETLINK_SOCKET_FLAGS, NETLINK_STATES)
from decoders.net.socket_xlat import ADDRESS_FAMILIES, NETLINK_PROTOCOLS, SOCKET_TYPES
from decoders.render.flags import print_named, print_xval
from decoders.render.numbers import zero_padded_hex

NDIAG_PROTO_ALL = 255
FAMILY = xval(ADDRESS_FAMILIES, "AF_???")


def _protocol(value: int, call: Call) -> str:
    if value == NDIAG_PROTO_ALL:
        return print_named(value, "NDIAG_PROTO_ALL", call.opts.xlat_style)
    return print_xval(value, NETLINK_PROTOCOLS, "NETLINK_???", call.opts.xlat_style)


_REQUEST = Struct(
    ("sdiag_family", "B", FAMILY), ("sdiag_protocol", "B", _protocol), ("pad", "2x", None),
    ("ndiag_ino", "I", U), ("ndiag_show", "I", flags(NETLINK_DIAG_SHOW, "NDIAG_SHOW_???")),
    ("ndiag_cookie", "2I", cookie))
_MESSAGE = Struct(
    ("ndiag_family", "B", FAMILY), ("ndiag_type", "B", xval(SOCKET_TYPES, "SOCK_???")),
    ("ndiag_protocol", "B", xval(NETLINK_PROTOCOLS, "NETLINK_???")),
    ("ndiag_state", "B", xval(NETLINK_STATES, "NETLINK_???")),
    ("ndiag_portid", "I", U), ("ndiag_dst_portid", "I", U), ("ndiag_dst_group", "I", U),
    ("ndiag_ino", "I", U), ("ndiag_cookie", "2I", cookie))
_RING = Struct(("ndr_block_size", "I", U), ("ndr_block_nr", "I", U),
               ("ndr_frame_size", "I", U), ("ndr_frame_nr", "I", U))

_ATTRS = Attrs(NETLINK_DIAG_ATTRS, "NETLINK_DIAG_???", {
    "NETLINK_DIAG_MEMINFO": decode_meminfo,
    "NETLINK_DIAG_GROUPS": array_of(
        8, lambda chunk, call: zero_padded_hex(struct.unpack("<Q", chunk)[0], 16)),
    "NETLINK_DIAG_RX_RING": struct_decoder(_RING),
    "NETLINK_DIAG_TX_RING": struct_decoder(_RING),
    "NETLINK_DIAG_FLAGS": flags_of("<I", NETLINK_SOCKET_FLAGS, "NDIAG_FLAG_???"),
})

decode_request = family_message(_REQUEST)
decode_message = family_message(_MESSAGE, _ATTRS)
