"""Flag sets and enumerations, rendered exactly as strace 6.1 renders them.

An xlat table is plain data: a tuple of ``(value, "NAME")`` pairs, in the order
strace tries them (order matters: a multi-bit flag such as O_TMPFILE must come
before O_DIRECTORY, whose bit it contains).  A flag matches only when all its
bits are set; bits left over print in hex after the names.

``print_flags`` and ``print_xval`` follow strace's printflags_ex/printxvals_ex,
in all three ``-X`` styles, including their corners:

* with ``-X verbose`` a value nothing matches still gets its ``/* dflt */``;
* a zero value matches a zero-valued entry only when that entry is first in
  the table (strace stops scanning as soon as no bits are left);
* zero with no zero entry and no default prints nothing at all, which is
  visible in a few composite values (statx flags under ``-X raw``).

Argument kinds take the raw 64-bit register; most of strace's decoders read
the argument as an ``unsigned int`` (printflags/printxval), a few as a full
long (printflags64): :func:`flags32`, :func:`flags64` and :func:`xval32` make
kinds that truncate the way strace does.
"""
from __future__ import annotations

from decoders import Call
from decoders.memo import memoized
from decoders.render.numbers import U32, U64, hexval

Xlat = tuple[tuple[int, str], ...]


def _number(value: int, fmt: str) -> str:
    if fmt == "d":
        return str(value)
    if fmt == "u":
        return str(value & U64)
    return hexval(value)


@memoized(256)
def _index(table: Xlat) -> dict[int, str]:
    found: dict[int, str] = {}
    for value, name in table:
        found.setdefault(value, name)
    return found


def lookup(value: int, table: Xlat) -> str | None:
    """The first name ``table`` gives ``value``, or None."""
    return _index(table).get(value)


def flag_names(value: int, table: Xlat) -> tuple[list[str], int]:
    """The names printflags would print for ``value`` and the bits left over."""
    names: list[str] = []
    rest = value
    for bits, name in table:
        if rest == bits or (bits and (rest & bits) == bits):
            names.append(name)
            rest &= ~bits
        if not rest:
            break
    return names, rest


def has_flag_names(value: int, table: Xlat) -> bool:
    """Whether printflags would print at least one name for ``value``."""
    return any(bits and value & bits == bits for bits, _ in table)


@memoized(8192)
def print_flags(value: int, table: Xlat, dflt: str | None = None,
                style: str = "abbrev") -> str:
    """strace's printflags: ``A|B|0x40``, the value in hex with ``/* dflt */``
    when nothing matches, and "" for zero with neither a zero entry nor dflt."""
    if style == "raw":
        return hexval(value) if (value or dflt) else ""
    names, rest = flag_names(value, table)
    if names:
        if rest:
            names.append(hexval(rest))
        text = "|".join(names)
        if style == "verbose":
            return "%s /* %s */" % (hexval(value), text)
        return text
    if rest:
        return "%s /* %s */" % (hexval(rest), dflt) if dflt else hexval(rest)
    return "0" if dflt else ""


@memoized(8192)
def print_xval(value: int, table: Xlat, dflt: str | None = None,
               style: str = "abbrev", fmt: str = "x") -> str:
    """strace's printxval: the name, or the number with ``/* dflt */``.

    ``fmt`` is how the number prints: ``x`` (default), ``u`` or ``d``."""
    number = _number(value, fmt)
    if style == "raw":
        return number
    name = lookup(value, table)
    if name is not None:
        return "%s /* %s */" % (number, name) if style == "verbose" else name
    return "%s /* %s */" % (number, dflt) if dflt else number


def print_named(value: int, name: str | None, style: str = "abbrev") -> str:
    """strace's print_xlat_ex: an already-built name for ``value``."""
    if style == "verbose":
        return "%s /* %s */" % (hexval(value), name) if name else hexval(value)
    if style == "raw" or name is None:
        return hexval(value)
    return name


def u64_text(value: int, style: str = "abbrev") -> str:
    """strace's PRINT_FIELD_U64: a 64-bit count, with UINT64_MAX by name."""
    if value != U64 or style == "raw":
        return str(value)
    return "%d /* UINT64_MAX */" % value if style == "verbose" else "UINT64_MAX"


def kernel_version_text(version: int, style: str = "abbrev") -> str:
    """strace's print_kernel_version: ``KERNEL_VERSION(5, 10, 0)``."""
    if style == "raw":
        return hexval(version)
    text = "KERNEL_VERSION(%d, %d, %d)" % (version >> 16, (version >> 8) & 0xFF, version & 0xFF)
    return "%s /* %s */" % (hexval(version), text) if style == "verbose" else text


def symbolic(raw: str, name: str, style: str) -> str:
    """A value that has both a raw and a symbolic rendering (makedev, modes...)."""
    if style == "raw":
        return raw
    if style == "verbose":
        return "%s /* %s */" % (raw, name)
    return name


def sprint_flags(prefix: str, table, flags: int, style: str = "abbrev",
                 sep: str = "", auxstr: bool = False) -> str | None:
    """strace's sprintflags_ex, used for the ``(flags FD_CLOEXEC)`` notes
    after return values: None when there is nothing to say."""
    out = prefix
    if style == "raw":
        if not flags or (auxstr and not sep):
            return None
        return out + sep + hexval(flags)
    if flags == 0 and table and table[0][0] == 0:
        if style == "verbose" and not auxstr:
            return out + sep + "0 /* %s */" % table[0][1]
        return out + sep + table[0][1]
    verbose = style == "verbose" and not auxstr
    if verbose and flags:
        out += sep + hexval(flags)
        sep = ""
    found = False
    for bits, name in table:
        if not flags:
            break
        if bits and flags & bits == bits:
            if sep:
                out += sep
            elif verbose:
                out += " /* "
            out += name
            found = True
            sep = "|"
            flags &= ~bits
    if flags:
        out += sep
        if found or (style != "verbose" and (not auxstr or sep)):
            out += hexval(flags)
    elif not found:
        return None
    if found and verbose:
        out += " */"
    return out if out != prefix else None


# Argument kinds made from one table ------------------------------------------

def flags32(table: Xlat, dflt: str | None):
    """A kind printing the argument's low 32 bits as flags (printflags)."""
    def decode(value: int, call: Call) -> str:
        return print_flags(value & U32, table, dflt, call.opts.xlat_style)
    return decode


def flags64(table: Xlat, dflt: str | None):
    """A kind printing the whole register as flags (printflags64)."""
    def decode(value: int, call: Call) -> str:
        return print_flags(value & U64, table, dflt, call.opts.xlat_style)
    return decode


def xval32(table: Xlat, dflt: str | None):
    """A kind printing the argument's low 32 bits as one name (printxval)."""
    def decode(value: int, call: Call) -> str:
        return print_xval(value & U32, table, dflt, call.opts.xlat_style)
    return decode
