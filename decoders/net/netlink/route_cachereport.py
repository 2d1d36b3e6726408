"""NETLINK_ROUTE multicast routing cache reports (RTM_NEWCACHEREPORT) of
IPv4 (RTNL_FAMILY_IPMR) and IPv6 (RTNL_FAMILY_IP6MR) multicast routers."""
from __future__ import annotations

from decoders import Call
from decoders.net.netlink import route_xlat as xl
from decoders.net.netlink.fields import align4
from decoders.net.netlink.nlattr import (
    Attrs, decode_af_spec, decode_in6_addr, decode_in_addr, decode_u32, nla_xval)
from decoders.net.socket_xlat import ADDRESS_FAMILIES
from decoders.render.flags import print_xval

RTNL_FAMILY_IPMR, RTNL_FAMILY_IP6MR = 128, 129
_FAMILIES = xl.RTNL_FAMILY + ADDRESS_FAMILIES
_BY_FAMILY = {
    RTNL_FAMILY_IPMR: Attrs(xl.RTNL_IPMRA_CREPORT_ATTR, "IPMRA_CREPORT_???", {
        "IPMRA_CREPORT_MSGTYPE": nla_xval(xl.RTNL_IPMRA_MSG_TYPES, "IGMPMSG_???", 1),
        "IPMRA_CREPORT_VIF_ID": decode_u32,
        "IPMRA_CREPORT_SRC_ADDR": decode_in_addr,
        "IPMRA_CREPORT_DST_ADDR": decode_in_addr,
        "IPMRA_CREPORT_TABLE": decode_u32,
    }),
    RTNL_FAMILY_IP6MR: Attrs(xl.RTNL_IP6MRA_CREPORT_ATTR, "IP6MRA_CREPORT_???", {
        "IP6MRA_CREPORT_MSGTYPE": nla_xval(xl.RTNL_IP6MRA_MSG_TYPES, "MRT6MSG_???", 1),
        "IP6MRA_CREPORT_MIF_ID": decode_u32,
        "IP6MRA_CREPORT_SRC_ADDR": decode_in6_addr,
        "IP6MRA_CREPORT_DST_ADDR": decode_in6_addr,
    }),
}


def decode_cachereport(call: Call, addr: int, family: int, length: int, header=None) -> str:
    text = "{rtgen_family=%s}" % print_xval(family, _FAMILIES,
                                            "RTNL_FAMILY_???", call.opts.xlat_style)
    if length > align4(1):
        text += ", " + decode_af_spec(call, addr + 4, length - 4, family, _BY_FAMILY)
    return text
