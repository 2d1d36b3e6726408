"""NETLINK_SELINUX: the enforce and policy-load notifications."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink.nlattr import fetch_payload
from decoders.net.netlink.protocol import Header, Protocol

SELNL_MSG_SETENFORCE, SELNL_MSG_POLICYLOAD = 0x10, 0x11
NL_SELINUX_TYPES = (
    (SELNL_MSG_SETENFORCE, "SELNL_MSG_SETENFORCE"),
    (SELNL_MSG_POLICYLOAD, "SELNL_MSG_POLICYLOAD"),
)
# struct selnl_msg_setenforce {__s32 val;}, struct selnl_msg_policyload {__u32 seqno;}
_FIELDS = {SELNL_MSG_SETENFORCE: ("val", "<i"), SELNL_MSG_POLICYLOAD: ("seqno", "<I")}


def _payload(call: Call, header: Header, addr: int, length: int) -> str | None:
    field = _FIELDS.get(header.type)
    if field is None:
        return None
    data, failed = fetch_payload(call, addr, length, 4)
    if data is None:
        return failed
    return "{%s=%d}" % (field[0], struct.unpack(field[1], data)[0])


PROTOCOL = Protocol(types=NL_SELINUX_TYPES, dflt="SELNL_MSG_???", payload=_payload)
