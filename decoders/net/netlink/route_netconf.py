"""NETLINK_ROUTE per-device IP configuration: struct netconfmsg and NETCONFA_*."""
from __future__ import annotations

from decoders.net.netlink.fields import family_only
from decoders.net.netlink.nlattr import Attrs, decode_ifindex, decode_s32
from decoders.net.netlink.route_xlat import RTNL_NETCONF_ATTRS

_ATTRS = Attrs(RTNL_NETCONF_ATTRS, "NETCONFA_???", dict(
    {name: decode_s32 for name in (
        "NETCONFA_FORWARDING", "NETCONFA_RP_FILTER", "NETCONFA_MC_FORWARDING",
        "NETCONFA_PROXY_NEIGH", "NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN", "NETCONFA_INPUT",
        "NETCONFA_BC_FORWARDING")},
    NETCONFA_IFINDEX=decode_ifindex))
decode_netconfmsg = family_only("ncm_family", _ATTRS)
