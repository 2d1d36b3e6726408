"""Input event device ioctls (EVIOC*): device ids, key codes, absolute axes,
the bit sets of supported events (EVIOCGBIT...), multi-touch slots and
force-feedback effects.  Requests that read are decoded at exit, those
that write at entry."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.ioctl import evdev_xlat as xl
from decoders.ioctl.protocol import IOC_READ, IOC_WRITE, Later, ioc_dir, ioc_nr, ioc_size, \
    number_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U64, hexval, int32
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import fetch, local_array, print_array

INPUT_ABSINFO = Layout("value:I minimum:I maximum:I fuzz:I flat:I resolution:I")
ABSINFO_ORIG_SIZE, ABSINFO_RES_SIZE = 20, 24
KEYMAP_ENTRY = Layout("flags:B len:B index:H keycode:I scancode:32B")
INPUT_ID = Layout("bustype:H vendor:H product:H version:H")
FF_EFFECT = Layout("type:H id:h direction:H button:H interval:H length:H delay:H pad:2x u:32s")
FF_ENVELOPE = "attack_length:H attack_level:H fade_length:H fade_level:H"
FF_CONSTANT = Layout("level:h " + FF_ENVELOPE)
FF_RAMP = Layout("start_level:h end_level:h " + FF_ENVELOPE)
FF_PERIODIC = Layout("waveform:H period:H magnitude:h offset:h phase:H " + FF_ENVELOPE +
                     " custom_len:I custom_data:Q")
FF_RUMBLE = Layout("strong_magnitude:H weak_magnitude:H")

EV_KEY, EV_REL, EV_ABS, EV_MSC, EV_SW, EV_LED, EV_SND, EV_REP, EV_FF, EV_PWR, EV_FF_STATUS = \
    0x01, 0x02, 0x03, 0x04, 0x05, 0x11, 0x12, 0x14, 0x15, 0x16, 0x17
EV_MAX, ABS_MAX = 0x1f, 0x3f
# per EVIOCGBIT event type: the names of its codes, their count, the default
_BITSETS = {
    0: (xl.EVDEV_EV, EV_MAX, "EV_???"), EV_KEY: (xl.EVDEV_KEYCODE, 0x2ff, "KEY_???"),
    EV_REL: (xl.EVDEV_RELATIVE_AXES, 0x0f, "REL_???"), EV_ABS: (xl.EVDEV_ABS, ABS_MAX, "ABS_???"),
    EV_MSC: (xl.EVDEV_MISC, 0x07, "MSC_???"), EV_SW: (xl.EVDEV_SWITCH, 0x10, "SW_???"),
    EV_LED: (xl.EVDEV_LEDS, 0x0f, "LED_???"), EV_SND: (xl.EVDEV_SND, 0x07, "SND_???"),
    EV_REP: (xl.EVDEV_AUTOREPEAT, 0x01, "REP_???"), EV_FF: (xl.EVDEV_FF_TYPES, 0x7f, "FF_???"),
    EV_FF_STATUS: (xl.EVDEV_FF_STATUS, 0x01, "FF_STATUS_???"),
}
# the variable-length requests, by number
_NR_BITSETS = {0x09: (xl.EVDEV_PROP, 0x1f, "PROP_???"), 0x1a: _BITSETS[EV_SND],
               0x1b: _BITSETS[EV_SW], 0x18: _BITSETS[EV_KEY], 0x19: _BITSETS[EV_LED]}
_NR_STRINGS = (0x06, 0x07, 0x08)    # EVIOCGNAME, EVIOCGPHYS, EVIOCGUNIQ
NR_MTSLOTS = 0x0a
FF_RUMBLE_TYPE, FF_PERIODIC_TYPE, FF_CONSTANT_TYPE, FF_RAMP_TYPE = 0x50, 0x51, 0x52, 0x57


def _c(name: str) -> int:
    return CODES[name]


def _bitset(call: Call, arg: int, table, max_nr: int, dflt: str) -> str:
    """The bits the kernel set (as many bytes as it returned), by name."""
    rv = call.rv & U64 if call.rv is not None else 0
    size_bits = max_nr if rv > max_nr // 8 else rv * 8
    size = ((size_bits + 7) // 8 + 7) // 8 * 8    # whole longs
    if call.failed or not size:
        return hex_address(arg)
    data = fetch(call, arg, size)
    if data is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    text = ""
    if style != "raw":
        bits = [i for i in range(size_bits) if data[i >> 3] >> (i & 7) & 1]
        names = []
        for n, bit in enumerate(bits):
            if n > 3 and not call.opts.verbose:
                names.append("...")
                break
            names.append(print_xval(bit, table, dflt, style))
        text = "[" + " ".join(names) + "]"
    if style == "abbrev":
        return text
    words = local_array([hexval(w) for w in struct.unpack("<%dQ" % (size // 8), data)], call)
    return text + " /* %s */" % words if style == "verbose" else words


def _absinfo(call: Call, code: int, arg: int) -> str:
    size = ioc_size(code)
    if size < ABSINFO_ORIG_SIZE:
        return hex_address(arg)
    data = fetch(call, arg, min(size, INPUT_ABSINFO.size))
    if data is None:
        return hex_address(arg)
    a = INPUT_ABSINFO.unpack(data.ljust(INPUT_ABSINFO.size, b"\0"))
    fields = [("value", str(a.value)), ("minimum", str(a.minimum))]
    if call.opts.verbose:
        fields += [("maximum", str(a.maximum)), ("fuzz", str(a.fuzz)), ("flat", str(a.flat))]
        if size > ABSINFO_ORIG_SIZE:
            if size >= ABSINFO_RES_SIZE:
                fields.append(("resolution", str(a.resolution)))
            if size != ABSINFO_RES_SIZE:
                fields.append((None, "..."))
    else:
        fields.append((None, "..."))
    return struct_text(fields)


def _keycode(call: Call, arg: int) -> str:
    data = fetch(call, arg, 8)
    if data is None:
        return hex_address(arg)
    scancode, keycode = struct.unpack("<II", data)
    return "[%d, %s]" % (scancode, print_xval(keycode, xl.EVDEV_KEYCODE, "KEY_???",
                                              call.opts.xlat_style))


def _keycode_v2(call: Call, arg: int) -> str:
    k = KEYMAP_ENTRY.fetch(call, arg)
    if k is None:
        return hex_address(arg)
    fields = [("flags", str(k.flags)), ("len", str(k.len))]
    if call.opts.verbose:
        fields += [("index", str(k.index)),
                   ("keycode", print_xval(k.keycode, xl.EVDEV_KEYCODE, "KEY_???",
                                          call.opts.xlat_style)),
                   ("scancode", "[" + ", ".join(hexval(b) for b in k.scancode) + "]")]
    else:
        fields.append((None, "..."))
    return struct_text(fields)


def _mtslots(call: Call, code: int, arg: int) -> str:
    count = ioc_size(code) // 4
    data = fetch(call, arg, 4) if count else None
    if data is None:
        return hex_address(arg)
    values = print_array(call, arg + 4, count - 1, 4, lambda d: str(struct.unpack("<i", d)[0]))
    return "{code=%s, values=%s}" % (
        print_xval(struct.unpack("<I", data)[0], xl.EVDEV_MTSLOTS, "ABS_MT_???",
                   call.opts.xlat_style), values)


def _read(call: Call, code: int, arg: int) -> str:
    """The requests that read, at exit."""
    if code == _c("EVIOCGVERSION"):
        return number_at(call, arg, "i", lambda v: hexval(v & 0xFFFFFFFF))
    if code == _c("EVIOCGEFFECTS"):
        return number_at(call, arg, "I", str)
    if code == _c("EVIOCGID"):
        i = INPUT_ID.fetch(call, arg)
        return hex_address(arg) if i is None else \
            "{bustype=%d, vendor=%d, product=%d, version=%d}" % i
    if code == _c("EVIOCGREP"):
        return _pair(call, arg)
    if code == _c("EVIOCGKEYCODE"):
        return _keycode(call, arg)
    if code == _c("EVIOCGKEYCODE_V2"):
        return _keycode_v2(call, arg)
    nr = ioc_nr(code)
    if nr == NR_MTSLOTS:
        return _mtslots(call, code, arg)
    if nr in _NR_STRINGS:
        return hex_address(arg) if call.failed else buffer(arg, call.rv, call)
    if nr in _NR_BITSETS:
        return _bitset(call, arg, *_NR_BITSETS[nr])
    if nr & ~ABS_MAX == 0x40:
        return _absinfo(call, code, arg)
    if nr & ~EV_MAX == 0x20:
        kind = nr & EV_MAX
        if kind == EV_PWR:
            return number_at(call, arg, "i", str)
        if kind in _BITSETS:
            return _bitset(call, arg, *_BITSETS[kind])
    return hex_address(arg)


def _pair(call: Call, arg: int) -> str:
    data = fetch(call, arg, 8)
    return hex_address(arg) if data is None else "[%d, %d]" % struct.unpack("<II", data)


def _envelope(e) -> str:
    return "{attack_length=%d, attack_level=%d, fade_length=%d, fade_level=%s}" % (
        e.attack_length, e.attack_level, e.fade_length, hexval(e.fade_level))


def _effect_union(kind: int, data: bytes) -> str | None:
    if kind == FF_CONSTANT_TYPE:
        c = FF_CONSTANT.unpack(data)
        return "constant={level=%d, envelope=%s}" % (c.level, _envelope(c))
    if kind == FF_RAMP_TYPE:
        r = FF_RAMP.unpack(data)
        return "ramp={start_level=%d, end_level=%d, envelope=%s}" % (
            r.start_level, r.end_level, _envelope(r))
    if kind == FF_PERIODIC_TYPE:
        p = FF_PERIODIC.unpack(data)
        return ("periodic={waveform=%d, period=%d, magnitude=%d, offset=%d, phase=%d, "
                "envelope=%s, custom_len=%d, custom_data=%s}" % (
                    p.waveform, p.period, p.magnitude, p.offset, p.phase, _envelope(p),
                    p.custom_len, hex_address(p.custom_data)))
    if kind == FF_RUMBLE_TYPE:
        return "rumble={strong_magnitude=%d, weak_magnitude=%d}" % FF_RUMBLE.unpack(data)
    return None


def _ff_effect(call: Call, arg: int) -> str:
    f = FF_EFFECT.fetch(call, arg)
    if f is None:
        return hex_address(arg)
    text = "{type=%s, id=%d, direction=%d, " % (
        print_xval(f.type, xl.EVDEV_FF_TYPES, "FF_???", call.opts.xlat_style), f.id, f.direction)
    if not call.opts.verbose:
        return text + "...}"
    text += "trigger={button=%d, interval=%d}, replay={length=%d, delay=%d}" % (
        f.button, f.interval, f.length, f.delay)
    union = _effect_union(f.type, f.u)
    return text + (", " + union if union else "") + "}"


def _write(call: Call, code: int, arg: int) -> str:
    """The requests that write, at entry."""
    if code == _c("EVIOCSREP"):
        return _pair(call, arg)
    if code == _c("EVIOCSKEYCODE"):
        return _keycode(call, arg)
    if code == _c("EVIOCSKEYCODE_V2"):
        return _keycode_v2(call, arg)
    if code == _c("EVIOCRMFF"):
        return str(int32(arg))
    if code in (_c("EVIOCGRAB"), _c("EVIOCREVOKE")):
        return str(arg & U64)
    if code == _c("EVIOCSCLOCKID"):
        return number_at(call, arg, "I", str)
    if code == _c("EVIOCSFF"):
        return _ff_effect(call, arg)
    if ioc_nr(code) & ~ABS_MAX == 0xc0:
        return _absinfo(call, code, arg)
    return hex_address(arg)


def decode(call: Call, code: int, arg: int):
    """strace's evdev_ioctl (see protocol.py)."""
    direction = ioc_dir(code)
    if direction == IOC_READ:
        return Later(", ") if not call.exiting else _read(call, code, arg)
    if direction == IOC_WRITE:
        return ", " + _write(call, code, arg)
    return None
