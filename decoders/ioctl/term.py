"""Terminal ioctls: termios, termio, winsize, modem lines, TCXONC/TCFLSH."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.ioctl.requests import CODES
from decoders.ioctl.term_xlat import (
    BAUD_OPTIONS, MODEM_FLAGS, TCFLSH_OPTIONS, TCXONC_OPTIONS, TERMIOS_CC, TERM_CFLAGS,
    TERM_CFLAGS_CSIZE, TERM_IFLAGS, TERM_LFLAGS, TERM_LINE_DISCS, TERM_OFLAGS,
    TERM_OFLAGS_BSDLY, TERM_OFLAGS_CRDLY, TERM_OFLAGS_FFDLY, TERM_OFLAGS_NLDLY,
    TERM_OFLAGS_TABDLY, TERM_OFLAGS_VTDLY)
from decoders.ioctl.protocol import Later
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import hexval, int32
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import fetch


def _codes(*names: str) -> frozenset:
    return frozenset(CODES[n] for n in names)


TCGETA, TIOCGWINSZ, TIOCSWINSZ = CODES["TCGETA"], CODES["TIOCGWINSZ"], CODES["TIOCSWINSZ"]
TCXONC, TCFLSH, TIOCMGET, TIOCSTI = CODES["TCXONC"], CODES["TCFLSH"], CODES["TIOCMGET"], \
    CODES["TIOCSTI"]

_TERMIOS2_OUT = _codes("TCGETS2")
_TERMIOS2_IN = _codes("TCSETS2", "TCSETSW2", "TCSETSF2")
_TERMIOS_OUT = _codes("TCGETS", "TIOCGLCKTRMIOS")
_TERMIOS_IN = _codes("TCSETS", "TCSETSW", "TCSETSF", "TIOCSLCKTRMIOS")
_TERMIO_IN = _codes("TCSETA", "TCSETAW", "TCSETAF")
_INT_DIRECT = _codes("TCSBRK", "TCSBRKP", "TIOCSCTTY")
_MODEM_IN = _codes("TIOCMBIS", "TIOCMBIC", "TIOCMSET")
_INT_OUT = _codes("TIOCGPGRP", "TIOCGSID", "TIOCGETD", "TIOCGSOFTCAR", "TIOCGPTN", "FIONREAD",
                  "TIOCOUTQ", "TIOCGEXCL", "TIOCGDEV")
_INT_IN = _codes("TIOCSPGRP", "TIOCSETD", "FIONBIO", "FIOASYNC", "TIOCPKT", "TIOCSSOFTCAR",
                 "TIOCSPTLCK")
_NO_ARG = _codes("TIOCSBRK", "TIOCCBRK", "TIOCCONS", "TIOCNOTTY", "TIOCEXCL", "TIOCNXCL",
                 "FIOCLEX", "FIONCLEX", "TIOCVHANGUP", "TIOCSSERIAL")
# the requests whose argument the kernel writes: decoded at exit
_AT_EXIT = _TERMIOS2_OUT | _TERMIOS_OUT | _INT_OUT | {TCGETA, TIOCGWINSZ, TIOCMGET}

NLDLY, CRDLY, TABDLY, BSDLY, VTDLY, FFDLY = 0x100, 0x600, 0x1800, 0x2000, 0x4000, 0x8000
CBAUD, CIBAUD, IBSHIFT, CSIZE = 0x100F, 0x100F0000, 16, 0x30
NCCS = 19
NCC = 8

_OFLAG_FIELDS = ((TERM_OFLAGS_NLDLY, NLDLY, "NL?"), (TERM_OFLAGS_CRDLY, CRDLY, "CR?"),
                 (TERM_OFLAGS_TABDLY, TABDLY, "TAB?"), (TERM_OFLAGS_BSDLY, BSDLY, "BS?"),
                 (TERM_OFLAGS_VTDLY, VTDLY, "VT?"), (TERM_OFLAGS_FFDLY, FFDLY, "FF?"))


def _oflag(value: int, style: str) -> str:
    parts = []
    for table, mask, dflt in _OFLAG_FIELDS:
        parts.append(print_xval(value & mask, table, dflt, style))
        value &= ~mask
    parts.append(print_flags(value, TERM_OFLAGS, None, style))
    return "|".join(parts)


def _cflag(value: int, style: str) -> str:
    text = print_xval(value & CBAUD, BAUD_OPTIONS, "B???", style) + "|"
    if value & CIBAUD:
        shift = {"abbrev": "IBSHIFT", "raw": "0x10"}.get(style, "0x10 /* IBSHIFT */")
        text += "%s<<%s|" % (print_xval((value & CIBAUD) >> IBSHIFT, BAUD_OPTIONS, "B???",
                                        style), shift)
    text += print_xval(value & CSIZE, TERM_CFLAGS_CSIZE, "CS?", style) + "|"
    return text + print_flags(value & ~(CBAUD | CIBAUD | CSIZE), TERM_CFLAGS, None, style)


def _cc(data: bytes, count: int, style: str) -> str:
    names = dict((v, n) for v, n in reversed(TERMIOS_CC))
    items = []
    for i in range(count):
        name = names.get(i)
        if name is not None and style != "abbrev":
            name = "%d /* %s */" % (i, name) if style == "verbose" else None
        items.append("[%s]=%s" % (name if name is not None else i, hexval(data[i])))
    return "[" + ", ".join(items) + "]"


def termios_text(call: Call, where: int, kind: str = "termios") -> str:
    """struct termios (the kernel's, 36 bytes), struct termios2 (with the
    speeds) or the old struct termio."""
    size = {"termio": 18, "termios": 36, "termios2": 44}[kind]
    data = fetch(call, where, size)
    if data is None:
        return hex_address(where)
    style = call.opts.xlat_style
    if kind == "termio":
        iflag, oflag, cflag, lflag, line = struct.unpack_from("<HHHHB", data)
        cc, ncc = data[9:9 + NCC], NCC
    else:
        iflag, oflag, cflag, lflag, line = struct.unpack_from("<IIIIB", data)
        cc, ncc = data[17:17 + NCCS], NCCS
    text = "{c_iflag=%s, c_oflag=%s, c_cflag=%s, c_lflag=%s, " % (
        print_flags(iflag, TERM_IFLAGS, None, style), _oflag(oflag, style),
        _cflag(cflag, style), print_flags(lflag, TERM_LFLAGS, None, style))
    if not call.opts.verbose:
        return text + "...}"
    text += "c_line=%s, c_cc=%s" % (print_xval(line, TERM_LINE_DISCS, "N_???", style),
                                     _cc(cc, ncc, style))
    if kind == "termios2":
        text += ", c_ispeed=%d, c_ospeed=%d" % struct.unpack_from("<II", data, 36)
    return text + "}"


def winsize_text(call: Call, where: int) -> str:
    data = fetch(call, where, 8)
    if data is None:
        return hex_address(where)
    return "{ws_row=%d, ws_col=%d, ws_xpixel=%d, ws_ypixel=%d}" % struct.unpack("<4H", data)


def _int_ptr(call: Call, where: int) -> str:
    data = fetch(call, where, 4)
    if data is None:
        return hex_address(where)
    return "[%d]" % struct.unpack("<i", data)[0]


def _modem(call: Call, where: int) -> str:
    data = fetch(call, where, 4)
    if data is None:
        return hex_address(where)
    return "[%s]" % print_flags(struct.unpack("<I", data)[0], MODEM_FLAGS, "TIOCM_???",
                                call.opts.xlat_style)


def _argument(call: Call, code: int, arg: int) -> str | None:
    style = call.opts.xlat_style
    if code in _TERMIOS_OUT or code in _TERMIOS_IN:
        return termios_text(call, arg)
    if code in _TERMIOS2_OUT or code in _TERMIOS2_IN:
        return termios_text(call, arg, "termios2")
    if code in _TERMIO_IN or code == TCGETA:
        return termios_text(call, arg, "termio")
    if code in (TIOCGWINSZ, TIOCSWINSZ):
        return winsize_text(call, arg)
    if code == TCXONC:
        return print_xval(arg, TCXONC_OPTIONS, "TC???", style)
    if code == TCFLSH:
        return print_xval(arg, TCFLSH_OPTIONS, "TC???", style)
    if code in _INT_DIRECT:
        return str(int32(arg))
    if code in _MODEM_IN or code == TIOCMGET:
        return _modem(call, arg)
    if code in _INT_OUT or code in _INT_IN:
        return _int_ptr(call, arg)
    if code == TIOCSTI:
        return buffer(arg, 1, call)
    return None


def decode(call: Call, code: int, arg: int):
    """strace's term_ioctl (see protocol.py)."""
    if code in _AT_EXIT and not call.exiting:
        return Later("")
    if code in _NO_ARG:
        return ""
    text = _argument(call, code, arg)
    return None if text is None else ", " + text
