"""userfaultfd's ioctls: UFFDIO_API, UFFDIO_REGISTER, UFFDIO_COPY..."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.ioctl.protocol import Later
from decoders.ioctl.requests import CODES
from decoders.ioctl.uffd_xlat import (
    UFFD_API_FEATURES, UFFD_API_FLAGS, UFFD_COPY_FLAGS, UFFD_REGISTER_IOCTL_FLAGS,
    UFFD_REGISTER_MODE_FLAGS, UFFD_ZEROPAGE_FLAGS)
from decoders.render.flags import print_flags
from decoders.render.numbers import hexval
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

UFFDIO_API = CODES["UFFDIO_API"]
UFFDIO_COPY = CODES["UFFDIO_COPY"]
UFFDIO_REGISTER = CODES["UFFDIO_REGISTER"]
UFFDIO_UNREGISTER = CODES["UFFDIO_UNREGISTER"]
UFFDIO_WAKE = CODES["UFFDIO_WAKE"]
UFFDIO_ZEROPAGE = CODES["UFFDIO_ZEROPAGE"]
UFFD_REQUESTS = frozenset((UFFDIO_API, UFFDIO_COPY, UFFDIO_REGISTER, UFFDIO_UNREGISTER, UFFDIO_WAKE,
                   UFFDIO_ZEROPAGE))


def _range(start: int, length: int) -> str:
    return "{start=%s, len=%s}" % (hexval(start), hexval(length))


def decode(call: Call, code: int, arg: int):
    """strace's uffdio_ioctl (see protocol.py)."""
    if code not in UFFD_REQUESTS:
        return None
    if code in (UFFDIO_UNREGISTER, UFFDIO_WAKE):
        data = fetch(call, arg, 16)
        return ", " + (hex_address(arg) if data is None else _range(*struct.unpack("<QQ", data)))
    if call.exiting:
        return _exit(call, code, arg)
    return _entry(call, code, arg)


def _entry(call: Call, code: int, arg: int):
    style = call.opts.xlat_style
    size = {UFFDIO_API: 24, UFFDIO_COPY: 40, UFFDIO_REGISTER: 32, UFFDIO_ZEROPAGE: 32}[code]
    data = fetch(call, arg, size)
    if data is None:
        return ", " + hex_address(arg)
    if code == UFFDIO_API:
        api, features = struct.unpack_from("<QQ", data)
        call.saved["uffd_features"] = features
        return Later(", {api=%s, features=%s" % (hexval(api), print_flags(
            features, UFFD_API_FEATURES, "UFFD_FEATURE_???", style)))
    if code == UFFDIO_COPY:
        dst, src, length, mode = struct.unpack_from("<QQQQ", data)
        return Later(", {dst=%s, src=%s, len=%s, mode=%s" % (
            hexval(dst), hexval(src), hexval(length),
            print_flags(mode, UFFD_COPY_FLAGS, "UFFDIO_COPY_???", style)))
    start, length, mode = struct.unpack_from("<QQQ", data)
    table, dflt = ((UFFD_REGISTER_MODE_FLAGS, "UFFDIO_REGISTER_MODE_???")
                   if code == UFFDIO_REGISTER else
                   (UFFD_ZEROPAGE_FLAGS, "UFFDIO_ZEROPAGE_???"))
    return Later(", {range=%s, mode=%s" % (_range(start, length),
                                           print_flags(mode, table, dflt, style)))


def _exit(call: Call, code: int, arg: int) -> str:
    style = call.opts.xlat_style
    data = None if call.failed else call.mem.read(arg, 40 if code == UFFDIO_COPY else 24
                                                  if code == UFFDIO_API else 32)
    if data is None:
        return "}"
    if code == UFFDIO_API:
        _, features, ioctls = struct.unpack_from("<QQQ", data)
        text = ""
        if call.saved.get("uffd_features") != features:
            text += " => features=" + print_flags(features, UFFD_API_FEATURES, "UFFD_FEATURE_???", style)
        return text + ", ioctls=%s}" % print_flags(ioctls, UFFD_API_FLAGS, "_UFFDIO_???",
                                                    style)
    if code == UFFDIO_COPY:
        return ", copy=%s}" % hexval(struct.unpack_from("<q", data, 32)[0] & 0xFFFFFFFFFFFFFFFF)
    if code == UFFDIO_REGISTER:
        return ", ioctls=%s}" % print_flags(struct.unpack_from("<Q", data, 24)[0],
                                            UFFD_REGISTER_IOCTL_FLAGS, "UFFDIO_???", style)
    return ", zeropage=%s}" % hexval(struct.unpack_from("<q", data, 24)[0] & 0xFFFFFFFFFFFFFFFF)
