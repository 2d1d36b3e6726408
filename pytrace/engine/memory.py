"""Reading a stopped tracee's memory as strace reads it: process_vm_readv.

process_vm_readv honours the pages' protections: a buffer in a PROT_NONE
or write-only mapping cannot be read, and prints as its address, as with
strace.  (/proc/PID/mem, 0.3 us a read cheaper, reads such pages anyway:
the kernel forces the access for a tracer, as for PTRACE_PEEKDATA.)  A
buffer that is readable only in part is not shown either, and strace says
so on stderr (``umoven: short read``); so does a string that runs into
unreadable memory after its first bytes (``umovestr: short read``).

Only where the kernel refuses process_vm_readv (EPERM, ENOSYS) is the
tracee read through /proc/PID/mem, as strace then falls back on
PTRACE_PEEKDATA.  That file is bound to the address space it was opened
on, which is why the session drops a tracee's memory at exec and at exit.

Only valid while the tracee is stopped: the session decodes a stop's
arguments before the engine resumes it.
"""
from __future__ import annotations

import errno
import os

from pytrace.engine.binding import get_errno, read_memory_once

PAGE = 4096
# Refused rather than failed: the same memory may be readable the other way.
_REFUSED = frozenset((errno.EPERM, errno.ENOSYS))
# The memory is not there, or the tracee is gone: nothing to say about it.
_UNREADABLE = frozenset((errno.EFAULT, errno.EIO, errno.ESRCH))


class TraceeMemory:
    """The decoders' Memory protocol over one tracee."""

    __slots__ = ("pid", "fd", "report")

    def __init__(self, pid: int, report=None):
        self.pid = pid
        # report(message): strace's diagnostics about memory it could not read
        self.report = report
        self.fd = -1   # /proc/PID/mem, once process_vm_readv has been refused

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def _read(self, addr: int, size: int) -> bytes:
        """Up to ``size`` bytes: fewer where readable memory ends (errno then
        says why, from ``_failure``)."""
        if self.fd < 0:
            try:
                return read_memory_once(self.pid, addr, size)
            except (OverflowError, MemoryError):
                return b""
        return self._read_proc_mem(addr, size)

    def _failure(self) -> int:
        """The errno of the read that just came back empty, after trying
        /proc/PID/mem if process_vm_readv was refused: 0 if that works."""
        if self.fd >= 0:
            return errno.EIO   # what /proc/PID/mem says of memory that is not there
        err = get_errno()
        if err not in _REFUSED:
            return err
        try:
            self.fd = os.open("/proc/%d/mem" % self.pid, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as failed:
            return failed.errno or err
        return 0

    def _read_proc_mem(self, addr: int, size: int) -> bytes:
        try:
            return os.pread(self.fd, size, addr)
        except (OSError, OverflowError, ValueError):
            return b""

    def read(self, addr: int, size: int) -> bytes | None:
        if size <= 0:
            return b"" if addr else None
        data = self._read(addr, size)
        if len(data) == size:
            return data
        if not data:
            err = self._failure()
            if err == 0:
                return self.read(addr, size)
            if err not in _UNREADABLE:
                self._say("umoven: pid:%d @0x%x: %s" % (self.pid, addr, os.strerror(err)))
            return None
        self._say("umoven: short read (%d < %d) @0x%x" % (len(data), size, addr))
        return None

    def read_partial(self, addr: int, size: int) -> bytes:
        if size <= 0:
            return b""
        data = self._read(addr, size)
        if not data and self.fd < 0 and self._failure() == 0:
            data = self._read(addr, size)
        return data

    def cstring(self, addr: int, limit: int) -> tuple[bytes, bool] | None:
        # Read up to the end of the first page, then a page at a time: a string
        # that ends just before an unreadable page must still be readable.
        chunks = []
        got = 0
        want = limit + 1   # one more byte tells whether the string goes on
        while got < want:
            step = min(want - got, PAGE - ((addr + got) % PAGE))
            data = self._read(addr + got, step)
            if not data:
                err = self._failure()
                if err == 0:
                    continue   # the same page again, through /proc/PID/mem
                if not chunks:
                    return None
                if got < limit and err in _UNREADABLE and err != errno.ESRCH:
                    # strace's umovestr of ``limit`` bytes gives up here, and says so
                    self._say("umovestr: short read (%d < %d) @0x%x: %s"
                              % (got, limit, addr, os.strerror(err)))
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

    def _say(self, message: str) -> None:
        if self.report is not None:
            self.report(message)


class TraceeMemories(dict):
    """pid -> TraceeMemory, made on first use; ``forget`` drops one at the
    tracee's exec (a /proc/PID/mem file is bound to the old address space)
    or exit.  ``report`` is given to each (strace's diagnostics about
    unreadable memory)."""

    report = None

    def __missing__(self, pid: int) -> TraceeMemory:
        mem = self[pid] = TraceeMemory(pid, self.report)
        return mem

    def forget(self, pid: int) -> None:
        mem = self.pop(pid, None)
        if mem is not None:
            mem.close()
