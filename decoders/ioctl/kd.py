"""Console and keyboard ioctls (KD*, KIOCSOUND, GIO_*/PIO_*): sounds, LEDs,
modes, screen maps, keymap entries, function key strings, accent tables,
fonts and unicode maps."""
from __future__ import annotations

import struct

from decoders import Call, read_bytes
from decoders.ioctl import kd_xlat as xl
from decoders.ioctl.protocol import Later, number_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags, print_named, print_xval, lookup
from decoders.render.layout import Layout
from decoders.render.numbers import U32, hexval, int32
from decoders.render.strings import all_in_hex, escape, hex_address, printstr_ex, quote
from decoders.render.structs import fetch, print_array, print_array_ex
from decoders.signals.names import signal_text

KBENTRY = Layout("kb_table:B kb_index:B kb_value:H")
UNIMAPDESC = Layout("entry_ct:H entries:Q")
CONSOLEFONTDESC = Layout("charcount:H charheight:H chardata:Q")
CONSOLE_FONT_OP = Layout("op:I flags:I width:I height:I charcount:I data:Q")
UNIMAPINIT = Layout("advised_hashsize:H advised_hashstep:H advised_hashlevel:H")
KBD_REPEAT = Layout("delay:i period:i")
KBKEYCODE = Layout("scancode:I keycode:I")

PIT_TICK_RATE, E_TABSZ, MAX_DIACR, KB_STRING_SIZE = 1193182, 256, 256, 512
UNI_DIRECT_BASE, UNI_DIRECT_MASK = 0xF000, 0x1FF
ENOMEM = 12
KD_FONT_OP_SET, KD_FONT_OP_GET, KD_FONT_OP_SET_DEFAULT, KD_FONT_OP_COPY = 0, 1, 2, 3
# KT_* key types: the table naming the keys of each, and those shown as characters
_KEY_TABLES = {1: xl.KD_KEY_FN_KEYS, 2: xl.KD_KEY_SPEC_KEYS, 3: xl.KD_KEY_PAD_KEYS,
               4: xl.KD_KEY_DEAD_KEYS, 6: xl.KD_KEY_CUR_KEYS, 7: xl.KD_KEY_SHIFT_KEYS,
               9: xl.KD_KEY_ASCII_KEYS, 10: xl.KD_KEY_LOCK_KEYS, 12: xl.KD_KEY_SLOCK_KEYS,
               14: xl.KD_KEY_BRL_KEYS}
_CHAR_TYPES = (0, 8, 11, 13)


def _c(name: str) -> int:
    return CODES[name]


def char_text(c: int) -> str:
    """strace's print_char with quotes and escaped white space: ``'a'``, ``'\\n'``."""
    if 0x20 <= c <= 0x7e:
        return "'\\%c'" % c if c in (0x27, 0x5c) else "'%c'" % c
    if 9 <= c <= 13:
        return "'\\%s'" % "tnvfr"[c - 9]
    return "'\\x%02x'" % c


def _sound(call: Call, arg: int) -> str:
    freq = PIT_TICK_RATE // arg if arg else 0
    if call.opts.xlat_style == "raw":
        return str(arg)
    return "%d /* %s */" % (arg, "%d Hz" % freq if freq else "off")


def _tone(call: Call, arg: int) -> str:
    arg &= U32
    ticks, count = arg >> 16, arg & 0xFFFF
    freq = PIT_TICK_RATE // count if ticks and count else 0
    text = ("%d<<16|" % ticks if ticks else "") + str(count)
    if call.opts.xlat_style == "raw":
        return text
    return text + (" /* %d Hz, %d ms */" % (freq, ticks) if freq else " /* off */")


def _io(call: Call, arg: int) -> str:
    text = hexval(arg)
    if 0x3b4 <= arg <= 0x3df and call.opts.xlat_style != "raw":
        text += " /* GPFIRST + %d */" % (arg - 0x3b4)
    return text


def _scrmap_entry(data: bytes, style: str) -> str:
    val = struct.unpack("<H", data)[0]
    direct = (val & ~UNI_DIRECT_MASK) == UNI_DIRECT_BASE
    text = hexval(val) if style != "abbrev" or not direct else ""
    if style == "raw" or not direct:
        return text
    name = "UNI_DIRECT_BASE+%#x" % (val & UNI_DIRECT_MASK) if val & UNI_DIRECT_MASK \
        else "UNI_DIRECT_BASE+0"
    return "%s /* %s */" % (text, name) if style == "verbose" else name


def _kb_value(value: int, style: str) -> str:
    text = hexval(value)
    if style == "raw":
        return text
    ktyp, kval = value >> 8, value & 0xFF
    table = _KEY_TABLES.get(ktyp)
    name = lookup(value, table) if table else None
    if name is None:
        kind = print_xval(ktyp, xl.KD_KEY_TYPES, None, "abbrev")
        name = "K(%s, %s)" % (kind, char_text(kval) if ktyp in _CHAR_TYPES else hexval(kval))
    return "%s /* %s */" % (text, name)


