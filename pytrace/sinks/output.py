"""The trace's output stream: written as strace writes it, failing as strace fails.

strace writes every piece of a line as soon as it is made (a flush at each
syscall entry and at each line's end).  Readers of a live trace depend on
that: a tool reading a pipe or FIFO resolves descriptors in /proc while the
traced process still has them open.  So into anything but a regular file
(terminal, pipe, FIFO, socket, character device) pytrace writes the same way;
into a regular file it buffers, which no reader can tell apart once the file
is complete, and which costs one write per 64 KiB instead of two per syscall.

A failed write never stops the trace nor raises: as with glibc's fflush
under strace, the bytes are lost, and each trace line lost is reported as one
``pytrace: NAME: strerror`` line on stderr, except when the trace itself goes
to stderr (strace is silent then: where would it say so?).  The summary
tables of -c/-C are written without such reports, as strace writes them.
"""
from __future__ import annotations

import io
import os
import stat

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable

FILE_BUFFER = 1 << 16


class _Reporting:
    """Writing to the trace's descriptor: everything, or a report of the lines
    lost (none while ``quiet``, or when there is nowhere to report them)."""

    __slots__ = ()
    fd: int
    name: str | None              # as the user gave it: "|head -1", "/dev/full"
    report: Callable[[str], None] | None   # None: failures pass unreported (stderr)
    quiet: bool                   # set while a summary table is written

    def _put(self, data) -> None:
        try:
            written = _write(self.fd, data)
        except OSError as err:
            self._lost(data, err.strerror or str(err))
            return
        if written != len(data):
            self._put_rest(memoryview(data), written)

    def _put_rest(self, view: memoryview, done: int) -> None:
        size = len(view)
        while 0 < done < size:
            try:
                written = _write(self.fd, view[done:])
            except OSError as err:
                self._lost(view[done:], err.strerror or str(err))
                return
            if written <= 0:
                return
            done += written

    def _lost(self, data, reason: str) -> None:
        if self.report is None or self.quiet:
            return
        message = "%s: %s" % (self.name, reason)
        for _ in range(bytes(data).count(b"\n")):
            self.report(message)

    def _close_fd(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


_write = os.write


class _ReportingSink(_Reporting, io.RawIOBase):
    """The file descriptor under a regular file's buffers.  Whatever happens,
    it tells the buffer everything was written, so that no caller ever sees an
    exception."""

    def __init__(self, fd: int, name: str | None, report: Callable[[str], None] | None):
        super().__init__()
        self.fd = fd
        self.name = name
        self.report = report
        self.quiet = False

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def write(self, data) -> int:
        self._put(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._close_fd()
        super().close()


class LiveStream(_Reporting):
    """The text stream of a live output: each write is one write(2), at once.

    The writers hand it whole lines, and a syscall's entry followed by a
    flush, so this is what a line-buffered TextIOWrapper over the descriptor
    would write, without its two layers of buffers, which cost about 2 us a
    line (a third of the per-line cost of ``-f`` on busy threads)."""

    __slots__ = ("fd", "name", "report", "quiet", "closed")

    def __init__(self, fd: int, name: str | None, report: Callable[[str], None] | None):
        self.fd = fd
        self.name = name
        self.report = report
        self.quiet = False
        self.closed = False

    def write(self, text: str) -> int:
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        data = text.encode("utf-8", "surrogateescape")
        try:   # _put, inline: this runs twice a line
            written = _write(self.fd, data)
        except OSError as err:
            self._lost(data, err.strerror or str(err))
            return len(text)
        if written != len(data):
            self._put_rest(memoryview(data), written)
        return len(text)

    def flush(self) -> None:
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._close_fd()


def is_live(fd: int) -> bool:
    """Whether someone may be reading as the trace is written: anything but a
    regular file (an fd that cannot even be examined is treated as live)."""
    try:
        return not stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        return True


def open_stream(fd: int, name: str | None = None,
                report: Callable[[str], None] | None = None):
    """A text stream over ``fd`` (which it owns), and whether it is live.

    Live streams write what they are given at once (the text writer gives
    them whole lines, and a syscall's entry as it prints it); others buffer
    FILE_BUFFER bytes."""
    if is_live(fd):
        return LiveStream(fd, name, report), True
    sink = _ReportingSink(fd, name, report)
    buffered = io.BufferedWriter(sink, FILE_BUFFER)
    stream = io.TextIOWrapper(buffered, encoding="utf-8", errors="surrogateescape",
                              write_through=False)
    return stream, False


def open_file(path: str, append: bool, name: str | None = None,
              report: Callable[[str], None] | None = None):
    """``path`` created (or appended to) as strace's fopen does; OSError if it cannot be."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC | (os.O_APPEND if append else os.O_TRUNC)
    fd = os.open(path, flags, 0o666)
    return open_stream(fd, path if name is None else name, report)[0]


def write_unreported(stream, text: str) -> None:
    """Write and flush ``text`` (a summary table) reporting no failure, as
    strace writes its tables; what was pending before is reported as usual."""
    try:
        stream.flush()
        sink = stream if isinstance(stream, LiveStream) else stream.buffer.raw
    except (AttributeError, ValueError):
        sink = None
    if sink is not None:
        sink.quiet = True
    try:
        stream.write(text)
        stream.flush()
    except (OSError, ValueError):
        pass
    finally:
        if sink is not None:
            sink.quiet = False


def close_quietly(stream) -> None:
    """Flush and close, whatever state the other end is in."""
    try:
        stream.close()
    except (OSError, ValueError):
        pass


def ensure_standard_fds() -> None:
    """Make sure fds 0, 1 and 2 are open, as strace does before anything else.

    Were one closed (``2>&-``), the next file pytrace opens would take its
    number, and the trace meant for stderr would land in it.  The placeholder
    is the read end of a pipe without writer: reading gives EOF, writing
    EBADF, and it is close-on-exec, so the command starts with the same fd
    closed, as it would have without pytrace."""
    while True:
        try:
            read_end, write_end = os.pipe()   # both close-on-exec (PEP 446)
        except OSError:
            return
        os.close(write_end)
        if read_end >= 2:
            if read_end > 2:
                os.close(read_end)
            return
