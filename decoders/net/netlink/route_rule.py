"""NETLINK_ROUTE policy routing rules: struct fib_rule_hdr and FRA_* attributes."""
from __future__ import annotations

from decoders.net.netlink import route_xlat as xl
from decoders.net.netlink.fields import U, Struct, family_message, flags, xval
from decoders.net.netlink.nlattr import (
    Attrs, decode_be64, decode_str, decode_u8, decode_u32, nla_xval, struct_decoder)
from decoders.net.netlink.route_route import (
    address_of_family, decode_rt_class, decode_rt_proto)
from decoders.net.socket_xlat import ADDRESS_FAMILIES, INET_PROTOCOLS

_RANGE = Struct(("start", "I", U), ("end", "I", U))
_PORT_RANGE = Struct(("start", "H", U), ("end", "H", U))
_ATTRS = Attrs(xl.RTNL_RULE_ATTRS, "FRA_???", {
    "FRA_DST": address_of_family,
    "FRA_SRC": address_of_family,
    "FRA_IIFNAME": decode_str,
    "FRA_GOTO": decode_u32,
    "FRA_PRIORITY": decode_u32,
    "FRA_FWMARK": decode_u32,
    "FRA_FLOW": decode_u32,
    "FRA_TUN_ID": decode_be64,
    "FRA_SUPPRESS_IFGROUP": decode_u32,
    "FRA_SUPPRESS_PREFIXLEN": decode_u32,
    "FRA_TABLE": decode_rt_class,
    "FRA_FWMASK": decode_u32,
    "FRA_OIFNAME": decode_str,
    "FRA_L3MDEV": decode_u8,
    "FRA_UID_RANGE": struct_decoder(_RANGE),
    "FRA_PROTOCOL": decode_rt_proto,
    "FRA_IP_PROTO": nla_xval(INET_PROTOCOLS, "IPPROTO_???"),
    "FRA_SPORT_RANGE": struct_decoder(_PORT_RANGE),
    "FRA_DPORT_RANGE": struct_decoder(_PORT_RANGE),
})
_FIB_RULE_HDR = Struct(
    ("family", "B", xval(ADDRESS_FAMILIES, "AF_???")), ("dst_len", "B", U),
    ("src_len", "B", U), ("tos", "B", flags(xl.IP_TYPE_OF_SERVICES, "IPTOS_TOS_???")),
    ("table", "B", xval(xl.ROUTING_TABLE_IDS, "RT_TABLE_???")), ("res1", "x", None),
    ("res2", "x", None), ("action", "B", xval(xl.FIB_RULE_ACTIONS, "FR_ACT_???")),
    ("flags", "I", flags(xl.FIB_RULE_FLAGS, "FIB_RULE_???")))
decode_fib_rule_hdr = family_message(_FIB_RULE_HDR, _ATTRS)