def _kbd_entry(call: Call, code: int, arg: int):
    get = code == _c("KDGKBENT")
    style = call.opts.xlat_style
    if not call.exiting:
        head = read_bytes(call, arg, 2) if arg else None
        if head is None:
            return ", " + hex_address(arg)
        table, index = head[0], head[1]
        name = lookup(table, xl.KD_KEY_TABLES)
        table_text = print_named(table, name, style) if name is not None else \
            print_flags(table, xl.KD_KEYMAP_FLAGS, "K_???", style)
        text = ", {kb_table=%s, kb_index=%d" % (table_text, index)
        if get:
            return Later(text)
    else:
        text = ""
        if call.failed:
            return "}"
    raw = read_bytes(call, arg + 2, 2)
    if raw is None:
        return text + ", kb_value=???}"
    return text + ", kb_value=%s}" % _kb_value(struct.unpack("<H", raw)[0], style)


def _kb_string(data: bytes, hex_strings: int) -> str:
    """The function key string: up to its NUL, at most -s bytes; in hex (and
    then with its NUL) when -x finds a byte to escape, the NUL among them."""
    if all_in_hex(data, hex_strings):
        return '"%s"...' % escape(data, 2)
    if data.endswith(b"\0"):
        return quote(data[:-1], 0)
    return quote(data, 0, True)


def _kbd_str_entry(call: Call, code: int, arg: int):
    get = code == _c("KDGKBSENT")
    if not call.exiting:
        data = fetch(call, arg, 1)
        if data is None:
            return ", " + hex_address(arg)
        text = ", {kb_func=%s" % print_xval(data[0], xl.KD_KEY_FN_KEY_VALS, "KVAL(K_???)",
                                             call.opts.xlat_style)
        if get:
            return Later(text)
    else:
        text = ""
        if call.failed:
            return "}"
    got = call.mem.cstring(arg + 1, KB_STRING_SIZE)
    # strace's umovestr fails when memory ends before the NUL or the 512 bytes
    if got is None or (not got[1] and len(got[0]) < KB_STRING_SIZE):
        return text + ", kb_string=???}"
    raw, terminated = got
    size = min(call.opts.string_limit, len(raw) + 1 if terminated else KB_STRING_SIZE)
    shown = (raw + b"\0")[:size] if terminated else raw[:size]
    return text + ", kb_string=%s}" % _kb_string(shown, call.opts.hex_strings)


def _diacr(call: Call, code: int, arg: int):
    """The accent tables: a count, then that many entries (at most 256)."""
    get = code in (_c("KDGKBDIACR"), _c("KDGKBDIACRUC"))
    if get and not call.exiting:
        return Later(", ")
    lead = ", " if not call.exiting else ""
    data = fetch(call, arg, 4)
    if data is None:
        return lead + hex_address(arg)
    count = struct.unpack("<I", data)[0]
    if code in (_c("KDGKBDIACR"), _c("KDSKBDIACR")):
        name, size = "kbdiacr", 3

        def entry(d: bytes) -> str:
            return "{diacr=%s, base=%s, result=%s}" % tuple(char_text(b) for b in d)
    else:
        name, size = "kbdiacruc", 12

        def entry(d: bytes) -> str:
            return "{diacr=%s, base=%s, result=%s}" % tuple(
                hexval(v) for v in struct.unpack("<3I", d))
    items, _ = print_array_ex(call, arg + 4, min(count, MAX_DIACR), size, entry)
    # more entries than the kernel takes: the array shows it goes on
    if count > MAX_DIACR and items.startswith("[") and not items.endswith(("...]", "*/]")):
        items = items[:-1] + ", ...]"
    return lead + "{kb_cnt=%d, %s=%s}" % (count, name, items)


def _keycode(call: Call, code: int, arg: int):
    if not call.exiting:
        k = KBKEYCODE.fetch(call, arg)
        if k is None:
            return ", " + hex_address(arg)
        text = ", {scancode=%s, keycode=%s" % (hexval(k.scancode), hexval(k.keycode))
        return Later(text) if code == _c("KDGETKEYCODE") else text + "}"
    raw = None if call.failed else read_bytes(call, arg + 4, 4)
    if raw is None:
        return "}"
    return " => %s}" % hexval(struct.unpack("<I", raw)[0])


def _kbdrep(call: Call, arg: int):
    if call.exiting:
        data = None if call.failed else read_bytes(call, arg, KBD_REPEAT.size)
        if data is None:
            return ""
        return " => {delay=%d, period=%d}" % KBD_REPEAT.unpack(data)
    r = KBD_REPEAT.fetch(call, arg)
    if r is None:
        return ", " + hex_address(arg)
    return Later(", {delay=%d, period=%d}" % r)


