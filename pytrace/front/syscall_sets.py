"""-e trace=SET (and abbrev=, verbose=, raw=) read as strace reads it: the
names, numbers, classes (%file...) and regexes a set may give, in each
personality it names (``@64``, ``@32``, ``@x32``).  Loaded only by a line
that gives such a set (front/expressions.py), -e inject= or the API."""
from __future__ import annotations

from decoders.table import CLASS_BITS
from pytrace.engine.arch import I386_NR_BASE, i386_rows
from pytrace.front.filters import (I386, NATIVE, PERSONALITY_DESIGNATORS, SYSCALLS, numbers,
                                   personality_calls)
from pytrace.front.qualifiers import Selection, UsageError, qualify, string_to_uint


# strace's class names; without the %, only these (and "all") are accepted
_CLASSES = {"%" + name: bits for name, bits in CLASS_BITS.items()}
_LEGACY_CLASSES = ("desc", "file", "memory", "process", "signal", "ipc", "network")
_CLASSES.update({name: CLASS_BITS[name] for name in _LEGACY_CLASSES})
_CLASSES["all"] = 0


def _native_members(token: str) -> tuple[bool, set[int]]:
    """Whether the token names calls of the 64-bit personality, and which."""
    bits = _CLASSES.get(token)
    if bits is not None:
        return True, {nr for nr, sig in SYSCALLS.items() if sig.classes & bits == bits}
    return _members(token, NATIVE)


def _i386_members(token: str) -> tuple[bool, set[int]]:
    """Whether the token names i386 calls, and their numbers in the engine's space."""
    bits = _CLASSES.get(token)
    if bits is not None:
        found = {nr for nr, sig in i386_rows().items() if sig.classes & bits == bits}
        return True, {I386_NR_BASE + nr for nr in found}
    valid, found = _members(token, I386)
    return valid, {I386_NR_BASE + nr for nr in found}


def _members(token: str, personality: str) -> tuple[bool, set[int]]:
    """strace's qualify_syscall_pers: (valid, numbers) for one personality."""
    table = personality_calls(personality)
    if token[:1].isdigit() and token[:1].isascii():
        nr = string_to_uint(token)
        return (nr in table), {nr}
    if token.startswith("/"):
        from pytrace.front.posix_regex import RegexError, matching   # ctypes: only for a regex
        try:
            names = set(matching(token[1:], sorted(set(table.values()))))
        except RegexError as err:
            raise UsageError("%s: %s: %s" % (err.args[0], token[1:], err.args[1])) from None
    elif token in _CLASSES:
        return True, set()   # a class of another personality: valid, nothing 64-bit
    else:
        names = {token}
    found = {nr for nr, name in table.items() if name in names}
    return bool(found), found


def _resolve(token: str) -> set[int] | None:
    """One token of a syscall set: its 64-bit numbers, or None when it names
    nothing in any personality (and is not ``?``-prefixed)."""
    body = token.lstrip("?")
    optional = body != token
    at = body.rfind("@")
    if at >= 0:
        designator = body[at + 1:]
        if designator not in PERSONALITY_DESIGNATORS:
            raise UsageError("incorrect personality designator '%s' in qualification '%s'"
                             % (designator, body), help=True)
        body, personalities = body[:at], (designator,)
    else:
        personalities = PERSONALITY_DESIGNATORS
    valid, numbers = optional, set()
    for personality in personalities:
        if personality == NATIVE:
            found, members = _native_members(body)
            numbers |= members
        elif personality == I386:
            found, members = _i386_members(body)
            numbers |= members
        else:
            found = _members(body, personality)[0]
        valid = valid or found
    return numbers if valid else None


def syscall_selection(text: str) -> Selection:
    """-e trace=SET (and abbrev=, verbose=, raw=) as strace reads it."""
    return qualify(text, _resolve, "system call")


def trace_set(expressions: list[str]) -> frozenset[int] | None:
    """The numbers a list of -e trace= expressions selects (the last one
    counts), or None for all of them: for the API."""
    if not expressions:
        return None
    return numbers(syscall_selection(expressions[-1]))
