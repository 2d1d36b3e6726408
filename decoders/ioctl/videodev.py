"""Video4Linux2 ioctls (VIDIOC_*, linux/videodev2.h): capabilities,
formats, buffers, streaming parameters, standards, inputs, controls, tuners,
cropping, frame sizes and intervals.  Like strace, nothing is decoded outside ``-e verbose=``."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.ioctl import videodev_xlat as xl
from decoders.ioctl.protocol import Later, number_at, return_note
from decoders.ioctl.requests import CODES
from decoders.render.flags import kernel_version_text, lookup, print_flags, print_named, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U32, hexval
from decoders.render.strings import buffer, hex_address, quoted_cstring
from decoders.render.structs import local_array, print_array_ex
from decoders.time.timespec import timeval_text

CAPABILITY = Layout("driver:16s card:32s bus_info:32s version:I capabilities:I device_caps:I "
                    "reserved:3I")
FMTDESC = Layout("index:I type:I flags:I description:32s pixelformat:I mbus_code:I "
                 "reserved:3I")
FORMAT = Layout("type:I pad:4x fmt:200s")
PIX_FORMAT = Layout("width:I height:I pixelformat:I field:I bytesperline:I sizeimage:I "
                    "colorspace:I")
PIX_FORMAT_MPLANE = Layout("width:I height:I pixelformat:I field:I colorspace:I "
                           "plane_fmt:160s num_planes:B")
WINDOW = Layout("left:i top:i width:I height:I field:I chromakey:I clips:Q clipcount:I "
                "bitmap:Q global_alpha:B")
VBI_FORMAT = Layout("sampling_rate:I offset:I samples_per_line:I sample_format:I start:2i "
                    "count:2I flags:I")
SLICED_VBI_FORMAT = Layout("service_set:H service_lines:48H io_size:I")
SDR_FORMAT = Layout("pixelformat:I buffersize:I")
REQUESTBUFFERS = Layout("count:I type:I memory:I capabilities:I flags:B reserved:3B")
BUFFER = Layout("index:I type:I bytesused:I flags:I field:I tv_sec:q tv_usec:q timecode:16s "
                "sequence:I memory:I m:Q length:I reserved2:I request_fd:i")
FRAMEBUFFER = Layout("capability:I flags:I base:Q fmt:32s")
STREAMPARM = Layout("type:I capability:I mode:I numerator:I denominator:I extendedmode:I "
                    "buffers:I rest:176s")
STANDARD = Layout("index:I id:Q name:24s numerator:I denominator:I framelines:I reserved:4I")
INPUT = Layout("index:I name:32s type:I audioset:I tuner:I std:Q status:I capabilities:I "
               "reserved:3I")
CONTROL = Layout("id:I value:i")
TUNER = Layout("index:I name:32s type:I capability:I rangelow:I rangehigh:I rxsubchans:I "
               "audmode:I signal:i afc:i reserved:4I")
QUERYCTRL = Layout("id:I type:I name:32s minimum:i maximum:i step:i default_value:i flags:I "
                   "reserved:2I")
QUERY_EXT_CTRL = Layout("id:I type:I name:32s minimum:q maximum:q step:Q default_value:q "
                        "flags:I elem_size:I elems:I nr_of_dims:I dims:4I reserved:32I")
CROPCAP = Layout("type:I bounds:16s defrect:16s numerator:I denominator:I")
CROP = Layout("type:I c:16s")
RECT = Layout("left:i top:i width:I height:I")
EXT_CONTROL = Layout("id:I size:I reserved2:I value:q", packed=True)
EXT_CONTROLS = Layout("ctrl_class:I count:I error_idx:I request_fd:i reserved:I controls:Q")
FRMSIZEENUM = Layout("index:I pixel_format:I type:I a:I b:I c:I d:I e:I f:I reserved:2I")
FRMIVALENUM = Layout("index:I pixel_format:I width:I height:I type:I v:6I reserved:2I")
CREATE_BUFFERS = Layout("index:I count:I memory:I pad:4x format:208s capabilities:I flags:I "
                        "reserved:6I")

V4L2_BUF_FLAG_TIMESTAMP_MASK, V4L2_BUF_FLAG_TSTAMP_SRC_MASK = 0xe000, 0x70000
V4L2_MEMORY_MMAP, V4L2_MEMORY_USERPTR = 1, 2
# buffer types, by the member of struct v4l2_format's union they use
_FORMATS = {1: "pix", 2: "pix", 9: "pix_mp", 10: "pix_mp", 3: "win", 8: "win", 4: "vbi",
            5: "vbi", 6: "sliced", 7: "sliced", 11: "sdr", 12: "sdr", 13: "meta", 14: "meta"}
_QUERY_FLAGS_MASK = 0
for _value, _ in xl.V4L2_CONTROL_QUERY_FLAGS:
    _QUERY_FLAGS_MASK |= _value


def _c(name: str) -> int:
    return CODES["VIDIOC_" + name]


def _x(table, value: int, dflt: str, style: str) -> str:
    return print_xval(value, table, dflt, style)


def fourcc_text(value: int, table, style: str) -> str:
    """``v4l2_fourcc('Y', 'U', 'Y', 'V') /* V4L2_PIX_FMT_YUYV */``."""
    if style == "raw":
        return hexval(value)
    chars = []
    for c in value.to_bytes(4, "little"):
        if 0x20 <= c <= 0x7e:
            chars.append("'\\%c'" % c if c in (0x27, 0x5c) else "'%c'" % c)
        else:
            chars.append("'\\x%02x'" % c)
    text = "v4l2_fourcc(%s)" % ", ".join(chars)
    name = lookup(value, table) if table else None
    return text + (" /* %s */" % name if name else "")


def _rect(data: bytes) -> str:
    return "{left=%d, top=%d, width=%d, height=%d}" % RECT.unpack(data)


def _fract(numerator: int, denominator: int) -> str:
    return "%d/%d" % (numerator, denominator)


def _format_member(call: Call, kind: str, data: bytes) -> tuple[str, bool]:
    """The union member of struct v4l2_format a buffer type uses."""
    style = call.opts.xlat_style
    if kind == "pix":
        p = PIX_FORMAT.unpack(data)
        return ("{width=%d, height=%d, pixelformat=%s, field=%s, bytesperline=%d, sizeimage=%d, "
                "colorspace=%s}" % (
                    p.width, p.height, fourcc_text(p.pixelformat, xl.V4L2_PIX_FMTS, style),
                    _x(xl.V4L2_FIELDS, p.field, "V4L2_FIELD_???", style), p.bytesperline,
                    p.sizeimage, _x(xl.V4L2_COLORSPACES, p.colorspace, "V4L2_COLORSPACE_???",
                                    style))), True
    if kind == "pix_mp":
        p = PIX_FORMAT_MPLANE.unpack(data)
        planes = ["{sizeimage=%d, bytesperline=%d}" % struct.unpack_from("<II", p.plane_fmt, i * 20)
                  for i in range(min(p.num_planes, 8))]
        return ("{width=%d, height=%d, pixelformat=%s, field=%s, colorspace=%s, plane_fmt=%s, "
                "num_planes=%d}" % (
                    p.width, p.height, fourcc_text(p.pixelformat, xl.V4L2_PIX_FMTS, style),
                    _x(xl.V4L2_FIELDS, p.field, "V4L2_FIELD_???", style),
                    _x(xl.V4L2_COLORSPACES, p.colorspace, "V4L2_COLORSPACE_???", style),
                    local_array(planes, call), p.num_planes)), True
    if kind == "win":
        return _window(call, data)
    if kind == "vbi":
        v = VBI_FORMAT.unpack(data)
        return ("{sampling_rate=%d, offset=%d, samples_per_line=%d, sample_format=%s, "
                "start=[%d, %d], count=[%d, %d], flags=%s}" % (
                    v.sampling_rate, v.offset, v.samples_per_line,
                    fourcc_text(v.sample_format, xl.V4L2_PIX_FMTS, style), *v.start, *v.count,
                    print_flags(v.flags, xl.V4L2_VBI_FLAGS, "V4L2_VBI_???", style))), True
    if kind == "sliced":
        s = SLICED_VBI_FORMAT.unpack(data)
        lines = "[%s]" % ", ".join("[%s]" % ", ".join(hexval(v) for v in s.service_lines[i:i + 24])
                                   for i in (0, 24))
        return "{service_set=%s, service_lines=%s, io_size=%d}" % (
            print_flags(s.service_set, xl.V4L2_SLICED_FLAGS, "V4L2_SLICED_???", style), lines,
            s.io_size), True
    s = SDR_FORMAT.unpack(data)
    if kind == "sdr":
        text = "{pixelformat=" + fourcc_text(s.pixelformat, xl.V4L2_SDR_FMTS, style)
        return text + (", buffersize=%d}" % s.buffersize if s.buffersize else "}"), True
    return "{dataformat=%s, buffersize=%d}" % (
        fourcc_text(s.pixelformat, xl.V4L2_META_FMTS, style), s.buffersize), True


def _window(call: Call, data: bytes) -> tuple[str, bool]:
    w = WINDOW.unpack(data)
    clips, complete = print_array_ex(call, w.clips, w.clipcount, 24,
                                     lambda d: "{c=%s}" % _rect(d[:16]))
    text = "{w=%s, field=%s, chromakey=%s, clips=%s, clipcount=%d, bitmap=%s" % (
        _rect(data[:16]), _x(xl.V4L2_FIELDS, w.field, "V4L2_FIELD_???", call.opts.xlat_style),
        hexval(w.chromakey), clips, w.clipcount, hex_address(w.bitmap))
    if w.global_alpha:
        text += ", global_alpha=" + hexval(w.global_alpha)
    return text + "}", complete


def format_fmt(call: Call, kind: int, data: bytes) -> tuple[str, bool] | None:
    """``fmt.pix={...}`` for a struct v4l2_format's buffer type, and
    whether it was printed in full (None: a type with no member)."""
    member = _FORMATS.get(kind)
    if member is None:
        return None
    text, complete = _format_member(call, member, data)
    return "fmt.%s=%s" % (member, text), complete


def _buf_type(value: int, style: str) -> str:
    return _x(xl.V4L2_BUF_TYPES, value, "V4L2_BUF_TYPE_???", style)


def _out(call: Call, arg: int, layout: Layout):
    """What strace's plain umove finds at a successful exit, or None."""
    data = None if call.failed else call.mem.read(arg, layout.size)
    return None if data is None else layout.unpack(data)


