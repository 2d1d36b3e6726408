"""ioctl request numbers: their names, or strace's ``_IOC(...)`` spelling."""
from __future__ import annotations

from functools import lru_cache

from decoders.ioctl.requests_xlat import IOCTLS
from decoders.render.flags import print_flags
from decoders.render.numbers import U32, hexval

IOCTL_DIRS = (
    (0x0, '_IOC_NONE'),
    (0x2, '_IOC_READ'),
    (0x1, '_IOC_WRITE'),
)


@lru_cache(maxsize=1)
def _by_code() -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for code, name in IOCTLS:
        names.setdefault(code, []).append(name)
    return {code: tuple(v) for code, v in names.items()}


@lru_cache(maxsize=1)
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

CODES = _codes()
