"""NETLINK_NETFILTER: message types are a subsystem and a message of it
(``NFNL_SUBSYS_CTNETLINK<<8|IPCTNL_MSG_CT_GET``); payloads start with
struct nfgenmsg, followed by attributes strace leaves undecoded."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink import netfilter_xlat as xl
from decoders.net.netlink.message_xlat import (
    NETLINK_DELETE_FLAGS, NETLINK_GET_FLAGS, NETLINK_NEW_FLAGS)
from decoders.net.netlink.nlattr import Attrs, fetch_payload, hex_payload
from decoders.net.netlink.protocol import NLMSG_DONE, NLMSG_MIN_TYPE, Header, Protocol
from decoders.net.socket_xlat import ADDRESS_FAMILIES
from decoders.render.flags import lookup, print_named, print_xval

NFNL_MSG_BATCH_BEGIN, NFNL_MSG_BATCH_END = 0x10, 0x11
NFNL_SUBSYS_NFTABLES = 10

# subsystem id -> the names of its messages
_SUBSYS_MESSAGES = {
    1: (xl.NF_CTNETLINK_MSG_TYPES, "IPCTNL_MSG_CT_???"),
    2: (xl.NF_CTNETLINK_EXP_MSG_TYPES, "IPCTNL_MSG_EXP_???"),
    3: (xl.NF_QUEUE_MSG_TYPES, "NFQNL_MSG_???"),
    4: (xl.NF_ULOG_MSG_TYPES, "NFULNL_MSG_???"),
    5: (xl.NF_OSF_MSG_TYPES, "OSF_MSG_???"),
    6: (xl.NF_IPSET_MSG_TYPES, "IPSET_CMD_???"),
    7: (xl.NF_ACCT_MSG_TYPES, "NFNL_MSG_ACCT_???"),
    8: (xl.NF_CTTIMEOUT_MSG_TYPES, "IPCTNL_MSG_TIMEOUT_???"),
    9: (xl.NF_CTHELPER_MSG_TYPES, "NFNL_MSG_CTHELPER_???"),
    10: (xl.NF_NFTABLES_MSG_TYPES, "NFT_MSG_???"),
    11: (xl.NF_NFT_COMPAT_MSG_TYPES, "NFNL_MSG_COMPAT_???"),
    12: (xl.NF_HOOK_MSG_TYPES, "NFT_MSG_HOOK_???"),
}
_SUBSYS_TABLE_SIZE = 16   # strace's table of subsystems ends at NFNL_SUBSYS_HOOK's slot


def _type_text(call: Call, msg_type: int) -> str:
    style = call.opts.xlat_style
    control = lookup(msg_type, xl.NL_NETFILTER_MSG_TYPES)
    if control is not None:
        return print_named(msg_type, control, style)
    subsys, message = msg_type >> 8, msg_type & 0xFF
    text = print_xval(subsys, xl.NL_NETFILTER_SUBSYS_IDS, "NFNL_SUBSYS_???", style) + "<<8|"
    table, dflt = _SUBSYS_MESSAGES.get(subsys, ((), None))
    if subsys < _SUBSYS_TABLE_SIZE:
        return text + print_xval(message, table, dflt, style)
    return text + ("%#x" % message if message else "0")


# (subsystem, message names) -> the NLM_F_* flags those messages take
_FLAG_TABLES = (
    (1, ("IPCTNL_MSG_CT_NEW",), NETLINK_NEW_FLAGS),
    (1, ("IPCTNL_MSG_CT_GET", "IPCTNL_MSG_CT_GET_CTRZERO", "IPCTNL_MSG_CT_GET_STATS_CPU",
         "IPCTNL_MSG_CT_GET_STATS", "IPCTNL_MSG_CT_GET_DYING",
         "IPCTNL_MSG_CT_GET_UNCONFIRMED"), NETLINK_GET_FLAGS),
    (1, ("IPCTNL_MSG_CT_DELETE",), NETLINK_DELETE_FLAGS),
    (2, ("IPCTNL_MSG_EXP_NEW",), NETLINK_NEW_FLAGS),
    (2, ("IPCTNL_MSG_EXP_GET", "IPCTNL_MSG_EXP_GET_STATS_CPU"), NETLINK_GET_FLAGS),
    (2, ("IPCTNL_MSG_EXP_DELETE",), NETLINK_DELETE_FLAGS),
    (7, ("NFNL_MSG_ACCT_NEW",), NETLINK_NEW_FLAGS),
    (7, ("NFNL_MSG_ACCT_GET", "NFNL_MSG_ACCT_GET_CTRZERO"), NETLINK_GET_FLAGS),
    (7, ("NFNL_MSG_ACCT_DEL",), NETLINK_DELETE_FLAGS),
    (8, ("IPCTNL_MSG_TIMEOUT_NEW",), NETLINK_NEW_FLAGS),
    (8, ("IPCTNL_MSG_TIMEOUT_GET",), NETLINK_GET_FLAGS),
    (8, ("IPCTNL_MSG_TIMEOUT_DELETE",), NETLINK_DELETE_FLAGS),
    (9, ("NFNL_MSG_CTHELPER_NEW",), NETLINK_NEW_FLAGS),
    (9, ("NFNL_MSG_CTHELPER_GET",), NETLINK_GET_FLAGS),
    (9, ("NFNL_MSG_CTHELPER_DEL",), NETLINK_DELETE_FLAGS),
    (10, ("NFT_MSG_NEWTABLE", "NFT_MSG_NEWCHAIN", "NFT_MSG_NEWRULE", "NFT_MSG_NEWSET",
          "NFT_MSG_NEWSETELEM", "NFT_MSG_NEWGEN", "NFT_MSG_NEWOBJ",
          "NFT_MSG_NEWFLOWTABLE"), NETLINK_NEW_FLAGS),
    (10, ("NFT_MSG_GETTABLE", "NFT_MSG_GETCHAIN", "NFT_MSG_GETRULE", "NFT_MSG_GETSET",
          "NFT_MSG_GETSETELEM", "NFT_MSG_GETGEN", "NFT_MSG_GETOBJ", "NFT_MSG_GETOBJ_RESET",
          "NFT_MSG_GETFLOWTABLE"), NETLINK_GET_FLAGS),
    (10, ("NFT_MSG_DELTABLE", "NFT_MSG_DELCHAIN", "NFT_MSG_DELRULE", "NFT_MSG_DELSET",
          "NFT_MSG_DELSETELEM", "NFT_MSG_DELOBJ", "NFT_MSG_DELFLOWTABLE"),
     NETLINK_DELETE_FLAGS),
    (11, ("NFNL_MSG_COMPAT_GET",), NETLINK_GET_FLAGS),
    (12, ("NFNL_MSG_HOOK_GET",), NETLINK_GET_FLAGS),
)


def _flags_by_type() -> dict:
    found = {}
    for subsys, names, table in _FLAG_TABLES:
        values = {name: value for value, name in _SUBSYS_MESSAGES[subsys][0]}
        for name in names:
            found[subsys << 8 | values[name]] = table
    return found


_ATTRS = Attrs(None, None)


def _res_id(subsys: int, raw: int, call: Call) -> str:
    """nfgenmsg.res_id, big-endian, though nftables once sent it in host order."""
    res_id = ((raw & 0xFF) << 8) | (raw >> 8)
    if subsys == NFNL_SUBSYS_NFTABLES and res_id == NFNL_SUBSYS_NFTABLES:
        return print_named(raw, "htons(NFNL_SUBSYS_NFTABLES)", call.opts.xlat_style)
    if subsys == NFNL_SUBSYS_NFTABLES and raw == NFNL_SUBSYS_NFTABLES:
        return print_named(raw, "NFNL_SUBSYS_NFTABLES", call.opts.xlat_style)
    return "htons(%d)" % res_id


def _payload(call: Call, header: Header, addr: int, length: int) -> str | None:
    if header.type == NLMSG_DONE:
        return None
    data, failed = fetch_payload(call, addr, length, 4)
    if data is None:
        return failed
    family, version, raw = struct.unpack("<BBH", data)
    style = call.opts.xlat_style
    text = "{nfgen_family=%s, version=%s, res_id=%s}" % (
        print_xval(family, ADDRESS_FAMILIES, "AF_???", style),
        print_xval(version, xl.NETFILTER_VERSIONS, "NFNETLINK_???", style),
        _res_id(header.type >> 8, raw, call))
    if length > 4:
        if (NFNL_MSG_BATCH_BEGIN <= header.type <= NFNL_MSG_BATCH_END
                or header.type < NLMSG_MIN_TYPE):
            text += ", " + hex_payload(call, addr + 4, length - 4)
        else:
            text += ", " + _ATTRS.decode(call, addr + 4, length - 4)
    return text


PROTOCOL = Protocol(type_text=_type_text, flags_for=_flags_by_type().get, payload=_payload)