def _unimap(call: Call, code: int, arg: int):
    get = code == _c("GIO_UNIMAP")
    data = fetch(call, arg, UNIMAPDESC.size, ignore_failure=True)
    if data is None:
        return "}" if call.exiting else ", " + hex_address(arg)
    u = UNIMAPDESC.unpack(data)
    if not call.exiting:
        call.saved["kd_entry_ct"] = u.entry_ct
        text = ", {entry_ct=%d" % u.entry_ct
        if get:
            return Later(text)
    else:
        text = " => %d" % u.entry_ct
        if call.failed and call.errno != ENOMEM:
            return text + ", entries=%s}" % hex_address(u.entries)
    count = u.entry_ct if not call.exiting else call.saved["kd_entry_ct"]
    entries = print_array(call, u.entries, count, 4,
                          lambda d: "{unicode=%s, fontpos=%s}" % tuple(
                              hexval(v) for v in struct.unpack("<HH", d)))
    return text + ", entries=%s}" % entries


def _fontx(call: Call, code: int, arg: int):
    get = code == _c("GIO_FONTX")
    if call.exiting:
        data = None if call.failed else read_bytes(call, arg, CONSOLEFONTDESC.size)
        if data is None:
            return ""
        f = CONSOLEFONTDESC.unpack(data)
    else:
        f = CONSOLEFONTDESC.fetch(call, arg)
        if f is None:
            return ", " + hex_address(arg)
    if get and not call.exiting:
        chardata = hex_address(f.chardata)
    else:
        chardata = printstr_ex(call, f.chardata, min(f.charcount, 512) * 32, force_hex=True)
    text = "{charcount=%d, charheight=%d, chardata=%s}" % (f.charcount, f.charheight, chardata)
    if call.exiting:
        return " => " + text
    return Later(", " + text) if get else ", " + text


def _font_op_text(call: Call, o) -> str:
    style, entering = call.opts.xlat_style, not call.exiting
    fields = []
    if entering:
        fields.append(("op", print_xval(o.op, xl.KD_FONT_OPS, "KD_FONT_OP_???", style)))
        if o.op not in (KD_FONT_OP_SET_DEFAULT, KD_FONT_OP_COPY):
            fields.append(("flags", print_flags(o.flags, xl.KD_FONT_FLAGS, "KD_FONT_FLAG_???",
                                                style)))
    if o.op != KD_FONT_OP_COPY:
        fields.append(("width", str(o.width)))
    fields.append(("height", str(o.height)))
    if o.op not in (KD_FONT_OP_SET_DEFAULT, KD_FONT_OP_COPY):
        fields.append(("charcount", str(o.charcount)))
    if o.op == KD_FONT_OP_GET and entering:
        fields.append(("data", hex_address(o.data)))
    elif o.op in (KD_FONT_OP_GET, KD_FONT_OP_SET):
        size = (min(o.width, 32) + 7) // 8 * 32 * min(o.charcount, 512)
        fields.append(("data", printstr_ex(call, o.data, size, force_hex=True)))
    elif o.op == KD_FONT_OP_SET_DEFAULT:
        if entering:
            fields.append(("data", printstr_ex(call, o.data, 32, zero_terminated=True,
                                               expect_trailing_0=True)))
    elif o.op != KD_FONT_OP_COPY:
        fields.append(("data", hex_address(o.data)))
    return struct_text(fields)


def _font_op(call: Call, arg: int):
    if call.exiting:
        data = None if call.failed else read_bytes(call, arg, CONSOLE_FONT_OP.size)
        if data is None:
            return ""
        return " => " + _font_op_text(call, CONSOLE_FONT_OP.unpack(data))
    o = CONSOLE_FONT_OP.fetch(call, arg)
    if o is None:
        return ", " + hex_address(arg)
    text = ", " + _font_op_text(call, o)
    return text if o.op in (KD_FONT_OP_SET, KD_FONT_OP_COPY) else Later(text)


_NO_ARG = frozenset(_c(n) for n in ("KDENABIO", "KDDISABIO", "KDMAPDISP", "KDUNMAPDISP",
                                    "PIO_FONTRESET"))
# the requests that print their argument, read (or not) at entry, in one go
_GETTERS = frozenset(_c(n) for n in ("KDGETLED", "KDGKBLED", "KDGKBTYPE", "KDGETMODE",
                                     "GIO_SCRNMAP", "GIO_UNISCRNMAP", "KDGKBMODE", "GIO_FONT",
                                     "KDGKBMETA", "GIO_CMAP"))


