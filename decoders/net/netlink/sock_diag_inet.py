"""sock_diag of AF_INET and AF_INET6 sockets: the inet_diag requests (v2 and
the old TCPDIAG_GETSOCK one), their bytecode filters, and struct
inet_diag_msg with its many attributes."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink import sock_diag_inet_xlat as xl
from decoders.net.netlink.fields import (
    U, X, Named, Struct, cookie, family_message, fetch_text, flags, hex_string, ifindex,
    inet_addr_text, net_port, xval)
from decoders.net.netlink.nlattr import (
    Attrs, array_of, decode_inet_addr, decode_meminfo, decode_str, decode_u8, decode_u16,
    decode_u32, decode_u64, decode_x32, decode_xint, fetch_payload, hex_payload, nla_flags,
    nla_xval, struct_decoder)
from decoders.net.netlink.protocol import Header
from decoders.net.netlink.sock_diag_xlat import TCP_STATE_FLAGS, TCP_STATES
from decoders.net.sockaddr import sockaddr_text
from decoders.net.socket_xlat import ADDRESS_FAMILIES, INET_PROTOCOLS
from decoders.render.structs import nonzero_tail, page_size

TCPDIAG_GETSOCK, DCCPDIAG_GETSOCK = 18, 19
FAMILY = xval(ADDRESS_FAMILIES, "AF_???")
_SOCKID = Struct(
    ("idiag_sport", "2s", net_port), ("idiag_dport", "2s", net_port),
    ("idiag_src", "16s", None), ("idiag_dst", "16s", None),
    ("idiag_if", "I", ifindex), ("idiag_cookie", "2I", cookie))


def sockid_text(raw: bytes, family: int, call: Call) -> str:
    """struct inet_diag_sockid, its addresses of ``family``."""
    items = _SOCKID.items(raw, call)
    items[2:2] = [inet_addr_text(family, raw[4:20], "idiag_src", call),
                  inet_addr_text(family, raw[20:36], "idiag_dst", call)]
    return "{" + ", ".join(items) + "}"


def sockid(family: int | None = None) -> Named:
    """The ``id`` field: of the structure's own family, or of ``family``."""
    return Named(lambda name, value, call, data: "%s=%s" % (
        name, sockid_text(value, data[0] if family is None else family, call)))


_EXT = flags(xl.INET_DIAG_EXTENDED_FLAGS, "1<<INET_DIAG_???-1")
_STATES = flags(TCP_STATE_FLAGS, "1<<TCP_???")
_REQUEST = Struct(
    ("idiag_family", "B", FAMILY), ("idiag_src_len", "B", U), ("idiag_dst_len", "B", U),
    ("idiag_ext", "B", _EXT), ("id", "48s", sockid()), ("idiag_states", "I", _STATES),
    ("idiag_dbs", "I", U))
_REQUEST_V2 = Struct(
    ("sdiag_family", "B", FAMILY), ("sdiag_protocol", "B", xval(INET_PROTOCOLS, "IPPROTO_???")),
    ("idiag_ext", "B", _EXT), ("pad", "x", None), ("idiag_states", "I", _STATES),
    ("id", "48s", sockid()))
_MESSAGE = Struct(
    ("idiag_family", "B", FAMILY), ("idiag_state", "B", xval(TCP_STATES, "TCP_???")),
    ("idiag_timer", "B", U), ("idiag_retrans", "B", U), ("id", "48s", sockid()),
    ("idiag_expires", "I", U), ("idiag_rqueue", "I", U), ("idiag_wqueue", "I", U),
    ("idiag_uid", "I", U), ("idiag_inode", "I", U))

# ---- request bytecode ---------------------------------------------------------

_BC_OP = Struct(("code", "B", xval(xl.INET_DIAG_BYTECODES, "INET_DIAG_BC_???")),
                ("yes", "B", U), ("no", "H", U))
_HOSTCOND = Struct(("family", "B", FAMILY), ("prefix_len", "B", U), ("pad", "2x", None),
                   ("port", "I", U))
_MARKCOND = Struct(("mark", "I", U), ("mask", "I", U))
BC_S_GE, BC_S_LE, BC_D_GE, BC_D_LE, BC_S_COND, BC_D_COND = 2, 3, 4, 5, 7, 8
BC_DEV_COND, BC_MARK_COND = 9, 10


def _fixed(call: Call, addr: int, length: int, layout: Struct, render=None) -> str:
    data, failed = fetch_payload(call, addr, length, layout.size)
    if data is None:
        return failed
    return render(data) if render else layout.text(data, call)


def _hostcond(call: Call, addr: int, length: int) -> str:
    def render(data: bytes) -> str:
        items = _HOSTCOND.items(data, call)
        if length > _HOSTCOND.size:
            items.append(decode_inet_addr(call, addr + _HOSTCOND.size, length - _HOSTCOND.size,
                                          data[0], "addr"))
        return "{" + ", ".join(items) + "}"
    return _fixed(call, addr, length, _HOSTCOND, render)


