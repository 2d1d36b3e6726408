"""-e trace= / -e signal= sets, resolved against the signature table.

Every list here is derived from the table's rows: the members of ``%file``,
the numbers a seccomp filter lets through, the names a user may type.
"""
from __future__ import annotations

import importlib
import re
import signal as _signal

from decoders.table import CLASS_BITS
from pytrace.front.options import UsageError, qualify
from pytrace.engine.arch import SYSCALL_TABLE

# The table alone, not the decoders: -c and filtering need only the names.
SYSCALLS = importlib.import_module(SYSCALL_TABLE).SYSCALLS

ALL_NUMBERS = frozenset(SYSCALLS)
_BY_NAME: dict[str, set[int]] = {}
for _nr, _sig in SYSCALLS.items():
    _BY_NAME.setdefault(_sig.name, set()).add(_nr)

# strace accepts the historic class names without the % for these only.
_LEGACY_CLASSES = ("file", "process", "network", "net", "signal", "ipc", "desc", "memory")


def names_outside(expressions: list[str]) -> frozenset[str]:
    """The names of the syscalls an -e SET (abbrev=, verbose=) leaves out;
    none when no expression was given."""
    chosen = trace_set(expressions)
    if chosen is None:
        return frozenset()
    return frozenset(sig.name for nr, sig in SYSCALLS.items() if nr not in chosen)


def class_numbers(name: str) -> frozenset[int]:
    bits = CLASS_BITS[name]
    return frozenset(nr for nr, sig in SYSCALLS.items() if sig.classes & bits)


def _token_numbers(token: str) -> set[int]:
    optional = token.startswith("?")
    if optional:
        token = token[1:]
    if token == "all":
        return set(ALL_NUMBERS)
    if token == "none":
        return set()
    if token.startswith("%"):
        cls = token[1:]
        if cls in CLASS_BITS:
            return set(class_numbers(cls))
        if optional:
            return set()
        raise UsageError("invalid system call '%s'" % token)
    if token.startswith("/"):
        try:
            pattern = re.compile(token[1:])
        except re.error as err:
            raise UsageError("invalid system call '%s': %s" % (token, err))
        found = {nr for nr, sig in SYSCALLS.items() if pattern.search(sig.name)}
        if not found and not optional:
            raise UsageError("invalid system call '%s'" % token)
        return found
    if token.isdigit():
        return {int(token)}
    numbers = _BY_NAME.get(token)
    if numbers:
        return set(numbers)
    if token in _LEGACY_CLASSES:
        return set(class_numbers(token))
    if optional:
        return set()
    raise UsageError("invalid system call '%s'" % token)


def _resolve_syscalls(token: str) -> set[int] | None:
    try:
        return _token_numbers(token)
    except UsageError:
        return None


def trace_set(expressions: list[str]) -> frozenset[int] | None:
    """The syscall numbers to trace, or None for all of them."""
    selected = qualify(expressions, ALL_NUMBERS, _resolve_syscalls, "system call",
                       empty_is_error=True)
    return None if selected is None or selected == ALL_NUMBERS else selected


_SIGNAL_NUMBERS = {s.name[3:]: int(s) for s in _signal.Signals if s.name.startswith("SIG")
                   and not s.name.startswith("SIG_")}


ALL_SIGNALS = frozenset(range(1, 65))


def _resolve_signal(token: str) -> set[int] | None:
    if token.isdigit():
        return {int(token)} if 0 < int(token) <= 64 else None
    signo = _SIGNAL_NUMBERS.get(token.upper().removeprefix("SIG"))
    return None if signo is None else {signo}


def signal_set(expressions: list[str]):
    """A predicate signo -> shown, or None when every signal is shown."""
    shown = qualify(expressions, ALL_SIGNALS, _resolve_signal, "signal")
    return None if shown is None else shown.__contains__
