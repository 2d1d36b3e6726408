"""GPIO character device ioctls (GPIO_*, GPIOHANDLE_*, GPIO_V2_*): chip and
line information, line requests and their configuration, line values."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.ioctl.gpio_xlat import (
    GPIO_EVENT_FLAGS, GPIO_HANDLE_FLAGS, GPIO_LINE_FLAGS, GPIO_V2_LINE_FLAGS)
from decoders.ioctl.protocol import Later, in_out, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags
from decoders.render.layout import Layout
from decoders.render.numbers import hexval, int32
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address, quoted_cstring
from decoders.render.structs import fetch, local_array

CHIP_INFO = Layout("name:32s label:32s lines:I")
LINE_INFO = Layout("line_offset:I flags:I name:32s consumer:32s")
HANDLE_REQUEST = Layout("lineoffsets:64I flags:I default_values:64B consumer_label:32s "
                        "lines:I fd:i")
EVENT_REQUEST = Layout("lineoffset:I handleflags:I eventflags:I consumer_label:32s fd:i")
HANDLE_CONFIG = Layout("flags:I default_values:64B padding:4I")
V2_ATTRIBUTE = Layout("id:I padding:I value:Q")
V2_CONFIG_ATTRIBUTE = Layout("attr:16s mask:Q")
V2_LINE_CONFIG = Layout("flags:Q num_attrs:I padding:5I attrs:240s")
V2_LINE_REQUEST = Layout("offsets:64I consumer:32s config:272s num_lines:I event_buffer_size:I "
                         "padding:5I fd:i")
V2_LINE_INFO = Layout("name:32s consumer:32s offset:I num_attrs:I flags:Q attrs:160s padding:4I")
V2_LINE_VALUES = Layout("bits:Q mask:Q")
ATTR_ID_FLAGS, ATTR_ID_OUTPUT_VALUES, ATTR_ID_DEBOUNCE = 1, 2, 3


def _c(name: str) -> int:
    return CODES[name]


def _upto(call: Call, values, count: int) -> str:
    """PRINT_FIELD_ARRAY_UPTO: the first ``count`` elements (clamped to the array)."""
    return local_array([str(v) for v in values[:max(0, min(count, len(values)))]], call)


def _hexes(values) -> str:
    return "[" + ", ".join(hexval(v) for v in values) + "]"


def _attribute(data: bytes, as_field: bool, style: str) -> str:
    """A gpio_v2_line_attribute: its value by its id, or raw."""
    a = V2_ATTRIBUTE.unpack(data)
    if not a.padding:
        if a.id == ATTR_ID_FLAGS:
            return "flags=" + print_flags(a.value, GPIO_V2_LINE_FLAGS, "GPIO_V2_LINE_FLAG_???",
                                          style)
        if a.id == ATTR_ID_OUTPUT_VALUES:
            return "values=" + hexval(a.value)
        if a.id == ATTR_ID_DEBOUNCE:
            return "debounce_period_us=%d" % (a.value & 0xFFFFFFFF)
    raw = "id=%d" % a.id + (", padding=" + hexval(a.padding) if a.padding else "") + \
        ", data=" + hexval(a.value)
    return "attr={%s}" % raw if as_field else raw


def _line_config(call: Call, data: bytes) -> str:
    c = V2_LINE_CONFIG.unpack(data)
    style = call.opts.xlat_style
    fields = [("flags", print_flags(c.flags, GPIO_V2_LINE_FLAGS, "GPIO_V2_LINE_FLAG_???", style)),
              ("num_attrs", str(c.num_attrs))]
    if any(c.padding):
        fields.append(("padding", _hexes(c.padding)))
    if c.num_attrs:
        attrs = []
        for i in range(min(c.num_attrs, 10)):
            a = V2_CONFIG_ATTRIBUTE.unpack(c.attrs, i * V2_CONFIG_ATTRIBUTE.size)
            attrs.append("{%s, mask=%s}" % (_attribute(a.attr, True, style), hexval(a.mask)))
        fields.append(("attrs", local_array(attrs, call)))
    return struct_text(fields)


def _line_info_out(call: Call, li) -> list:
    style, hex_strings = call.opts.xlat_style, call.opts.hex_strings
    fields = [("name", quoted_cstring(li.name, hex_strings)),
              ("consumer", quoted_cstring(li.consumer, hex_strings)),
              ("flags", print_flags(li.flags, GPIO_V2_LINE_FLAGS, "GPIO_V2_LINE_FLAG_???", style)),
              ("num_attrs", str(li.num_attrs))]
    if li.num_attrs:
        attrs = ["{%s}" % _attribute(li.attrs[i * 16:(i + 1) * 16], False, style)
                 for i in range(min(li.num_attrs, 10))]
        fields.append(("attrs", local_array(attrs, call)))
    if any(li.padding):
        fields.append(("padding", _hexes(li.padding)))
    return fields


def _line_request_in(call: Call, r) -> list:
    fields = [("num_lines", str(r.num_lines)), ("offsets", _upto(call, r.offsets, r.num_lines)),
              ("consumer", quoted_cstring(r.consumer, call.opts.hex_strings)),
              ("config", _line_config(call, r.config))]
    if r.event_buffer_size:
        fields.append(("event_buffer_size", str(r.event_buffer_size)))
    if any(r.padding):
        fields.append(("padding", _hexes(r.padding)))
    return fields


def _handle_request_in(call: Call, r) -> list:
    return [("lines", str(r.lines)), ("lineoffsets", _upto(call, r.lineoffsets, r.lines)),
            ("flags", print_flags(r.flags, GPIO_HANDLE_FLAGS, "GPIOHANDLE_REQUEST_???",
                                  call.opts.xlat_style)),
            ("default_values", _upto(call, r.default_values, r.lines)),
            ("consumer_label", quoted_cstring(r.consumer_label, call.opts.hex_strings))]


def _event_request_in(call: Call, r) -> list:
    style = call.opts.xlat_style
    return [("lineoffset", str(r.lineoffset)),
            ("handleflags", print_flags(r.handleflags, GPIO_HANDLE_FLAGS,
                                        "GPIOHANDLE_REQUEST_???", style)),
            ("eventflags", print_flags(r.eventflags, GPIO_EVENT_FLAGS, "GPIOEVENT_REQUEST_???",
                                       style)),
            ("consumer_label", quoted_cstring(r.consumer_label, call.opts.hex_strings))]


def _fd_out(call: Call, r) -> list:
    return [("fd", fd_text(int32(r.fd), call))]


def _in_out(call: Call, code: int, arg: int):
    if code in (_c("GPIO_V2_GET_LINEINFO_IOCTL"), _c("GPIO_V2_GET_LINEINFO_WATCH_IOCTL")):
        return in_out(call, arg, V2_LINE_INFO, lambda r: [("offset", str(r.offset))],
                      lambda r: _line_info_out(call, r))
    if code == _c("GPIO_V2_GET_LINE_IOCTL"):
        return in_out(call, arg, V2_LINE_REQUEST, lambda r: _line_request_in(call, r),
                      lambda r: _fd_out(call, r))
    if code == _c("GPIO_V2_LINE_GET_VALUES_IOCTL"):
        return in_out(call, arg, V2_LINE_VALUES, lambda r: [("mask", hexval(r.mask))],
                      lambda r: [("bits", hexval(r.bits))])
    if code in (_c("GPIO_GET_LINEINFO_IOCTL"), _c("GPIO_GET_LINEINFO_WATCH_IOCTL")):
        hex_strings = call.opts.hex_strings
        return in_out(call, arg, LINE_INFO, lambda r: [("line_offset", str(r.line_offset))],
                      lambda r: [("flags", print_flags(r.flags, GPIO_LINE_FLAGS,
                                                       "GPIOLINE_FLAG_???", call.opts.xlat_style)),
                                 ("name", quoted_cstring(r.name, hex_strings)),
                                 ("consumer", quoted_cstring(r.consumer, hex_strings))])
    if code == _c("GPIO_GET_LINEHANDLE_IOCTL"):
        return in_out(call, arg, HANDLE_REQUEST, lambda r: _handle_request_in(call, r),
                      lambda r: _fd_out(call, r))
    if code == _c("GPIO_GET_LINEEVENT_IOCTL"):
        return in_out(call, arg, EVENT_REQUEST, lambda r: _event_request_in(call, r),
                      lambda r: _fd_out(call, r))
    return None


def _values(call: Call, arg: int) -> str:
    raw = fetch(call, arg, 64)
    if raw is None:
        return hex_address(arg)
    return "{values=%s}" % local_array([str(b) for b in raw], call)


def decode(call: Call, code: int, arg: int):
    """strace's gpio_ioctl (see protocol.py)."""
    rest = _in_out(call, code, arg)
    if rest is not None:
        return rest
    if code == _c("GPIO_GET_CHIPINFO_IOCTL"):
        if not call.exiting:
            return Later("")
        i = CHIP_INFO.fetch(call, arg)
        if i is None:
            return ", " + hex_address(arg)
        hex_strings = call.opts.hex_strings
        return ", {name=%s, label=%s, lines=%d}" % (quoted_cstring(i.name, hex_strings),
                                                    quoted_cstring(i.label, hex_strings), i.lines)
    if code == _c("GPIO_GET_LINEINFO_UNWATCH_IOCTL"):
        data = fetch(call, arg, 4)
        return ", " + (hex_address(arg) if data is None else
                       "{offset=%d}" % struct.unpack("<I", data)[0])
    if code == _c("GPIOHANDLE_GET_LINE_VALUES_IOCTL"):
        return Later("") if not call.exiting else ", " + _values(call, arg)
    if code == _c("GPIOHANDLE_SET_LINE_VALUES_IOCTL"):
        return ", " + _values(call, arg)
    if code == _c("GPIOHANDLE_SET_CONFIG_IOCTL"):
        c = HANDLE_CONFIG.fetch(call, arg)
        if c is None:
            return ", " + hex_address(arg)
        return ", {flags=%s, default_values=%s}" % (
            print_flags(c.flags, GPIO_HANDLE_FLAGS, "GPIOHANDLE_REQUEST_???",
                        call.opts.xlat_style),
            local_array([str(v) for v in c.default_values], call))
    if code == _c("GPIO_V2_LINE_SET_VALUES_IOCTL"):
        v = V2_LINE_VALUES.fetch(call, arg)
        return ", " + (hex_address(arg) if v is None else
                       "{bits=%s, mask=%s}" % (hexval(v.bits), hexval(v.mask)))
    if code == _c("GPIO_V2_LINE_SET_CONFIG_IOCTL"):
        data = fetch(call, arg, V2_LINE_CONFIG.size)
        return ", " + (hex_address(arg) if data is None else _line_config(call, data))
    return None