def _capability(call: Call, arg: int) -> str:
    c = CAPABILITY.fetch(call, arg)
    if c is None:
        return hex_address(arg)
    style, hx = call.opts.xlat_style, call.opts.hex_strings
    text = "{driver=%s, card=%s, bus_info=%s, version=%s, capabilities=%s" % (
        quoted_cstring(c.driver, hx), quoted_cstring(c.card, hx), quoted_cstring(c.bus_info, hx),
        kernel_version_text(c.version, style),
        print_flags(c.capabilities, xl.V4L2_DEVICE_CAPABILITIES_FLAGS, "V4L2_CAP_???", style))
    if c.device_caps:
        text += ", device_caps=" + print_flags(c.device_caps, xl.V4L2_DEVICE_CAPABILITIES_FLAGS,
                                               "V4L2_CAP_???", style)
    return text + "}"


def _fmtdesc(call: Call, arg: int):
    style = call.opts.xlat_style
    if not call.exiting:
        f = FMTDESC.fetch(call, arg)
        if f is None:
            return ", " + hex_address(arg)
        return Later(", {index=%d, type=%s" % (f.index, _buf_type(f.type, style)))
    f = _out(call, arg, FMTDESC)
    if f is None:
        return "}"
    return ", flags=%s, description=%s, pixelformat=%s}" % (
        print_flags(f.flags, xl.V4L2_FORMAT_DESCRIPTION_FLAGS, "V4L2_FMT_FLAG_???", style),
        quoted_cstring(f.description, call.opts.hex_strings),
        fourcc_text(f.pixelformat, xl.V4L2_PIX_FMTS, style))


