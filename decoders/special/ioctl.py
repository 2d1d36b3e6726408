"""ioctl: the request's name (or strace's ``_IOC(...)`` spelling) and, for the
terminal and userfaultfd requests, the argument it points to."""
from __future__ import annotations

import struct
from functools import lru_cache

from decoders import Call, syscall_decoder
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, hexval
from decoders.render.scalars import fd_text
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import fetch
from decoders.xlat import ioctl as xioctl, special_term as xt, special_uffd as xu


@lru_cache(maxsize=1)
def _by_code() -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for code, name in xioctl.IOCTLS:
        names.setdefault(code, []).append(name)
    return {code: tuple(v) for code, v in names.items()}


@lru_cache(maxsize=1)
def _codes() -> dict[str, int]:
    return {name: code for code, name in xioctl.IOCTLS}


def _ioc_text(code: int, style: str) -> str:
    """``_IOC(_IOC_READ, 0x12, 0x34, 0x8)``."""
    direction = code >> 30
    if style == "verbose":
        dirs = print_flags(direction, xt.IOCTL_DIRS, "", "abbrev")
    else:
        dirs = print_flags(direction, xt.IOCTL_DIRS, "_IOC_???", "abbrev")
    return "_IOC(%s, %s, %s, %s)" % (dirs, hexval((code >> 8) & 0xFF), hexval(code & 0xFF),
                                     hexval((code >> 16) & 0x3FFF))


def request_text(code: int, style: str = "abbrev") -> str:
    code &= U32
    if style == "raw":
        return hexval(code)
    names = _by_code().get(code)
    text = " or ".join(names) if names else _ioc_text(code, style)
    if style == "verbose":
        return "%s /* %s */" % (hexval(code), text)
    return text


# Terminals ------------------------------------------------------------------

_C = _codes()
TCGETS, TCSETS, TCSETSW, TCSETSF = _C["TCGETS"], _C["TCSETS"], _C["TCSETSW"], _C["TCSETSF"]
TCGETA, TCSETA, TCSETAW, TCSETAF = _C["TCGETA"], _C["TCSETA"], _C["TCSETAW"], _C["TCSETAF"]
TIOCGLCKTRMIOS, TIOCSLCKTRMIOS = _C["TIOCGLCKTRMIOS"], _C["TIOCSLCKTRMIOS"]
TIOCGWINSZ, TIOCSWINSZ = _C["TIOCGWINSZ"], _C["TIOCSWINSZ"]
TCXONC, TCFLSH = _C["TCXONC"], _C["TCFLSH"]
TIOCMGET = _C["TIOCMGET"]
TIOCSTI = _C["TIOCSTI"]

_INT_DIRECT = frozenset(_C[n] for n in ("TCSBRK", "TCSBRKP", "TIOCSCTTY"))
_MODEM_IN = frozenset(_C[n] for n in ("TIOCMBIS", "TIOCMBIC", "TIOCMSET"))
_INT_OUT = frozenset(_C[n] for n in ("TIOCGPGRP", "TIOCGSID", "TIOCGETD", "TIOCGSOFTCAR",
                                     "TIOCGPTN", "FIONREAD", "TIOCOUTQ", "TIOCGEXCL",
                                     "TIOCGDEV"))
_INT_IN = frozenset(_C[n] for n in ("TIOCSPGRP", "TIOCSETD", "FIONBIO", "FIOASYNC", "TIOCPKT",
                                    "TIOCSSOFTCAR", "TIOCSPTLCK"))
_NO_ARG = frozenset(_C[n] for n in ("TIOCSBRK", "TIOCCBRK", "TIOCCONS", "TIOCNOTTY", "TIOCEXCL",
                                    "TIOCNXCL", "FIOCLEX", "FIONCLEX", "TIOCVHANGUP",
                                    "TIOCSSERIAL"))
_TERMIOS_OUT = frozenset((TCGETS, TIOCGLCKTRMIOS))
_TERMIOS_IN = frozenset((TCSETS, TCSETSW, TCSETSF, TIOCSLCKTRMIOS))
_TERMIO_IN = frozenset((TCSETA, TCSETAW, TCSETAF))

NLDLY, CRDLY, TABDLY, BSDLY, VTDLY, FFDLY = 0x100, 0x600, 0x1800, 0x2000, 0x4000, 0x8000
CBAUD, CIBAUD, IBSHIFT, CSIZE = 0x100F, 0x100F0000, 16, 0x30
NCCS = 19
NCC = 8

_OFLAG_FIELDS = ((xt.TERM_OFLAGS_NLDLY, NLDLY, "NL?"), (xt.TERM_OFLAGS_CRDLY, CRDLY, "CR?"),
                 (xt.TERM_OFLAGS_TABDLY, TABDLY, "TAB?"), (xt.TERM_OFLAGS_BSDLY, BSDLY, "BS?"),
                 (xt.TERM_OFLAGS_VTDLY, VTDLY, "VT?"), (xt.TERM_OFLAGS_FFDLY, FFDLY, "FF?"))


