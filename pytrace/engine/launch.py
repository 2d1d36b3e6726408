"""Starting the command: its exec and -u's credentials (found by
engine/credentials.py; -D's fork dance is engine/daemonize.py's).

Everything here after a fork runs in a process that must never return into
pytrace's own code: it execs or ends with ``os._exit``.
"""
from __future__ import annotations

import _signal   # signal's C module: plain ints, no enum (its import costs ~3 ms)
import os

from decoders.record import Record

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only
    from pytrace.engine.credentials import Credentials

# Python ignores these at start-up; the command must not inherit that, but
# what pytrace was started with (noted by its launcher, front/entry.py).
_PYTHON_IGNORED_SIGNALS = (_signal.SIGPIPE, _signal.SIGXFSZ)
_ignored_at_start: frozenset = frozenset()


def note_ignored_at_start(mask: int) -> None:
    """The SigIgn mask pytrace's process had before Python started."""
    global _ignored_at_start
    _ignored_at_start = frozenset(signo for signo in _PYTHON_IGNORED_SIGNALS
                                  if mask >> (signo - 1) & 1)


def disposition_at_start(signo: int):
    """SIG_IGN or SIG_DFL: what pytrace was started with, for a signal Python ignores."""
    return _signal.SIG_IGN if signo in _ignored_at_start else _signal.SIG_DFL


class TraceError(Exception):
    """A user-facing failure to start or attach (printed as ``pytrace: ...``)."""


class Command(Record):
    """What to exec, and how: ``name`` prefixes its error message."""
    path: str
    argv: list
    env: dict | list | None = None   # a mapping, raw NAME=VALUE entries, or pytrace's own
    credentials: Credentials | None = None
    seccomp_program: bytes | None = None
    name: str = "pytrace"
    # SIGCHLD was ignored when pytrace started: the command gets it ignored too
    ignore_sigchld: bool = False


_sigchld_ignored: bool | None = None


def take_sigchld() -> bool:
    """SIGCHLD at its default for pytrace, whose waits need the exit statuses
    that an ignored SIGCHLD would throw away, as strace does; whether it was
    ignored before (the command inherits that)."""
    global _sigchld_ignored
    if _sigchld_ignored is None:
        try:
            _sigchld_ignored = _signal.signal(_signal.SIGCHLD, _signal.SIG_DFL) == _signal.SIG_IGN
        except ValueError:   # not the main thread (the Python API): left alone
            return False
    return _sigchld_ignored


def _fail(command: Command, what: str, err: OSError) -> None:
    message = "%s: %s: %s\n" % (command.name, what, err.strerror)
    os.write(2, message.encode("utf-8", "surrogateescape"))
    os._exit(1)


def set_credentials(command: Command) -> None:
    """Before the stop that hands the process to its tracer, as strace does."""
    creds = command.credentials
    if creds is None:
        return
    for what, change in (("initgroups", lambda: os.initgroups(creds.user, creds.gid)),
                         ("setregid", lambda: os.setregid(creds.gid, creds.egid)),
                         ("setreuid", lambda: os.setreuid(creds.uid, creds.euid))):
        try:
            change()
        except OSError as err:
            _fail(command, what, err)


def exec_command(command: Command) -> None:
    """The last steps before the command runs (filter, exec); never returns."""
    try:
        for signo in _PYTHON_IGNORED_SIGNALS:
            _signal.signal(signo, disposition_at_start(signo))
        if command.ignore_sigchld:
            _signal.signal(_signal.SIGCHLD, _signal.SIG_IGN)
        if command.seccomp_program is not None:
            from pytrace.engine import seccomp   # already loaded: the parent built the program
            seccomp.install(command.seccomp_program)
        execve(command.path, command.argv, command.env)
    except OSError as err:
        _fail(command, "exec", err)
    except BaseException:
        pass
    os._exit(1)


def _entries(env) -> list:
    """The environment as raw ``NAME=VALUE`` entries (None: pytrace's own)."""
    if env is None:
        env = os.environb
    if hasattr(env, "items"):
        return [os.fsencode(name) + b"=" + os.fsencode(value) for name, value in env.items()]
    return env


def _as_mapping(entries: list) -> dict | None:
    """The entries as the mapping os.execve passes on unchanged, in order; None
    when no mapping can (an entry with no name or no ``=``, a name twice)."""
    mapping = {}
    for entry in entries:
        name, eq, value = entry.partition(b"=")
        if not name or not eq or name in mapping:
            return None
        mapping[name] = value
    return mapping


def ready_to_exec(command: Command) -> Command:
    """The command with its environment made, in pytrace's own process before
    the fork, into what the child's execve passes on: the mapping os.execve
    takes as it is, or else the raw entries, for which raw_execve.py (and
    ctypes) is loaded now.
    The child must load nothing: -u drops the rights to read pytrace's files
    (/root's, for instance)."""
    argv, env = command.argv, command.env
    if env is not None:
        entries = _entries(env)
        env = _as_mapping(entries)
        if env is None:
            env = entries
    if not (argv and argv[0]) or isinstance(env, list):
        import pytrace.engine.raw_execve  # noqa: F401 (the child's execve finds it loaded)
    return command if env is command.env else command.replace(env=env)


def execve(path: str, argv: list, env) -> None:
    """execve(2) with the environment as raw ``NAME=VALUE`` entries (or a
    mapping, or None for pytrace's own): unlike os.execve, any entry strace
    would pass (``=x``, a name twice) passes.  Raises OSError when the kernel
    refuses."""
    if argv and argv[0]:   # os.execv(e) refuses an empty argv[0]
        if env is None:
            os.execv(path, argv)
        if isinstance(env, dict):   # ready_to_exec's mapping: the common case, no ctypes
            os.execve(path, argv, env)
    from pytrace.engine.raw_execve import raw_execve   # loaded before the fork (ready_to_exec)
    raw_execve(path, argv, _entries(env))