def _format(call: Call, code: int, arg: int):
    is_get = code == _c("G_FMT")
    if not call.exiting:
        f = FORMAT.fetch(call, arg)
        if f is None:
            return ", " + hex_address(arg)
        text = ", {type=" + _buf_type(f.type, call.opts.xlat_style)
        if is_get:
            return Later(text)
        member = format_fmt(call, f.type, f.fmt)
        if member is None:
            return text + "}"
        return Later(text + ", " + member[0]) if member[1] else text + ", " + member[0] + "}"
    f = _out(call, arg, FORMAT)
    member = None if f is None else format_fmt(call, f.type, f.fmt)
    if member is None:
        return "}"
    return (", " if is_get else "} => {") + member[0] + "}"


def _requestbuffers(call: Call, arg: int):
    if not call.exiting:
        r = REQUESTBUFFERS.fetch(call, arg)
        if r is None:
            return ", " + hex_address(arg)
        style = call.opts.xlat_style
        return Later(", {type=%s, memory=%s, count=%d" % (
            _buf_type(r.type, style),
            _x(xl.V4L2_MEMORIES, r.memory, "V4L2_MEMORY_???", style), r.count))
    r = _out(call, arg, REQUESTBUFFERS)
    return "}" if r is None else " => %d}" % r.count


