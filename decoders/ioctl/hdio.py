"""ATA/IDE disk ioctls (HDIO_*): geometry, drive commands, and the settings
read and written as numbers."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.ioctl.hdio_xlat import HDIO_BUSSTATES, HDIO_DRIVE_CMDS, HDIO_IDE_NICE
from decoders.ioctl.protocol import Later, number_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U64, hexval
from decoders.render.strings import buffer, hex_address, printstr_ex
from decoders.render.structs import print_array

HDIO_GETGEO, HDIO_DRIVE_CMD = CODES["HDIO_GETGEO"], CODES["HDIO_DRIVE_CMD"]
HD_GEOMETRY = Layout("heads:B sectors:B cylinders:H start:Q")
HD_DRIVE_CMD_HDR = Layout("command:B sector_number:B feature:B sector_count:B")
SECTOR_SIZE = 512
EIO = 5


def _codes(*names: str) -> frozenset:
    return frozenset(CODES["HDIO_" + n] for n in names)


# settings the kernel writes as an unsigned long, by how they print
_GET_NUMBER = _codes("GET_32BIT", "GET_ACOUSTIC", "GET_ADDRESS", "GET_DMA", "GET_KEEPSETTINGS",
                     "GET_MULTCOUNT", "GET_NOWERR", "GET_UNMASKINTR", "GET_WCACHE")
HDIO_GET_BUSSTATE, HDIO_GET_NICE = CODES["HDIO_GET_BUSSTATE"], CODES["HDIO_GET_NICE"]
# settings passed as the argument itself
_SET_NUMBER = _codes("SET_32BIT", "SET_ACOUSTIC", "SET_ADDRESS", "SET_DMA", "SET_KEEPSETTINGS",
                     "SET_MULTCOUNT", "SET_NOWERR", "SET_PIO_MODE", "SET_UNMASKINTR",
                     "SET_WCACHE", "UNREGISTER_HWIF")
HDIO_SET_BUSSTATE, HDIO_SET_NICE = CODES["HDIO_SET_BUSSTATE"], CODES["HDIO_SET_NICE"]
# identity blocks: their size
_IDENTITY = {CODES["HDIO_GET_IDENTITY"]: 512, CODES["HDIO_OBSOLETE_IDENTITY"]: 142}
_INT_TRIPLE = _codes("DRIVE_RESET", "SCAN_HWIF")
_AT_EXIT = _GET_NUMBER | {HDIO_GET_BUSSTATE, HDIO_GET_NICE, HDIO_GETGEO} | set(_IDENTITY)


def _geometry(call: Call, arg: int) -> str:
    g = HD_GEOMETRY.fetch(call, arg)
    if g is None:
        return hex_address(arg)
    return "{heads=%d, sectors=%d, cylinders=%d, start=%d}" % g


def _drive_cmd(call: Call, arg: int):
    if not call.exiting:
        c = HD_DRIVE_CMD_HDR.fetch(call, arg)
        if c is None:
            return ", " + hex_address(arg)
        return Later(", " + struct_text((
            ("command", print_xval(c.command, HDIO_DRIVE_CMDS, "ATA_CMD_???",
                                   call.opts.xlat_style)),
            ("sector_number", str(c.sector_number)), ("feature", str(c.feature)),
            ("sector_count", str(c.sector_count)))))
    # the kernel hands back the status registers even when the command fails with EIO
    data = None if call.failed and call.errno != EIO else call.mem.read(arg, 4) if arg else None
    if data is None:
        return ""
    status, error, nsector, count = struct.unpack("<4B", data)
    fields = [("status", hexval(status)), ("error", str(error)), ("nsector", str(nsector))]
    if count:
        fields.append(("buf", printstr_ex(call, arg + 4, count * SECTOR_SIZE, force_hex=True)))
    return " => " + struct_text(fields)


def _argument(call: Call, code: int, arg: int) -> str | None:
    style = call.opts.xlat_style
    if code == HDIO_GETGEO:
        return _geometry(call, arg)
    if code in _GET_NUMBER:
        return number_at(call, arg, "Q", str)
    if code == HDIO_GET_BUSSTATE:
        return number_at(call, arg, "Q",
                         lambda v: print_xval(v, HDIO_BUSSTATES, "BUSSTATE_???", style))
    if code == HDIO_GET_NICE:
        return number_at(call, arg, "Q",
                         lambda v: print_flags(v, HDIO_IDE_NICE, "IDE_NICE_???", style))
    if code in _IDENTITY:
        if call.failed:
            return hex_address(arg)
        return buffer(arg, _IDENTITY[code], call)
    if code in _SET_NUMBER:
        return str(arg & U64)
    if code == HDIO_SET_BUSSTATE:
        return print_xval(arg & U64, HDIO_BUSSTATES, "BUSSTATE_???", style)
    if code == HDIO_SET_NICE:
        return print_flags(arg & U64, HDIO_IDE_NICE, "IDE_NICE_???", style)
    if code in _INT_TRIPLE:
        return print_array(call, arg, 3, 4, lambda d: hexval(struct.unpack("<I", d)[0]))
    return None


def decode(call: Call, code: int, arg: int):
    """strace's hdio_ioctl (see protocol.py)."""
    if code == HDIO_DRIVE_CMD:
        return _drive_cmd(call, arg)
    if code in _AT_EXIT and not call.exiting:
        return Later(", ")
    text = _argument(call, code, arg)
    if text is None:
        return None
    return text if call.exiting else ", " + text
