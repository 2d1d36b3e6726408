"""-k: the call stack of a stopped tracee, walked by libunwind-ptrace.

strace 6.1 as Debian builds it (``strace -V``: stack-trace=libunwind) walks
the stack with libunwind's remote unwinder over ptrace, names each frame with
``unw_get_proc_name`` and places it in a mapping of ``/proc/PID/maps``, which
it caches per process until a syscall that changes mappings (mmap, munmap,
mprotect, brk, execve...) returns in any tracee.  This module does the same
through ctypes, so that the frames, symbols and offsets are strace's.

A tracee must be stopped while it is walked (libunwind reads its registers
and memory with ptrace): the session walks it before asking for the next event.
"""
from __future__ import annotations

import bisect
import ctypes
from typing import Callable, NamedTuple

# The package that ships libunwind-ptrace.so.0 on Debian (and Ubuntu)
LIBRARY_PACKAGE = "libunwind8"
_MAX_FRAMES = 256
_CURSOR_SIZE = 127 * 8          # unw_cursor_t: UNW_TDEP_CURSOR_LEN words on x86_64
_UNW_REG_IP = 16                # UNW_X86_64_RIP
_UNW_CACHE_GLOBAL = 1
_UNW_ENOMEM = 2


class UnwinderMissing(Exception):
    """libunwind-ptrace cannot be loaded: -k is impossible."""


class Frame(NamedTuple):
    """One frame: where its instruction pointer is, as strace prints it.

    ``symbol`` is "" when the address has no symbol; ``offset`` is the
    address less the symbol's, ``file_offset`` the address as an offset in
    ``path`` (strace's "true offset").  An ``error`` frame (``path`` None) ends
    a walk that met an address in no executable mapping, or too many frames."""
    path: str | None
    symbol: str
    offset: int
    file_offset: int
    error: str | None = None


class _Mapping(NamedTuple):
    start: int
    end: int
    file_offset: int
    executable: bool
    path: str


def read_maps(pid: int) -> list[_Mapping] | None:
    """The file-backed mappings of ``pid`` in ascending order, as strace keeps
    them: lines without a path are left out, so are overlapping or repeated ones."""
    try:
        with open("/proc/%d/maps" % pid, "rb") as f:
            lines = f.read().decode(errors="surrogateescape").splitlines()
    except OSError:
        return None
    mappings: list[_Mapping] = []
    for line in lines:
        fields = line.split(None, 5)
        if len(fields) < 6:
            continue
        span, perms, offset = fields[0], fields[1], fields[2]
        start_text, _, end_text = span.partition("-")
        try:
            start, end, file_offset = int(start_text, 16), int(end_text, 16), int(offset, 16)
        except ValueError:
            continue
        if len(perms) < 4 or perms[3] not in "ps" or end < start:
            continue
        if mappings and (start <= mappings[-1].start or start < mappings[-1].end):
            continue
        mappings.append(_Mapping(start, end, file_offset, perms[2] == "x", fields[5]))
    return mappings or None


class _Libunwind:
    """libunwind's remote unwinder, loaded once."""

    def __init__(self):
        try:
            # libunwind-ptrace leaves the unwinder's own symbols to this library
            self.unwind = ctypes.CDLL("libunwind-x86_64.so.8", mode=ctypes.RTLD_GLOBAL)
            self.ptrace = ctypes.CDLL("libunwind-ptrace.so.0")
        except OSError as err:
            raise UnwinderMissing(str(err))
        unwind, upt = self.unwind, self.ptrace
        unwind._Ux86_64_create_addr_space.restype = ctypes.c_void_p
        unwind._Ux86_64_create_addr_space.argtypes = (ctypes.c_void_p, ctypes.c_int)
        for name in ("_Ux86_64_init_remote",):
            getattr(unwind, name).argtypes = (ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p)
        unwind._Ux86_64_step.argtypes = (ctypes.c_char_p,)
        unwind._Ux86_64_get_reg.argtypes = (ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p)
        unwind._Ux86_64_get_proc_name.argtypes = (ctypes.c_char_p, ctypes.c_char_p,
                                                  ctypes.c_size_t, ctypes.c_void_p)
        unwind._Ux86_64_flush_cache.argtypes = (ctypes.c_void_p, ctypes.c_uint64, ctypes.c_uint64)
        unwind._Ux86_64_set_caching_policy.argtypes = (ctypes.c_void_p, ctypes.c_int)
        upt._UPT_create.restype = ctypes.c_void_p
        upt._UPT_create.argtypes = (ctypes.c_int,)
        upt._UPT_destroy.argtypes = (ctypes.c_void_p,)
        accessors = ctypes.c_void_p.in_dll(upt, "_UPT_accessors")
        self.space = unwind._Ux86_64_create_addr_space(ctypes.addressof(accessors), 0)
        if not self.space:
            raise UnwinderMissing("failed to create address space for stack tracing")
        unwind._Ux86_64_set_caching_policy(self.space, _UNW_CACHE_GLOBAL)