def _buffer_flags(value: int, style: str) -> str:
    if style == "raw":
        return hexval(value)
    ts_type, ts_src = value & V4L2_BUF_FLAG_TIMESTAMP_MASK, value & V4L2_BUF_FLAG_TSTAMP_SRC_MASK
    flags = value & ~ts_type & ~ts_src
    text = print_flags(flags, xl.V4L2_BUF_FLAGS, "V4L2_BUF_FLAG_???", style) + "|" if flags else ""
    return text + "%s|%s" % (
        _x(xl.V4L2_BUF_FLAGS_TS_TYPE, ts_type, "V4L2_BUF_FLAG_TIMESTAMP_???", style),
        _x(xl.V4L2_BUF_FLAGS_TS_SRC, ts_src, "V4L2_BUF_FLAG_TSTAMP_SRC_???", style))


def _buffer(call: Call, code: int, arg: int):
    style = call.opts.xlat_style
    dq = code == _c("DQBUF")
    if not call.exiting:
        b = BUFFER.fetch(call, arg)
        if b is None:
            return ", " + hex_address(arg)
        text = ", {type=" + _buf_type(b.type, style)
        return Later(text if dq else text + ", index=%d" % b.index)
    b = _out(call, arg, BUFFER)
    if b is None:
        return "}"
    text = ", index=%d" % b.index if dq else ""
    text += ", memory=" + _x(xl.V4L2_MEMORIES, b.memory, "V4L2_MEMORY_???", style)
    if b.memory == V4L2_MEMORY_MMAP:
        text += ", m.offset=" + hexval(b.m & U32)
    elif b.memory == V4L2_MEMORY_USERPTR:
        text += ", m.userptr=" + hex_address(b.m)
    text += ", length=%d, bytesused=%d, flags=%s" % (b.length, b.bytesused,
                                                     _buffer_flags(b.flags, style))
    if dq:
        text += ", timestamp=" + timeval_text(b.tv_sec, b.tv_usec)
    return text + ", ...}"


