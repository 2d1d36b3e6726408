"""NETLINK_CRYPTO: struct crypto_user_alg and the algorithm reports."""
from __future__ import annotations

from decoders import Call
from decoders.net.netlink.crypto_xlat import CRYPTO_NL_ATTRS, NL_CRYPTO_TYPES
from decoders.net.netlink.fields import U, X, Struct, align4, cstring, fetch_text
from decoders.net.netlink.message_xlat import (
    NETLINK_DELETE_FLAGS, NETLINK_GET_FLAGS, NETLINK_NEW_FLAGS)
from decoders.net.netlink.nlattr import Attrs, decode_cstr, decode_u32
from decoders.net.netlink.protocol import Header, Protocol
from decoders.render.strings import printstr_ex

CRYPTO_MSG_NEWALG, CRYPTO_MSG_DELALG, CRYPTO_MSG_UPDATEALG = 0x10, 0x11, 0x12
CRYPTO_MSG_GETALG, CRYPTO_MSG_DELRNG = 0x13, 0x14

_TYPE = ("type", "64s", cstring)
_GENIV = ("geniv", "64s", cstring)
_USER_ALG = Struct(
    ("cru_name", "64s", cstring), ("cru_driver_name", "64s", cstring),
    ("cru_module_name", "64s", cstring), ("cru_type", "I", X), ("cru_mask", "I", X),
    ("cru_refcnt", "I", U), ("cru_flags", "I", X))
_HASH = Struct(_TYPE, ("blocksize", "I", U), ("digestsize", "I", U))
_BLKCIPHER = Struct(_TYPE, _GENIV, ("blocksize", "I", U), ("min_keysize", "I", U),
                    ("max_keysize", "I", U), ("ivsize", "I", U))
_AEAD = Struct(_TYPE, _GENIV, ("blocksize", "I", U), ("maxauthsize", "I", U),
               ("ivsize", "I", U))
_RNG = Struct(_TYPE, ("seedsize", "I", U))
_CIPHER = Struct(_TYPE, ("blocksize", "I", U), ("min_keysize", "I", U),
                 ("max_keysize", "I", U))


def _report(layout: Struct):
    """A report structure, or the bytes as a string when too short for it."""
    def decoder(call: Call, addr: int, length: int, context=None) -> str:
        if length < layout.size:
            return printstr_ex(call, addr, length)
        data, failed = fetch_text(call, addr, layout.size)
        return failed if data is None else layout.text(data, call)
    return decoder


def _generic_report(call: Call, addr: int, length: int, context=None) -> str:
    return "{type=" + decode_cstr(call, addr, length) + "}"


_ALG_ATTRS = Attrs(CRYPTO_NL_ATTRS, "CRYPTOCFGA_???", {
    "CRYPTOCFGA_PRIORITY_VAL": decode_u32,
    "CRYPTOCFGA_REPORT_LARVAL": _generic_report,
    "CRYPTOCFGA_REPORT_HASH": _report(_HASH),
    "CRYPTOCFGA_REPORT_BLKCIPHER": _report(_BLKCIPHER),
    "CRYPTOCFGA_REPORT_AEAD": _report(_AEAD),
    "CRYPTOCFGA_REPORT_COMPRESS": _generic_report,
    "CRYPTOCFGA_REPORT_RNG": _report(_RNG),
    "CRYPTOCFGA_REPORT_CIPHER": _report(_CIPHER),
    "CRYPTOCFGA_REPORT_AKCIPHER": _generic_report,
    "CRYPTOCFGA_REPORT_KPP": _generic_report,
    "CRYPTOCFGA_REPORT_ACOMP": _generic_report,
})


def _payload(call: Call, header: Header, addr: int, length: int) -> str | None:
    if header.type not in (CRYPTO_MSG_NEWALG, CRYPTO_MSG_DELALG, CRYPTO_MSG_UPDATEALG,
                           CRYPTO_MSG_GETALG):
        return None
    if length < _USER_ALG.size:
        return printstr_ex(call, addr, length)
    data, failed = fetch_text(call, addr, _USER_ALG.size)
    if data is None:
        return failed
    text = _USER_ALG.text(data, call)
    offset = align4(_USER_ALG.size)
    if length > offset:
        text += ", " + _ALG_ATTRS.decode(call, addr + offset, length - offset)
    return text


_FLAGS_BY_TYPE = {
    CRYPTO_MSG_NEWALG: NETLINK_NEW_FLAGS,
    CRYPTO_MSG_DELALG: NETLINK_DELETE_FLAGS,
    CRYPTO_MSG_DELRNG: NETLINK_DELETE_FLAGS,
    CRYPTO_MSG_GETALG: NETLINK_GET_FLAGS,
}

PROTOCOL = Protocol(types=NL_CRYPTO_TYPES, dflt="CRYPTO_MSG_???",
                    flags_for=_FLAGS_BY_TYPE.get, payload=_payload)
