"""Socket ioctls (SIOC*, FIO*OWN): struct ifreq for interface addresses,
flags and settings, SIOCGIFCONF's struct ifconf, bridge requests."""
from __future__ import annotations

import struct

from decoders import Call, read_bytes
from decoders.ioctl.protocol import Later, int_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.net.addrs import ifindex_text, mac_text
from decoders.net.netlink.route_link_xlat import IFFFLAGS
from decoders.net.sockaddr import sockaddr_text
from decoders.net.sockaddr_xlat import ARP_HARDWARE_TYPES
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import hexval
from decoders.render.strings import hex_address, printstr_ex, quoted_cstring
from decoders.render.structs import fetch, print_array

IFNAMSIZ = 16
IFREQ = Layout("ifr_name:16s data:24s")
IFMAP = Layout("mem_start:Q mem_end:Q base_addr:H irq:B dma:B port:B")
IFCONF = Layout("ifc_len:i ifc_buf:Q")


def _codes(*names: str) -> frozenset:
    return frozenset(CODES[n] for n in names)


_SOCKADDR = {
    **dict.fromkeys(_codes("SIOCSIFADDR", "SIOCGIFADDR"), "ifr_addr"),
    **dict.fromkeys(_codes("SIOCSIFDSTADDR", "SIOCGIFDSTADDR"), "ifr_dstaddr"),
    **dict.fromkeys(_codes("SIOCSIFBRDADDR", "SIOCGIFBRDADDR"), "ifr_broadaddr"),
    **dict.fromkeys(_codes("SIOCSIFNETMASK", "SIOCGIFNETMASK"), "ifr_netmask"),
}
_HWADDR = _codes("SIOCADDMULTI", "SIOCDELMULTI", "SIOCGIFHWADDR", "SIOCSIFHWADDR",
                 "SIOCSIFHWBROADCAST")
_FLAGS = _codes("SIOCSIFFLAGS", "SIOCGIFFLAGS")
_INT = {
    CODES["SIOCGIFINDEX"]: "ifr_ifindex",
    **dict.fromkeys(_codes("SIOCSIFMETRIC", "SIOCGIFMETRIC"), "ifr_metric"),
    **dict.fromkeys(_codes("SIOCSIFMTU", "SIOCGIFMTU"), "ifr_mtu"),
    **dict.fromkeys(_codes("SIOCSIFTXQLEN", "SIOCGIFTXQLEN"), "ifr_qlen"),
}
_NAME = {
    **dict.fromkeys(_codes("SIOCSIFSLAVE", "SIOCGIFSLAVE"), "ifr_slave"),
    CODES["SIOCSIFNAME"]: "ifr_newname", CODES["SIOCGIFNAME"]: "ifr_name",
}
_MAP = _codes("SIOCSIFMAP", "SIOCGIFMAP")

_IFREQ_IN = _codes("SIOCADDMULTI", "SIOCDELMULTI", "SIOCSIFADDR", "SIOCSIFBRDADDR",
                   "SIOCSIFDSTADDR", "SIOCSIFFLAGS", "SIOCSIFHWADDR", "SIOCSIFHWBROADCAST",
                   "SIOCSIFMAP", "SIOCSIFMETRIC", "SIOCSIFMTU", "SIOCSIFNAME", "SIOCSIFNETMASK",
                   "SIOCSIFSLAVE", "SIOCSIFTXQLEN")
_IFREQ_OUT = _codes("SIOCGIFADDR", "SIOCGIFBRDADDR", "SIOCGIFDSTADDR", "SIOCGIFFLAGS",
                    "SIOCGIFHWADDR", "SIOCGIFINDEX", "SIOCGIFMAP", "SIOCGIFMETRIC", "SIOCGIFMTU",
                    "SIOCGIFNAME", "SIOCGIFNETMASK", "SIOCGIFSLAVE", "SIOCGIFTXQLEN")
_INT_OUT = _codes("FIOGETOWN", "SIOCATMARK", "SIOCGIFENCAP", "SIOCGPGRP", "SIOCOUTQNSD")
_INT_IN = _codes("FIOSETOWN", "SIOCSIFENCAP", "SIOCSPGRP")
_BRIDGE_NAME = _codes("SIOCBRADDBR", "SIOCBRDELBR")
_BRIDGE_IF = _codes("SIOCBRADDIF", "SIOCBRDELIF")
# requests whose argument strace prints as an address
_ADDRESS = _codes(
    "SIOCADDDLCI", "SIOCADDRT", "SIOCBONDCHANGEACTIVE", "SIOCBONDENSLAVE", "SIOCBONDINFOQUERY",
    "SIOCBONDRELEASE", "SIOCBONDSETHWADDR", "SIOCBONDSLAVEINFOQUERY", "SIOCDARP",
    "SIOCDELDLCI", "SIOCDELRT", "SIOCDIFADDR", "SIOCDRARP", "SIOCETHTOOL", "SIOCGARP",
    "SIOCGHWTSTAMP", "SIOCGIFBR", "SIOCGIFCOUNT", "SIOCGIFMEM", "SIOCGIFPFLAGS", "SIOCGIFVLAN",
    "SIOCGMIIPHY", "SIOCGMIIREG", "SIOCGRARP", "SIOCGSKNS", "SIOCGSTAMP_OLD", "SIOCGSTAMP_NEW",
    "SIOCGSTAMPNS_OLD", "SIOCGSTAMPNS_NEW", "SIOCRTMSG", "SIOCSARP", "SIOCSHWTSTAMP",
    "SIOCSIFBR", "SIOCSIFLINK", "SIOCSIFMEM", "SIOCSIFPFLAGS", "SIOCSIFVLAN", "SIOCSMIIREG",
    "SIOCSRARP", "SIOCWANDEV")
