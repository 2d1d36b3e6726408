"""NETLINK_ROUTE: the message types, the NLM_F_* flags each takes, and the
decoder of each type's payload (one module per kind of object)."""
from __future__ import annotations

from decoders import Call
from decoders.net.netlink import (
    route_addr, route_cachereport, route_dcb, route_link, route_mdb, route_neigh,
    route_netconf, route_nexthop, route_nsid, route_route, route_rule, route_stats, route_tc)
from decoders.net.netlink.message_xlat import (
    NETLINK_DELETE_FLAGS, NETLINK_GET_FLAGS, NETLINK_NEW_FLAGS)
from decoders.net.netlink.nlattr import family_payload
from decoders.net.netlink.protocol import Protocol
from decoders.net.netlink.route_xlat import NL_ROUTE_TYPES

AF_BRIDGE = 7
RTM_DELACTION = 0x31


def _getneigh(call: Call, addr: int, family: int, length: int, header=None) -> str:
    """RTM_GETNEIGH asks about bridge ports with an ifinfomsg."""
    if family == AF_BRIDGE:
        return route_link.decode_ifinfomsg(call, addr, family, length)
    return route_neigh.decode_ndmsg(call, addr, family, length)


_BY_KIND = (
    (("NEWLINK", "DELLINK", "GETLINK", "SETLINK"), route_link.decode_ifinfomsg),
    (("NEWADDR", "DELADDR", "GETADDR", "GETMULTICAST", "GETANYCAST"),
     route_addr.decode_ifaddrmsg),
    (("NEWROUTE", "DELROUTE", "GETROUTE"), route_route.decode_rtmsg),
    (("NEWNEIGH", "DELNEIGH"), route_neigh.decode_ndmsg),
    (("GETNEIGH",), _getneigh),
    (("NEWRULE", "DELRULE", "GETRULE"), route_rule.decode_fib_rule_hdr),
    (("NEWQDISC", "DELQDISC", "GETQDISC", "NEWTCLASS", "DELTCLASS", "GETTCLASS",
      "NEWTFILTER", "DELTFILTER", "GETTFILTER", "NEWCHAIN", "DELCHAIN", "GETCHAIN"),
     route_tc.decode_tcmsg),
    (("NEWACTION", "DELACTION", "GETACTION"), route_tc.decode_tcamsg),
    (("NEWNEIGHTBL", "GETNEIGHTBL", "SETNEIGHTBL"), route_neigh.decode_ndtmsg),
    (("NEWADDRLABEL", "DELADDRLABEL", "GETADDRLABEL"), route_addr.decode_ifaddrlblmsg),
    (("GETDCB", "SETDCB"), route_dcb.decode_dcbmsg),
    (("NEWNETCONF", "DELNETCONF", "GETNETCONF"), route_netconf.decode_netconfmsg),
    (("NEWMDB", "DELMDB", "GETMDB"), route_mdb.decode_br_port_msg),
    (("NEWNSID", "DELNSID", "GETNSID"), route_nsid.decode_nsid),
    (("NEWSTATS", "GETSTATS"), route_stats.decode_ifstatsmsg),
    (("NEWCACHEREPORT",), route_cachereport.decode_cachereport),
    (("NEWNEXTHOP", "DELNEXTHOP", "GETNEXTHOP"), route_nexthop.decode_nhmsg),
)
_TYPES = {name: value for value, name in NL_ROUTE_TYPES}
DECODERS = {_TYPES["RTM_" + name]: decoder
            for names, decoder in _BY_KIND for name in names}


def _flags_for(msg_type: int):
    if msg_type == RTM_DELACTION:   # it takes NLM_F_ROOT
        return NETLINK_GET_FLAGS
    return (NETLINK_NEW_FLAGS, NETLINK_DELETE_FLAGS, NETLINK_GET_FLAGS, None)[msg_type & 3]


def _decoder(header, family: int, length: int):
    return DECODERS.get(header.type)


PROTOCOL = Protocol(types=NL_ROUTE_TYPES, dflt="RTM_???", flags_for=_flags_for,
                    payload=family_payload(_decoder))
