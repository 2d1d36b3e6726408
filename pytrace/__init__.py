"""pytrace: an strace-compatible system-call tracer, as a library.

    import pytrace
    with pytrace.trace(["ls", "-l"], trace="%file") as events:
        for event in events:
            if event["type"] == "syscall":
                print(event["name"], event.get("return"), event.get("error"))

``trace`` yields the very objects ``pytrace --json`` prints, one per completed
syscall, signal, exit, exec, new process, attach and detach (schema: README).
Leaving the ``with`` block, early or not, ends the tracing (see ``Trace``).

The package is grouped by the direction the data flows in::

    front/ (argv -> Options) -> engine/ (tracee stops -> event records)
        -> decode/ (the decoders bound to a stopped tracee) -> sinks/ (text, JSON, -c tables)

The decoders themselves are the separate top-level package ``decoders``: pure
functions that never import pytrace.

The API lives in ``pytrace/api.py``, imported when ``trace`` or ``Trace`` is
first asked for: every start of the command line imports this package, and
compiling the API's code where no bytecode is written cost it 2 ms.
"""

__all__ = ["trace", "Trace"]


def __getattr__(name: str):
    if name in __all__:
        from pytrace import api
        return getattr(api, name)
    raise AttributeError("module 'pytrace' has no attribute %r" % name)