SIOCGIFCONF, SIOCGIFNAME = CODES["SIOCGIFCONF"], CODES["SIOCGIFNAME"]


def ifreq_field(call: Call, code: int, ifr) -> str:
    """The union member of struct ifreq that request ``code`` uses."""
    data, style = ifr.data, call.opts.xlat_style
    if code in _SOCKADDR:
        return "%s=%s" % (_SOCKADDR[code], sockaddr_text(data[:16], 16, call))
    if code in _HWADDR:
        family = struct.unpack_from("<H", data)[0]
        return "ifr_hwaddr={sa_family=%s, sa_data=%s}" % (
            print_xval(family, ARP_HARDWARE_TYPES, "ARPHRD_???", style),
            mac_text(data[2:16], call, family))
    if code in _FLAGS:
        flags = struct.unpack_from("<H", data)[0]
        return "ifr_flags=" + print_flags(flags, IFFFLAGS, "IFF_???", style)
    if code in _INT:
        return "%s=%d" % (_INT[code], struct.unpack_from("<i", data)[0])
    if code in _NAME:
        name = ifr.ifr_name if code == SIOCGIFNAME else data[:IFNAMSIZ]
        return "%s=%s" % (_NAME[code], quoted_cstring(name, call.opts.hex_strings))
    if code in _MAP:
        m = IFMAP.unpack(data)
        return "ifr_map=" + struct_text([(name, hexval(getattr(m, name)))
                                         for name in IFMAP.fields])
    return ""


def _ifc_len(length: int) -> str:
    text = str(length)
    count = (length & 0xFFFFFFFF) // IFREQ.size
    if length > 0 and count * IFREQ.size == length:
        text += " /* %d * sizeof(struct ifreq) */" % count
    return text


def _ifconf_entry(call: Call, data: bytes) -> str:
    ifr = IFREQ.unpack(data)
    return "{ifr_name=%s, ifr_addr=%s}" % (quoted_cstring(ifr.ifr_name, call.opts.hex_strings),
                                          sockaddr_text(ifr.data[:16], 16, call))


def _ifconf(call: Call, arg: int):
    """SIOCGIFCONF: the buffer size offered, and what the kernel put in it
    (or the size it needs, when the buffer is NULL)."""
    # read even at a failed call's exit (the kernel rewrote the length), and
    # outside -e verbose= too (strace's plain umove)
    data = read_bytes(call, arg, IFCONF.size) if arg else None
    if not call.exiting:
        if data is None:
            return ", " + hex_address(arg)
        ifc = IFCONF.unpack(data)
        call.saved["ifconf"] = ifc
        return Later(", {ifc_len=" + (_ifc_len(ifc.ifc_len) if ifc.ifc_buf else ""))
    entered = call.saved["ifconf"]
    if data is None:
        text = "" if entered.ifc_buf else _ifc_len(entered.ifc_len)
        return text + ", ifc_buf=%s}" % hex_address(entered.ifc_buf)
    ifc = IFCONF.unpack(data)
    text = ""
    if entered.ifc_buf and entered.ifc_len != ifc.ifc_len:
        text += " => "
    if not entered.ifc_buf or entered.ifc_len != ifc.ifc_len:
        text += _ifc_len(ifc.ifc_len)
    if not entered.ifc_buf or call.failed:
        text += ", ifc_buf=" + hex_address(entered.ifc_buf)
        if entered.ifc_buf != ifc.ifc_buf:
            text += " => " + hex_address(ifc.ifc_buf)
    else:
        count = (ifc.ifc_len & 0xFFFFFFFF) // IFREQ.size
        text += ", ifc_buf=" + print_array(call, ifc.ifc_buf, count, IFREQ.size,
                                           lambda d: _ifconf_entry(call, d))
    return text + "}"


def _ifreq_out(call: Call, code: int, arg: int):
    if not call.exiting:
        ifr = IFREQ.fetch(call, arg)
        if ifr is None:
            return ", " + hex_address(arg)
        if code == SIOCGIFNAME:
            return Later(", {ifr_ifindex=%d" % struct.unpack_from("<i", ifr.data)[0])
        return Later(", {ifr_name=" + quoted_cstring(ifr.ifr_name, call.opts.hex_strings))
    data = None if call.failed else call.mem.read(arg, IFREQ.size)
    if data is None:
        return "}"
    return ", %s}" % ifreq_field(call, code, IFREQ.unpack(data))


def decode(call: Call, code: int, arg: int):
    """strace's sock_ioctl (see protocol.py)."""
    if code == SIOCGIFCONF:
        return _ifconf(call, arg)
    if code in _IFREQ_OUT:
        return _ifreq_out(call, code, arg)
    if code in _IFREQ_IN:
        ifr = IFREQ.fetch(call, arg)
        if ifr is None:
            return ", " + hex_address(arg)
        return ", {ifr_name=%s, %s}" % (quoted_cstring(ifr.ifr_name, call.opts.hex_strings),
                                        ifreq_field(call, code, ifr))
    if code in _INT_OUT and not call.exiting:
        return Later("")
    if code in _INT_OUT or code in _INT_IN:
        return ", " + int_at(call, arg)
    if code in _BRIDGE_NAME:
        return ", " + printstr_ex(call, arg, IFNAMSIZ, zero_terminated=True)
    if code in _BRIDGE_IF:
        data = fetch(call, arg, IFREQ.size)
        if data is None:
            return ", " + hex_address(arg)
        return ", {ifr_ifindex=%s}" % ifindex_text(struct.unpack_from("<i", data, 16)[0], call)
    if code in _ADDRESS:
        return ", " + hex_address(arg)
    return None
