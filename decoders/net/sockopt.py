"""setsockopt and getsockopt: levels, option names and values.

The value an option points to is decoded by level and name (strace's
print_setsockopt/print_getsockopt); anything else prints as an int when it
is an int's size, as a string otherwise.  Outside ``-e verbose=`` every value
is its address.  getsockopt reads the length offered at entry and prints
``[offered => returned]`` when the kernel changed it."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, syscall_decoder
from decoders.net import sockopt_xlat as X
from decoders.net.addrs import hex_string, ifindex_text, inet_addr_text, mac_text
from decoders.net.sock_filter import sock_filter_text, sock_fprog_text
from decoders.net.sockaddr import AF_INET, AF_INET6, SOCKADDR_STORAGE, sockaddr_text
from decoders.render.errors import errno_value_text
from decoders.render.flags import print_xval
from decoders.render.numbers import U32, id_text, int32
from decoders.render.scalars import fd_text, pid_text
from decoders.render.strings import buffer, hex_address, printstr_ex
from decoders.render.structs import fetch, print_array

SOL_IP, SOL_SOCKET, SOL_TCP, SOL_UDP, SOL_IPV6, SOL_RAW = 0, 1, 6, 17, 41, 255
SOL_PACKET, SOL_NETLINK, AF_VSOCK = 263, 270, 40

# level -> (names, names for getsockopt only, for setsockopt only, default)
_NAMES = {
    SOL_SOCKET: (X.SOCK_OPTIONS, X.GETSOCK_OPTIONS, X.SETSOCK_OPTIONS, "SO_???"),
    SOL_IP: (X.SOCK_IP_OPTIONS, X.GETSOCK_IP_OPTIONS, X.SETSOCK_IP_OPTIONS, "IP_???"),
    SOL_IPV6: (X.SOCK_IPV6_OPTIONS, X.GETSOCK_IPV6_OPTIONS, X.SETSOCK_IPV6_OPTIONS, "IPV6_???"),
}
for _level, _table, _dflt in (
        (AF_VSOCK, X.SOCK_VSOCK_OPTIONS, "SO_VM_???"), (256, X.SOCK_IPX_OPTIONS, "IPX_???"),
        (257, X.SOCK_AX25_OPTIONS, "AX25_???"), (SOL_PACKET, X.SOCK_PACKET_OPTIONS, "PACKET_???"),
        (SOL_TCP, X.SOCK_TCP_OPTIONS, "TCP_???"), (101, X.SOCK_CAN_RAW_OPTIONS, "CAN_RAW_???"),
        (132, X.SOCK_SCTP_OPTIONS, "SCTP_???"), (SOL_RAW, X.SOCK_RAW_OPTIONS, "RAW_???"),
        (SOL_NETLINK, X.SOCK_NETLINK_OPTIONS, "NETLINK_???"),
        (SOL_UDP, X.SOCK_UDP_OPTIONS, "UDP_???"), (266, X.SOCK_IRDA_OPTIONS, "IRLMP_???"),
        (268, X.SOCK_LLC_OPTIONS, "LLC_OPT_???"), (269, X.SOCK_DCCP_OPTIONS, "DCCP_SOCKOPT_???"),
        (271, X.SOCK_TIPC_OPTIONS, "TIPC_???"), (272, X.SOCK_RXRPC_OPTIONS, "RXRPC_???"),
        (273, X.SOCK_PPPOL2TP_OPTIONS, "PPPOL2TP_SO_???"),
        (274, X.SOCK_BLUETOOTH_OPTIONS, "BT_???"), (275, X.SOCK_PNP_OPTIONS, "PNPIPE_???"),
        (276, X.SOCK_RDS_OPTIONS, "RDS_???"), (277, X.SOCK_IUCV_OPTIONS, "SO_???"),
        (278, X.SOCK_CAIF_OPTIONS, "CAIFSO_???"), (279, X.SOCK_ALG_OPTIONS, "ALG_???"),
        (280, X.SOCK_NFCLLCP_OPTIONS, "NFC_LLCP_???"), (281, X.SOCK_KCM_OPTIONS, "KCM_???"),
        (282, X.SOCK_TLS_OPTIONS, "TLS_???"), (283, X.SOCK_XDP_OPTIONS, "XDP_???")):
    _NAMES[_level] = (_table, (), (), _dflt)


def _so(*names: str) -> frozenset:
    found = {name: value for value, name in X.SOCK_OPTIONS}
    return frozenset(found[name] for name in names)


# the options whose value is an int (strace's "all known int-like options")
_INT_LIKE = _so(
    "SO_DEBUG", "SO_REUSEADDR", "SO_DONTROUTE", "SO_BROADCAST", "SO_SNDBUF", "SO_RCVBUF",
    "SO_KEEPALIVE", "SO_OOBINLINE", "SO_NO_CHECK", "SO_PRIORITY", "SO_BSDCOMPAT",
    "SO_REUSEPORT", "SO_PASSCRED", "SO_RCVLOWAT", "SO_SNDLOWAT", "SO_DETACH_FILTER",
    "SO_TIMESTAMP_OLD", "SO_ACCEPTCONN", "SO_SNDBUFFORCE", "SO_RCVBUFFORCE", "SO_PASSSEC",
    "SO_TIMESTAMPNS_OLD", "SO_MARK", "SO_TIMESTAMPING_OLD", "SO_RXQ_OVFL", "SO_WIFI_STATUS",
    "SO_PEEK_OFF", "SO_NOFCS", "SO_LOCK_FILTER", "SO_SELECT_ERR_QUEUE", "SO_BUSY_POLL",
    "SO_INCOMING_CPU", "SO_CNX_ADVICE", "SO_INCOMING_NAPI_ID", "SO_ZEROCOPY",
    "SO_TIMESTAMP_NEW", "SO_TIMESTAMPNS_NEW", "SO_TIMESTAMPING_NEW", "SO_DETACH_REUSEPORT_BPF",
    "SO_PREFER_BUSY_POLL", "SO_BUSY_POLL_BUDGET", "SO_RESERVE_MEM", "SO_RCVMARK")
SO_ERROR, SO_LINGER, SO_PEERCRED, SO_ATTACH_FILTER, SO_TXREHASH = 4, 13, 17, 26, 74
SO_ATTACH_REUSEPORT_CBPF = 51
IP_ADD_MEMBERSHIP, IP_DROP_MEMBERSHIP, MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP = 35, 36, 42, 45
IPV6_MREQ_OPTIONS = frozenset((20, 21, 27, 28))   # IPV6_{ADD,DROP}_MEMBERSHIP, *_ANYCAST
PACKET_ADD_MEMBERSHIP, PACKET_DROP_MEMBERSHIP, PACKET_RX_RING, PACKET_TX_RING = 1, 2, 5, 13
PACKET_STATISTICS, ICMP_FILTER, NETLINK_LIST_MEMBERSHIPS = 6, 1, 9
GROUP_REQ_SIZE = 8 + SOCKADDR_STORAGE
SOCK_FPROG_SIZE = 16


@arg_kind("sockopt_level")
def _sockopt_level(value: int, call: Call) -> str:
    return print_xval(value & U32, X.SOCKET_LAYERS, "SOL_??", call.opts.xlat_style)


def _head(call: Call, getting: bool) -> str:
    """print_sockopt_fd_level_name: ``3, SOL_SOCKET, SO_TYPE``."""
    level, name = call.args[1] & U32, call.args[2] & U32
    style = call.opts.xlat_style
    known = _NAMES.get(level)
    if known is None:
        opt = str(name)
    else:
        common, get_only, set_only, dflt = known
        opt = print_xval(name, common + (get_only if getting else set_only), dflt, style)
    return "%s, %s, %s" % (fd_text(call.args[0], call),
                           print_xval(level, X.SOCKET_LAYERS, "SOL_??", style), opt)


# ---- values ------------------------------------------------------------------------

def _int_at(call: Call, where: int) -> str:
    """printnum_int: ``[42]``."""
    data = fetch(call, where, 4)
    return hex_address(where) if data is None else "[%d]" % struct.unpack("<i", data)[0]


def _forced_hex(call: Call, where: int, length: int) -> str:
    return printstr_ex(call, where, length, force_hex=True)


def _fields_by_length(data: bytes, length: int, fields) -> str:
    """MAYBE_PRINT_FIELD_LEN over a structure the kernel returned ``length``
    bytes of: whole fields decoded, a cut one in hex, missing ones left out."""
    parts = []
    for name, start, size, render in fields:
        if length <= start:
            break
        if length >= start + size:
            parts.append("%s=%s" % (name, render(data[start:start + size])))
        else:
            parts.append("%s=%s" % (name, hex_string(data[start:length])))
    return "{" + ", ".join(parts) + "}"


def _partial_struct(call: Call, where: int, length: int, size: int, fields) -> str:
    length = min(length, size)
    data = fetch(call, where, length)
    return hex_address(where) if data is None else _fields_by_length(data, length, fields)


def _u32(raw: bytes) -> str:
    return str(struct.unpack("<I", raw)[0])


def _i32(raw: bytes) -> str:
    return str(struct.unpack("<i", raw)[0])


def _linger_get(call: Call, where: int, length: int) -> str:
    return _partial_struct(call, where, length, 8, (("l_onoff", 0, 4, _i32),
                                                    ("l_linger", 4, 4, _i32)))


def _ucred_get(call: Call, where: int, length: int) -> str:
    def ident(raw: bytes) -> str:
        return id_text(struct.unpack("<I", raw)[0])
    return _partial_struct(call, where, length, 12, (
        ("pid", 0, 4, lambda raw: pid_text(struct.unpack("<i", raw)[0], call)),
        ("uid", 4, 4, ident), ("gid", 8, 4, ident)))


def _tpacket_stats(call: Call, where: int, length: int) -> str:
    return _partial_struct(call, where, length, 12, (
        ("tp_packets", 0, 4, _u32), ("tp_drops", 4, 4, _u32), ("tp_freeze_q_cnt", 8, 4, _u32)))


def _so_error(call: Call, where: int, length: int) -> str:
    if length < 4:
        return _forced_hex(call, where, length)
    data = fetch(call, where, 4)
    if data is None:
        return hex_address(where)
    return "[%s]" % errno_value_text(struct.unpack("<I", data)[0], call.opts.xlat_style)


def _txrehash(call: Call, where: int, length: int) -> str:
    if length < 4:
        return _forced_hex(call, where, length) if call.exiting else hex_address(where)
    data = fetch(call, where, 4)
    if data is None:
        return hex_address(where)
    return "[%s]" % print_xval(struct.unpack("<i", data)[0], X.SOCKOPT_TXREHASH_VALS,
                               "SOCK_TXREHASH_???", call.opts.xlat_style, fmt="d")


def _icmp_filter(call: Call, where: int, length: int) -> str:
    """The ICMP types a raw socket filters out, as a bit set (``~[...]`` for
    the types let through when those are fewer)."""
    if length <= 0:
        return hex_address(where)
    length = min(length, 4)
    data = fetch(call, where, length)
    if data is None:
        return hex_address(where)
    # bytes the caller did not give keep the kernel's all-ones default
    bits = struct.unpack("<I", data + b"\xff" * (4 - length))[0]
    prefix = ""
    if bin(bits).count("1") > 16:
        prefix, bits = "~", ~bits & U32
    style = call.opts.xlat_style
    names = [print_xval(i, X.ICMP_FILTER_FLAGS, "ICMP_???", style)
             for i in range(32) if bits >> i & 1]
    return prefix + "[" + " ".join(names) + "]"


def _int_or_hex(call: Call, where: int, length: int) -> str:
    return _int_at(call, where) if length >= 4 else _forced_hex(call, where, length)


def _memberships(call: Call, where: int, length: int) -> str:
    count = min(call.saved["ulen"], length) // 4
    return print_array(call, where, count, 4, lambda raw: str(struct.unpack("<I", raw)[0]))


def _filter_got(call: Call, where: int, length: int) -> str:
    """The filter a socket has: the length the kernel returns is the number
    of instructions (a u16); anything wider was made up by the caller."""
    if length > 0xFFFF:
        return hex_address(where)
    return sock_filter_text(call, where, length)


# (level, name) -> printer(call, where, returned length), for getsockopt
_GET = {(SOL_SOCKET, SO_LINGER): _linger_get, (SOL_SOCKET, SO_PEERCRED): _ucred_get,
        (SOL_SOCKET, SO_ATTACH_FILTER): _filter_got,
        (SOL_SOCKET, SO_ERROR): _so_error, (SOL_SOCKET, SO_TXREHASH): _txrehash,
        (SOL_PACKET, PACKET_STATISTICS): _tpacket_stats, (SOL_RAW, ICMP_FILTER): _icmp_filter}
_GET.update(((SOL_SOCKET, name), _int_or_hex) for name in _INT_LIKE)


def _linger_set(call: Call, where: int, length: int) -> str:
    if length < 8:
        return hex_address(where)
    data = fetch(call, where, 8)
    return hex_address(where) if data is None else "{l_onoff=%d, l_linger=%d}" % struct.unpack(
        "<ii", data)


def _struct_at_least(size: int, render):
    """A structure printed when the caller gave at least its size."""
    def printer(call: Call, where: int, length: int) -> str:
        if length < size:
            return hex_address(where)
        data = fetch(call, where, size)
        return hex_address(where) if data is None else render(data, call)
    return printer


def _struct_exactly(size: int, render):
    """A structure printed only when the caller gave exactly its size."""
    def printer(call: Call, where: int, length: int) -> str:
        data = call.mem.read(where, size) if length == size else None
        return hex_address(where) if data is None else render(data, call)
    return printer


def _mreq(data: bytes, call: Call) -> str:
    return "{%s, %s}" % (inet_addr_text(AF_INET, data[:4], "imr_multiaddr", call),
                         inet_addr_text(AF_INET, data[4:8], "imr_interface", call))


def _mreq6(data: bytes, call: Call) -> str:
    return "{%s, ipv6mr_interface=%s}" % (
        inet_addr_text(AF_INET6, data[:16], "ipv6mr_multiaddr", call),
        ifindex_text(struct.unpack_from("<I", data, 16)[0], call))


def _group_req(data: bytes, call: Call) -> str:
    return "{gr_interface=%s, gr_group=%s}" % (
        ifindex_text(struct.unpack_from("<I", data)[0], call),
        sockaddr_text(data[8:], SOCKADDR_STORAGE, call))


def _tpacket_req(data: bytes, call: Call) -> str:
    return ("{tp_block_size=%d, tp_block_nr=%d, tp_frame_size=%d, tp_frame_nr=%d}"
            % struct.unpack("<4I", data))


def _packet_mreq(data: bytes, call: Call) -> str:
    ifindex, kind, alen = struct.unpack_from("<iHH", data)
    return "{mr_ifindex=%s, mr_type=%s, mr_alen=%d, mr_address=%s}" % (
        ifindex_text(ifindex, call),
        print_xval(kind, X.PACKET_MREQ_TYPE, "PACKET_MR_???", call.opts.xlat_style), alen,
        mac_text(data[8:8 + min(alen, 8)], call))


def _int_unless_short(call: Call, where: int, length: int) -> str:
    return hex_address(where) if length < 4 else _int_at(call, where)


def _filter_program(call: Call, where: int, length: int) -> str:
    if length & U32 != SOCK_FPROG_SIZE:
        return hex_address(where)
    return sock_fprog_text(call, where)


# (level, name) -> printer(call, where, length), for setsockopt
_SET = {(SOL_SOCKET, SO_LINGER): _linger_set, (SOL_SOCKET, SO_TXREHASH): _txrehash,
        (SOL_SOCKET, SO_ATTACH_FILTER): _filter_program,
        (SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF): _filter_program,
        (SOL_IP, IP_ADD_MEMBERSHIP): _struct_at_least(8, _mreq),
        (SOL_IP, IP_DROP_MEMBERSHIP): _struct_at_least(8, _mreq),
        (SOL_PACKET, PACKET_RX_RING): _struct_exactly(16, _tpacket_req),
        (SOL_PACKET, PACKET_TX_RING): _struct_exactly(16, _tpacket_req),
        (SOL_PACKET, PACKET_ADD_MEMBERSHIP): _struct_exactly(16, _packet_mreq),
        (SOL_PACKET, PACKET_DROP_MEMBERSHIP): _struct_exactly(16, _packet_mreq),
        (SOL_RAW, ICMP_FILTER): _icmp_filter}
_SET.update(((SOL_SOCKET, name), _int_unless_short) for name in _INT_LIKE)
_SET.update(((SOL_IPV6, name), _struct_at_least(20, _mreq6)) for name in IPV6_MREQ_OPTIONS)
for _level in (SOL_IP, SOL_IPV6):
    for _name in (MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP):
        _SET[(_level, _name)] = _struct_at_least(GROUP_REQ_SIZE, _group_req)


def _value(call: Call, where: int, length: int, printers: dict, default_length: int) -> str:
    """The value at ``where``: by its option when strace knows it, else an
    int of an int's size or a string; the address outside -e verbose=."""
    verbose = not call.opts.structs_as_addresses
    if where and verbose:
        level, name = call.args[1] & U32, call.args[2] & U32
        # an option's own printer, else its whole level's (netlink's)
        printer = printers.get((level, name)) or printers.get((level, None))
        if printer is not None:
            return printer(call, where, length)
    if not verbose:
        return hex_address(where)
    if length == 4:
        return _int_at(call, where)
    return buffer(where, default_length, call)