def _framebuffer(call: Call, arg: int) -> str:
    b = FRAMEBUFFER.fetch(call, arg)
    return hex_address(arg) if b is None else "{capability=%s, flags=%s, base=%s}" % (
        hexval(b.capability), hexval(b.flags), hex_address(b.base))


def _streamparm_member(s, style: str) -> str:
    kind = "capture" if s.type == 1 else "output"
    return "parm.%s={capability=%s, %smode=%s, timeperframe=%s, extendedmode=%s, %sbuffers=%d}" % (
        kind, print_flags(s.capability, xl.V4L2_STREAMING_CAPABILITIES, "V4L2_CAP_???", style),
        kind, print_flags(s.mode, xl.V4L2_CAPTURE_MODES, "V4L2_MODE_???", style),
        _fract(s.numerator, s.denominator), hexval(s.extendedmode),
        "read" if kind == "capture" else "write", s.buffers)


def _streamparm(call: Call, code: int, arg: int):
    is_get = code == _c("G_PARM")
    style = call.opts.xlat_style
    if not call.exiting:
        s = STREAMPARM.fetch(call, arg)
        if s is None:
            return ", " + hex_address(arg)
        text = ", {type=" + _buf_type(s.type, style)
        if s.type not in (1, 2):
            return text + "}"
        return Later(text if is_get else text + ", " + _streamparm_member(s, style))
    s = _out(call, arg, STREAMPARM)
    if s is None:
        return "}"
    return (", " if is_get else "} => {") + _streamparm_member(s, style) + "}"


def _control_id(cid: int, next_flags: bool, style: str) -> str:
    """print_v4l2_cid: a control by name, by class and offset, or in hex."""
    if style == "raw":
        return hexval(cid)
    text = ""
    if next_flags:
        flags = cid & _QUERY_FLAGS_MASK
        if flags:
            text = print_flags(flags, xl.V4L2_CONTROL_QUERY_FLAGS, "V4L2_CTRL_FLAG_NEXT_???",
                               style) + "|"
            cid &= ~flags
    name = lookup(cid, xl.V4L2_CONTROL_IDS)
    if name is not None:
        return text + print_named(cid, name, style)
    # the class: the nearest class id at or below the control's
    base, base_name = -1, None
    for value, class_name in xl.V4L2_CONTROL_CLASSES:
        if base < value <= cid:
            base, base_name = value, class_name
    if base_name is None or cid - base >= 0x10000:
        return text + "%s /* V4L2_CID_??? */" % hexval(cid)
    return text + print_named(cid, "%s+%s" % (base_name, hexval(cid - base)), style)


def _standard(call: Call, arg: int):
    if not call.exiting:
        s = STANDARD.fetch(call, arg)
        return ", " + hex_address(arg) if s is None else Later(", {index=%d" % s.index)
    s = _out(call, arg, STANDARD)
    if s is None:
        return "}"
    return ", name=%s, frameperiod=%s, framelines=%d}" % (
        quoted_cstring(s.name, call.opts.hex_strings), _fract(s.numerator, s.denominator),
        s.framelines)


def _input(call: Call, arg: int):
    if not call.exiting:
        i = INPUT.fetch(call, arg)
        return ", " + hex_address(arg) if i is None else Later(", {index=%d" % i.index)
    i = _out(call, arg, INPUT)
    if i is None:
        return "}"
    return ", name=%s, type=%s}" % (quoted_cstring(i.name, call.opts.hex_strings),
                                    _x(xl.V4L2_INPUT_TYPES, i.type, "V4L2_INPUT_TYPE_???",
                                       call.opts.xlat_style))


def _control(call: Call, code: int, arg: int):
    is_get = code == _c("G_CTRL")
    if not call.exiting:
        c = CONTROL.fetch(call, arg)
        if c is None:
            return ", " + hex_address(arg)
        text = ", {id=" + _control_id(c.id, False, call.opts.xlat_style)
        return Later(text if is_get else text + ", value=%d" % c.value)
    c = _out(call, arg, CONTROL)
    if c is None:
        return "}"
    return (", value=%d}" if is_get else " => %d}") % c.value


