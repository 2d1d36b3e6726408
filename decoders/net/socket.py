"""socket and socketpair (domain, type, protocol), shutdown, and the MSG_*
flags of send/recv."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.net.socket_xlat import (
    ADDRESS_FAMILIES, AX25_PROTOCOLS, BT_PROTOCOLS, CAIF_PROTOCOLS, CAN_PROTOCOLS,
    ETHERNET_PROTOCOLS, INET_PROTOCOLS, ISDN_PROTOCOLS, KCM_PROTOCOLS, MSG_FLAGS,
    NETLINK_PROTOCOLS, NFC_PROTOCOLS, PHONET_PROTOCOLS, SHUTDOWN_MODES, SMC_PROTOCOLS,
    SOCKET_TYPES, SOCK_TYPE_FLAGS)
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, U64


@arg_kind("socket_domain")
def _socket_domain(value: int, call: Call) -> str:
    return print_xval(value & U32, ADDRESS_FAMILIES, "AF_???", call.opts.xlat_style)


SOCK_TYPE_MASK = 0xF


@arg_kind("socket_type")
def _socket_type(value: int, call: Call) -> str:
    value &= 0xFFFFFFFF
    style = call.opts.xlat_style
    name = None
    for known, text in SOCKET_TYPES:
        if known == value & SOCK_TYPE_MASK:
            name = text
            break
    if name is not None:
        head = print_xval(value & SOCK_TYPE_MASK, SOCKET_TYPES, None, style)
        rest = value & ~SOCK_TYPE_MASK
        if not rest:
            return head
        return head + "|" + print_flags(rest, SOCK_TYPE_FLAGS, "SOCK_???", style)
    return print_flags(value, SOCK_TYPE_FLAGS, "SOCK_???", style)


@arg_kind("sock_flags")
def _sock_flags(value: int, call: Call) -> str:
    """accept4's flags."""
    return print_flags(value & U32, SOCK_TYPE_FLAGS, "SOCK_???", call.opts.xlat_style)


@arg_kind("shutdown_how")
def _shutdown_how(value: int, call: Call) -> str:
    return print_xval(value & U32, SHUTDOWN_MODES, "SHUT_???", call.opts.xlat_style)


@arg_kind("msg_flags")
def _msg_flags(value: int, call: Call) -> str:
    return print_flags(value & 0xFFFFFFFF, MSG_FLAGS, "MSG_???", call.opts.xlat_style)


AF_INET, AF_AX25, AF_INET6, AF_NETLINK, AF_PACKET = 2, 3, 10, 16, 17
AF_IRDA, AF_CAN, AF_BLUETOOTH, AF_RXRPC, AF_ISDN, AF_PHONET = 23, 29, 31, 33, 34, 35
AF_CAIF, AF_NFC, AF_KCM, AF_SMC = 37, 39, 41, 43

_PROTOCOLS = {
    AF_INET: (INET_PROTOCOLS, "IPPROTO_???"),
    AF_INET6: (INET_PROTOCOLS, "IPPROTO_???"),
    AF_NETLINK: (NETLINK_PROTOCOLS, "NETLINK_???"),
    # strace 6.1 names IrDA protocols from the CAN table
    AF_IRDA: (CAN_PROTOCOLS, "IRDAPROTO_???"),
    AF_CAN: (CAN_PROTOCOLS, "CAN_???"),
    AF_BLUETOOTH: (BT_PROTOCOLS, "BTPROTO_???"),
    AF_RXRPC: (ADDRESS_FAMILIES, "AF_???"),
    AF_ISDN: (ISDN_PROTOCOLS, "ISDN_P_???"),
    AF_PHONET: (PHONET_PROTOCOLS, "PN_PROTO_???"),
    AF_CAIF: (CAIF_PROTOCOLS, "CAIFPROTO_???"),
    AF_NFC: (NFC_PROTOCOLS, "NFC_SOCKPROTO_???"),
    AF_KCM: (KCM_PROTOCOLS, "KCMPROTO_???"),
    AF_SMC: (SMC_PROTOCOLS, "SMCPROTO_???"),
}


@arg_kind("socket_protocol")
def socket_protocol(value: int, call: Call) -> str:
    """socket's protocol, read in the light of the domain (argument 0).

    strace chooses the protocol table by the whole register of the domain
    (a domain with high bits set matches no family) and prints an unknown
    family's protocol as the whole register, a known one's as an int."""
    domain = call.args[0]
    style = call.opts.xlat_style
    if domain == AF_PACKET:
        swapped = ((value & 0xFF) << 8) | ((value >> 8) & 0xFF)
        return "htons(%s)" % print_xval(swapped, ETHERNET_PROTOCOLS, "ETH_P_???", style)
    if domain == AF_AX25:
        # the AX.25 protocol numbers are not in public headers: strace always
        # prints them with their names in comments, -X raw or not
        return print_xval(value, AX25_PROTOCOLS, "AX25_P_???", "verbose")
    known = _PROTOCOLS.get(domain)
    if known is None:
        return str(value & U64)
    return print_xval(value & U32, known[0], known[1], style)
