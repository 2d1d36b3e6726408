"""Network addresses inside structures: interface indexes, hardware (MAC)
addresses, IPv4/IPv6 addresses and ports, as strace prints them in every
``-X`` style (print_ifindex, print_mac_addr, print_inet_addr and the
PRINT_FIELD_NET_PORT family).  Socket addresses, socket options, control
messages, netlink attributes and the network ioctls all print these."""
from __future__ import annotations

import socket as _socket

from decoders import Call
from decoders.render.strings import escape

MAX_ADDR_LEN = 32    # the longest hardware address strace spells out

# hwaddr_sizes of strace's print_mac.c: the address length of each ARPHRD_*
# device type that has one (255: print what is there)
ARPHRD_VSOCKMON = 826
HWADDR_SIZES = {
    0: 7, 1: 6, 3: 7, 6: 6, 7: 1, 15: 2, 24: 16, 27: 8, 32: 20, 256: 0, 270: 5, 271: 0,
    280: 0, 290: 1, 512: 0, 518: 0, 519: 0, 768: 4, 769: 16, 772: 6, 773: 1, 774: 6,
    776: 4, 777: 0, 778: 4, 779: 0, 780: 6, 783: 4, 801: 6, 802: 6, 803: 6, 804: 8,
    805: 8, 820: 1, 821: 1, 822: 0, 823: 16, 824: 0, 825: 8, 826: 0,
}


def hex_string(raw: bytes) -> str:
    """QUOTE_FORCE_HEX: ``"\\x7f\\x00\\x00\\x01"``."""
    return '"%s"' % escape(raw, 2)


def _styled(raw: bytes, text: str, style: str) -> str:
    """The bytes in hex (-X raw), a reading of them (abbrev), or both."""
    if style == "abbrev":
        return text
    if style == "raw":
        return hex_string(raw)
    return "%s /* %s */" % (hex_string(raw), text)


def ifname(index: int, call: Call) -> str | None:
    """The quoted name of an interface the tracer's namespace knows."""
    try:
        name = _socket.if_indextoname(index)
    except (OSError, OverflowError, ValueError):
        return None
    return escape(name.encode("utf-8", "surrogateescape"), call.opts.hex_strings)


def ifindex_text(index: int, call: Call) -> str:
    """print_ifindex: ``if_nametoindex("lo")`` for an index the tracer's
    namespace knows, the number otherwise."""
    index &= 0xFFFFFFFF
    style = call.opts.xlat_style
    name = None if style == "raw" else ifname(index, call)
    if name is None:
        return str(index)
    text = 'if_nametoindex("%s")' % name
    return "%d /* %s */" % (index, text) if style == "verbose" else text


# strace spells MAC addresses into one static buffer and writes nothing
# into it for an empty address: such an address shows the previous one
_last_mac = [""]


def mac_text(raw: bytes, call: Call, devtype: int | None = None) -> str:
    """print_mac_addr: ``00:11:22:33:44:55``; with an ARPHRD_* ``devtype``
    (print_hwaddr), only as many bytes as that kind of device's address has."""
    if len(raw) > MAX_ADDR_LEN:
        return hex_string(raw)
    style = call.opts.xlat_style
    if style == "raw":
        return hex_string(raw)
    shown = raw
    if devtype is not None:
        shown = raw[:HWADDR_SIZES.get(devtype, 255) if devtype <= ARPHRD_VSOCKMON else 255]
    if shown:
        _last_mac[0] = ":".join("%02x" % b for b in shown)
    return _styled(raw, _last_mac[0], style)


def net_port_text(raw: bytes, call: Call) -> str:
    """A port in network byte order: ``htons(53)``."""
    return _styled(raw, "htons(%d)" % int.from_bytes(raw, "big"), call.opts.xlat_style)


def net_long_text(raw: bytes, call: Call) -> str:
    """A 32-bit number in network byte order (sin6_flowinfo): ``htonl(0)``."""
    return _styled(raw, "htonl(%d)" % int.from_bytes(raw, "big"), call.opts.xlat_style)


def inet_addr_text(family: int, raw: bytes, name: str | None, call: Call) -> str:
    """print_inet_addr: ``name=inet_addr("127.0.0.1")``, or
    ``inet_pton(AF_INET6, "::1", &name)`` (abbreviated, that one names its
    field inside); the bytes in hex for another family.  A field wider than
    the address (sock_diag's) shows all its bytes in hex, the address from
    the first ones."""
    style = call.opts.xlat_style
    prefix = name + "=" if name else ""
    if family == _socket.AF_INET and len(raw) >= 4:
        text = 'inet_addr("%s")' % escape(_socket.inet_ntop(family, raw[:4]).encode(),
                                          call.opts.hex_strings)
        return prefix + _styled(raw, text, style)
    if family == _socket.AF_INET6 and len(raw) >= 16:
        address = '"%s"' % escape(_socket.inet_ntop(family, raw[:16]).encode(),
                                  call.opts.hex_strings)
        if style == "abbrev":
            return "inet_pton(AF_INET6, %s%s)" % (address, ", &" + name if name else "")
        return prefix + _styled(raw, "inet_pton(AF_INET6, %s)" % address, style)
    return prefix + hex_string(raw)