_library: _Libunwind | None = None


def load() -> None:
    """Load libunwind (once); UnwinderMissing if it is not installed."""
    global _library
    if _library is None:
        _library = _Libunwind()


class Unwinder:
    """Walks tracees' stacks; ``generation()`` tells when mappings may have
    changed (the engine counts the syscalls that change them), which renews a
    tracee's copy of its maps and libunwind's cache of unwind tables."""

    def __init__(self, generation: Callable[[], int]):
        load()
        self._lib = _library
        self._generation = generation
        self._contexts: dict[int, int] = {}          # pid -> libunwind-ptrace's handle
        self._maps: dict[int, tuple[int, list[_Mapping], list[int]]] = {}
        self._cursor = ctypes.create_string_buffer(_CURSOR_SIZE)
        self._word = ctypes.c_uint64()
        self._offset = ctypes.c_uint64()
        self._name = ctypes.create_string_buffer(256)

    def walk(self, pid: int) -> list[Frame]:
        """The frames of stopped ``pid``, innermost first; [] if it cannot be walked."""
        maps = self._mappings(pid)
        if maps is None:
            return []
        mappings, starts = maps
        lib = self._lib.unwind
        cursor = self._cursor
        context = self._contexts.get(pid)
        if context is None:
            context = self._contexts[pid] = self._lib.ptrace._UPT_create(pid)
        if not context or lib._Ux86_64_init_remote(cursor, self._lib.space, context) < 0:
            return []
        frames = []
        for _ in range(_MAX_FRAMES):
            if lib._Ux86_64_get_reg(cursor, _UNW_REG_IP, ctypes.byref(self._word)) < 0:
                return frames
            ip = self._word.value
            index = bisect.bisect_right(starts, ip) - 1
            mapping = mappings[index] if index >= 0 else None
            if mapping is None or ip >= mapping.end or not mapping.executable:
                # libunwind reports IP 0 past the outermost frame of some threads
                if ip:
                    frames.append(Frame(None, "", 0, ip, "unexpected_backtracing_error"))
                return frames
            symbol, offset = self._symbol()
            frames.append(Frame(mapping.path, symbol, offset,
                                ip - mapping.start + mapping.file_offset))
            if lib._Ux86_64_step(cursor) <= 0:
                return frames
        frames.append(Frame(None, "", 0, 0, "too many stack frames"))
        return frames

    def _symbol(self) -> tuple[str, int]:
        """The name of the current frame's procedure and the offset into it."""
        get_name = self._lib.unwind._Ux86_64_get_proc_name
        while True:
            name = self._name
            rc = get_name(self._cursor, name, len(name), ctypes.byref(self._offset))
            if rc == 0:
                return name.value.decode(errors="surrogateescape"), self._offset.value
            if rc != -_UNW_ENOMEM:
                return "", 0
            self._name = ctypes.create_string_buffer(len(name) * 2)

    def _mappings(self, pid: int) -> tuple[list[_Mapping], list[int]] | None:
        generation = self._generation()
        cached = self._maps.get(pid)
        if cached is not None and cached[0] == generation:
            return cached[1], cached[2]
        mappings = read_maps(pid)
        if mappings is None:
            self._maps.pop(pid, None)
            return None
        starts = [m.start for m in mappings]
        self._maps[pid] = (generation, mappings, starts)
        # as strace does: a renewed copy of the maps flushes libunwind's tables
        self._lib.unwind._Ux86_64_flush_cache(self._lib.space, 0, 0)
        return mappings, starts

    def forget(self, pid: int) -> None:
        """``pid`` is gone, or is another program now."""
        self._maps.pop(pid, None)
        context = self._contexts.pop(pid, None)
        if context:
            self._lib.ptrace._UPT_destroy(context)
