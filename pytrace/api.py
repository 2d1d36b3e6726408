"""The Python API, ``pytrace.trace`` and ``pytrace.Trace`` (see the package's
docstring): imported by the first use of either, never by the command line."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Iterator, Sequence

__all__ = ["trace", "Trace"]


class Trace:
    """One traced run: an iterator over its events, and a context manager.

    Each tracee stays stopped while the consumer holds an event about it, so
    that nothing changes under a look at /proc.  The tracing ends when the
    events run out, or when the run is closed: on leaving a ``with`` block
    (after a ``break`` or an exception too), by ``close()``, or when the object
    is garbage-collected.  Closing detaches every tracee and never harms one:
    each goes on running untraced (stopped, if it was stopped by a signal),
    and a signal it was about to receive is delivered.  A command the run
    started stays a child of the calling process: ``wait()`` reaps it.
    With ``kill_on_exit`` (implied by ``seccomp``) tracees are killed instead,
    and also if the calling process dies.
    """

    def __init__(self, command: Sequence[str] | None = None, pids: Sequence[int] = (), *,
                 trace: str | Sequence[str] | None = None, follow: bool = False,
                 string_limit: int = 32, verbose: bool = False, hex_strings: int = 0,
                 seccomp: bool = False, kill_on_exit: bool = False,
                 decode_fds: Sequence[str] = (), decode_pids: Sequence[str] = (),
                 inject: Sequence[str] = (), fault: Sequence[str] = ()):
        from decoders import DecodeOptions
        from pytrace.engine.seccomp import build_program
        from pytrace.engine.tracer import Engine, EngineOptions
        from pytrace.front import filters, syscall_sets
        from pytrace.front.cli import find_program
        from pytrace.engine.tampering import needs_syscall_stops
        from pytrace.sinks.jsonl import JsonSession

        expressions = [trace] if isinstance(trace, str) else list(trace or [])
        selected = syscall_sets.trace_set(expressions)
        program = find_program(command[0]) if command else None
        rules = _inject_rules(inject, fault)
        # the filter only where no untraced process could inherit it (see the README)
        filtered = seccomp and selected is not None and program is not None and follow \
            and not needs_syscall_stops(rules)
        self._engine = engine = Engine(EngineOptions(
            follow_forks=follow, selected=selected, kill_on_exit=kill_on_exit or filtered,
            # both personalities' calls, as the command line knows them
            known=filters.known_numbers() if selected is not None else None,
            seccomp_program=build_program(selected) if filtered else None,
            inject=rules, report=_warn))
        self._collected: list[dict] = []
        self._session = JsonSession(None, DecodeOptions(
            string_limit=string_limit, verbose=verbose, hex_strings=hex_strings,
            decode_fds=frozenset(decode_fds), decode_pids=frozenset(decode_pids)))
        self._session._emit = self._collected.append
        self._events = None
        self.pid: int | None = None   # the command's, when the run started one
        if program is not None:
            self.pid = engine.spawn(program, list(command))
        try:
            for pid in pids:
                engine.attach(pid)
        except BaseException:
            self.close()
            raise
        self._events = engine.events()

    def __iter__(self) -> Iterator[dict]:
        return self

    def __next__(self) -> dict:
        collected = self._collected
        while not collected:
            if self._events is None:
                raise StopIteration
            try:
                event = next(self._events)
            except StopIteration:
                self._events = None
                raise
            self._session.handle(event)
        return collected.pop(0)

    def __enter__(self) -> "Trace":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """End the tracing now: detach every tracee (or kill, with kill_on_exit)."""
        events, self._events = self._events, None
        self._collected.clear()
        if events is not None:
            events.close()
        if self._engine.tracees:
            for _ in self._engine.detach_all():
                pass

    def wait(self, timeout: float | None = None) -> int | None:
        """The started command's exit status once it has ended (as subprocess's
        ``returncode``: the code, or minus the signal that killed it); None if
        the run started none, or if it is still running after ``timeout`` seconds."""
        import os
        import time
        if self.pid is None:
            return None
        self.close()
        status = self._engine.child_status
        deadline = None if timeout is None else time.monotonic() + timeout
        while status is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG if deadline else 0)
            except ChildProcessError:
                return None
            if pid == 0:
                if time.monotonic() >= deadline:
                    return None
                status = None
                time.sleep(0.01)
        self._engine.child_status = status
        return os.waitstatus_to_exitcode(status)

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass


def trace(command: Sequence[str] | None = None, pids: Sequence[int] = (), **options) -> Trace:
    """Run ``command`` (or attach to ``pids``) under ptrace; a ``Trace`` of its events.

    ``trace`` is an strace ``-e trace=`` expression (or several); ``follow`` is
    -f; ``string_limit``, ``verbose`` and ``hex_strings`` are -s, -v and -x/-xx.
    ``decode_fds`` (``path``, ``socket``, ``dev``, ``pidfd``) and ``decode_pids``
    (``comm``) are strace's ``--decode-fds=`` and ``--decode-pids=`` (-y, -yy, -Y).
    ``inject`` and ``fault`` are ``-e inject=`` and ``-e fault=`` expressions
    (``"write:error=ENOSPC:when=3"``); a bad one raises ValueError with
    strace's message.
    ``seccomp`` is --seccomp-bpf (with ``follow`` and ``trace`` only), which
    implies ``kill_on_exit``.  Use it in a ``with`` block: leaving the block
    ends the tracing at once, even after a ``break``; every tracee then runs on
    untraced, unharmed (see ``Trace``).
    """
    return Trace(command, pids, **options)


def _inject_rules(inject: Sequence[str], fault: Sequence[str]) -> tuple:
    """The rules of -e inject= and -e fault= expressions, in the order given."""
    from pytrace.front import inject as parser
    from pytrace.front.options import UsageError
    try:
        return tuple([parser.parse(text, False, _warn) for text in _listed(inject)]
                     + [parser.parse(text, True, _warn) for text in _listed(fault)])
    except UsageError as err:
        raise ValueError(str(err)) from None


def _listed(expressions: str | Sequence[str]) -> list[str]:
    return [expressions] if isinstance(expressions, str) else list(expressions)


def _warn(message: str) -> None:
    import sys
    sys.stderr.write("pytrace: %s\n" % message)
