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

from typing import Iterator, Sequence

__all__ = ["trace"]


def trace(command: Sequence[str] | None = None, pids: Sequence[int] = (), *,
          trace: str | Sequence[str] | None = None, follow: bool = False,
          string_limit: int = 32, verbose: bool = False, hex_strings: int = 0,
          seccomp: bool | None = None, decode_fds: Sequence[str] = (),
          decode_pids: Sequence[str] = ()) -> Iterator[dict]:
    """Run ``command`` (or attach to ``pids``) under ptrace and yield its events.

    ``trace`` is an strace ``-e trace=`` expression (or several).
    ``decode_fds`` (``path``, ``socket``, ``dev``, ``pidfd``) and ``decode_pids``
    (``comm``) are strace's ``--decode-fds=`` and ``--decode-pids=`` (-y, -yy, -Y).
    The tracee stays stopped while the consumer holds an event, and is detached
    if the consumer stops iterating early.
    """
    from decoders import DecodeOptions
    from pytrace.front import filters
    from pytrace.front.cli import find_program
    from pytrace.engine.tracer import Engine, EngineOptions
    from pytrace.sinks.jsonl import JsonSession
    from pytrace.engine.seccomp import build_program

    expressions = [trace] if isinstance(trace, str) else list(trace or [])
    selected = filters.trace_set(expressions)
    program = find_program(command[0]) if command else None
    use_seccomp = (selected is not None) if seccomp is None else seccomp
    engine = Engine(EngineOptions(
        follow_forks=follow, selected=selected,
        seccomp_program=build_program(selected)
        if use_seccomp and selected and program and follow else None))
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
