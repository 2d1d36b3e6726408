"""Socket addresses (connect, bind, accept, sendto, recvfrom, getsockname,
msg_name, group_req...) and their lengths.

A family strace knows gets its fields printed one by one once the address
is at least as long as that family's structure; any other address prints
its bytes as ``sa_data``.  Kinds whose text spans two arguments (an output
sockaddr and its ``<>`` length) remember the length the caller offered at
entry in ``call.saved`` and print ``[offered => returned]`` at exit."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.net.addrs import (
    hex_string, ifindex_text, inet_addr_text, mac_text, net_long_text, net_port_text)
from decoders.net.sockaddr_xlat import (
    AF_PACKET_TYPES, ALG_SOCKADDR_FLAGS, ARP_HARDWARE_TYPES, BDADDR_TYPES, BLUETOOTH_L2_CID,
    BLUETOOTH_L2_PSM, HCI_CHANNELS, IEEE802154_ADDRS, IEEE802154_ADDR_TYPES,
    IEEE802154_PAN_IDS, MCTP_ADDRS, MCTP_NETS, NFC_SAPS, NFC_SOCKADDR_PROTOCOLS, QIPCRTR_NODES,
    QIPCRTR_PORTS, RXRPC_SERVICES, VSOCK_CIDS, VSOCK_FLAGS, VSOCK_PORTS, XDP_SOCKADDR_FLAGS)
from decoders.net.socket_xlat import ADDRESS_FAMILIES, ETHERNET_PROTOCOLS, SOCKET_TYPES
from decoders.render.flags import lookup, print_flags, print_named, print_xval
from decoders.render.numbers import hexval, int32, zero_padded_hex
from decoders.render.scalars import fd_text, pid_text
from decoders.render.strings import escape, hex_address, quoted_cstring
from decoders.render.structs import fetch, local_array

AF_UNIX, AF_INET, AF_AX25, AF_IPX, AF_X25, AF_INET6 = 1, 2, 3, 4, 9, 10
AF_NETLINK, AF_PACKET, AF_BLUETOOTH, AF_RXRPC, AF_IEEE802154 = 16, 17, 31, 33, 36
AF_ALG, AF_NFC, AF_VSOCK, AF_QIPCRTR, AF_XDP, AF_MCTP = 38, 39, 40, 42, 44, 45
SOCKADDR_STORAGE = 128
SUN_PATH_END = 110          # offsetof(sockaddr_un, sun_path) + 108
SIN6_MIN_LEN = 24           # sockaddr_in6 up to (not including) sin6_scope_id
SOCKADDR_AX25 = 16
AX25_ADDR_LEN, AX25_MAX_DIGIS = 7, 8
NFC_LLCP_SIZE = 96          # struct sockaddr_nfc_llcp with a 64-bit size_t
XDP_SHARED_UMEM = 1


def _quote(data: bytes, call: Call) -> str:
    return '"%s"' % escape(data, call.opts.hex_strings)


def _xval(value: int, table, dflt, call: Call) -> str:
    return print_xval(value, table, dflt, call.opts.xlat_style)


def _xval_verbose(value: int, table, dflt, call: Call) -> str:
    """PRINT_FIELD_XVAL_VERBOSE: the number always, the name as a comment."""
    return print_xval(value, table, dflt, "raw" if call.opts.xlat_style == "raw" else "verbose")


# ---- one printer per family: (data padded with zeros, addrlen, call) -> fields --

def _unix(data: bytes, addrlen: int, call: Call) -> list[str]:
    path = data[2:min(addrlen, SUN_PATH_END)]
    if path[:1] != b"\0":
        return ["sun_path=" + _quote(path.split(b"\0", 1)[0], call)]
    return ["sun_path=@" + _quote(path[1:], call)]


def _inet(data: bytes, addrlen: int, call: Call) -> list[str]:
    return ["sin_port=" + net_port_text(data[2:4], call),
            inet_addr_text(AF_INET, data[4:8], "sin_addr", call)]


def _is_link_local(raw: bytes) -> bool:
    return (raw[0] == 0xFE and raw[1] & 0xC0 == 0x80) or (raw[0] == 0xFF and raw[1] & 0x0F == 2)


def _inet6(data: bytes, addrlen: int, call: Call) -> list[str]:
    fields = ["sin6_port=" + net_port_text(data[2:4], call),
              "sin6_flowinfo=" + net_long_text(data[4:8], call),
              inet_addr_text(AF_INET6, data[8:24], "sin6_addr", call)]
    if addrlen > SIN6_MIN_LEN:
        scope = struct.unpack_from("<I", data, 24)[0]
        fields.append("sin6_scope_id=" + (ifindex_text(scope, call) if _is_link_local(data[8:24])
                                          else str(scope)))
    return fields


def _ax25_style(call_sign: bytes, style: str) -> str:
    """check_ax25_address: whether a callsign can be spelled out (then in the
    user's style), only alongside its bytes (verbose), or not at all (raw)."""
    result = style
    space_seen = char_seen = False
    for byte in call_sign[:6]:
        if byte & 1:
            result = "verbose"
        c = byte >> 1
        if c == 0x20:
            space_seen = True
        else:
            char_seen = True
        if not (0x30 <= c <= 0x39 or 0x41 <= c <= 0x5A or c == 0x20) or (c != 0x20 and space_seen):
            result = "verbose"
        if c < 0x20 or c > 0x7E or c in b"*/":
            return "raw"
    if call_sign[6] & ~0x1E or (not char_seen and call_sign[6]):
        result = "verbose"
    return result


def ax25_addr_text(call_sign: bytes, call: Call) -> str:
    """print_ax25_addr: ``LINUX-1``, ``*`` for the empty callsign."""
    style = _ax25_style(call_sign, call.opts.xlat_style)
    raw = "{ax25_call=%s}" % hex_string(call_sign)
    if style == "raw":
        return raw
    end = 6
    while end and call_sign[end - 1] >> 1 == 0x20:
        end -= 1
    text = "%s-%d" % (bytes(b >> 1 for b in call_sign[:end]).decode("latin-1"),
                      (call_sign[6] >> 1) & 0xF)
    if text == "-0":
        text = "*"
    return "%s /* %s */" % (raw, text) if style == "verbose" else text


def _ax25(data: bytes, addrlen: int, call: Call) -> list[str]:
    ndigis = struct.unpack_from("<i", data, 12)[0]
    head = ["sax25_call=" + ax25_addr_text(data[2:9], call), "sax25_ndigis=%d" % ndigis]
    full = ndigis != 0 or addrlen > SOCKADDR_AX25
    if not full:
        return head
    fields = ["fsa_ax25={%s}" % ", ".join(head)]
    has = min((addrlen - SOCKADDR_AX25) // AX25_ADDR_LEN, AX25_MAX_DIGIS)
    want = min(max(ndigis, 0), AX25_MAX_DIGIS)
    if want:
        digis = [ax25_addr_text(data[SOCKADDR_AX25 + i * AX25_ADDR_LEN:][:AX25_ADDR_LEN], call)
                 for i in range(min(has, want))]
        fields.append("fsa_digipeater=" + local_array(digis, call, truncated=want > has))
    if addrlen > has * AX25_ADDR_LEN + SOCKADDR_AX25:
        fields.append("...")
    return fields


def _ipx(data: bytes, addrlen: int, call: Call) -> list[str]:
    fields = ["sipx_port=" + net_port_text(data[2:4], call),
              "sipx_network=htonl(%s)" % hexval(int.from_bytes(data[4:8], "big")),
              "sipx_node=[%s]" % ", ".join(zero_padded_hex(b, 2) for b in data[8:14]),
              "sipx_type=" + zero_padded_hex(data[14], 2)]
    if data[15]:
        fields.append("sipx_zero=%#x" % data[15])
    return fields


def _x25(data: bytes, addrlen: int, call: Call) -> list[str]:
    return ["sx25_addr={x25_addr=%s}" % quoted_cstring(data[2:18], call.opts.hex_strings)]


def _netlink(data: bytes, addrlen: int, call: Call) -> list[str]:
    pad, pid, groups = struct.unpack_from("<HII", data, 2)
    fields = ["nl_pad=%#x" % pad] if pad else []
    return fields + ["nl_pid=" + pid_text(pid, call), "nl_groups=" + zero_padded_hex(groups, 8)]


def _packet(data: bytes, addrlen: int, call: Call) -> list[str]:
    style = call.opts.xlat_style
    protocol = data[2:4]
    name = "htons(%s)" % print_xval(int.from_bytes(protocol, "big"), ETHERNET_PROTOCOLS,
                                    "ETH_P_???")
    ifindex, hatype, pkttype, halen = struct.unpack_from("<IHBB", data, 4)
    fields = ["sll_protocol=" + (name if style == "abbrev" else hex_string(protocol)
                                 if style == "raw" else "%s /* %s */" % (hex_string(protocol),
                                                                        name)),
              "sll_ifindex=" + ifindex_text(ifindex, call),
              "sll_hatype=" + _xval(hatype, ARP_HARDWARE_TYPES, "ARPHRD_???", call),
              "sll_pkttype=" + _xval(pkttype, AF_PACKET_TYPES, "PACKET_???", call),
              "sll_halen=%d" % halen]
    if halen:
        room = addrlen - 12
        octets = [zero_padded_hex(data[12 + i], 2) for i in range(min(halen, room))]
        if halen > room:
            octets.append("...")
        fields.append("sll_addr=[%s]" % ", ".join(octets))
    return fields


def _l2cap_number(value: int, table, ranges, unknown: str, call: Call) -> str:
    """print_bluetooth_l2_psm/cid: a name, or ``START+offset`` inside a
    dynamic range, in ``htobs()``."""
    style = call.opts.xlat_style
    name = lookup(value, table)
    if name is None:
        for low, high, start_name in ranges:
            if low <= value <= high:
                name = "%s+%d" % (print_named(low, start_name, style), value - low)
                break
    shown = style != "abbrev" or name is None
    text = hexval(value) if shown else ""
    if style != "raw":
        inner = name if name is not None else unknown
        text += " /* %s */" % inner if style == "verbose" or name is None else inner
    return "htobs(%s)" % text


def _psm(value: int, call: Call) -> str:
    return _l2cap_number(value, BLUETOOTH_L2_PSM, ((0x80, 0xFF, "L2CAP_PSM_LE_DYN_START"),
                                                   (0x1001, 0xFFFF, "L2CAP_PSM_DYN_START")),
                         "L2CAP_PSM_???", call)


def _cid(value: int, call: Call) -> str:
    return _l2cap_number(value, BLUETOOTH_L2_CID, ((0x40, 0xFFFF, "L2CAP_CID_DYN_START"),),
                         "L2CAP_CID_???", call)


def _bluetooth(data: bytes, addrlen: int, call: Call) -> list[str]:
    """Which Bluetooth address it is, strace tells by its length alone."""
    if addrlen in (4, 6):           # sockaddr_hci, before and since hci_channel
        fields = ["hci_dev=htobs(%d)" % struct.unpack_from("<H", data, 2)]
        if addrlen == 6:
            fields.append("hci_channel=" + _xval(struct.unpack_from("<H", data, 4)[0],
                                                 HCI_CHANNELS, "HCI_CHANNEL_???", call))
        return fields
    if addrlen == 8:                # sockaddr_sco
        return ["sco_bdaddr=" + mac_text(data[2:8], call)]
    if addrlen == 10:               # sockaddr_rc
        return ["rc_bdaddr=" + mac_text(data[2:8], call), "rc_channel=%d" % data[8]]
    if addrlen in (12, 14):         # sockaddr_l2, before and since l2_bdaddr_type
        psm, cid = struct.unpack_from("<H", data, 2)[0], struct.unpack_from("<H", data, 10)[0]
        fields = ["l2_psm=" + _psm(psm, call), "l2_bdaddr=" + mac_text(data[4:10], call),
                  "l2_cid=" + _cid(cid, call)]
        if addrlen == 14:
            fields.append("l2_bdaddr_type=" + _xval(data[12], BDADDR_TYPES, "BDADDR_???", call))
        return fields
    return [_raw(data, addrlen, call)]


def _rxrpc_transport(data: bytes, addrlen: int, call: Call) -> str:
    declared = struct.unpack_from("<H", data, 6)[0]
    family = struct.unpack_from("<H", data, 8)[0]
    length = min(declared, addrlen - 8)
    rest = max(0, length - 2)
    leftover = _quote(data[10:10 + rest], call) if rest > 0 else None
    family_text = _xval(family, ADDRESS_FAMILIES, "AF_???", call)
    if family == AF_INET:
        inner = ["sin_family=" + family_text]
        if declared >= 16:
            inner += _inet(data[8:], length, call)
        elif leftover:
            inner.append(leftover)
        return "{sin={%s}}" % ", ".join(inner)
    if family == AF_INET6:
        inner = ["sin6_family=" + family_text]
        if declared >= SIN6_MIN_LEN:
            inner += _inet6(data[8:], length, call)
        elif leftover:
            inner.append(leftover)
        return "{sin6={%s}}" % ", ".join(inner)
    return "{%s}" % ", ".join(["family=" + family_text] + ([leftover] if leftover else []))


def _rxrpc(data: bytes, addrlen: int, call: Call) -> list[str]:
    service, transport_type, transport_len = struct.unpack_from("<HHH", data, 2)
    return ["srx_service=" + _xval_verbose(service, RXRPC_SERVICES, "???_SERVICE", call),
            "transport_type=" + _xval(transport_type, SOCKET_TYPES, "SOCK_???", call),
            "transport_len=%d" % transport_len,
            "transport=" + _rxrpc_transport(data, addrlen, call)]


def _ieee802154(data: bytes, addrlen: int, call: Call) -> list[str]:
    addr_type, pan_id = struct.unpack_from("<iH", data, 4)
    inner = ["addr_type=" + _xval_verbose(addr_type & 0xFFFFFFFF, IEEE802154_ADDR_TYPES,
                                          "IEEE802154_ADDR_???", call),
             "pan_id=" + _xval_verbose(pan_id, IEEE802154_PAN_IDS, None, call)]
    if addr_type == 2:      # IEEE802154_ADDR_SHORT
        inner.append("short_addr=" + _xval_verbose(struct.unpack_from("<H", data, 10)[0],
                                                   IEEE802154_ADDRS, None, call))
    elif addr_type != 0:    # IEEE802154_ADDR_LONG, or anything but NONE
        inner.append("hwaddr=" + mac_text(data[10:18], call))
    return ["addr={%s}" % ", ".join(inner)]


def _alg(data: bytes, addrlen: int, call: Call) -> list[str]:
    feat, mask = struct.unpack_from("<II", data, 16)
    style = "raw" if call.opts.xlat_style == "raw" else "verbose"
    hex_strings = call.opts.hex_strings
    return ["salg_type=" + quoted_cstring(data[2:16], hex_strings),
            "salg_feat=" + print_flags(feat, ALG_SOCKADDR_FLAGS, "CRYPTO_ALG_???", style),
            "salg_mask=" + print_flags(mask, ALG_SOCKADDR_FLAGS, "CRYPTO_ALG_???", style),
            "salg_name=" + quoted_cstring(data[24:addrlen], hex_strings)]


def _nfc(data: bytes, addrlen: int, call: Call) -> list[str]:
    dev_idx, target_idx, protocol = struct.unpack_from("<III", data, 4)
    fields = ["dev_idx=" + ifindex_text(dev_idx, call), "target_idx=" + hexval(target_idx),
              "nfc_protocol=" + _xval(protocol, NFC_SOCKADDR_PROTOCOLS, "NFC_PROTO_???", call)]
    if addrlen < NFC_LLCP_SIZE:
        return fields + (["..."] if addrlen > 16 else [])
    name_len = struct.unpack_from("<Q", data, 88)[0]
    return fields + ["dsap=" + _xval_verbose(data[16], NFC_SAPS, None, call),
                     "ssap=" + _xval_verbose(data[17], NFC_SAPS, None, call),
                     "service_name=" + _quote(data[18:18 + min(63, name_len)], call),
                     "service_name_len=%d" % name_len]


def _vsock(data: bytes, addrlen: int, call: Call) -> list[str]:
    reserved, port, cid, flags = struct.unpack_from("<HIIB", data, 2)
    fields = ["svm_reserved1=%#x" % reserved] if reserved else []
    fields += ["svm_cid=" + _xval(cid, VSOCK_CIDS, None, call),
               "svm_port=" + _xval(port, VSOCK_PORTS, None, call),
               "svm_flags=" + print_flags(flags, VSOCK_FLAGS, "VMADDR_FLAG_???",
                                          call.opts.xlat_style)]
    if any(data[13:16]):
        fields.append("svm_zero=" + hex_string(data[13:16]))
    return fields


def _qrtr(data: bytes, addrlen: int, call: Call) -> list[str]:
    node, port = struct.unpack_from("<II", data, 4)
    return ["sq_node=" + _xval(node, QIPCRTR_NODES, None, call),
            "sq_port=" + _xval(port, QIPCRTR_PORTS, None, call)]


def _xdp(data: bytes, addrlen: int, call: Call) -> list[str]:
    flags, ifindex, queue_id, umem_fd = struct.unpack_from("<HIII", data, 2)
    fields = ["sxdp_flags=" + print_flags(flags, XDP_SOCKADDR_FLAGS, "XDP_???",
                                          call.opts.xlat_style),
              "sxdp_ifindex=" + ifindex_text(ifindex, call), "sxdp_queue_id=%d" % queue_id]
    if flags & XDP_SHARED_UMEM:
        fields.append("sxdp_shared_umem_fd=" + fd_text(umem_fd, call))
    elif umem_fd:
        fields.append("sxdp_shared_umem_fd=%#x" % umem_fd)
    return fields


def _mctp(data: bytes, addrlen: int, call: Call) -> list[str]:
    pad0, network, addr, mctp_type, tag, pad1 = struct.unpack_from("<HIBBBB", data, 2)
    fields = ["__smctp_pad0=%#x" % pad0] if pad0 else []
    fields += ["smctp_network=" + _xval(network, MCTP_NETS, None, call),
               "smctp_addr={s_addr=%s}" % _xval(addr, MCTP_ADDRS, None, call),
               "smctp_type=" + hexval(mctp_type), "smctp_tag=" + hexval(tag)]
    if pad1:
        fields.append("__smctp_pad1=%#x" % pad1)
    return fields


def _raw(data: bytes, addrlen: int, call: Call) -> str:
    return "sa_data=" + _quote(data[2:addrlen], call)


# family -> (printer, the shortest address it is used for)
_FAMILIES = {
    AF_UNIX: (_unix, 3), AF_INET: (_inet, 16), AF_AX25: (_ax25, SOCKADDR_AX25),
    AF_IPX: (_ipx, 16), AF_X25: (_x25, 18), AF_INET6: (_inet6, SIN6_MIN_LEN),
    AF_NETLINK: (_netlink, 12), AF_PACKET: (_packet, 20), AF_BLUETOOTH: (_bluetooth, 3),
    AF_RXRPC: (_rxrpc, 36), AF_IEEE802154: (_ieee802154, 20), AF_ALG: (_alg, 25),
    AF_NFC: (_nfc, 16), AF_VSOCK: (_vsock, 16), AF_QIPCRTR: (_qrtr, 12), AF_XDP: (_xdp, 16),
    AF_MCTP: (_mctp, 12),
}


def sockaddr_text(data: bytes, addrlen: int, call: Call) -> str:
    """print_sockaddr: the ``{sa_family=..., ...}`` text of ``addrlen`` bytes."""
    # printers may look past addrlen (sll_halen, transport_len): zeros there
    data = data[:addrlen].ljust(2 * SOCKADDR_STORAGE, b"\0")
    family = struct.unpack_from("<H", data)[0]
    fields = ["sa_family=" + _xval(family, ADDRESS_FAMILIES, "AF_???", call)]
    if addrlen > 2:
        printer, min_len = _FAMILIES.get(family, (None, 0))
        if printer is not None and addrlen >= min_len:
            fields += printer(data, addrlen, call)
        else:
            fields.append(_raw(data, addrlen, call))
    return "{" + ", ".join(fields) + "}"


def decode_sockaddr(addr: int, addrlen: int, call: Call, output: bool = False) -> str:
    """decode_sockaddr: the address text, or the pointer when the length is
    under 2 or the memory cannot be read."""
    if addrlen < 2:
        return hex_address(addr)
    addrlen = min(addrlen, SOCKADDR_STORAGE)
    data = fetch(call, addr, addrlen, ignore_failure=not output)
    if data is None:
        return hex_address(addr)
    return sockaddr_text(data, addrlen, call)


@arg_kind("sockaddr_in")
def _sockaddr_in(value: int, call: Call) -> str:
    """An input sockaddr; its length is the next argument."""
    return decode_sockaddr(value, int32(call.args[call.index + 1]), call)


def _offered_socklen(call: Call, addr_arg: int, len_arg: int) -> int | None:
    """The socklen the caller offered, read once at entry (None: not readable)."""
    if "socklen" not in call.saved:
        offered = None
        addr, len_addr = call.args[addr_arg], call.args[len_arg]
        if addr and len_addr:
            raw = call.mem.read(len_addr, 4)
            if raw is not None:
                offered = struct.unpack("<i", raw)[0]
        call.saved["socklen"] = offered
    return call.saved["socklen"]


def _returned_socklen(call: Call, len_arg: int) -> int | None:
    if call.failed:
        return None
    raw = call.mem.read(call.args[len_arg], 4)
    return None if raw is None else struct.unpack("<i", raw)[0]


@arg_kind("sockaddr_out")
def _sockaddr_out(value: int, call: Call) -> str:
    """An output sockaddr whose length is in the following ``<>`` socklen pointer."""
    offered = _offered_socklen(call, call.index, call.index + 1)
    if not call.exiting:
        return ""
    returned = _returned_socklen(call, call.index + 1)
    if offered is None or returned is None:
        return hex_address(value)
    return decode_sockaddr(value, min(offered, returned), call, output=True)


@arg_kind("socklen_ptr")
def _socklen_ptr(value: int, call: Call) -> str:
    """``[16]``, or ``[128 => 16]`` when the kernel changed the length."""
    offered = _offered_socklen(call, call.index - 1, call.index)
    if not call.exiting:
        return ""
    if offered is None:
        return hex_address(value)
    returned = _returned_socklen(call, call.index)
    if returned is None:
        return "[%d]" % offered
    if returned != offered:
        return "[%d => %d]" % (offered, returned)
    return "[%d]" % returned
