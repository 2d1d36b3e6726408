"""SCSI generic ioctls (SG_*): SG_IO in both its versions (struct sg_io_hdr
and the block layer's struct sg_io_v4), device ids, request tables, and the
settings passed as ints."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.files.readwrite import iovec_text
from decoders.ioctl.protocol import Later, int_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.ioctl.scsi_xlat import (
    BSG_FLAGS, BSG_PROTOCOL, BSG_SUBPROTOCOL, SG_IO_DXFER_DIRECTION, SG_IO_FLAGS, SG_IO_INFO,
    SG_SCSI_RESET)
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U32, hexval
from decoders.render.strings import hex_address, printstr_ex
from decoders.render.structs import fetch

SG_IO_HDR = Layout(
    "interface_id:i dxfer_direction:i cmd_len:B mx_sb_len:B iovec_count:H dxfer_len:I "
    "dxferp:Q cmdp:Q sbp:Q timeout:I flags:I pack_id:i usr_ptr:Q status:B masked_status:B "
    "msg_status:B sb_len_wr:B host_status:H driver_status:H resid:i duration:I info:I")
SG_IO_V4 = Layout(
    "guard:i protocol:I subprotocol:I request_len:I request:Q request_tag:Q request_attr:I "
    "request_priority:I request_extra:I max_response_len:I response:Q dout_iovec_count:I "
    "dout_xfer_len:I din_iovec_count:I din_xfer_len:I dout_xferp:Q din_xferp:Q timeout:I "
    "flags:I usr_ptr:Q spare_in:I driver_status:I transport_status:I device_status:I "
    "retry_delay:I info:I duration:I response_len:I din_resid:i dout_resid:i "
    "generated_tag:Q spare_out:I padding:I")
SG_SCSI_ID = Layout("host_no:i channel:i scsi_id:i lun:i scsi_type:i h_cmd_per_lun:h "
                    "d_queue_depth:h unused:2i")
SG_REQ_INFO = Layout("req_state:b orphan:b sg_io_owned:b problem:b pack_id:i usr_ptr:Q "
                     "duration:I unused:i")
SG_DXFER_TO_DEV, SG_DXFER_FROM_DEV, SG_DXFER_TO_FROM_DEV = -2, -3, -4
SG_SCSI_RESET_NO_ESCALATE = 0x100


def _codes(*names: str) -> frozenset:
    return frozenset(CODES["SG_" + n] for n in names)


SG_IO = CODES["SG_IO"]
_INT_IN = _codes("NEXT_CMD_LEN", "SET_COMMAND_Q", "SET_DEBUG", "SET_FORCE_LOW_DMA",
                 "SET_FORCE_PACK_ID", "SET_KEEP_ORPHAN", "SET_RESERVED_SIZE", "SET_TIMEOUT")
_INT_OUT = _codes("EMULATED_HOST", "GET_ACCESS_COUNT", "GET_COMMAND_Q", "GET_KEEP_ORPHAN",
                  "GET_LOW_DMA", "GET_NUM_WAITING", "GET_PACK_ID", "GET_RESERVED_SIZE",
                  "GET_SG_TABLESIZE", "GET_TRANSFORM", "GET_VERSION_NUM")
_AT_EXIT = _INT_OUT | _codes("GET_SCSI_ID", "GET_REQUEST_TABLE")


def _buffer(call: Call, addr: int, size: int, iovec_count: int) -> str:
    """A data buffer, or the iovec array holding it."""
    if iovec_count:
        return iovec_text(call, addr, iovec_count, size)
    return printstr_ex(call, addr, size, force_hex=True)


def _v3_request(call: Call, arg: int):
    # the interface id was read already: the rest of the structure follows it
    data = fetch(call, arg + 4, SG_IO_HDR.size - 4)
    if data is None:
        return "{interface_id='S', %s}" % hex_address(arg + 4)
    h = SG_IO_HDR.unpack(b"S\0\0\0" + data)
    call.saved["sg_io"] = h
    style = call.opts.xlat_style
    fields = [("interface_id", "'S'"),
              ("dxfer_direction", print_xval(h.dxfer_direction & U32, SG_IO_DXFER_DIRECTION,
                                             "SG_DXFER_???", style)),
              ("cmd_len", str(h.cmd_len)), ("cmdp", _buffer(call, h.cmdp, h.cmd_len, 0)),
              ("mx_sb_len", str(h.mx_sb_len)), ("iovec_count", str(h.iovec_count)),
              ("dxfer_len", str(h.dxfer_len)), ("timeout", str(h.timeout)),
              ("flags", print_flags(h.flags, SG_IO_FLAGS, "SG_FLAG_???", style))]
    if h.dxfer_direction in (SG_DXFER_TO_DEV, SG_DXFER_TO_FROM_DEV):
        fields.append(("dxferp", _buffer(call, h.dxferp, h.dxfer_len, h.iovec_count)))
    return Later(struct_text(fields)[:-1])


def _v3_response(call: Call, arg: int) -> str:
    entered = call.saved["sg_io"]
    # read whatever the call's outcome: the kernel fills in the status either way
    data = call.mem.read(arg, SG_IO_HDR.size) if arg else None
    if data is None:
        text = ""
        if entered.dxfer_direction == SG_DXFER_FROM_DEV:
            text += ", dxferp=" + hex_address(entered.dxferp)
        return text + ", sbp=" + hex_address(entered.sbp)
    h = SG_IO_HDR.unpack(data)
    if h.interface_id != entered.interface_id:
        return " => interface_id=%d" % (h.interface_id & U32)
    text = ""
    if h.dxfer_direction in (SG_DXFER_FROM_DEV, SG_DXFER_TO_FROM_DEV):
        din_len = h.dxfer_len
        if 0 < h.resid <= din_len:
            din_len -= h.resid
        if h.dxfer_direction == SG_DXFER_FROM_DEV:
            text += ", dxferp=" + _buffer(call, h.dxferp, din_len, h.iovec_count)
        elif din_len:
            text += " => dxferp=" + _buffer(call, h.dxferp, din_len, h.iovec_count)
    fields = [("status", hexval(h.status)), ("masked_status", hexval(h.masked_status)),
              ("msg_status", hexval(h.msg_status)), ("sb_len_wr", str(h.sb_len_wr)),
              ("sbp", _buffer(call, h.sbp, h.sb_len_wr, 0)),
              ("host_status", hexval(h.host_status)),
              ("driver_status", hexval(h.driver_status)), ("resid", str(h.resid)),
              ("duration", str(h.duration)),
              ("info", print_flags(h.info, SG_IO_INFO, "SG_INFO_???", call.opts.xlat_style))]
    return text + ", " + struct_text(fields)[1:-1]


def _v4_request(call: Call, arg: int):
    data = fetch(call, arg + 4, SG_IO_V4.size - 4)
    if data is None:
        return "{guard='Q', %s}" % hex_address(arg + 4)
    s = SG_IO_V4.unpack(b"Q\0\0\0" + data)
    call.saved["sg_io"] = s
    style = call.opts.xlat_style
    fields = [("guard", "'Q'"),
              ("protocol", print_xval(s.protocol, BSG_PROTOCOL, "BSG_PROTOCOL_???", style)),
              ("subprotocol", print_xval(s.subprotocol, BSG_SUBPROTOCOL,
                                         "BSG_SUB_PROTOCOL_???", style)),
              ("request_len", str(s.request_len)),
              ("request", _buffer(call, s.request, s.request_len, 0)),
              ("request_tag", hexval(s.request_tag))]
    fields += [(name, str(getattr(s, name))) for name in (
        "request_attr", "request_priority", "request_extra", "max_response_len",
        "dout_iovec_count", "dout_xfer_len", "din_iovec_count", "din_xfer_len")]
    fields += [("dout_xferp", _buffer(call, s.dout_xferp, s.dout_xfer_len, s.dout_iovec_count)),
               ("timeout", str(s.timeout)),
               ("flags", print_flags(s.flags, BSG_FLAGS, "BSG_FLAG_???", style)),
               ("usr_ptr", hexval(s.usr_ptr))]
    return Later(struct_text(fields)[:-1])


def _v4_response(call: Call, arg: int) -> str:
    entered = call.saved["sg_io"]
    data = call.mem.read(arg, SG_IO_V4.size) if arg else None
    if data is None:
        return ", response=%s, din_xferp=%s" % (hexval(entered.response),
                                                hexval(entered.din_xferp))
    s = SG_IO_V4.unpack(data)
    if s.guard != entered.guard:
        return " => guard=%d" % (s.guard & U32)
    din_len = s.din_xfer_len
    if 0 < s.din_resid <= din_len:
        din_len -= s.din_resid
    fields = [("response_len", str(s.response_len)),
              ("response", _buffer(call, s.response, s.response_len, 0)),
              ("din_xferp", _buffer(call, s.din_xferp, din_len, s.din_iovec_count)),
              ("driver_status", hexval(s.driver_status)),
              ("transport_status", hexval(s.transport_status)),
              ("device_status", hexval(s.device_status)), ("retry_delay", str(s.retry_delay)),
              ("info", print_flags(s.info, SG_IO_INFO, "SG_INFO_???", call.opts.xlat_style)),
              ("duration", str(s.duration)), ("response_len", str(s.response_len)),
              ("din_resid", str(s.din_resid)), ("dout_resid", str(s.dout_resid)),
              ("generated_tag", hexval(s.generated_tag))]
    return ", " + struct_text(fields)[1:-1]


def _sg_io(call: Call, arg: int):
    """SG_IO: the interface id (its first word) says which structure it is."""
    if call.exiting:
        version = call.saved.get("sg_io_version")
        text = _v3_response(call, arg) if version == "S" else _v4_response(call, arg)
        return text + "}"
    data = fetch(call, arg, 4)
    if data is None:
        return ", " + hex_address(arg)
    iid = struct.unpack("<I", data)[0]
    if iid not in (ord("S"), ord("Q")):
        return ", [%d]" % iid
    call.saved["sg_io_version"] = chr(iid)
    rest = _v3_request(call, arg) if iid == ord("S") else _v4_request(call, arg)
    return Later(", " + rest) if isinstance(rest, Later) else ", " + rest


def _reset(call: Call, arg: int) -> str:
    data = fetch(call, arg, 4)
    if data is None:
        return hex_address(arg)
    value = struct.unpack("<I", data)[0]
    style = call.opts.xlat_style
    text = ""
    if value & SG_SCSI_RESET_NO_ESCALATE:
        text = print_xval(SG_SCSI_RESET_NO_ESCALATE, SG_SCSI_RESET, None, style) + "|"
    return "[%s%s]" % (text, print_xval(value & ~SG_SCSI_RESET_NO_ESCALATE, SG_SCSI_RESET,
                                        "SG_SCSI_RESET_???", style))


def _at_exit(call: Call, code: int, arg: int) -> str:
    if code in _INT_OUT:
        return int_at(call, arg)
    layout = SG_SCSI_ID if code == CODES["SG_GET_SCSI_ID"] else SG_REQ_INFO
    r = layout.fetch(call, arg)
    if r is None:
        return hex_address(arg)
    if layout is SG_SCSI_ID:
        return struct_text((("host_no", str(r.host_no)), ("channel", str(r.channel)),
                            ("scsi_id", hexval(r.scsi_id & U32)), ("lun", str(r.lun)),
                            ("scsi_type", hexval(r.scsi_type & U32)),
                            ("h_cmd_per_lun", str(r.h_cmd_per_lun)),
                            ("d_queue_depth", str(r.d_queue_depth))))
    return struct_text([(n, str(getattr(r, n)))
                        for n in ("req_state", "orphan", "sg_io_owned", "problem", "pack_id")]
                       + [("usr_ptr", hex_address(r.usr_ptr)), ("duration", str(r.duration))])


def decode(call: Call, code: int, arg: int):
    """strace's scsi_ioctl (see protocol.py)."""
    if code == SG_IO:
        return _sg_io(call, arg)
    if code in _AT_EXIT:
        return Later("") if not call.exiting else ", " + _at_exit(call, code, arg)
    if code == CODES["SG_SCSI_RESET"]:
        return ", " + _reset(call, arg)
    if code in _INT_IN:
        return ", " + int_at(call, arg)
    if code == CODES["SG_SET_TRANSFORM"]:
        return ", " + hexval(arg & U32)
    if code == CODES["SG_GET_TIMEOUT"]:
        return ""
    return None