def _bytecode_data(call: Call, addr: int, length: int, code: int) -> str:
    if code in (BC_S_COND, BC_D_COND):
        return _hostcond(call, addr, length)
    if code == BC_DEV_COND:
        data, failed = fetch_payload(call, addr, length, 4)
        return failed if data is None else ifindex(struct.unpack("<I", data)[0], call)
    if code in (BC_S_GE, BC_S_LE, BC_D_GE, BC_D_LE):
        return _fixed(call, addr, length, _BC_OP)
    if code == BC_MARK_COND:
        return _fixed(call, addr, length, _MARKCOND)
    return hex_payload(call, addr, length)


def _bc_op(call: Call, addr: int, length: int, context=None) -> str | None:
    if length < _BC_OP.size:
        return None
    data, failed = fetch_text(call, addr, _BC_OP.size)
    if data is None:
        return failed
    text = _BC_OP.text(data, call)
    if length > _BC_OP.size:
        text += ", " + _bytecode_data(call, addr + 4, length - 4, data[0])
    return text


_REQUEST_ATTRS = Attrs(xl.INET_DIAG_REQ_ATTRS, "INET_DIAG_REQ_???", {
    "INET_DIAG_REQ_BYTECODE": _bc_op,
    "INET_DIAG_REQ_PROTOCOL": nla_xval(INET_PROTOCOLS, "IPPROTO_???"),
})

_request_compat = family_message(_REQUEST, _REQUEST_ATTRS)
_request_v2 = family_message(_REQUEST_V2, _REQUEST_ATTRS)


def decode_request(call: Call, addr: int, family: int, length: int,
                   header: Header | None = None) -> str:
    """inet_diag_req_v2, or the older inet_diag_req of TCPDIAG_GETSOCK."""
    if header is not None and header.type in (TCPDIAG_GETSOCK, DCCPDIAG_GETSOCK):
        return _request_compat(call, addr, family, length)
    return _request_v2(call, addr, family, length)


# ---- the answer's attributes --------------------------------------------------------

def _optional_fields(bits, call: Call) -> str:
    """The ``{name=1, ...}`` of the bit fields that are set (all with -v)."""
    shown = [(name, value) for name, value in bits if value or call.opts.verbose]
    return "{" + ", ".join("%s=%d" % pair for pair in shown) + "}"


_SOCKOPT_BITS = ("recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent",
                 "mc_all", "nodefrag", "bind_address_no_port", "recverr_rfc4884",
                 "defer_connect")


def _sockopt(call: Call, addr: int, length: int, context=None) -> str | None:
    """struct inet_diag_sockopt: one bit per option."""
    if length < 2:
        return None
    data, failed = fetch_text(call, addr, 2)
    if data is None:
        return failed
    word = data[0] | data[1] << 8
    bits = [(name, word >> i & 1) for i, name in enumerate(_SOCKOPT_BITS)]
    text = _optional_fields(bits, call)
    unused = word >> 11
    if unused or call.opts.verbose:
        extra = "unused=%s /* bits 3..8 */" % ("%#x" % unused if unused else "0")
        text = text[:-1] + (", " if text != "{}" else "") + extra + "}"
    return text + nonzero_tail(call, addr, 2, min(length, page_size()))


_MEMINFO = Struct(("idiag_rmem", "I", U), ("idiag_wmem", "I", U), ("idiag_fmem", "I", U),
                  ("idiag_tmem", "I", U))
_VEGAS = Struct(("tcpv_enabled", "I", U), ("tcpv_rttcnt", "I", U), ("tcpv_rtt", "I", U),
                ("tcpv_minrtt", "I", U))
_DCTCP = Struct(("dctcp_enabled", "H", U), ("dctcp_ce_state", "H", U),
                ("dctcp_alpha", "I", U), ("dctcp_ab_ecn", "I", U), ("dctcp_ab_tot", "I", U))
_BBR = Struct(("bbr_bw_lo", "I", X), ("bbr_bw_hi", "I", X), ("bbr_min_rtt", "I", U),
              ("bbr_pacing_gain", "I", U), ("bbr_cwnd_gain", "I", U))
_MD5SIG = struct.Struct("<BBH16s80s")


def _md5sig(chunk: bytes, call: Call) -> str:
    family, prefixlen, keylen, address, key = _MD5SIG.unpack(chunk)
    return "{tcpm_family=%s, tcpm_prefixlen=%d, tcpm_keylen=%d, %s, tcpm_key=%s}" % (
        FAMILY(family, call), prefixlen, keylen,
        inet_addr_text(family, address, "tcpm_addr", call), hex_string(key[:min(80, keylen)]))


