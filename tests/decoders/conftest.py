"""Shared helpers for decoder tests: a tracee memory made of byte blocks."""
from __future__ import annotations

import pytest

from decoders import Call, DecodeOptions


class FakeMemory:
    """Tracee memory for decoder tests: ``{address: bytes}`` blocks; everything else is unreadable."""

    def __init__(self, blocks: dict[int, bytes] | None = None):
        self.blocks = dict(blocks or {})

    def _find(self, addr: int):
        for base, data in self.blocks.items():
            if base <= addr < base + len(data):
                return data[addr - base:]
        return None

    def read(self, addr: int, size: int):
        data = self._find(addr)
        if data is None or len(data) < size:
            return None if size else (b"" if data is not None else None)
        return data[:size]

    def read_partial(self, addr: int, size: int) -> bytes:
        data = self._find(addr)
        return b"" if data is None else data[:size]

    def cstring(self, addr: int, limit: int):
        # as pytrace.engine.memory.TraceeMemory: a NUL right after ``limit`` bytes
        # still counts as found
        data = self._find(addr)
        if data is None:
            return None
        end = data.find(b"\0", 0, limit + 1)
        if end >= 0:
            return data[:end], True
        return data[:limit], False


PROBE_BASE = 0x10000000   # where the C probes of the structs2 tests map their pages


class MemoryImage:
    """Four pages of tracee memory at PROBE_BASE, filled piece by piece."""

    def __init__(self):
        self.data = bytearray(0x4000)

    def put(self, offset: int, raw: bytes) -> int:
        """Write ``raw`` at ``offset`` and return its tracee address."""
        self.data[offset:offset + len(raw)] = raw
        return PROBE_BASE + offset

    def blocks(self) -> dict:
        return {PROBE_BASE: bytes(self.data)}


def make_call(name="test", args=(0, 0, 0, 0, 0, 0), memory=None, rv=None, errno=0,
              pid=1000, nr=0, **options) -> Call:
    """A Call as the session builds it; ``rv`` set means the call is at its exit."""
    args = tuple(args) + (0,) * (6 - len(args))
    call = Call(pid, nr, name, args, FakeMemory(memory), DecodeOptions(**options))
    if rv is not None or errno:
        call.exiting = True
        call.rv = -1 if errno else rv
        call.errno = errno
    return call


@pytest.fixture
def call_factory():
    return make_call
