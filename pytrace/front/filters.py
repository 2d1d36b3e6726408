"""The calls an -e trace= (and abbrev=, verbose=, raw=) set takes, as the
numbers and names the run needs, derived from the signature table's rows
(syscall_sets.py reads the sets themselves).

As in strace, a set names the calls of every personality of the
architecture.  An i386 call's number in a set is the engine's (I386_NR_BASE +
its own); x32 calls, which pytrace does not tell apart, are accepted and
select nothing.
"""
from __future__ import annotations

from pytrace.engine.arch import I386_NR_BASE, i386_rows, syscall_table
from pytrace.front.qualifiers import EVERYTHING, Selection

# The table alone, not the decoders: -c and filtering need only the names.
SYSCALLS = syscall_table().SYSCALLS

ALL_NUMBERS = frozenset(SYSCALLS)
NATIVE = "64"
I386 = "32"
PERSONALITY_DESIGNATORS = (NATIVE, I386, "x32")
_personalities: dict[str, dict[int, str]] = {}


def personality_calls(designator: str) -> dict[int, str]:
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


def known_numbers() -> frozenset[int]:
    """The numbers of every call of both personalities (the i386 ones as the
    engine numbers them); a number outside is always traced, as in strace."""
    return ALL_NUMBERS | {I386_NR_BASE + nr for nr in personality_calls(I386)}


def numbers(selection: Selection) -> frozenset[int] | None:
    """The numbers of a selection; None when it takes every call."""
    if selection == EVERYTHING:
        return None
    universe = known_numbers()
    chosen = selection.within(universe)
    return None if chosen == universe else chosen


def names_selected(selection: Selection) -> frozenset[str]:
    """The names of the calls of either personality a selection (raw=) takes."""
    names = {sig.name for nr, sig in SYSCALLS.items() if nr in selection}
    if selection.inverted or any(nr >= I386_NR_BASE for nr in selection.members):
        names.update(sig.name for nr, sig in i386_rows().items() if I386_NR_BASE + nr in selection)
    return frozenset(names)


def names_outside(selection: Selection) -> frozenset[str]:
    """The names of the syscalls a selection (abbrev=, verbose=) leaves out."""
    return frozenset(sig.name for nr, sig in SYSCALLS.items() if nr not in selection)