_TLS_ATTRS = Attrs(xl.INET_DIAG_ULP_INFO_TLS_ATTRS, "TLS_INFO_???", {
    "TLS_INFO_VERSION": nla_xval(xl.TLS_INFO_VERSIONS, "TLS_???_VERSION", 2),
    "TLS_INFO_CIPHER": nla_xval(xl.TLS_INFO_CIPHERS, "TLS_CIPHER_???", 2),
    "TLS_INFO_TXCONF": nla_xval(xl.TLS_INFO_CONFIGS, "TLS_CONF_???", 2),
    "TLS_INFO_RXCONF": nla_xval(xl.TLS_INFO_CONFIGS, "TLS_CONF_???", 2),
})
_MPTCP_ATTRS = Attrs(xl.INET_DIAG_ULP_INFO_MPTCP_ATTRS, "MPTCP_SUBFLOW_ATTR_???", {
    "MPTCP_SUBFLOW_ATTR_TOKEN_REM": decode_x32,
    "MPTCP_SUBFLOW_ATTR_TOKEN_LOC": decode_x32,
    "MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ": decode_u32,
    "MPTCP_SUBFLOW_ATTR_MAP_SEQ": decode_u64,
    "MPTCP_SUBFLOW_ATTR_MAP_SFSEQ": decode_u32,
    "MPTCP_SUBFLOW_ATTR_SSN_OFFSET": decode_u32,
    "MPTCP_SUBFLOW_ATTR_MAP_DATALEN": decode_u16,
    "MPTCP_SUBFLOW_ATTR_FLAGS": nla_flags(xl.MPTCP_SUBFLOW_FLAGS, "MPTCP_SUBFLOW_FLAG_???", 4),
    "MPTCP_SUBFLOW_ATTR_ID_REM": decode_u8,
    "MPTCP_SUBFLOW_ATTR_ID_LOC": decode_u8,
})
_ULP_ATTRS = Attrs(xl.INET_DIAG_ULP_INFO_ATTRS, "INET_ULP_INFO_???", {
    "INET_ULP_INFO_NAME": decode_str,
    "INET_ULP_INFO_TLS": _TLS_ATTRS,
    "INET_ULP_INFO_MPTCP": _MPTCP_ATTRS,
})
_BPF_STORAGE_ATTRS = Attrs(xl.INET_DIAG_BPF_STORAGE_ATTRS, "SK_DIAG_BPF_STORAGE_???", {
    "SK_DIAG_BPF_STORAGE_MAP_ID": decode_u32,
    "SK_DIAG_BPF_STORAGE_MAP_VALUE": decode_xint,
})
_BPF_STORAGES_ATTRS = Attrs(xl.INET_DIAG_BPF_STORAGES_ATTRS, "SK_DIAG_BPF_STORAGE_???", {
    "SK_DIAG_BPF_STORAGE": _BPF_STORAGE_ATTRS,
})


_ATTRS = Attrs(xl.INET_DIAG_ATTRS, "INET_DIAG_???", {
    "INET_DIAG_MEMINFO": struct_decoder(_MEMINFO),
    "INET_DIAG_VEGASINFO": struct_decoder(_VEGAS),
    "INET_DIAG_CONG": decode_str,
    "INET_DIAG_TOS": decode_u8,
    "INET_DIAG_TCLASS": decode_u8,
    "INET_DIAG_SKMEMINFO": decode_meminfo,
    "INET_DIAG_SHUTDOWN": nla_flags(xl.INET_DIAG_SHUTDOWN_FLAGS, "???_SHUTDOWN", 1,
                                    style="verbose"),
    "INET_DIAG_DCTCPINFO": struct_decoder(_DCTCP),
    "INET_DIAG_PROTOCOL": nla_xval(INET_PROTOCOLS, "IPPROTO_???"),
    "INET_DIAG_SKV6ONLY": decode_u8,
    "INET_DIAG_LOCALS": array_of(128, lambda chunk, call: sockaddr_text(chunk, 128, call)),
    "INET_DIAG_PEERS": array_of(128, lambda chunk, call: sockaddr_text(chunk, 128, call)),
    "INET_DIAG_MARK": decode_u32,
    "INET_DIAG_BBRINFO": struct_decoder(_BBR),
    "INET_DIAG_CLASS_ID": decode_u32,
    "INET_DIAG_MD5SIG": array_of(_MD5SIG.size, _md5sig),
    "INET_DIAG_ULP_INFO": _ULP_ATTRS,
    "INET_DIAG_SK_BPF_STORAGES": _BPF_STORAGES_ATTRS,
    "INET_DIAG_CGROUP_ID": decode_u64,
    "INET_DIAG_SOCKOPT": _sockopt,
})

decode_message = family_message(_MESSAGE, _ATTRS)
