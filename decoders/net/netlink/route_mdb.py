"""NETLINK_ROUTE bridge multicast database: struct br_port_msg and the
MDBA_* attributes (entries, router ports)."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink import route_xlat as xl
from decoders.net.netlink.fields import (
    U, Struct, align4, family_message, fetch_text, flags, ifindex, ifindex_text,
    inet_addr_text, xval)
from decoders.net.netlink.nlattr import Attrs, decode_clock_t
from decoders.net.socket_xlat import ADDRESS_FAMILIES
from decoders.render.flags import print_xval

_EATTRS = Attrs(xl.RTNL_MDBA_MDB_EATTR_ATTRS, "MDBA_MDB_EATTR_???", {
    "MDBA_MDB_EATTR_TIMER": decode_clock_t,
})
_ENTRY = Struct(
    ("ifindex", "I", ifindex), ("state", "B", xval(xl.MDB_STATES, "MDB_???")),
    ("flags", "B", flags(xl.MDB_FLAGS, "MDB_FLAGS_???")), ("vid", "H", U),
    ("u", "16s", None), ("proto", "2s", None), ("pad", "2x", None))


def _entry_info(call: Call, addr: int, length: int, context=None) -> str | None:
    """struct br_mdb_entry, then its own attributes."""
    if length < _ENTRY.size:
        return None
    data, text = fetch_text(call, addr, _ENTRY.size)
    if data is not None:
        proto = struct.unpack_from(">H", data, 24)[0]
        items = _ENTRY.items(data, call)
        items.append("addr={%s, proto=htons(%s)}" % (
            inet_addr_text(proto, data[8:24], "u", call),
            print_xval(proto, ADDRESS_FAMILIES, "AF_???", call.opts.xlat_style)))
        text = "{" + ", ".join(items) + "}"
    offset = align4(_ENTRY.size)
    if length > offset:
        text += ", " + _EATTRS.decode(call, addr + offset, length - offset)
    return text


_ENTRY_ATTRS = Attrs(xl.RTNL_MDBA_MDB_ENTRY_ATTRS, "MDBA_MDB_ENTRY_???", {
    "MDBA_MDB_ENTRY_INFO": _entry_info,
})
_MDB_ATTRS = Attrs(xl.RTNL_MDBA_MDB_ATTRS, "MDBA_MDB_???", {
    "MDBA_MDB_ENTRY": _ENTRY_ATTRS,
})


def _router_type(call: Call, addr: int, length: int, context=None) -> str:
    data, failed = fetch_text(call, addr, 1)
    if data is None:
        return failed
    return print_xval(data[0], xl.MULTICAST_ROUTER_TYPES, "MDB_RTR_TYPE_???",
                      call.opts.xlat_style)


_PORT_ATTRS = Attrs(xl.RTNL_MDBA_ROUTER_PATTR_ATTRS, "MDBA_ROUTER_PATTR_???", {
    "MDBA_ROUTER_PATTR_TIMER": decode_clock_t,
    "MDBA_ROUTER_PATTR_TYPE": _router_type,
    "MDBA_ROUTER_PATTR_INET_TIMER": decode_clock_t,
    "MDBA_ROUTER_PATTR_INET6_TIMER": decode_clock_t,
})


def _router_port(call: Call, addr: int, length: int, context=None) -> str | None:
    """A port's ifindex, then its attributes."""
    if length < 4:
        return None
    data, text = fetch_text(call, addr, 4)
    if data is not None:
        text = ifindex_text(struct.unpack("<I", data)[0], call)
    if length > 4:
        text += ", " + _PORT_ATTRS.decode(call, addr + 4, length - 4)
    return text


_ROUTER_ATTRS = Attrs(xl.RTNL_MDBA_ROUTER_ATTRS, "MDBA_ROUTER_???", {
    "MDBA_ROUTER_PORT": _router_port,
})
_ATTRS = Attrs(xl.RTNL_MDB_ATTRS, "MDBA_???", {
    "MDBA_MDB": _MDB_ATTRS,
    "MDBA_ROUTER": _ROUTER_ATTRS,
})
_BR_PORT_MSG = Struct(("family", "B", xval(ADDRESS_FAMILIES, "AF_???")), ("pad", "3x", None),
                      ("ifindex", "I", ifindex))
decode_br_port_msg = family_message(_BR_PORT_MSG, _ATTRS)