def _tuner_fields(call: Call, t) -> str:
    style = call.opts.xlat_style
    return ("name=%s, type=%s, capability=%s, rangelow=%d, rangehigh=%d, rxsubchans=%s, "
            "audmode=%s, signal=%d, afc=%d" % (
                quoted_cstring(t.name, call.opts.hex_strings),
                _x(xl.V4L2_TUNER_TYPES, t.type, "V4L2_TUNER_???", style),
                print_flags(t.capability, xl.V4L2_TUNER_CAPABILITIES, "V4L2_TUNER_CAP_???",
                            style), t.rangelow, t.rangehigh,
                print_flags(t.rxsubchans, xl.V4L2_TUNER_RXSUBCHANSES, "V4L2_TUNER_SUB_???",
                            style),
                _x(xl.V4L2_TUNER_AUDMODES, t.audmode, "V4L2_TUNER_MODE_???", style),
                t.signal, t.afc))


def _tuner(call: Call, code: int, arg: int):
    is_get = code == _c("G_TUNER")
    if not call.exiting:
        t = TUNER.fetch(call, arg)
        if t is None:
            return ", " + hex_address(arg)
        text = ", {index=%d" % t.index
        return Later(text if is_get else text + ", " + _tuner_fields(call, t))
    t = _out(call, arg, TUNER)
    if t is None:
        return "}"
    return (", " if is_get else "} => {") + _tuner_fields(call, t) + "}"


def _queryctrl(call: Call, code: int, arg: int):
    ext = code == _c("QUERY_EXT_CTRL")
    layout = QUERY_EXT_CTRL if ext else QUERYCTRL
    style = call.opts.xlat_style
    if not call.exiting:
        c = layout.fetch(call, arg)
        if c is None:
            return ", " + hex_address(arg)
        call.saved["v4l2_cid"] = c.id
        return Later(", {id=" + _control_id(c.id, True, style))
    c = _out(call, arg, layout)
    if c is None:
        return "}"
    text = " => " + _control_id(c.id, False, style) if c.id != call.saved["v4l2_cid"] else ""
    text += ", type=%s, name=%s" % (_x(xl.V4L2_CONTROL_TYPES, c.type, "V4L2_CTRL_TYPE_???", style),
                                    quoted_cstring(c.name, call.opts.hex_strings))
    if not call.opts.verbose:
        return text + ", ...}"
    text += ", minimum=%d, maximum=%d, step=%d, default_value=%d, flags=%s" % (
        c.minimum, c.maximum, c.step, c.default_value,
        print_flags(c.flags, xl.V4L2_CONTROL_FLAGS, "V4L2_CTRL_FLAG_???", style))
    if ext:
        text += ", elem_size=%d, elems=%d, nr_of_dims=%d, dims=%s" % (
            c.elem_size, c.elems, c.nr_of_dims,
            local_array([str(v) for v in c.dims[:min(c.nr_of_dims, 4)]], call))
    if any(c.reserved):
        text += ", reserved=" + local_array([hexval(v) for v in c.reserved], call)
    return text + "}"


def _cropcap(call: Call, arg: int):
    if not call.exiting:
        c = CROPCAP.fetch(call, arg)
        if c is None:
            return ", " + hex_address(arg)
        return Later(", {type=" + _buf_type(c.type, call.opts.xlat_style))
    c = _out(call, arg, CROPCAP)
    if c is None:
        return "}"
    return ", bounds=%s, defrect=%s, pixelaspect=%s}" % (
        _rect(c.bounds), _rect(c.defrect), _fract(c.numerator, c.denominator))


