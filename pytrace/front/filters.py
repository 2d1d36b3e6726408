"""-e trace= (and abbrev=, verbose=, raw=) sets, resolved against the signature table.

Every list here is derived from the table's rows: the members of ``%file``,
the numbers a seccomp filter lets through, the names a user may type.  As in
strace, a set names the calls of every personality of the architecture
(``@64``, ``@32``, ``@x32`` pick one).  An i386 call's number in a set is the
engine's (I386_NR_BASE + its own); x32 calls, which pytrace does not tell
apart, are accepted and select nothing.
"""
from __future__ import annotations

from decoders.table import CLASS_BITS
from pytrace.engine.arch import I386_NR_BASE, i386_rows, syscall_table
from pytrace.front.qualifiers import EVERYTHING, Selection, UsageError, qualify, string_to_uint

# The table alone, not the decoders: -c and filtering need only the names.
SYSCALLS = syscall_table().SYSCALLS

ALL_NUMBERS = frozenset(SYSCALLS)
NATIVE = "64"
I386 = "32"
PERSONALITY_DESIGNATORS = (NATIVE, I386, "x32")
_personalities: dict[str, dict[int, str]] = {}


def _personality(designator: str) -> dict[int, str]:
    """{number: name} of a personality's calls, made when a set first names
    a call by name or number (a run without -e trace= never does)."""
    table = _personalities.get(designator)
    if table is None:
        from pytrace.engine.arch.x86_64_personalities import I386 as I386_NAMES, X32
        native = {nr: sig.name for nr, sig in SYSCALLS.items()}
        _personalities.update({
            NATIVE: native, I386: I386_NAMES,
            # the x32 table also has the 64-bit calls' slots below its own range
            "x32": {**{nr: name for nr, name in native.items() if nr < 512}, **X32},
        })
        table = _personalities[designator]
    return table


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
    table = _personality(personality)
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


def known_numbers() -> frozenset[int]:
    """The numbers of every call of both personalities (the i386 ones as the
    engine numbers them); a number outside is always traced, as in strace."""
    return ALL_NUMBERS | {I386_NR_BASE + nr for nr in _personality(I386)}


def numbers(selection: Selection) -> frozenset[int] | None:
    """The numbers of a selection; None when it takes every call."""
    if selection == EVERYTHING:
        return None
    universe = known_numbers()
    chosen = selection.within(universe)
    return None if chosen == universe else chosen


def trace_set(expressions: list[str]) -> frozenset[int] | None:
    """The numbers a list of -e trace= expressions selects (the last one
    counts), or None for all of them: for the API."""
    if not expressions:
        return None
    return numbers(syscall_selection(expressions[-1]))


def names_selected(selection: Selection) -> frozenset[str]:
    """The names of the calls of either personality a selection (raw=) takes."""
    names = {sig.name for nr, sig in SYSCALLS.items() if nr in selection}
    if selection.inverted or any(nr >= I386_NR_BASE for nr in selection.members):
        names.update(sig.name for nr, sig in i386_rows().items() if I386_NR_BASE + nr in selection)
    return frozenset(names)


def names_outside(selection: Selection) -> frozenset[str]:
    """The names of the syscalls a selection (abbrev=, verbose=) leaves out."""
    return frozenset(sig.name for nr, sig in SYSCALLS.items() if nr not in selection)