def _oflag(value: int, style: str) -> str:
    parts = []
    for table, mask, dflt in _OFLAG_FIELDS:
        parts.append(print_xval(value & mask, table, dflt, style))
        value &= ~mask
    parts.append(print_flags(value, xt.TERM_OFLAGS, None, style))
    return "|".join(parts)


def _cflag(value: int, style: str) -> str:
    text = print_xval(value & CBAUD, xt.BAUD_OPTIONS, "B???", style) + "|"
    if value & CIBAUD:
        shift = {"abbrev": "IBSHIFT", "raw": "0x10"}.get(style, "0x10 /* IBSHIFT */")
        text += "%s<<%s|" % (print_xval((value & CIBAUD) >> IBSHIFT, xt.BAUD_OPTIONS, "B???",
                                        style), shift)
    text += print_xval(value & CSIZE, xt.TERM_CFLAGS_CSIZE, "CS?", style) + "|"
    return text + print_flags(value & ~(CBAUD | CIBAUD | CSIZE), xt.TERM_CFLAGS, None, style)


def _cc(data: bytes, count: int, style: str) -> str:
    names = dict((v, n) for v, n in reversed(xt.TERMIOS_CC))
    items = []
    for i in range(count):
        name = names.get(i)
        if name is not None and style != "abbrev":
            name = "%d /* %s */" % (i, name) if style == "verbose" else None
        items.append("[%s]=%s" % (name if name is not None else i, hexval(data[i])))
    return "[" + ", ".join(items) + "]"


def termios_text(call: Call, where: int, termio: bool = False) -> str:
    """struct termios (the kernel's, 36 bytes) or the old struct termio."""
    size = 18 if termio else 36
    data = fetch(call, where, size)
    if data is None:
        return hex_address(where)
    style = call.opts.xlat_style
    if termio:
        iflag, oflag, cflag, lflag, line = struct.unpack_from("<HHHHB", data)
        cc, ncc = data[9:9 + NCC], NCC
    else:
        iflag, oflag, cflag, lflag, line = struct.unpack_from("<IIIIB", data)
        cc, ncc = data[17:17 + NCCS], NCCS
    text = "{c_iflag=%s, c_oflag=%s, c_cflag=%s, c_lflag=%s, " % (
        print_flags(iflag, xt.TERM_IFLAGS, None, style), _oflag(oflag, style),
        _cflag(cflag, style), print_flags(lflag, xt.TERM_LFLAGS, None, style))
    if not call.opts.verbose:
        return text + "...}"
    return text + "c_line=%s, c_cc=%s}" % (print_xval(line, xt.TERM_LINE_DISCS, "N_???", style),
                                          _cc(cc, ncc, style))


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
    return "[%s]" % print_flags(struct.unpack("<I", data)[0], xt.MODEM_FLAGS, "TIOCM_???",
                                call.opts.xlat_style)


def _term_entry(call: Call, code: int, arg: int):
    """The text after the request at entry; None: decode at exit; False: not a
    terminal request strace knows."""
    style = call.opts.xlat_style
    if code in _TERMIOS_OUT or code in (TCGETA, TIOCGWINSZ, TIOCMGET) or code in _INT_OUT:
        return None
    if code in _TERMIOS_IN:
        return ", " + termios_text(call, arg)
    if code in _TERMIO_IN:
        return ", " + termios_text(call, arg, termio=True)
    if code == TIOCSWINSZ:
        return ", " + winsize_text(call, arg)
    if code == TCXONC:
        return ", " + print_xval(arg, xt.TCXONC_OPTIONS, "TC???", style)
    if code == TCFLSH:
        return ", " + print_xval(arg, xt.TCFLSH_OPTIONS, "TC???", style)
    if code in _INT_DIRECT:
        value = arg & U32
        return ", %d" % (value - (1 << 32) if value & 0x80000000 else value)
    if code in _MODEM_IN:
        return ", " + _modem(call, arg)
    if code in _INT_IN:
        return ", " + _int_ptr(call, arg)
    if code == TIOCSTI:
        return ", " + buffer(arg, 1, call)
    if code in _NO_ARG:
        return ""
    return False


def _term_exit(call: Call, code: int, arg: int) -> str:
    if code in _TERMIOS_OUT:
        return ", " + termios_text(call, arg)
    if code == TCGETA:
        return ", " + termios_text(call, arg, termio=True)
    if code == TIOCGWINSZ:
        return ", " + winsize_text(call, arg)
    if code == TIOCMGET:
        return ", " + _modem(call, arg)
    return ", " + _int_ptr(call, arg)


# userfaultfd ----------------------------------------------------------------

