"""UBI ioctls (UBI_IOC*): volume creation, resizing and renaming, attaching
MTD devices, eraseblock maps, volume properties."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.protocol import Later, number_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.ioctl.ubi_xlat import (
    UBI_DATA_TYPES, UBI_VOLUME_FLAGS, UBI_VOLUME_PROPS, UBI_VOLUME_TYPES)
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import hexval
from decoders.render.strings import hex_address, quoted_cstring
from decoders.render.structs import local_array

UBI_MAX_VOLUME_NAME, UBI_MAX_RNVOL = 127, 32
MKVOL_REQ = Layout("vol_id:i alignment:i bytes:q vol_type:B flags:B name_len:h padding2:4s "
                   "name:128s", packed=True)
RSVOL_REQ = Layout("bytes:q vol_id:i", packed=True)
RNVOL_ENT = Layout("vol_id:i name_len:h padding2:2s name:128s", packed=True)
RNVOL_REQ = Layout("count:i padding1:12s ents:%ds" % (UBI_MAX_RNVOL * RNVOL_ENT.size),
                   packed=True)
LEB_CHANGE_REQ = Layout("lnum:i bytes:i dtype:B padding:7s", packed=True)
ATTACH_REQ = Layout("ubi_num:i mtd_num:i vid_hdr_offset:i max_beb_per1024:h disable_fm:b "
                    "padding:9s")
MAP_REQ = Layout("lnum:i dtype:B padding:3s", packed=True)
SET_VOL_PROP_REQ = Layout("property:B padding:7s value:Q", packed=True)


def _c(*names: str) -> frozenset:
    return frozenset(CODES["UBI_" + n] for n in names)


_INT = _c("IOCDET", "IOCEBER", "IOCEBISMAP", "IOCEBUNMAP", "IOCRMVOL", "IOCRPEB", "IOCSPEB")
_NO_ARG = _c("IOCVOLCRBLK", "IOCVOLRMBLK")
UBI_IOCMKVOL, UBI_IOCATT = CODES["UBI_IOCMKVOL"], CODES["UBI_IOCATT"]


def _name(record, hex_strings: int) -> str:
    """A name of name_len bytes (clamped to the array) and its NUL."""
    length = 1 + min(max(record.name_len, 0), UBI_MAX_VOLUME_NAME)
    return quoted_cstring(record.name[:length], hex_strings)


def _rnvol(call: Call, r) -> list:
    ents = []
    for i in range(min(max(r.count, 0), UBI_MAX_RNVOL)):
        e = RNVOL_ENT.unpack(r.ents, i * RNVOL_ENT.size)
        ents.append("{vol_id=%d, name_len=%d, name=%s}" % (
            e.vol_id, e.name_len, _name(e, call.opts.hex_strings)))
    return [("count", str(r.count)), ("ents", local_array(ents, call))]


def _entry_fields(call: Call, code: int, arg: int) -> str | None:
    """The request structure that is read at entry, or None."""
    style = call.opts.xlat_style
    layouts = {UBI_IOCMKVOL: MKVOL_REQ, UBI_IOCATT: ATTACH_REQ,
               CODES["UBI_IOCRSVOL"]: RSVOL_REQ, CODES["UBI_IOCRNVOL"]: RNVOL_REQ,
               CODES["UBI_IOCEBCH"]: LEB_CHANGE_REQ, CODES["UBI_IOCEBMAP"]: MAP_REQ,
               CODES["UBI_IOCSETVOLPROP"]: SET_VOL_PROP_REQ}
    layout = layouts.get(code)
    if layout is None:
        return None
    r = layout.fetch(call, arg)
    if r is None:
        return hex_address(arg)
    if layout is MKVOL_REQ:
        fields = [("vol_id", str(r.vol_id)), ("alignment", str(r.alignment)),
                  ("bytes", str(r.bytes)),
                  ("vol_type", print_xval(r.vol_type, UBI_VOLUME_TYPES,
                                          "UBI_???_VOLUME", style)),
                  ("flags", print_flags(r.flags, UBI_VOLUME_FLAGS, "UBI_VOL_???", style)),
                  ("name_len", str(r.name_len)), ("name", _name(r, call.opts.hex_strings))]
    elif layout is ATTACH_REQ:
        fields = [(n, str(getattr(r, n)))
                  for n in ("ubi_num", "mtd_num", "vid_hdr_offset", "max_beb_per1024")]
    elif layout is RSVOL_REQ:
        fields = [("bytes", str(r.bytes)), ("vol_id", str(r.vol_id))]
    elif layout is RNVOL_REQ:
        fields = _rnvol(call, r)
    elif layout is SET_VOL_PROP_REQ:
        fields = [("property", print_xval(r.property, UBI_VOLUME_PROPS, "UBI_VOL_PROP_???",
                                          style)), ("value", hexval(r.value))]
    else:
        dtype = print_xval(r.dtype, UBI_DATA_TYPES, "UBI_???", style)
        fields = [("lnum", str(r.lnum))] + ([("bytes", str(r.bytes))] if layout is
                                            LEB_CHANGE_REQ else []) + [("dtype", dtype)]
    return struct_text(fields)


def decode(call: Call, code: int, arg: int):
    """strace's ubi_ioctl (see protocol.py)."""
    if code in (UBI_IOCMKVOL, UBI_IOCATT):
        if call.exiting:
            # the new volume's or device's number
            return "" if call.failed else " => " + number_at(call, arg, "i", str)
        text = _entry_fields(call, code, arg)
        # an unreadable request is all there is to print
        return Later(", " + text) if text.startswith("{") else ", " + text
    text = _entry_fields(call, code, arg)
    if text is not None:
        return ", " + text
    if code == CODES["UBI_IOCVOLUP"]:
        return ", " + number_at(call, arg, "q", str)
    if code in _INT:
        return ", " + number_at(call, arg, "i", str)
    if code in _NO_ARG:
        return ""
    return None