def _crop(call: Call, code: int, arg: int):
    if not call.exiting:
        c = CROP.fetch(call, arg)
        if c is None:
            return ", " + hex_address(arg)
        text = ", {type=" + _buf_type(c.type, call.opts.xlat_style)
        return Later(text) if code == _c("G_CROP") else text + ", c=%s}" % _rect(c.c)
    c = _out(call, arg, CROP)
    return "}" if c is None else ", c=%s}" % _rect(c.c)


def _ext_control(call: Call, data: bytes) -> str:
    e = EXT_CONTROL.unpack(data)
    text = "{id=%s, size=%d, " % (_x(xl.V4L2_CONTROL_IDS, e.id, "V4L2_CID_???",
                                     call.opts.xlat_style), e.size)
    if e.size > 0:
        return text + "string=%s}" % buffer(e.value & (2 ** 64 - 1), e.size, call)
    return text + "value=%d, value64=%d}" % (int.from_bytes(data[12:16], "little", signed=True),
                                            e.value)


def _ext_controls(call: Call, code: int, arg: int):
    is_get = code == _c("G_EXT_CTRLS")
    style = call.opts.xlat_style
    if not call.exiting:
        c = EXT_CONTROLS.fetch(call, arg)
        if c is None:
            return ", " + hex_address(arg)
        text = ", {ctrl_class=%s, count=%d" % (
            _x(xl.V4L2_CONTROL_CLASSES, c.ctrl_class, "V4L2_CTRL_CLASS_???", style), c.count)
        if not c.count:
            return text + "}"
        if is_get:
            return Later(text)
        prefix = text + ", "
    else:
        # read whatever the outcome: the kernel says which control failed
        data = call.mem.read(arg, EXT_CONTROLS.size) if arg else None
        if data is None:
            return "}"
        c = EXT_CONTROLS.unpack(data)
        prefix = ", " if is_get else "} => {"
    controls, complete = print_array_ex(call, c.controls, c.count, EXT_CONTROL.size,
                                        lambda d: _ext_control(call, d), ignore_failure=True)
    text = prefix + "controls=" + controls
    if call.exiting and call.failed:
        text += ", error_idx=%d" % c.error_idx
    if call.exiting or not complete:
        return text + "}"
    return Later(text)


def _frmsizeenum(call: Call, arg: int):
    style = call.opts.xlat_style
    if not call.exiting:
        f = FRMSIZEENUM.fetch(call, arg)
        if f is None:
            return ", " + hex_address(arg)
        return Later(", {index=%d, pixel_format=%s" % (
            f.index, fourcc_text(f.pixel_format, xl.V4L2_PIX_FMTS, style)))
    f = _out(call, arg, FRMSIZEENUM)
    if f is None:
        return "}"
    text = ", type=" + _x(xl.V4L2_FRAMESIZE_TYPES, f.type, "V4L2_FRMSIZE_TYPE_???", style)
    if f.type == 1:
        text += ", discrete={width=%d, height=%d}" % (f.a, f.b)
    elif f.type == 3:
        text += (", stepwise={min_width=%d, max_width=%d, step_width=%d, min_height=%d, "
                 "max_height=%d, step_height=%d}" % (f.a, f.b, f.c, f.d, f.e, f.f))
    return text + "}"


def _frmivalenum(call: Call, arg: int):
    style = call.opts.xlat_style
    if not call.exiting:
        f = FRMIVALENUM.fetch(call, arg)
        if f is None:
            return ", " + hex_address(arg)
        return Later(", {index=%d, pixel_format=%s, width=%d, height=%d" % (
            f.index, fourcc_text(f.pixel_format, xl.V4L2_PIX_FMTS, style), f.width, f.height))
    f = _out(call, arg, FRMIVALENUM)
    if f is None:
        return "}"
    text = ", type=" + _x(xl.V4L2_FRAMEINTERVAL_TYPES, f.type, "V4L2_FRMIVAL_TYPE_???", style)
    v = f.v
    if f.type == 1:
        text += ", discrete=" + _fract(v[0], v[1])
    elif f.type in (2, 3):
        text += ", stepwise={min=%s, max=%s, step=%s}" % (
            _fract(v[0], v[1]), _fract(v[2], v[3]), _fract(v[4], v[5]))
    return text + "}"


