"""Reading a stopped tracee's memory: one process_vm_readv per buffer.

Only valid while the tracee is stopped: the session decodes a stop's
arguments before the engine resumes it.
"""
from __future__ import annotations

from pytrace._ptrace import read_memory

PAGE = 4096


class TraceeMemory:
    """The decoders' Memory protocol over one tracee."""

    __slots__ = ("pid",)

    def __init__(self, pid: int):
        self.pid = pid

    def read(self, addr: int, size: int) -> bytes | None:
        if size <= 0:
            return b"" if addr else None
        data = read_memory(self.pid, addr, size)
        return data if len(data) == size else None

    def read_partial(self, addr: int, size: int) -> bytes:
        return read_memory(self.pid, addr, size)

    def cstring(self, addr: int, limit: int) -> tuple[bytes, bool] | None:
        # Read up to the end of the first page, then a page at a time: a string
        # that ends just before an unmapped page must still be readable.
        chunks = []
        got = 0
        want = limit + 1   # one more byte tells whether the string goes on
        while got < want:
            step = min(want - got, PAGE - ((addr + got) % PAGE))
            data = read_memory(self.pid, addr + got, step)
            if not data:
                if not chunks:
                    return None
                break
            end = data.find(b"\0")
            if end >= 0:
                chunks.append(data[:end])
                text = b"".join(chunks)
                return (text, True) if len(text) <= limit else (text[:limit], False)
            chunks.append(data)
            got += len(data)
            if len(data) < step:
                break
        text = b"".join(chunks)
        return text[:limit], False
