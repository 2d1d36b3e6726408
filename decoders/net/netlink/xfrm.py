"""NETLINK_XFRM (IPsec): the message types and the NLM_F_* flags they take;
payloads print as bytes."""
from __future__ import annotations

from decoders.net.netlink.message_xlat import (
    NETLINK_DELETE_FLAGS, NETLINK_GET_FLAGS, NETLINK_NEW_FLAGS)
from decoders.net.netlink.protocol import Protocol
from decoders.net.netlink.xfrm_xlat import NL_XFRM_TYPES

_NAMES = {name: value for value, name in NL_XFRM_TYPES}
_FLAGS_BY_TYPE = {}
for _names, _table in (
        (("NEWSA", "NEWPOLICY", "NEWAE", "NEWSADINFO", "NEWSPDINFO"), NETLINK_NEW_FLAGS),
        (("DELSA", "DELPOLICY"), NETLINK_DELETE_FLAGS),
        (("GETSA", "GETPOLICY", "GETAE", "GETSADINFO", "GETSPDINFO"), NETLINK_GET_FLAGS)):
    for _name in _names:
        _FLAGS_BY_TYPE[_NAMES["XFRM_MSG_" + _name]] = _table

PROTOCOL = Protocol(types=NL_XFRM_TYPES, dflt="XFRM_MSG_???", flags_for=_FLAGS_BY_TYPE.get)
