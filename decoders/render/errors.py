"""Error numbers as strace prints them after a failed call's ``= -1``.

strace prints ``NAME (message)``, where the message is the C library's
strerror(); numbers it has no name for print as ``(errno N)``.  The four
kernel-internal restart codes are special: a call interrupted by a signal
returns one of them and strace prints ``= ? NAME (explanation)`` with its own
explanation instead of strerror's "Unknown error".
"""
from __future__ import annotations

from decoders.render.errno_xlat import ERRNOS

ERRNO_NAMES: dict[int, str] = {number: name for number, name, _ in ERRNOS}
_MESSAGES: dict[int, str] = {number: message for number, _, message in ERRNOS}

ERESTARTSYS = 512
ERESTARTNOINTR = 513
ERESTARTNOHAND = 514
ERESTART_RESTARTBLOCK = 516

_RESTART_EXPLANATIONS = {
    ERESTARTSYS: "To be restarted if SA_RESTART is set",
    ERESTARTNOINTR: "To be restarted",
    ERESTARTNOHAND: "To be restarted if no handler",
    ERESTART_RESTARTBLOCK: "Interrupted by signal",
}


def errno_name(errno: int) -> str | None:
    """``ENOENT`` for 2; None for numbers strace has no name for."""
    return ERRNO_NAMES.get(errno)


def is_restart(errno: int) -> bool:
    """Whether strace prints this failure as ``= ? NAME (...)``."""
    return errno in _RESTART_EXPLANATIONS


def _strerror(errno: int) -> str:
    return _MESSAGES.get(errno) or "Unknown error %d" % errno


def errno_text(errno: int, raw: bool = False) -> str:
    """What follows ``= -1 `` (or ``= ? `` for a restart code).

    ``raw`` is for syscalls printed undecoded (``-e raw=``): strace then prints
    even the restart codes with strerror's message after ``= -1``.
    """
    name = ERRNO_NAMES.get(errno)
    if name is None:
        return "(errno %d)" % errno
    if not raw:
        explanation = _RESTART_EXPLANATIONS.get(errno)
        if explanation:
            return "%s (%s)" % (name, explanation)
    return "%s (%s)" % (name, _strerror(errno))


def errno_value_text(errno: int, style: str = "abbrev") -> str:
    """An errno held in a structure field (siginfo's si_errno, say): the name
    alone, the number with ``-X raw``, both with ``-X verbose``."""
    name = ERRNO_NAMES.get(errno)
    if name is None or style == "raw":
        return str(errno)
    if style == "verbose":
        return "%d /* %s */" % (errno, name)
    return name
