"""strace's text: pid prefixes, column alignment, unfinished/resumed, ---/+++ lines.

A consumer of already-decoded pieces: it never decodes.  It keeps the one
piece of state strace keeps across lines: which tracee's line is still open
(entry printed, exit not yet), so that another tracee's output first closes it
with `` <unfinished ...>`` and the late exit starts with ``<... name resumed>``.
"""
from __future__ import annotations

import os

from pytrace.sinks import output

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable

PREFIX_NONE = 0      # single tracee, or -ff: no prefix
PREFIX_BRACKET = 1   # stderr: "[pid  1234] " while more than one tracee exists
PREFIX_PLAIN = 2     # -o FILE with -f, or several -p: "1234  " on every line


class TextWriter:
    __slots__ = ("out", "prefix_mode", "count_tracees", "column", "open_pid", "open_text",
                 "open_written", "timestamp", "flush_lines", "comm_of")

    def __init__(self, out, prefix_mode: int = PREFIX_NONE,
                 count_tracees: Callable[[], int] = lambda: 1, column: int = 40,
                 timestamp: Callable[[int], str] | None = None, flush_lines: bool = False):
        self.out = out
        self.prefix_mode = prefix_mode
        self.count_tracees = count_tracees
        self.column = column
        self.open_pid: int | None = None   # whose syscall line is open
        self.open_text = ""                # that line so far
        self.open_written = False          # already written out (terminal mode)
        self.timestamp = timestamp          # -t/-r prefix maker, or None
        # On a terminal a blocked call's entry must show at once, as strace's does.
        self.flush_lines = flush_lines
        # -Y: pid -> its escaped comm (or None), shown in the pid prefix
        self.comm_of: Callable[[int], str | None] | None = None

    def _leader(self, pid: int, when: int = 0) -> str:
        mode = self.prefix_mode
        if mode == PREFIX_PLAIN:
            comm = self.comm_of(pid) if self.comm_of is not None else None
            lead = "%d<%s> " % (pid, comm) if comm else "%-5d " % pid
        elif mode == PREFIX_BRACKET and self.count_tracees() > 1:
            comm = self.comm_of(pid) if self.comm_of is not None else None
            lead = "[pid %5d<%s>] " % (pid, comm) if comm else "[pid %5d] " % pid
        else:
            lead = ""
        if self.timestamp is not None:
            lead += self.timestamp(when)
        return lead

    def close_open_line(self, note: str = " <unfinished ...>") -> None:
        if self.open_pid is not None:
            self.out.write(("" if self.open_written else self.open_text) + note + "\n")
            self.open_pid = None
            self.open_text = ""
            self.open_written = False

    def syscall_entry(self, pid: int, name: str, entry_text: str, when: int = 0,
                      extra: str = "") -> None:
        """``extra`` is what -n / -i put between the leader and the name."""
        if self.open_pid is not None:
            self.close_open_line()
        self.open_pid = pid
        lead = self._leader(pid, when) if self.prefix_mode or self.timestamp is not None else ""
        self.open_text = lead + extra + name + "(" + entry_text
        if self.flush_lines:
            self.out.write(self.open_text)
            self.out.flush()
            self.open_written = True

    def take_back_separator(self, pid: int) -> None:
        """The exit arguments announced by a trailing ``, `` all printed nothing."""
        if self.open_pid == pid and not self.open_written and self.open_text.endswith(", "):
            self.open_text = self.open_text[:-2]

    def _resume(self, pid: int, name: str, when: int, extra: str = "") -> tuple[str, int]:
        """What starts the exit part of a line, and the column it leaves us at."""
        if self.open_pid == pid:
            text = self.open_text
            self.open_pid = None
            self.open_text = ""
            if self.open_written:
                self.open_written = False
                return "", len(text)
            return text, len(text)
        self.close_open_line()
        text = self._leader(pid, when) + extra + "<... " + name + " resumed>"
        return text, len(text)

    def _end(self, head: str, column: int, piece: str, result: str) -> None:
        column += len(piece)
        pad = " " * (self.column - column) if column < self.column else ""
        self.out.write(head + piece + pad + "= " + result + "\n")
        if self.flush_lines:
            self.out.flush()

    def syscall_exit(self, pid: int, name: str, exit_text: str, result: str,
                     when: int = 0, extra: str = "") -> None:
        """``exit_text) = result`` (result may carry a suffix such as `` <0.000012>``)."""
        head, column = self._resume(pid, name, when, extra)
        self._end(head, column, exit_text + ") ", result)

    def syscall_unfinished(self, pid: int, name: str, exit_pending: bool, when: int = 0) -> None:
        """The tracee exits inside the syscall: ``) = ?`` (strace's print_event_exit)."""
        head, column = self._resume(pid, name, when)
        self._end(head, column, (" <unfinished ...>) " if exit_pending else ") "), "?")

    def event_line(self, pid: int, text: str, when: int = 0, extra: str = "") -> None:
        """A whole line of its own: ``--- SIG... ---``, ``+++ exited ... +++``."""
        self.close_open_line()
        self.out.write(self._leader(pid, when) + extra + text + "\n")
        if self.flush_lines:
            self.out.flush()

    def detached(self, pid: int) -> None:
        if self.open_pid == pid:
            self.close_open_line(" <detached ...>")

    def raw(self, pid: int, text: str) -> None:
        """Lines written as they are (the -e read=/write= dumps after a call)."""
        self.close_open_line()
        self.out.write(text)

    def flush_now(self) -> None:
        """Show everything so far, the entry of a call still running included
        (what strace shows at once); only while nothing is being written."""
        if self.open_pid is not None and not self.open_written:
            self.out.write(self.open_text)
            self.open_written = True
        self.out.flush()

    def finish(self) -> None:
        """End of trace: a line still open is a call that never returned to us."""
        self.close_open_line()
        self.out.flush()