UFFDIO_API = _C["UFFDIO_API"]
UFFDIO_COPY = _C["UFFDIO_COPY"]
UFFDIO_REGISTER = _C["UFFDIO_REGISTER"]
UFFDIO_UNREGISTER = _C["UFFDIO_UNREGISTER"]
UFFDIO_WAKE = _C["UFFDIO_WAKE"]
UFFDIO_ZEROPAGE = _C["UFFDIO_ZEROPAGE"]
_UFFD = frozenset((UFFDIO_API, UFFDIO_COPY, UFFDIO_REGISTER, UFFDIO_UNREGISTER, UFFDIO_WAKE,
                   UFFDIO_ZEROPAGE))


def _range(start: int, length: int) -> str:
    return "{start=%s, len=%s}" % (hexval(start), hexval(length))


def _uffd_entry(call: Call, code: int, arg: int):
    style = call.opts.xlat_style
    if code in (UFFDIO_UNREGISTER, UFFDIO_WAKE):
        data = fetch(call, arg, 16)
        return ", " + (hex_address(arg) if data is None else _range(*struct.unpack("<QQ", data)))
    size = {UFFDIO_API: 24, UFFDIO_COPY: 40, UFFDIO_REGISTER: 32, UFFDIO_ZEROPAGE: 32}[code]
    data = fetch(call, arg, size)
    if data is None:
        return ", " + hex_address(arg)
    if code == UFFDIO_API:
        api, features = struct.unpack_from("<QQ", data)
        call.saved["uffd_features"] = features
        return ", {api=%s, features=%s" % (hexval(api), print_flags(
            features, xu.UFFD_API_FEATURES, "UFFD_FEATURE_???", style))
    if code == UFFDIO_COPY:
        dst, src, length, mode = struct.unpack_from("<QQQQ", data)
        return ", {dst=%s, src=%s, len=%s, mode=%s" % (
            hexval(dst), hexval(src), hexval(length),
            print_flags(mode, xu.UFFD_COPY_FLAGS, "UFFDIO_COPY_???", style))
    start, length, mode = struct.unpack_from("<QQQ", data)
    table, dflt = ((xu.UFFD_REGISTER_MODE_FLAGS, "UFFDIO_REGISTER_MODE_???")
                   if code == UFFDIO_REGISTER else
                   (xu.UFFD_ZEROPAGE_FLAGS, "UFFDIO_ZEROPAGE_???"))
    return ", {range=%s, mode=%s" % (_range(start, length), print_flags(mode, table, dflt, style))


def _uffd_exit(call: Call, code: int, arg: int) -> str:
    style = call.opts.xlat_style
    data = None if call.failed else call.mem.read(arg, 40 if code == UFFDIO_COPY else 24
                                                  if code == UFFDIO_API else 32)
    if data is None:
        return "}"
    if code == UFFDIO_API:
        _, features, ioctls = struct.unpack_from("<QQQ", data)
        text = ""
        if call.saved.get("uffd_features") != features:
            text += " => features=" + print_flags(features, xu.UFFD_API_FEATURES, "UFFD_FEATURE_???", style)
        return text + ", ioctls=%s}" % print_flags(ioctls, xu.UFFD_API_FLAGS, "_UFFDIO_???",
                                                    style)
    if code == UFFDIO_COPY:
        return ", copy=%s}" % hexval(struct.unpack_from("<q", data, 32)[0] & 0xFFFFFFFFFFFFFFFF)
    if code == UFFDIO_REGISTER:
        return ", ioctls=%s}" % print_flags(struct.unpack_from("<Q", data, 24)[0],
                                            xu.UFFD_REGISTER_IOCTL_FLAGS, "UFFDIO_???", style)
    return ", zeropage=%s}" % hexval(struct.unpack_from("<q", data, 24)[0] & 0xFFFFFFFFFFFFFFFF)


_TERM_TYPE = ord("T")
_UFFD_TYPE = 0xAA


@syscall_decoder("ioctl")
class Ioctl:
    @staticmethod
    def entry(call: Call) -> str:
        code = call.args[1] & U32
        arg = call.args[2]
        head = "%s, %s" % (fd_text(call.args[0], call), request_text(code, call.opts.xlat_style))
        kind = (code >> 8) & 0xFF
        if kind == _TERM_TYPE or code in _INT_IN or code in _INT_OUT or code in _NO_ARG:
            rest = _term_entry(call, code, arg)
            if rest is None:
                call.saved["ioctl"] = "term"
                return head
            if rest is not False:
                call.saved["decoded"] = True
                return head + rest
        elif code in _UFFD:
            rest = _uffd_entry(call, code, arg)
            if code in (UFFDIO_UNREGISTER, UFFDIO_WAKE) or rest.endswith(hex_address(arg)) \
                    and not rest.startswith(", {"):
                call.saved["decoded"] = True
                return head + rest
            call.saved["ioctl"] = "uffd"
            return head + rest
        call.saved["decoded"] = True
        return head + ", " + hexval(arg)

    @staticmethod
    def exit(call: Call) -> str:
        which = call.saved.get("ioctl")
        code = call.args[1] & U32
        if which == "term":
            return _term_exit(call, code, call.args[2])
        if which == "uffd":
            return _uffd_exit(call, code, call.args[2])
        return ""
