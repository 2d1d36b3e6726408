"""NETLINK_ROUTE data center bridging: struct dcbmsg (attributes undecoded)."""
from __future__ import annotations

from decoders.net.netlink.fields import Struct, family_message, xval
from decoders.net.netlink.nlattr import Attrs
from decoders.net.netlink.route_xlat import DCB_COMMANDS, RTNL_DCB_ATTRS
from decoders.net.socket_xlat import ADDRESS_FAMILIES

_DCBMSG = Struct(("dcb_family", "B", xval(ADDRESS_FAMILIES, "AF_???")),
                 ("cmd", "B", xval(DCB_COMMANDS, "DCB_CMD_???")), ("dcb_pad", "2x", None))
decode_dcbmsg = family_message(_DCBMSG, Attrs(RTNL_DCB_ATTRS, "DCB_ATTR_???"))
