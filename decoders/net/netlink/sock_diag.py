"""NETLINK_SOCK_DIAG: requests and answers about sockets, one decoder pair
per address family; a request is told from an answer by NLM_F_REQUEST."""
from __future__ import annotations

from decoders.net.netlink import (
    sock_diag_inet, sock_diag_netlink, sock_diag_packet, sock_diag_smc, sock_diag_unix)
from decoders.net.netlink.nlattr import family_payload
from decoders.net.netlink.message_xlat import NETLINK_GET_FLAGS
from decoders.net.netlink.protocol import Header, Protocol
from decoders.net.netlink.sock_diag_xlat import NL_SOCK_DIAG_TYPES

NLM_F_REQUEST = 0x1
AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_SMC = 1, 2, 10, 16, 17, 43

# family -> (request decoder, answer decoder)
_DECODERS = {
    AF_UNIX: (sock_diag_unix.decode_request, sock_diag_unix.decode_message),
    AF_INET: (sock_diag_inet.decode_request, sock_diag_inet.decode_message),
    AF_INET6: (sock_diag_inet.decode_request, sock_diag_inet.decode_message),
    AF_NETLINK: (sock_diag_netlink.decode_request, sock_diag_netlink.decode_message),
    AF_PACKET: (sock_diag_packet.decode_request, sock_diag_packet.decode_message),
    AF_SMC: (sock_diag_smc.decode_request, sock_diag_smc.decode_message),
}


def _decoder(header: Header, family: int, length: int):
    pair = _DECODERS.get(family)
    if pair is None or length <= 1:
        return None
    return pair[0] if header.flags & NLM_F_REQUEST else pair[1]


PROTOCOL = Protocol(types=NL_SOCK_DIAG_TYPES, dflt="SOCK_DIAG_???",
                    flags_for=lambda msg_type: NETLINK_GET_FLAGS, payload=family_payload(_decoder))
