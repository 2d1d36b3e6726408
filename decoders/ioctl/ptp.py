"""PTP hardware clock ioctls (PTP_*): capabilities, external timestamp and
periodic output requests, pins, and the system/device clock offsets."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.protocol import Later, struct_text
from decoders.ioctl.ptp_xlat import PTP_EXTTS_FLAGS, PTP_PEROUT_FLAGS, PTP_PIN_FUNCS
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U64, hexval
from decoders.render.strings import hex_address, quoted_cstring
from decoders.render.structs import comment, local_array, sprinttime

CLOCK_TIME = Layout("sec:q nsec:I reserved:I")
CLOCK_CAPS = Layout("max_adj:i n_alarm:i n_ext_ts:i n_per_out:i pps:i n_pins:i "
                    "cross_timestamping:i adjust_phase:i rsv:12I")
EXTTS_REQUEST = Layout("index:I flags:I rsv:2I")
PEROUT_REQUEST = Layout("start:16s period:16s index:I flags:I on:16s")
PTP_MAX_SAMPLES = 25
SYS_OFFSET = Layout("n_samples:I rsv:3I ts:%ds" % ((2 * PTP_MAX_SAMPLES + 1) * CLOCK_TIME.size))
PIN_DESC = Layout("name:64s index:I func:I chan:I rsv:5I")
SYS_OFFSET_PRECISE = Layout("device:16s sys_realtime:16s sys_monoraw:16s rsv:4I")
SYS_OFFSET_EXTENDED = Layout("n_samples:I rsv:3I ts:%ds" % (PTP_MAX_SAMPLES * 3 * CLOCK_TIME.size))
PTP_PEROUT_DUTY_CYCLE, PTP_PEROUT_PHASE = 1 << 1, 1 << 2


def _pair(name: str) -> frozenset:
    return frozenset((CODES["PTP_" + name], CODES["PTP_" + name + "2"]))


_GETCAPS, _EXTTS, _PEROUT = _pair("CLOCK_GETCAPS"), _pair("EXTTS_REQUEST"), _pair("PEROUT_REQUEST")
_ENABLE_PPS, _SYS_OFFSET = _pair("ENABLE_PPS"), _pair("SYS_OFFSET")
_PIN_GET, _PIN_SET = _pair("PIN_GETFUNC"), _pair("PIN_SETFUNC")
_PRECISE, _EXTENDED = _pair("SYS_OFFSET_PRECISE"), _pair("SYS_OFFSET_EXTENDED")


def _time(data: bytes, offset: int, rtc: bool, style: str) -> str:
    t = CLOCK_TIME.unpack(data, offset)
    text = "{sec=%d, nsec=%d" % (t.sec, t.nsec)
    if t.reserved:
        text += ", reserved=" + hexval(t.reserved)
    text += "}"
    if rtc and style != "raw":
        text += comment(sprinttime(t.sec, t.nsec, 9))
    return text


def _rsv(fields: list, values, call: Call) -> list:
    """Reserved words, shown only when one is not zero."""
    if any(values):
        fields.append(("rsv", local_array([hexval(v) for v in values], call)))
    return fields


def _caps(call: Call, c) -> list:
    fields = [(name, str(getattr(c, name))) for name in CLOCK_CAPS.fields[:-1]]
    return _rsv(fields, c.rsv, call)


def _perout(call: Call, p, code: int) -> list:
    style = call.opts.xlat_style
    first = ("phase", _time(p.start, 0, False, style)) if p.flags & PTP_PEROUT_PHASE \
        else ("start", _time(p.start, 0, True, style))
    fields = [first, ("period", _time(p.period, 0, False, style)), ("index", str(p.index)),
              ("flags", print_flags(p.flags, PTP_PEROUT_FLAGS, "PTP_PEROUT_???", style))]
    if p.flags & PTP_PEROUT_DUTY_CYCLE:
        fields.append(("on", _time(p.on, 0, False, style)))
    elif code == CODES["PTP_PEROUT_REQUEST2"]:
        _rsv(fields, _words(p.on), call)
    return fields


def _words(data: bytes) -> tuple:
    return tuple(int.from_bytes(data[i:i + 4], "little") for i in range(0, len(data), 4))


def _in_only(call: Call, code: int, arg: int) -> str | None:
    """The requests decoded at entry alone."""
    style = call.opts.xlat_style
    if code in _EXTTS:
        e = EXTTS_REQUEST.fetch(call, arg)
        if e is None:
            return hex_address(arg)
        fields = [("index", str(e.index)),
                  ("flags", print_flags(e.flags, PTP_EXTTS_FLAGS, "PTP_???", style))]
        if code == CODES["PTP_EXTTS_REQUEST2"]:
            _rsv(fields, e.rsv, call)
        return struct_text(fields)
    if code in _PEROUT:
        p = PEROUT_REQUEST.fetch(call, arg)
        return hex_address(arg) if p is None else struct_text(_perout(call, p, code))
    if code in _ENABLE_PPS:
        return hexval(arg & U64)
    return None


def _samples(call: Call, code: int, arg: int):
    """PTP_SYS_OFFSET*: the sample count at entry, the timestamps at exit."""
    layout = SYS_OFFSET if code in _SYS_OFFSET else SYS_OFFSET_EXTENDED
    style = call.opts.xlat_style
    if not call.exiting:
        s = layout.fetch(call, arg)
        if s is None:
            return ", " + hex_address(arg)
        return Later(", {n_samples=%d%s" % (s.n_samples, "".join(
            ", %s=%s" % f for f in _rsv([], s.rsv, call))))
    if call.failed:
        return "}"
    data = call.mem.read(arg, layout.size)
    if data is None:
        return ", ???}"
    s = layout.unpack(data)
    n = min(s.n_samples, PTP_MAX_SAMPLES)
    if layout is SYS_OFFSET:
        items = [_time(s.ts, i * 16, True, style) for i in range(2 * n + 1)]
    else:
        items = ["[%s]" % ", ".join(_time(s.ts, (i * 3 + j) * 16, True, style) for j in range(3))
                 for i in range(n)]
    return ", ts=%s}" % local_array(items, call)


def _pin(call: Call, code: int, arg: int):
    style = call.opts.xlat_style
    if not call.exiting:
        p = PIN_DESC.fetch(call, arg)
        if p is None:
            return ", " + hex_address(arg)
        head = ", {index=%d" % p.index
        if code in _PIN_GET:
            if code == CODES["PTP_PIN_GETFUNC2"]:
                head += "".join(", %s=%s" % f for f in _rsv([], p.rsv, call))
            return Later(head)
        fields = [head]
    else:
        if call.failed:
            return "}"
        data = call.mem.read(arg, PIN_DESC.size)
        if data is None:
            return ", ???}"
        p = PIN_DESC.unpack(data)
        fields = ["", "name=" + quoted_cstring(p.name, call.opts.hex_strings)]
    fields += ["func=" + print_xval(p.func, PTP_PIN_FUNCS, "PTP_PF_???", style),
               "chan=%d" % p.chan]
    text = ", ".join(fields)
    if code == CODES["PTP_PIN_SETFUNC2"]:
        text += "".join(", %s=%s" % f for f in _rsv([], p.rsv, call))
    return text + "}"


def _at_exit(call: Call, code: int, arg: int) -> str:
    style = call.opts.xlat_style
    if code in _GETCAPS:
        c = CLOCK_CAPS.fetch(call, arg)
        return hex_address(arg) if c is None else struct_text(_caps(call, c))
    p = SYS_OFFSET_PRECISE.fetch(call, arg)
    if p is None:
        return hex_address(arg)
    return struct_text(_rsv([("device", _time(p.device, 0, True, style)),
                             ("sys_realtime", _time(p.sys_realtime, 0, True, style)),
                             ("sys_monoraw", _time(p.sys_monoraw, 0, False, style))],
                            p.rsv, call))


def decode(call: Call, code: int, arg: int):
    """strace's ptp_ioctl (see protocol.py)."""
    if call.opts.structs_as_addresses:    # outside -e verbose=: nothing decoded
        return None
    if code in _GETCAPS or code in _PRECISE:
        return Later(", ") if not call.exiting else _at_exit(call, code, arg)
    if code in _SYS_OFFSET or code in _EXTENDED:
        return _samples(call, code, arg)
    if code in _PIN_GET or code in _PIN_SET:
        return _pin(call, code, arg)
    text = _in_only(call, code, arg)
    return None if text is None else ", " + text