_SET[(SOL_NETLINK, None)] = _int_unless_short
_GET[(SOL_NETLINK, None)] = lambda call, where, length: _int_at(call, where)
_GET[(SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS)] = _memberships


@syscall_decoder("setsockopt")
class Setsockopt:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        length = int32(call.args[4])
        # an int length strace widens to a (huge) buffer size when negative
        value = _value(call, call.args[3], length, _SET, length & 0xFFFFFFFFFFFFFFFF)
        return "%s, %s, %d" % (_head(call, False), value, length)

    @staticmethod
    def exit(call: Call) -> str:
        return ""


@syscall_decoder("getsockopt")
class Getsockopt:
    @staticmethod
    def entry(call: Call) -> str:
        head = _head(call, True) + ", "
        data = call.mem.read(call.args[4], 4) if call.args[4] else None
        if data is None:
            call.saved["decoded"] = True
            return head + "%s, %s" % (hex_address(call.args[3]), hex_address(call.args[4]))
        call.saved["ulen"] = struct.unpack("<i", data)[0]
        return head

    @staticmethod
    def exit(call: Call) -> str:
        if "ulen" not in call.saved:
            return ""
        ulen = call.saved["ulen"]
        where = call.args[3]
        data = None if call.failed else call.mem.read(call.args[4], 4)
        if data is None:
            return "%s, [%d]" % (hex_address(where), ulen)
        rlen = struct.unpack("<i", data)[0]
        optlen = "[%d]" % rlen if ulen == rlen else "[%d => %d]" % (ulen, rlen)
        if ulen <= 0 or rlen <= 0:
            # the kernel neither takes nor gives a negative length
            return "%s, %s" % (hex_address(where), optlen)
        return "%s, %s" % (_value(call, where, rlen, _GET, rlen), optlen)
