"""NETLINK_ROUTE addresses and address labels: struct ifaddrmsg and struct
ifaddrlblmsg with their attributes."""
from __future__ import annotations

from decoders.net.netlink import route_xlat as xl
from decoders.net.netlink.fields import U, Struct, family_message, flags, ifindex, xval
from decoders.net.netlink.nlattr import (
    Attrs, decode_s32, decode_str, decode_u32, flags_of, struct_decoder)
from decoders.net.netlink.route_route import address_of_family
from decoders.net.socket_xlat import ADDRESS_FAMILIES

_FAMILY = xval(ADDRESS_FAMILIES, "AF_???")
_IFADDRMSG = Struct(
    ("ifa_family", "B", _FAMILY), ("ifa_prefixlen", "B", U),
    ("ifa_flags", "B", flags(xl.IFADDRFLAGS, "IFA_F_???")),
    ("ifa_scope", "B", xval(xl.ROUTING_SCOPES, None)), ("ifa_index", "I", ifindex))
_CACHEINFO = Struct(("ifa_prefered", "I", U), ("ifa_valid", "I", U), ("cstamp", "I", U),
                    ("tstamp", "I", U))
_ADDR_ATTRS = Attrs(xl.RTNL_ADDR_ATTRS, "IFA_???", {
    "IFA_ADDRESS": address_of_family,
    "IFA_LOCAL": address_of_family,
    "IFA_LABEL": decode_str,
    "IFA_BROADCAST": address_of_family,
    "IFA_ANYCAST": address_of_family,
    "IFA_CACHEINFO": struct_decoder(_CACHEINFO),
    "IFA_MULTICAST": address_of_family,
    "IFA_FLAGS": flags_of("<I", xl.IFADDRFLAGS, "IFA_F_???"),
    "IFA_RT_PRIORITY": decode_u32,
    "IFA_TARGET_NETNSID": decode_s32,
})
decode_ifaddrmsg = family_message(_IFADDRMSG, _ADDR_ATTRS)

_IFADDRLBLMSG = Struct(
    ("ifal_family", "B", _FAMILY), ("reserved", "x", None), ("ifal_prefixlen", "B", U),
    ("ifal_flags", "B", U), ("ifal_index", "I", ifindex), ("ifal_seq", "I", U))
_LABEL_ATTRS = Attrs(xl.RTNL_ADDRLABEL_ATTRS, "IFAL_???", {
    "IFAL_ADDRESS": address_of_family,
    "IFAL_LABEL": decode_u32,
})
decode_ifaddrlblmsg = family_message(_IFADDRLBLMSG, _LABEL_ATTRS)