def _create_buffers(call: Call, arg: int):
    style = call.opts.xlat_style
    if not call.exiting:
        b = CREATE_BUFFERS.fetch(call, arg)
        if b is None:
            return ", " + hex_address(arg)
        f = FORMAT.unpack(b.format)
        member = format_fmt(call, f.type, f.fmt)
        fmt = "{type=%s%s}" % (_buf_type(f.type, style), ", " + member[0] if member else "")
        return Later(", {count=%d, memory=%s, format=%s}" % (
            b.count, _x(xl.V4L2_MEMORIES, b.memory, "V4L2_MEMORY_???", style), fmt))
    b = _out(call, arg, CREATE_BUFFERS)
    if b is not None:
        return_note(call, "{index=%d, count=%d}" % (b.index, b.count))
    return ""


def _buf_type_at(call: Call, arg: int) -> str:
    return number_at(call, arg, "I", lambda v: _buf_type(v, call.opts.xlat_style))


def decode(call: Call, code: int, arg: int):
    """strace's v4l2_ioctl (see protocol.py)."""
    if call.opts.structs_as_addresses:    # outside -e verbose=: nothing decoded
        return None
    handler = _HANDLERS.get(code)
    if handler is not None:
        return handler(call, code, arg)
    if code == _c("QUERYCAP"):
        return Later("") if not call.exiting else ", " + _capability(call, arg)
    if code == _c("G_FBUF") and not call.exiting:
        return Later("")
    if code in (_c("G_FBUF"), _c("S_FBUF")):
        return ", " + _framebuffer(call, arg)
    if code in (_c("STREAMON"), _c("STREAMOFF")):
        return ", " + _buf_type_at(call, arg)
    if code in (_c("G_STD"), _c("G_INPUT")) and not call.exiting:
        return Later("")
    if code in (_c("G_STD"), _c("S_STD")):
        return ", " + number_at(call, arg, "Q", hexval)
    if code in (_c("G_INPUT"), _c("S_INPUT")):
        return ", " + number_at(call, arg, "I", str)
    return None


_HANDLERS = {
    _c("ENUM_FMT"): lambda call, code, arg: _fmtdesc(call, arg),
    _c("G_FMT"): _format, _c("S_FMT"): _format, _c("TRY_FMT"): _format,
    _c("REQBUFS"): lambda call, code, arg: _requestbuffers(call, arg),
    _c("QUERYBUF"): _buffer, _c("QBUF"): _buffer, _c("DQBUF"): _buffer,
    _c("G_PARM"): _streamparm, _c("S_PARM"): _streamparm,
    _c("ENUMSTD"): lambda call, code, arg: _standard(call, arg),
    _c("ENUMINPUT"): lambda call, code, arg: _input(call, arg),
    _c("G_CTRL"): _control, _c("S_CTRL"): _control,
    _c("G_TUNER"): _tuner, _c("S_TUNER"): _tuner,
    _c("QUERYCTRL"): _queryctrl, _c("QUERY_EXT_CTRL"): _queryctrl,
    _c("CROPCAP"): lambda call, code, arg: _cropcap(call, arg),
    _c("G_CROP"): _crop, _c("S_CROP"): _crop,
    _c("S_EXT_CTRLS"): _ext_controls, _c("TRY_EXT_CTRLS"): _ext_controls,
    _c("G_EXT_CTRLS"): _ext_controls,
    _c("ENUM_FRAMESIZES"): lambda call, code, arg: _frmsizeenum(call, arg),
    _c("ENUM_FRAMEINTERVALS"): lambda call, code, arg: _frmivalenum(call, arg),
    _c("CREATE_BUFS"): lambda call, code, arg: _create_buffers(call, arg),
}
