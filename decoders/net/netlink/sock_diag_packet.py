"""sock_diag of AF_PACKET sockets: struct packet_diag_req and packet_diag_msg."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink.fields import (
    U, X, Struct, cookie, family_message, flags, hex_string, ifindex, xval)
from decoders.net.netlink.nlattr import (
    Attrs, array_of, decode_meminfo, decode_u32, decode_uid, struct_decoder)
from decoders.net.netlink.sock_diag_xlat import (
    AF_PACKET_VERSIONS, PACKET_DIAG_ATTRS, PACKET_DIAG_INFO_FLAGS, PACKET_DIAG_SHOW)
from decoders.net.sock_filter import sock_filter_text
from decoders.net.socket_xlat import ADDRESS_FAMILIES, ETHERNET_PROTOCOLS, SOCKET_TYPES

FAMILY = xval(ADDRESS_FAMILIES, "AF_???")
_REQUEST = Struct(
    ("sdiag_family", "B", FAMILY), ("sdiag_protocol", "B", X), ("pad", "2x", None),
    ("pdiag_ino", "I", U), ("pdiag_show", "I", flags(PACKET_DIAG_SHOW, "PACKET_SHOW_???")),
    ("pdiag_cookie", "2I", cookie))
_MESSAGE = Struct(
    ("pdiag_family", "B", FAMILY), ("pdiag_type", "B", xval(SOCKET_TYPES, "SOCK_???")),
    ("pdiag_num", "H", xval(ETHERNET_PROTOCOLS, "ETH_P_???")),
    ("pdiag_ino", "I", U), ("pdiag_cookie", "2I", cookie))
_INFO = Struct(
    ("pdi_index", "I", ifindex), ("pdi_version", "I", xval(AF_PACKET_VERSIONS, "TPACKET_???")),
    ("pdi_reserve", "I", U), ("pdi_copy_thresh", "I", U), ("pdi_tstamp", "I", U),
    ("pdi_flags", "I", flags(PACKET_DIAG_INFO_FLAGS, "PDI_???")))
_RING = Struct(
    ("pdr_block_size", "I", U), ("pdr_block_nr", "I", U), ("pdr_frame_size", "I", U),
    ("pdr_frame_nr", "I", U), ("pdr_retire_tmo", "I", U), ("pdr_sizeof_priv", "I", U),
    ("pdr_features", "I", U))
_MCLIST = struct.Struct("<IIHH32s")


def _mclist_entry(chunk: bytes, call: Call) -> str:
    index, count, kind, alen, address = _MCLIST.unpack(chunk)
    return "{pdmc_index=%s, pdmc_count=%d, pdmc_type=%d, pdmc_alen=%d, pdmc_addr=%s}" % (
        ifindex(index, call), count, kind, alen, hex_string(address[:min(alen, 32)]))


def _filter(call: Call, addr: int, length: int, context=None) -> str | None:
    count = length // 8
    if not count or count > 0xFFFF:
        return None
    return sock_filter_text(call, addr, count)


_ATTRS = Attrs(PACKET_DIAG_ATTRS, "PACKET_DIAG_???", {
    "PACKET_DIAG_INFO": struct_decoder(_INFO),
    "PACKET_DIAG_MCLIST": array_of(_MCLIST.size, _mclist_entry),
    "PACKET_DIAG_RX_RING": struct_decoder(_RING),
    "PACKET_DIAG_TX_RING": struct_decoder(_RING),
    "PACKET_DIAG_FANOUT": decode_u32,
    "PACKET_DIAG_UID": decode_uid,
    "PACKET_DIAG_MEMINFO": decode_meminfo,
    "PACKET_DIAG_FILTER": _filter,
})

decode_request = family_message(_REQUEST)
decode_message = family_message(_MESSAGE, _ATTRS)
