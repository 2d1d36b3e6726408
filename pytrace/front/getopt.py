"""glibc's getopt_long, as strace calls it (optstring starting with ``+``).

Python's getopt differs in ways a user sees: it has no optional arguments,
no abbreviation rules of glibc's kind and other messages.  This one follows
glibc: options stop at the first operand or after ``--``; a short option's
argument is the rest of its word or the next word (whatever it looks like);
a long option may be abbreviated to any prefix that names one option (or
several that are the same option); ``--name=value`` gives an argument, and
only a required argument is taken from the next word.  Errors carry glibc's
words; the caller prints them after the program name.
"""
from __future__ import annotations

import os

from decoders.record import named_tuple

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable, Iterator

NO_ARGUMENT, REQUIRED_ARGUMENT, OPTIONAL_ARGUMENT = 0, 1, 2


# key: what the option stands for, a short option letter or a name of its own
LongOption = named_tuple("LongOption", "name has_arg key")


class GetoptError(Exception):
    """A word getopt refuses; the text is glibc's, without the program name."""


# key: the short letter, or the LongOption's key; arg: None when none was given;
# long_name: the long option's full name, None for a short option
Parsed = named_tuple("Parsed", "key arg long_name")


def short_table(optstring: str) -> dict[str, int]:
    """``"a:Ab:"`` -> {letter: has_arg}; a leading ``+`` only sets the ordering."""
    table: dict[str, int] = {}
    letters = optstring.lstrip("+")
    i = 0
    while i < len(letters):
        letter = letters[i]
        colons = 0
        while i + 1 + colons < len(letters) and letters[i + 1 + colons] == ":":
            colons += 1
        table[letter] = {0: NO_ARGUMENT, 1: REQUIRED_ARGUMENT}.get(colons, OPTIONAL_ARGUMENT)
        i += 1 + colons
    return table


def _first_byte(char: str) -> str:
    """The first byte of a character as glibc sees it (it walks bytes): a
    non-ASCII character is reported by its first byte, kept as a surrogate
    escape so that it is written out raw."""
    raw = os.fsencode(char)
    return os.fsdecode(raw[:1]) if raw[:1] < b"\x80" else chr(0xDC00 + raw[0])


def getopt_long(argv: list[str], shorts: dict[str, int],
                longs: Callable[[], list[LongOption]], operands: list[str]) -> Iterator[Parsed]:
    """The options of ``argv`` (without the program name), one at a time, as
    strace's loop takes them: the caller applies each before the next word is
    read.  ``longs()`` gives the long options, asked for at the first one
    (a line of short options never loads the table).  Raises GetoptError at
    the first bad word; once the options end, the operands after them are
    put in ``operands``."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            index += 1
            break
        if not word.startswith("-") or word == "-":
            break
        index += 1
        if word.startswith("--"):
            parsed, index = _long_option(word[2:], argv, index, longs())
            yield parsed
            continue
        position = 1
        while position < len(word):
            letter = word[position]
            position += 1
            has_arg = shorts.get(letter) if letter not in ":;" else None
            if has_arg is None:
                raise GetoptError("invalid option -- '%s'" % _first_byte(letter))
            if has_arg == NO_ARGUMENT:
                yield Parsed(letter, None, None)
                continue
            if position < len(word):
                yield Parsed(letter, word[position:], None)
            elif has_arg == OPTIONAL_ARGUMENT:
                yield Parsed(letter, None, None)
            elif index < len(argv):
                index += 1
                yield Parsed(letter, argv[index - 1], None)
            else:
                raise GetoptError("option requires an argument -- '%s'" % letter)
            break
    operands.extend(argv[index:])


def _long_option(text: str, argv: list[str], index: int,
                 longs: list[LongOption]) -> tuple[Parsed, int]:
    name, eq, value = text.partition("=")
    found = _find_long(name, text, longs)
    if eq:
        if found.has_arg == NO_ARGUMENT:
            raise GetoptError("option '--%s' doesn't allow an argument" % found.name)
        return Parsed(found.key, value, found.name), index
    if found.has_arg == REQUIRED_ARGUMENT:
        if index >= len(argv):
            raise GetoptError("option '--%s' requires an argument" % found.name)
        return Parsed(found.key, argv[index], found.name), index + 1
    return Parsed(found.key, None, found.name), index


def _find_long(name: str, text: str, longs: list[LongOption]) -> LongOption:
    """The option ``name`` stands for: an exact name, else the one option
    (or the several identical ones) it is a prefix of."""
    for option in longs:
        if option.name == name:
            return option
    matches = [option for option in longs if option.name.startswith(name)]
    if not matches:
        raise GetoptError("unrecognized option '--%s'" % text)
    first = matches[0]
    # as glibc: each later match is compared with the first one only
    others = [option for option in matches[1:]
              if (option.has_arg, option.key) != (first.has_arg, first.key)]
    if others:
        raise GetoptError("option '--%s' is ambiguous; possibilities:%s"
                          % (text, "".join(" '--%s'" % option.name for option in [first] + others)))
    return first
