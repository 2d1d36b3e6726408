"""POSIX extended regular expressions, from libc: what strace's -e trace=/REGEX uses.

Python's re reads some patterns differently (``{id`` is a literal there, an
error for regcomp), and regerror's messages are libc's: both must be strace's.
"""
from __future__ import annotations

import ctypes
import os

REG_EXTENDED = 1
REG_NOSUB = 8
REG_NOMATCH = 1
_REGEX_T_SIZE = 256   # glibc's regex_t is 64 bytes on x86_64: room to spare

_libc = ctypes.CDLL(None)
_regcomp = _libc.regcomp
_regcomp.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
_regexec = _libc.regexec
_regexec.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p,
                     ctypes.c_int)
_regerror = _libc.regerror
_regerror.argtypes = (ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t)
_regerror.restype = ctypes.c_size_t
_regfree = _libc.regfree
_regfree.argtypes = (ctypes.c_void_p,)


class RegexError(Exception):
    """regcomp or regexec failed: (the function's name, libc's message)."""


def _message(code: int, compiled) -> str:
    buffer = ctypes.create_string_buffer(512)
    _regerror(code, compiled, buffer, len(buffer))
    return buffer.value.decode("utf-8", "surrogateescape")


def matching(pattern: str, names) -> list[str]:
    """The names ``pattern`` matches somewhere, in order."""
    compiled = ctypes.create_string_buffer(_REGEX_T_SIZE)
    code = _regcomp(compiled, os.fsencode(pattern), REG_EXTENDED | REG_NOSUB)
    if code:
        raise RegexError("regcomp", _message(code, compiled))
    try:
        found = []
        for name in names:
            code = _regexec(compiled, name.encode(), 0, None, 0)
            if code == 0:
                found.append(name)
            elif code != REG_NOMATCH:
                raise RegexError("regexec", _message(code, compiled))
        return found
    finally:
        _regfree(compiled)
