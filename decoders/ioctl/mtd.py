"""Memory technology device ioctls (MEM*, OTP*, ECC*, MTDFILEMODE): erase
regions, OOB buffers, write requests, device info, NAND layouts."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.mtd_xlat import (
    MTD_FILE_MODE_OPTIONS, MTD_FLAGS_OPTIONS, MTD_MODE_OPTIONS, MTD_NANDECC_OPTIONS,
    MTD_OTP_OPTIONS, MTD_TYPE_OPTIONS)
from decoders.ioctl.protocol import Later, number_at, struct_text, xval_at
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U64, hexval
from decoders.render.strings import hex_address
from decoders.render.structs import local_array

ERASE_INFO_USER = Layout("start:I length:I")
ERASE_INFO_USER64 = Layout("start:Q length:Q")
MTD_OOB_BUF = Layout("start:I length:I ptr:Q")
MTD_OOB_BUF64 = Layout("start:Q pad:I length:I usr_ptr:Q")
MTD_WRITE_REQ = Layout("start:Q len:Q ooblen:Q usr_data:Q usr_oob:Q mode:B padding:7s")
OTP_INFO = Layout("start:I length:I locked:I")
MTD_INFO_USER = Layout("type:B flags:I size:I erasesize:I writesize:I oobsize:I padding:Q")
NAND_OOBINFO = Layout("useecc:I eccbytes:I oobfree:16I eccpos:32I")
NAND_ECCLAYOUT_USER = Layout("eccbytes:I eccpos:64I oobavail:I oobfree:16I")
MTD_ECC_STATS = Layout("corrected:I failed:I badblocks:I bbtblocks:I")
REGION_INFO_USER = Layout("offset:I erasesize:I numblocks:I regionindex:I")


def _c(*names: str) -> frozenset:
    return frozenset(CODES[n] for n in names)


_ERASE = _c("MEMERASE", "MEMLOCK", "MEMUNLOCK", "MEMISLOCKED")
_OOB = _c("MEMWRITEOOB", "MEMREADOOB")
_OOB64 = _c("MEMWRITEOOB64", "MEMREADOOB64")
_BAD_BLOCK = _c("MEMGETBADBLOCK", "MEMSETBADBLOCK")
MEMGETREGIONINFO = CODES["MEMGETREGIONINFO"]
_AT_EXIT = _c("OTPGETREGIONINFO", "MEMGETINFO", "MEMGETOOBSEL", "ECCGETLAYOUT", "ECCGETSTATS",
              "OTPGETREGIONCOUNT", "MEMGETREGIONCOUNT")


def _hexes(values) -> list[str]:
    return [hexval(v) for v in values]


def _x_fields(record, names: str) -> list:
    return [(name, hexval(getattr(record, name))) for name in names.split()]


def _struct(call: Call, arg: int, layout: Layout, render) -> str:
    record = layout.fetch(call, arg)
    return hex_address(arg) if record is None else struct_text(render(record))


def _write_req(r, style: str) -> list:
    return _x_fields(r, "start len ooblen") + [
        ("usr_data", hex_address(r.usr_data)), ("usr_oob", hex_address(r.usr_oob)),
        ("mode", print_xval(r.mode, MTD_MODE_OPTIONS, "MTD_OPS_???", style))]


def _info_user(r, style: str) -> list:
    return [("type", print_xval(r.type, MTD_TYPE_OPTIONS, "MTD_???", style)),
            ("flags", print_flags(r.flags, MTD_FLAGS_OPTIONS, "MTD_???", style))] + \
        _x_fields(r, "size erasesize writesize oobsize padding")


def _oobinfo(call: Call, r, style: str) -> list:
    pairs = [local_array(_hexes(r.oobfree[i:i + 2]), call) for i in range(0, 16, 2)]
    return [("useecc", print_xval(r.useecc, MTD_NANDECC_OPTIONS, "MTD_NANDECC_???", style)),
            ("eccbytes", hexval(r.eccbytes)), ("oobfree", local_array(pairs, call)),
            ("eccpos", local_array(_hexes(r.eccpos), call))]


def _ecclayout(call: Call, r) -> list:
    free = ["{offset=%s, length=%s}" % (hexval(r.oobfree[i]), hexval(r.oobfree[i + 1]))
            for i in range(0, 16, 2)]
    return [("eccbytes", hexval(r.eccbytes)), ("eccpos", local_array(_hexes(r.eccpos), call)),
            ("oobavail", hexval(r.oobavail)), ("oobfree", local_array(free, call))]


def _argument(call: Call, code: int, arg: int) -> str | None:
    style = call.opts.xlat_style
    if code in _ERASE:
        return _struct(call, arg, ERASE_INFO_USER, lambda r: _x_fields(r, "start length"))
    if code == CODES["MEMERASE64"]:
        return _struct(call, arg, ERASE_INFO_USER64, lambda r: _x_fields(r, "start length"))
    if code in _OOB:
        return _struct(call, arg, MTD_OOB_BUF, lambda r: _x_fields(r, "start length")
                       + [("ptr", hex_address(r.ptr))])
    if code in _OOB64:
        return _struct(call, arg, MTD_OOB_BUF64, lambda r: _x_fields(r, "start length")
                       + [("usr_ptr", hex_address(r.usr_ptr))])
    if code == CODES["MEMWRITE"]:
        return _struct(call, arg, MTD_WRITE_REQ, lambda r: _write_req(r, style))
    if code in (CODES["OTPGETREGIONINFO"], CODES["OTPLOCK"]):
        return _struct(call, arg, OTP_INFO, lambda r: _x_fields(r, "start length")
                       + [("locked", str(r.locked))])
    if code == CODES["OTPSELECT"]:
        return xval_at(call, arg, MTD_OTP_OPTIONS, "MTD_OTP_???")
    if code == CODES["MTDFILEMODE"]:
        return print_xval(arg & U64, MTD_FILE_MODE_OPTIONS, "MTD_FILE_MODE_???", style)
    if code in _BAD_BLOCK:
        return number_at(call, arg, "Q", str)
    if code == CODES["MEMGETINFO"]:
        return _struct(call, arg, MTD_INFO_USER, lambda r: _info_user(r, style))
    if code == CODES["MEMGETOOBSEL"]:
        return _struct(call, arg, NAND_OOBINFO, lambda r: _oobinfo(call, r, style))
    if code == CODES["ECCGETLAYOUT"]:
        return _struct(call, arg, NAND_ECCLAYOUT_USER, lambda r: _ecclayout(call, r))
    if code == CODES["ECCGETSTATS"]:
        return _struct(call, arg, MTD_ECC_STATS,
                       lambda r: _x_fields(r, "corrected failed badblocks bbtblocks"))
    if code == CODES["OTPGETREGIONCOUNT"]:
        return number_at(call, arg, "I", str)
    if code == CODES["MEMGETREGIONCOUNT"]:
        return number_at(call, arg, "i", str)
    return None


def _region_info(call: Call, arg: int):
    if not call.exiting:
        r = REGION_INFO_USER.fetch(call, arg)
        if r is None:
            return ", " + hex_address(arg)
        return Later(", {regionindex=%s" % hexval(r.regionindex))
    data = None if call.failed else call.mem.read(arg, REGION_INFO_USER.size)
    if data is None:
        return "}"
    r = REGION_INFO_USER.unpack(data)
    return ", offset=%s, erasesize=%s, numblocks=%s}" % (
        hexval(r.offset), hexval(r.erasesize), hexval(r.numblocks))


def decode(call: Call, code: int, arg: int):
    """strace's mtd_ioctl (see protocol.py)."""
    if code == MEMGETREGIONINFO:
        return _region_info(call, arg)
    if code in _AT_EXIT and not call.exiting:
        return Later("")
    text = _argument(call, code, arg)
    return None if text is None else ", " + text