class PerProcessWriters:
    """-ff -o FILE: one ``FILE.PID`` per process, each written as a lone tracee's."""

    def __init__(self, base: str, append: bool = False, column: int = 40, timestamp=None,
                 report: Callable[[str], None] | None = None):
        self.base = base
        self.append = append
        self.column = column
        self.timestamp = timestamp
        self.report = report   # how a file that cannot be written is reported
        self.writers: dict[int, TextWriter] = {}
        self.open_pid = None

    def _for(self, pid: int) -> TextWriter:
        writer = self.writers.get(pid)
        if writer is None:
            name = "%s.%d" % (self.base, pid)
            try:
                stream = output.open_file(name, self.append, report=self.report)
            except OSError as err:
                # that process's lines are lost, the trace goes on
                if self.report is not None:
                    self.report("Can't fopen '%s': %s" % (name, err.strerror))
                stream = output.open_stream(os.open(os.devnull, os.O_WRONLY | os.O_CLOEXEC))[0]
            writer = self.writers[pid] = TextWriter(stream, PREFIX_NONE, column=self.column,
                                                    timestamp=self.timestamp)
        return writer

    def syscall_entry(self, pid, name, entry_text, when=0, extra=""):
        self._for(pid).syscall_entry(pid, name, entry_text, when, extra)

    def syscall_exit(self, pid, name, exit_text, result, when=0, extra=""):
        self._for(pid).syscall_exit(pid, name, exit_text, result, when, extra)

    def raw(self, pid, text):
        self._for(pid).raw(pid, text)

    def take_back_separator(self, pid):
        self._for(pid).take_back_separator(pid)

    def syscall_unfinished(self, pid, name, exit_pending, when=0):
        self._for(pid).syscall_unfinished(pid, name, exit_pending, when)

    def event_line(self, pid, text, when=0, extra=""):
        self._for(pid).event_line(pid, text, when, extra)

    def close_open_line(self, note=" <unfinished ...>"):
        pass   # every process has its own file: nothing interleaves

    def detached(self, pid):
        if pid in self.writers:
            self.writers[pid].detached(pid)

    def flush_now(self):
        for writer in self.writers.values():
            writer.flush_now()

    def finish(self):
        for writer in self.writers.values():
            writer.finish()
            output.close_quietly(writer.out)
