"""-k: strace's backtrace lines, `` > /usr/lib/.../libc.so.6(__write+0x14) [0xf8a84]``.

The frames come from ``pytrace.engine.unwind``; C++ names are demangled as
strace demangles them (libiberty's ``cplus_demangle``; the same demangler is
libstdc++'s ``__cxa_demangle``, used for the C++ names that cplus_demangle
takes: those starting with ``_Z``).

strace prints a backtrace after a syscall's line and after a signal's, walked
there and then.  For the calls that leave no stack to walk at their exit
(exit, exit_group, and execve, which replaces it) it walks at the entry and
keeps the lines until the call's line is done, or until the tracee is gone.
Kept lines are formatted slightly differently (a frame without a symbol
shows ``(+0x0)``), as strace formats them.
"""
from __future__ import annotations

import ctypes
import ctypes.util
from typing import Callable

from pytrace.engine.unwind import Frame, Unwinder

# exit, execve, exit_group, execveat: strace's STACKTRACE_CAPTURE_ON_ENTER
CAPTURED_AT_ENTRY = frozenset((60, 59, 231, 322))


def _load_demangler():
    """libstdc++'s __cxa_demangle(name, buffer, length, status), or None."""
    try:
        library = ctypes.CDLL(ctypes.util.find_library("stdc++") or "libstdc++.so.6")
        function = library.__cxa_demangle
    except (OSError, AttributeError):
        return None
    function.restype = ctypes.c_void_p
    function.argtypes = (ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p,
                         ctypes.POINTER(ctypes.c_int))
    return function


_cxa_demangle = _load_demangler()
_libc = ctypes.CDLL(None)
_libc.free.argtypes = (ctypes.c_void_p,)
_demangled: dict[str, str] = {}


def demangle(name: str) -> str:
    """A C++ symbol as source code spells it (``ns::f3(int)``); others as they are."""
    if not name.startswith("_Z") or _cxa_demangle is None:
        return name
    known = _demangled.get(name)
    if known is not None:
        return known
    status = ctypes.c_int()
    pointer = _cxa_demangle(name.encode(errors="surrogateescape"), None, None,
                            ctypes.byref(status))
    text = name
    if pointer:
        text = ctypes.string_at(pointer).decode(errors="surrogateescape")
        _libc.free(pointer)
    _demangled[name] = text
    return text


def walked_line(frame: Frame) -> str:
    """A frame printed as it is walked."""
    if frame.error is not None:
        if frame.file_offset:
            return " > %s [0x%x]\n" % (frame.error, frame.file_offset)
        return " > %s\n" % frame.error
    if frame.symbol:
        return " > %s(%s+0x%x) [0x%x]\n" % (frame.path, demangle(frame.symbol), frame.offset,
                                            frame.file_offset)
    return " > %s() [0x%x]\n" % (frame.path, frame.file_offset)


def kept_line(frame: Frame) -> str:
    """A frame walked at a syscall's entry, printed later: strace formats those
    with the symbol's place always there, empty or not."""
    if frame.error is not None:
        return " > %s [0x%x]\n" % (frame.error, frame.file_offset)
    return " > %s(%s+0x%x) [0x%x]\n" % (frame.path, demangle(frame.symbol), frame.offset,
                                        frame.file_offset)


class StackTraces:
    """The backtrace text of each tracee, walked now or kept from its last entry.

    ``launching(pid)`` is true for the launched command before its first exec:
    its stack there is pytrace's own, so strace's rule of walking execve at
    its entry does not apply to it."""

    def __init__(self, generation: Callable[[], int], launching: Callable[[int], bool]):
        self.unwinder = Unwinder(generation)
        self.launching = launching
        self.kept: dict[int, str] = {}

    def at_entry(self, pid: int, nr: int) -> None:
        if nr in CAPTURED_AT_ENTRY and not self.launching(pid):
            self.kept[pid] = "".join(kept_line(f) for f in self.unwinder.walk(pid))

    def now(self, pid: int) -> str:
        """What follows a syscall's or a signal's line."""
        kept = self.kept.pop(pid, None)
        if kept is not None:
            return kept
        return "".join(walked_line(f) for f in self.unwinder.walk(pid))

    def gone(self, pid: int) -> str:
        """The tracee is gone: what it kept and never printed."""
        self.unwinder.forget(pid)
        return self.kept.pop(pid, "")

    def execed(self, pid: int, old_pid: int) -> None:
        self.unwinder.forget(pid)
        if old_pid != pid:
            self.unwinder.forget(old_pid)
            kept = self.kept.pop(old_pid, None)
            if kept is not None:
                self.kept[pid] = kept
