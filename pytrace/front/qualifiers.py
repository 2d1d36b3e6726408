"""The grammar shared by the command line's parts: strace's -e SET
(``qualify``), its number parsing (``string_to_uint``), and the refusal
(``UsageError``), and the names of the sets that are neither syscalls nor
signals.  Options, filters and inject all read values with these,
and import this module rather than each other."""
from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable


class UsageError(Exception):
    """A refused command line: strace's message, and whether its help line follows."""

    def __init__(self, message: str, help: bool = False):
        super().__init__(message)
        self.help = help


def bad_argument(letter: str, name: str | None, arg) -> UsageError:
    """strace's error_opt_arg."""
    if name:
        return UsageError("invalid --%s argument: '%s'" % (name, arg), help=True)
    return UsageError("invalid -%s argument: '%s'" % (letter, arg), help=True)


INT_MAX = (1 << 31) - 1
_LLONG_MAX = (1 << 63) - 1
_C_SPACE = " \t\n\v\f\r"


def string_to_uint(text: str, max_value: int = INT_MAX, endings: str = "") -> int:
    """strace's string_to_uint_ex: a decimal number as strtoll reads it (leading
    blanks and a sign allowed), up to ``max_value``; -1 when it is not one."""
    digits = text.lstrip(_C_SPACE)
    sign = digits[:1] if digits[:1] in ("+", "-") else ""
    body = digits[len(sign):]
    count = len(body) - len(body.lstrip("0123456789"))
    if not text or not count:
        return -1
    value = int(body[:count])
    rest = body[count:]
    if sign == "-":
        value = -value
    if value < 0 or value > max_value or value >= _LLONG_MAX:
        return -1
    if rest and rest[0] not in endings:
        return -1
    return value


def lookup_any_case(text: str, table: dict):
    """strace's find_arg_val: a name looked up regardless of case; None when unknown."""
    return table.get(text.lower())


class Selection:
    """strace's number set: the members named, or all but them (immutable)."""
    __slots__ = ("members", "inverted")

    def __init__(self, members: frozenset = frozenset(), inverted: bool = False):
        object.__setattr__(self, "members", frozenset(members))
        object.__setattr__(self, "inverted", inverted)

    def __setattr__(self, name, value):
        raise AttributeError("a Selection is immutable")

    def __eq__(self, other) -> bool:
        return (isinstance(other, Selection) and self.members == other.members
                and self.inverted == other.inverted)

    def __hash__(self) -> int:
        return hash((self.members, self.inverted))

    def __repr__(self) -> str:
        return "Selection(%r, inverted=%r)" % (set(self.members), self.inverted)

    def __contains__(self, item) -> bool:
        return (item in self.members) != self.inverted

    def within(self, universe) -> frozenset:
        """The members as a plain set, out of ``universe``."""
        return frozenset(universe) - self.members if self.inverted else self.members


# the names of the -e sets that are neither syscalls nor signals
STATUSES = ("successful", "failed", "unfinished", "unavailable", "detached")
QUIET_MESSAGES = {"attach": "attach", "exit": "exit", "exits": "exit",
                  "path-resolution": "path-resolution", "personality": "personality",
                  "superseded": "thread-execve", "thread-execve": "thread-execve"}
FD_DETAILS = ("path", "socket", "dev", "pidfd")
PID_DETAILS = ("pidns", "comm")


EVERYTHING = Selection(frozenset(), True)
NOTHING = Selection(frozenset(), False)


def qualify(text: str, resolve: Callable[[str], set | None], what: str) -> Selection:
    """strace's -e SET grammar (qualify_tokens): leading ``!``s, each inverting;
    ``all`` or ``none`` as the whole set; else comma-separated tokens (empty
    ones skipped), each resolved to members by ``resolve`` or refused (None)."""
    body = text.lstrip("!")
    inverted = (len(text) - len(body)) % 2 == 1
    if body == "none":
        return Selection(frozenset(), inverted)
    if body == "all":
        return Selection(frozenset(), not inverted)
    members: set = set()
    tokens = [token for token in body.split(",") if token]
    for token in tokens:
        found = resolve(token)
        if found is None:
            raise UsageError("invalid %s '%s'" % (what, token))
        members |= found
    if not tokens:
        raise UsageError("invalid %s '%s'" % (what, text))
    return Selection(frozenset(members), inverted)
