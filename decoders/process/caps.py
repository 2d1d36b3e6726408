"""capget/capset: the header's version decides how many data structs follow."""
from __future__ import annotations

import struct

from decoders import Call, syscall_decoder
from decoders.process.caps_xlat import CAP_MASK0, CAP_MASK1, CAP_VERSION
from decoders.render.flags import print_flags, print_xval
from decoders.render.scalars import pid_text
from decoders.render.strings import hex_address

_LINUX_CAPABILITY_VERSION_2 = 0x20071026
_LINUX_CAPABILITY_VERSION_3 = 0x20080522


def _header(call: Call):
    where = call.args[0]
    if not where:
        return None
    data = call.mem.read(where, 8)
    return None if data is None else struct.unpack("<Ii", data)


def _header_text(call: Call, header) -> str:
    if header is None:
        return hex_address(call.args[0])
    version, pid = header
    return "{version=%s, pid=%s}" % (
        print_xval(version, CAP_VERSION, "_LINUX_CAPABILITY_VERSION_???",
                   call.opts.xlat_style), pid_text(pid, call))


def _bits(lo: int, hi: int, style: str) -> str:
    parts = []
    if lo or not hi:
        parts.append(print_flags(lo, CAP_MASK0, "CAP_???", style))
    if hi:
        parts.append(print_flags(hi, CAP_MASK1, "CAP_???", style))
    return "|".join(parts)


def _data_text(call: Call, header) -> str:
    where = call.args[1]
    if not where or header is None:
        return hex_address(where)
    count = 2 if header[0] in (_LINUX_CAPABILITY_VERSION_2, _LINUX_CAPABILITY_VERSION_3) else 1
    if call.exiting and call.failed:
        return hex_address(where)
    data = call.mem.read(where, 12 * count)
    if data is None:
        return hex_address(where)
    words = struct.unpack("<%dI" % (3 * count), data)
    high = words[3:] if count == 2 else (0, 0, 0)
    style = call.opts.xlat_style
    return "{effective=%s, permitted=%s, inheritable=%s}" % tuple(
        _bits(words[i], high[i], style) for i in range(3))


@syscall_decoder("capget")
class Capget:
    @staticmethod
    def entry(call: Call) -> str:
        return _header_text(call, _header(call)) + ", "

    @staticmethod
    def exit(call: Call) -> str:
        header = None if call.failed else _header(call)
        return _data_text(call, header)


@syscall_decoder("capset")
class Capset:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        header = _header(call)
        return _header_text(call, header) + ", " + _data_text(call, header)

    @staticmethod
    def exit(call: Call) -> str:
        return ""
