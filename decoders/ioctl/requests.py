"""ioctl request numbers: their names, or strace's ``_IOC(...)`` spelling."""
from __future__ import annotations

from decoders.ioctl.evdev_xlat import EVDEV_ABS, EVDEV_EV
from decoders.ioctl.requests_xlat import IOCTLS
from decoders.memo import memoized
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, hexval

IOCTL_DIRS = (
    (0x0, '_IOC_NONE'),
    (0x2, '_IOC_READ'),
    (0x1, '_IOC_WRITE'),
)


@memoized(1)
def _by_code() -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for code, name in IOCTLS:
        names.setdefault(code, []).append(name)
    return {code: tuple(v) for code, v in names.items()}


@memoized(1)
def _codes() -> dict[str, int]:
    return {name: code for code, name in IOCTLS}


def _ioc_text(code: int, style: str) -> str:
    """``_IOC(_IOC_READ, 0x12, 0x34, 0x8)``."""
    direction = code >> 30
    if style == "verbose":
        dirs = print_flags(direction, IOCTL_DIRS, "", "abbrev")
    else:
        dirs = print_flags(direction, IOCTL_DIRS, "_IOC_???", "abbrev")
    return "_IOC(%s, %s, %s, %s)" % (dirs, hexval((code >> 8) & 0xFF), hexval(code & 0xFF),
                                     hexval((code >> 16) & 0x3FFF))


_SIZED_EVDEV = {0x06: "EVIOCGNAME", 0x07: "EVIOCGPHYS", 0x08: "EVIOCGUNIQ", 0x09: "EVIOCGPROP",
                0x0a: "EVIOCGMTSLOTS", 0x18: "EVIOCGKEY", 0x19: "EVIOCGLED", 0x1a: "EVIOCGSND",
                0x1b: "EVIOCGSW"}
_SIZED_HIDDEV_READ = {0x04: "HIDIOCGRAWNAME", 0x05: "HIDIOCGRAWPHYS", 0x06: "HIDIOCSFEATURE",
                      0x08: "HIDIOCGRAWUNIQ", 0x12: "HIDIOCGPHYS"}
_SIZED_HIDDEV_RW = {0x06: "HIDIOCSFEATURE", 0x07: "HIDIOCGFEATURE"}
_IOC_WRITE, _IOC_READ = 1, 2


def _evdev_number(code: int, style: str) -> str | None:
    """EVIOCGBIT(EV_KEY, 8) and the other evdev requests that carry a number
    (an event type, an axis, a length) in their code."""
    direction, nr, size = code >> 30, code & 0xFF, (code >> 16) & 0x3FFF
    # inside the comment of -X verbose, names alone and no default
    plain = style == "verbose"

    def axis(value: int) -> str:
        return print_xval(value, EVDEV_ABS, None if plain else "ABS_???", "abbrev")

    if direction == _IOC_WRITE and 0xc0 <= nr <= 0xc0 + 0x3f:
        return "EVIOCSABS(%s)" % axis(nr - 0xc0)
    if direction != _IOC_READ:
        return None
    if 0x20 <= nr <= 0x20 + 0x1f:
        kind = "0" if nr == 0x20 else print_xval(nr - 0x20, EVDEV_EV, None if plain else "EV_???",
                                                 "abbrev")
        return "EVIOCGBIT(%s, %d)" % (kind, size)
    if 0x40 <= nr <= 0x40 + 0x3f:
        return "EVIOCGABS(%s)" % axis(nr - 0x40)
    name = _SIZED_EVDEV.get(nr)
    return None if name is None else "%s(%d)" % (name, size)


def _numbered_request(code: int, style: str) -> str | None:
    """strace's ioctl_decode_command_number: the requests whose code holds a
    parameter print as ``NAME(parameter)``."""
    kind, direction, nr, size = (code >> 8) & 0xFF, code >> 30, code & 0xFF, (code >> 16) & 0x3FFF
    if kind == 0x21:
        return "SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR" if code == 0x80082102 else None
    if kind == ord("E"):
        return _evdev_number(code, style)
    if kind == ord("H"):
        table = {_IOC_READ: _SIZED_HIDDEV_READ, _IOC_READ | _IOC_WRITE: _SIZED_HIDDEV_RW}
        name = table.get(direction, {}).get(nr)
        return None if name is None else "%s(%d)" % (name, size)
    if kind == ord("M"):
        name = {_IOC_WRITE: "MIXER_WRITE", _IOC_READ: "MIXER_READ"}.get(direction)
        return None if name is None else "%s(%d)" % (name, nr)
    if kind == ord("U") and direction == _IOC_READ and nr == 0x2c:
        return "UI_GET_SYSNAME(%d)" % size
    if kind == ord("j") and direction == _IOC_READ and nr == 0x13:
        return "JSIOCGNAME(%d)" % size
    if kind == ord("k") and direction == _IOC_WRITE and nr == 0:
        return "SPI_IOC_MESSAGE(%d)" % size
    return None


def request_text(code: int, style: str = "abbrev") -> str:
    code &= U32
    if style == "raw":
        return hexval(code)
    numbered = _numbered_request(code, style)
    names = _by_code().get(code)
    if names:
        text = " or ".join(names if numbered is None else (numbered,) + names)
    else:
        text = numbered if numbered is not None else _ioc_text(code, style)
    if style == "verbose":
        return "%s /* %s */" % (hexval(code), text)
    return text


# Terminals ------------------------------------------------------------------

CODES = _codes()