def _one_byte(call: Call, arg: int, render) -> str:
    data = fetch(call, arg, 1)
    return hex_address(arg) if data is None else "[%s]" % render(data[0])


def _simple(call: Call, code: int, arg: int) -> str | None:
    """The argument of the requests decoded in one go (setters at entry,
    getters at exit)."""
    style = call.opts.xlat_style
    if code in (_c("KDGETLED"), _c("KDSETLED"), _c("KDGKBLED"), _c("KDSKBLED")):
        table = xl.KD_DEFAULT_LED_FLAGS if code in (_c("KDGKBLED"), _c("KDSKBLED")) \
            else xl.KD_LED_FLAGS
        if code in _GETTERS:
            return _one_byte(call, arg, lambda v: print_flags(v, table, "LED_???", style))
        return print_flags(arg & 0xFF, table, "LED_???", style)
    if code == _c("KDGKBTYPE"):
        return _one_byte(call, arg, lambda v: print_xval(v, xl.KD_KBD_TYPES, "KB_???", style))
    if code in (_c("KDADDIO"), _c("KDDELIO")):
        return _io(call, arg)
    if code == _c("KDSETMODE"):
        return print_xval(arg & U32, xl.KD_MODES, "KD_???", style)
    if code == _c("KDGETMODE"):
        return number_at(call, arg, "I", lambda v: print_xval(v, xl.KD_MODES, "KD_???", style))
    if code in (_c("GIO_SCRNMAP"), _c("PIO_SCRNMAP")):
        if call.exiting and call.failed:
            return hex_address(arg)
        return printstr_ex(call, arg, E_TABSZ, force_hex=True)
    if code in (_c("GIO_UNISCRNMAP"), _c("PIO_UNISCRNMAP")):
        return print_array(call, arg, E_TABSZ, 2, lambda d: _scrmap_entry(d, style))
    if code == _c("KDSKBMODE"):
        return print_xval(int32(arg), xl.KD_KBD_MODES, "K_???", style, "d")
    if code == _c("KDGKBMODE"):
        return number_at(call, arg, "i",
                         lambda v: print_xval(v, xl.KD_KBD_MODES, "K_???", style, "d"))
    if code == _c("KDSIGACCEPT"):
        return signal_text(arg, style) if arg < 0x7FFFFFFF else str(arg)
    if code in (_c("GIO_FONT"), _c("PIO_FONT")):
        if call.exiting and call.failed:
            return hex_address(arg)
        return printstr_ex(call, arg, 8192, force_hex=True)
    if code == _c("KDGKBMETA"):
        return number_at(call, arg, "I",
                         lambda v: print_xval(v, xl.KD_META_VALS, "K_???", style))
    if code == _c("KDSKBMETA"):
        return print_xval(arg & U32, xl.KD_META_VALS, "K_???", style)
    if code == _c("PIO_UNIMAPCLR"):
        u = UNIMAPINIT.fetch(call, arg)
        return hex_address(arg) if u is None else \
            "{advised_hashsize=%d, advised_hashstep=%d, advised_hashlevel=%d}" % u
    if code in (_c("GIO_CMAP"), _c("PIO_CMAP")):
        if call.exiting and call.failed:
            return hex_address(arg)
        return printstr_ex(call, arg, 3 * 16, force_hex=True)
    return None


def decode(call: Call, code: int, arg: int):
    """strace's kd_ioctl and kd_mpers_ioctl (see protocol.py)."""
    if code == _c("KIOCSOUND"):
        return ", " + _sound(call, arg)
    if code == _c("KDMKTONE"):
        return ", " + _tone(call, arg)
    if code in _NO_ARG:
        return ""
    if code in (_c("KDGKBENT"), _c("KDSKBENT")):
        return _kbd_entry(call, code, arg)
    if code in (_c("KDGKBSENT"), _c("KDSKBSENT")):
        return _kbd_str_entry(call, code, arg)
    if code in (_c("KDGKBDIACR"), _c("KDSKBDIACR"), _c("KDGKBDIACRUC"), _c("KDSKBDIACRUC")):
        return _diacr(call, code, arg)
    if code in (_c("KDGETKEYCODE"), _c("KDSETKEYCODE")):
        return _keycode(call, code, arg)
    if code == _c("KDKBDREP"):
        return _kbdrep(call, arg)
    if code in (_c("GIO_UNIMAP"), _c("PIO_UNIMAP")):
        return _unimap(call, code, arg)
    if code in (_c("GIO_FONTX"), _c("PIO_FONTX")):
        return _fontx(call, code, arg)
    if code == _c("KDFONTOP"):
        return _font_op(call, arg)
    if code in _GETTERS and not call.exiting:
        return Later(", ")
    text = _simple(call, code, arg)
    if text is None:
        return None
    return text if call.exiting else ", " + text
