"""pytrace: an strace-compatible system-call tracer, as a library.

    import pytrace
    for event in pytrace.trace(["ls", "-l"], trace="%file"):
        if event["type"] == "syscall":
            print(event["name"], event.get("return"), event.get("error"))

``trace`` yields the very objects ``pytrace --json`` prints, one per completed
syscall, signal, exit, exec, new process, attach and detach (schema: README).

The package is grouped by the direction the data flows in::

    front/ (argv -> Options) -> engine/ (tracee stops -> event records)
        -> decode/ (the decoders bound to a stopped tracee) -> sinks/ (text, JSON, -c tables)

The decoders themselves are the separate top-level package ``decoders``: pure
functions that never import pytrace.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

__all__ = ["trace"]


def trace(command: Sequence[str] | None = None, pids: Sequence[int] = (), *,
          trace: str | Sequence[str] | None = None, follow: bool = False,
          string_limit: int = 32, verbose: bool = False, hex_strings: int = 0,
          seccomp: bool | None = None, decode_fds: Sequence[str] = (),
          decode_pids: Sequence[str] = (), inject: Sequence[str] = (),
          fault: Sequence[str] = ()) -> Iterator[dict]:
    """Run ``command`` (or attach to ``pids``) under ptrace and yield its events.

    ``trace`` is an strace ``-e trace=`` expression (or several).
    ``decode_fds`` (``path``, ``socket``, ``dev``, ``pidfd``) and ``decode_pids``
    (``comm``) are strace's ``--decode-fds=`` and ``--decode-pids=`` (-y, -yy, -Y).
    ``inject`` and ``fault`` are ``-e inject=`` and ``-e fault=`` expressions
    (``"write:error=ENOSPC:when=3"``); a bad one raises ValueError with
    strace's message.
    The tracee stays stopped while the consumer holds an event, and is detached
    if the consumer stops iterating early.
    """
    from decoders import DecodeOptions
    from pytrace.front import filters
    from pytrace.front.cli import find_program
    from pytrace.engine.tracer import Engine, EngineOptions
    from pytrace.sinks.jsonl import JsonSession
    from pytrace.engine.seccomp import build_program
    from pytrace.engine.tampering import needs_syscall_stops

    expressions = [trace] if isinstance(trace, str) else list(trace or [])
    selected = filters.trace_set(expressions)
    program = find_program(command[0]) if command else None
    rules = _inject_rules(inject, fault)
    use_seccomp = (selected is not None) if seccomp is None else seccomp
    use_seccomp = use_seccomp and not needs_syscall_stops(rules)
    engine = Engine(EngineOptions(
        follow_forks=follow, selected=selected,
        seccomp_program=build_program(selected)
        if use_seccomp and selected and program and follow else None,
        inject=rules, report=_warn))
    if program is not None:
        engine.spawn(program, list(command))
    for pid in pids:
        engine.attach(pid)

    collected: list[dict] = []

    class _Collector:
        def write(self, line: str) -> None:
            pass

        def flush(self) -> None:
            pass

    session = JsonSession(_Collector(), DecodeOptions(
        string_limit=string_limit, verbose=verbose, hex_strings=hex_strings,
        decode_fds=frozenset(decode_fds), decode_pids=frozenset(decode_pids)))
    session._emit = collected.append
    events = engine.events()
    try:
        for event in events:
            session.handle(event)
            if collected:
                yield from collected
                collected.clear()
    finally:
        if engine.tracees:
            engine.interrupted = engine.interrupted or 15
            for event in events:
                pass


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
