"""Signal numbers: ``SIGCHLD``, ``SIGRT_3``, and the signo kinds.

Exports for the formatter: :func:`signal_name`."""
from __future__ import annotations

from decoders import Call, arg_kind, ret_kind
from decoders.render.numbers import int32

# Signal names by number, 0..32 (strace's signalent; 33..64 are SIGRT_n).
SIGNAL_NAMES = (
    '0',  # 0
    'SIGHUP',  # 1
    'SIGINT',  # 2
    'SIGQUIT',  # 3
    'SIGILL',  # 4
    'SIGTRAP',  # 5
    'SIGABRT',  # 6
    'SIGBUS',  # 7
    'SIGFPE',  # 8
    'SIGKILL',  # 9
    'SIGUSR1',  # 10
    'SIGSEGV',  # 11
    'SIGUSR2',  # 12
    'SIGPIPE',  # 13
    'SIGALRM',  # 14
    'SIGTERM',  # 15
    'SIGSTKFLT',  # 16
    'SIGCHLD',  # 17
    'SIGCONT',  # 18
    'SIGSTOP',  # 19
    'SIGTSTP',  # 20
    'SIGTTIN',  # 21
    'SIGTTOU',  # 22
    'SIGURG',  # 23
    'SIGXCPU',  # 24
    'SIGXFSZ',  # 25
    'SIGVTALRM',  # 26
    'SIGPROF',  # 27
    'SIGWINCH',  # 28
    'SIGIO',  # 29
    'SIGPWR',  # 30
    'SIGSYS',  # 31
    'SIGRTMIN',  # 32
)

SIGRTMIN = 32
SIGRTMAX = 64


def _signame(signo: int) -> str | None:
    if 0 < signo < len(SIGNAL_NAMES):
        return SIGNAL_NAMES[signo]
    if SIGRTMIN <= signo <= SIGRTMAX:
        return "SIGRT_%d" % (signo - SIGRTMIN)
    return None


def signal_name(signo: int) -> str:
    """``SIGCHLD``; ``SIGRTMIN`` for 32, ``SIGRT_n`` above; the number otherwise."""
    return _signame(signo) or str(signo)


def signal_text(signo: int, style: str = "abbrev") -> str:
    """A signal number argument (strace's printsignal): the name, or the
    decimal number when it has none; ``-X`` applies."""
    signo = int32(signo)
    name = _signame(signo)
    if name is None or style == "raw":
        return str(signo)
    if style == "verbose":
        return "%d /* %s */" % (signo, name)
    return name


@arg_kind("signo")
def _signo(value: int, call: Call) -> str:
    return signal_text(value, call.opts.xlat_style)


@ret_kind("signo")
def _ret_signo(value: int, call: Call) -> str:
    """rt_sigtimedwait's result: ``10 (SIGUSR1)`` (the name ignores -X)."""
    name = _signame(value) if value else None
    return "%d (%s)" % (value, name) if name else str(value)
