"""--color: syscall names, errors, signals and exits told apart at a glance.

The ANSI sequences come from rich styles, rendered once at start-up; the
per-line path only concatenates strings (rich's own print costs ~100 us a
line).  Column alignment counts visible characters, so a coloured trace lines
up exactly as the plain one, whose bytes stay strace's.
"""
from __future__ import annotations

from pytrace.sinks.text import TextWriter

STYLES = {
    "name": "bold cyan",
    "error": "bold red",
    "signal": "yellow",
    "exit": "bold green",
    "killed": "bold magenta",
}


def _codes(style: str) -> tuple[str, str]:
    """(start, end) escape sequences of a rich style."""
    from rich.style import Style
    from rich.color import ColorSystem
    marker = "\x00"
    rendered = Style.parse(style).render(marker, color_system=ColorSystem.STANDARD)
    start, _, end = rendered.partition(marker)
    return start, end


class ColorTextWriter(TextWriter):
    __slots__ = ("codes", "open_visible")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.codes = {key: _codes(style) for key, style in STYLES.items()}
        self.open_visible = 0

    def _paint(self, key: str, text: str) -> str:
        start, end = self.codes[key]
        return start + text + end

    def syscall_entry(self, pid, name, entry_text, when=0, extra=""):
        self.close_open_line()
        leader = self._leader(pid, when) + extra
        self.open_pid = pid
        self.open_visible = len(leader) + len(name) + 1 + len(entry_text)
        self.open_text = leader + self._paint("name", name) + "(" + entry_text
        if self.flush_lines:
            self.out.write(self.open_text)
            self.out.flush()
            self.open_written = True

    def _resume(self, pid, name, when, extra=""):
        if self.open_pid == pid:
            text, visible = self.open_text, self.open_visible
            self.open_pid = None
            self.open_text = ""
            if self.open_written:
                self.open_written = False
                return "", visible
            return text, visible
        self.close_open_line()
        leader = self._leader(pid, when) + extra
        plain = "<... " + name + " resumed>"
        return leader + "<... " + self._paint("name", name) + " resumed>", len(leader) + len(plain)

    def _end(self, head, column, piece, result):
        if result.startswith(("-1 ", "? ")) and result != "?":
            result = self._paint("error", result)
        super()._end(head, column, piece, result)

    def event_line(self, pid, text, when=0, extra=""):
        if text.startswith("---"):
            text = self._paint("signal", text)
        elif text.startswith("+++ killed"):
            text = self._paint("killed", text)
        elif text.startswith("+++"):
            text = self._paint("exit", text)
        super().event_line(pid, text, when, extra)
