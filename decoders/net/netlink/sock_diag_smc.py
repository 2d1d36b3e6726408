"""sock_diag of AF_SMC sockets: struct smc_diag_req and smc_diag_msg, whose
socket ids are always AF_INET ones."""
from __future__ import annotations

from decoders import Call
from decoders.net.netlink import sock_diag_smc_xlat as xl
from decoders.net.netlink.fields import (
    U, X, Struct, cstring, family_message, fetch_text, flags, xval, xval_verbose, zero_x)
from decoders.net.netlink.nlattr import Attrs, nla_flags, struct_decoder
from decoders.net.netlink.sock_diag_inet import sockid
from decoders.net.socket_xlat import ADDRESS_FAMILIES
from decoders.render.structs import local_array

AF_INET = 2
FAMILY = xval(ADDRESS_FAMILIES, "AF_???")
_REQUEST = Struct(
    ("diag_family", "B", FAMILY), ("pad", "2x", None),
    ("diag_ext", "B", flags(xl.SMC_DIAG_EXTENDED_FLAGS, "1<<SMC_DIAG_???-1")),
    ("id", "48s", sockid(AF_INET)))
_MESSAGE = Struct(
    ("diag_family", "B", FAMILY), ("diag_state", "B", xval(xl.SMC_STATES, "SMC_???")),
    ("diag_fallback", "B", xval(xl.SMC_DIAG_MODE, "SMC_DIAG_MODE_???")),
    ("diag_shutdown", "B", U), ("id", "48s", sockid(AF_INET)), ("diag_uid", "I", U),
    ("diag_inode", "Q", U))
_CURSOR = Struct(("reserved", "H", U), ("wrap", "H", U), ("count", "I", U))


def _cursor(value: bytes, call: Call) -> str:
    return _CURSOR.text(value, call)


_CONNINFO = Struct(
    ("token", "I", U), ("sndbuf_size", "I", U), ("rmbe_size", "I", U),
    ("peer_rmbe_size", "I", U), ("rx_prod", "8s", _cursor), ("rx_cons", "8s", _cursor),
    ("tx_prod", "8s", _cursor), ("tx_cons", "8s", _cursor),
    ("rx_prod_flags", "B", zero_x(1)), ("rx_conn_state_flags", "B", zero_x(1)),
    ("tx_prod_flags", "B", zero_x(1)), ("tx_conn_state_flags", "B", zero_x(1)),
    ("tx_prep", "8s", _cursor), ("tx_sent", "8s", _cursor), ("tx_fin", "8s", _cursor))
_LINKINFO = Struct(
    ("link_id", "B", U), ("ibname", "64s", cstring), ("ibport", "B", U),
    ("gid", "40s", cstring), ("peer_gid", "40s", cstring))


_LGRINFO = Struct(("lnk", "%ds" % _LINKINFO.size, None),
                  ("role", "B", xval(xl.SMC_LINK_GROUP_ROLES, "SMC_???")))
_DMBINFO = Struct(("linkid", "I", U), ("pad", "4x", None), ("peer_gid", "Q", X),
                  ("my_gid", "Q", X), ("token", "Q", X), ("peer_token", "Q", X))
_FALLBACK = Struct(
    ("reason", "I", xval_verbose(xl.SMC_DECL_CODES, "SMC_CLC_DECL_???")),
    ("peer_diagnosis", "I", xval_verbose(xl.SMC_DECL_CODES, "SMC_CLC_DECL_???")))


def _lgrinfo(call: Call, addr: int, length: int, context=None) -> str | None:
    size = _LGRINFO.size
    if length < size:
        return None
    data, failed = fetch_text(call, addr, size)
    if data is None:
        return failed
    links = local_array([_LINKINFO.text(data[:_LINKINFO.size], call)], call)
    return "{lnk=%s, %s}" % (links, _LGRINFO.items(data, call)[0])


_ATTRS = Attrs(xl.SMC_DIAG_ATTRS, "SMC_DIAG_???", {
    "SMC_DIAG_CONNINFO": struct_decoder(_CONNINFO),
    "SMC_DIAG_LGRINFO": _lgrinfo,
    "SMC_DIAG_SHUTDOWN": nla_flags(xl.SOCK_SHUTDOWN_FLAGS, "???_SHUTDOWN", 1),
    "SMC_DIAG_DMBINFO": struct_decoder(_DMBINFO),
    "SMC_DIAG_FALLBACK": struct_decoder(_FALLBACK),
})

decode_request = family_message(_REQUEST)
decode_message = family_message(_MESSAGE, _ATTRS)
