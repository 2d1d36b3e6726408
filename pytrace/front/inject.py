"""``-e inject=`` and ``-e fault=`` expressions -> InjectRule, with strace 6.1's grammar.

``SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=NAME][:delay_enter=DELAY]
[:delay_exit=DELAY][:poke_enter=@argN=HEX,...][:poke_exit=@argN=HEX,...][:when=EXPR]``;
``fault=`` takes only ``error=``, ``syscall=`` and ``when=``, and fails with
ENOSYS by default.  Numbers are read as strace reads them (C's strtoll,
strtoull, strtod and sscanf, leading blanks and signs included), and every
mistake ends with strace's one line: ``invalid inject argument '...'``.
"""
from __future__ import annotations

from decoders.render.errno_xlat import ERRNOS
from decoders.signals.names import SIGRTMAX, signal_name
from decoders.table import PU
from pytrace.engine.tampering import LAST_INF, InjectRule
from pytrace.front import filters, syscall_sets
from pytrace.front.qualifiers import UsageError

MAX_ERRNO = 4095
ENOSYS = 38
LLONG_MAX = (1 << 63) - 1
ULLONG_MAX = (1 << 64) - 1
NS_PER_S = 1_000_000_000
_C_SPACE = " \t\n\v\f\r"
_DIGITS = "0123456789"
_OCTAL_DIGITS = "01234567"
_HEX_DIGITS = "0123456789abcdefABCDEF"
_DBL_MIN = 2.2250738585072014e-308   # below it glibc's strtod reports ERANGE
_ERRNO_BY_NAME: dict[str, int] = {}
for _number, _name, _ in ERRNOS:
    _ERRNO_BY_NAME.setdefault(_name.upper(), _number)
# strace's time units (case-insensitive), as nanoseconds; none means microseconds
_TIME_UNITS = {"": 1000, "s": NS_PER_S, "ms": 1_000_000, "us": 1000, "ns": 1}
# re is imported by the parsers of delay_*= and poke_*= only: the module costs
# every start of pytrace its import, and when= and error= read plain integers.
_FLOAT = r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"


class _Invalid(Exception):
    """A token strace rejects: the whole expression is reported."""


def parse(expression: str, fault: bool = False, warn=lambda message: None) -> InjectRule:
    """One expression; ``warn(message)`` gets strace's non-fatal warnings
    about retval= (an error number in disguise, or a value 32-bit code clips)."""
    what = "fault argument" if fault else "inject argument"
    fields: dict = {}
    try:
        name = _parse_tokens(expression, fields, fault, warn)
    except _Invalid:
        raise UsageError("invalid %s '%s'" % (what, expression))
    numbers = syscall_sets.trace_set([name])
    if numbers is not None:
        # tampering rewrites 64-bit calls' registers: i386 calls are left alone
        numbers = frozenset(nr for nr in numbers if nr < filters.I386_NR_BASE)
    if not (fields.keys() & _ACTIONS):
        if not fault:
            raise UsageError("invalid %s '%s'" % (what, expression))
        fields["error"] = ENOSYS
    return InjectRule(numbers=filters.ALL_NUMBERS if numbers is None else numbers,
                      text=expression, **fields)


_ACTIONS = frozenset(("error", "retval", "signo", "delay_enter_ns", "delay_exit_ns",
                      "poke_enter", "poke_exit"))


def _parse_tokens(expression: str, fields: dict, fault: bool, warn) -> str:
    """The syscall set's text; the tokens after it into ``fields``.  Empty
    tokens are skipped (strtok), and an expression starting with ':' has an
    empty set and no tokens read at all, as in strace."""
    if not expression or expression[0] == ":":
        return ""
    name, *tokens = [token for token in expression.split(":") if token]
    for token in tokens:
        key, eq, value = token.partition("=")
        parser = _TOKENS.get(key) if eq else None
        if parser is None or (fault and key not in _FAULT_TOKENS):
            raise _Invalid
        parser(value, fields, warn)
    return name


def _when(value: str, fields: dict, warn) -> None:
    """``N``, ``N+``, ``N+STEP``, ``N..M``, ``N..M+``, ``N..M+STEP``."""
    first, rest = _uint_prefix(value, 0xFFFF, "+.")
    if first < 1:
        raise _Invalid
    last = LAST_INF
    if rest.startswith("."):
        if rest[1:2] != ".":
            raise _Invalid
        last, rest = _uint_prefix(rest[2:], 0xFFFF, "+")
        if last < first or last == LAST_INF:
            raise _Invalid
    if rest:
        step = _uint_prefix(rest[1:], 0xFFFF, "")[0] if rest[1:] else 1
        if step < 1:
            raise _Invalid
    else:
        step = 0 if last == LAST_INF else 1
    fields.update(first=first, last=last, step=step)


def _error(value: str, fields: dict, warn) -> None:
    _once(fields, "error", "retval")
    number = _uint_prefix(value, MAX_ERRNO, "")[0]
    if number < 0:
        number = _ERRNO_BY_NAME.get(value.upper(), -1)
    if number < 1:
        raise _Invalid
    fields["error"] = number


def _retval(value: str, fields: dict, warn) -> None:
    _once(fields, "error", "retval")
    number = _strtoull(value)
    for message in retval_warnings(number):
        warn(message)
    fields["retval"] = number - (1 << 64) if number >> 63 else number


def retval_warnings(value: int) -> list[str]:
    """strace's check_inadvertent_fault_injection, for x86_64 and its 32-bit personalities."""
    signed = value - (1 << 64) if value >> 63 else value
    low = value & 0xFFFFFFFF
    signed32 = low - (1 << 32) if low >> 31 else low
    if -MAX_ERRNO <= signed < 0:
        return ["Inadvertent injection of error %d is possible for retval=%d" % (-signed, value)]
    if -MAX_ERRNO <= signed32 < 0:
        return ["Inadvertent injection of error %d is possible in compat personality"
                " for retval=%d" % (-signed32, value)]
    if low != value:
        return ["Injected return value %d will be clipped to %d in compat personality"
                % (value, low)]
    return []


def _signal(value: str, fields: dict, warn) -> None:
    _once(fields, "signo")
    if value[:1] in _DIGITS and value:
        signo = _uint_prefix(value, 255, "")[0]
    else:
        wanted = value.upper().removeprefix("SIG")
        signo = next((n for n in range(1, SIGRTMAX + 1)
                      if signal_name(n).removeprefix("SIG") == wanted), -1)
    if signo < 1 or signo > SIGRTMAX:
        raise _Invalid
    fields["signo"] = signo


def _syscall(value: str, fields: dict, warn) -> None:
    """Only a pure call (no arguments, no side effects) may run instead."""
    _once(fields, "scno")
    scno = min((nr for nr, sig in filters.SYSCALLS.items() if sig.name == value), default=None)
    if scno is None or not filters.SYSCALLS[scno].classes & PU:
        raise _Invalid
    fields["scno"] = scno


def _delay(key: str):
    def parse_delay(value: str, fields: dict, warn) -> None:
        _once(fields, key)
        fields[key] = parse_delay_ns(value)
    return parse_delay


def parse_delay_ns(text: str) -> int:
    """strace's parse_ts: a number (integer, or C floating point) and an
    optional unit s, ms, us or ns (microseconds without one)."""
    float_len = len(text) - len(text.lstrip("eE.-+0123456789"))
    int_len = len(text) - len(text.lstrip("+0123456789"))
    if float_len > int_len:
        import re
        match = re.match(_FLOAT, text)
        if match is None:
            raise _Invalid
        value = float(match.group())
        mantissa = match.group().lower().split("e")[0]
        if value < 0 or value == float("inf") or 0 < value < _DBL_MIN \
                or (value == 0 and mantissa.strip("+-.0")):
            raise _Invalid   # negative, or out of range (strtod's ERANGE)
        unit = text[match.end():]
    else:
        value, unit = _uint_prefix(text, LLONG_MAX, "smun")
        if value < 0:
            raise _Invalid
    scale = _TIME_UNITS.get(unit.lower())
    if scale is None:
        raise _Invalid
    per_second = NS_PER_S // scale
    if isinstance(value, float):
        seconds = int(value / per_second)
        nanos = int((value - seconds * per_second) * scale) % NS_PER_S
    else:
        seconds, nanos = divmod(value, per_second)
        nanos *= scale
    return seconds * NS_PER_S + nanos


def _poke(key: str):
    def parse_poke(value: str, fields: dict, warn) -> None:
        """``@argN=HEX`` items, comma-separated; each argument once."""
        _once(fields, key)
        if not value:
            raise _Invalid
        pokes = []
        for item in filter(None, value.split(",")):
            if not item.startswith("@arg") or not item[4:5] or item[4] not in "1234567" \
                    or item[5:6] != "=":
                raise _Invalid
            argno, hexdata = int(item[4]), item[6:]
            if not hexdata or len(hexdata) % 2 or len(hexdata) > 2048:
                raise _Invalid
            if any(argno == known for known, _ in pokes):
                raise _Invalid
            pokes.append((argno, _scan_hex_bytes(hexdata)))
        # strace inserts each payload at the head of its list: the last given is written first
        fields[key] = tuple(reversed(pokes))
    return parse_poke


def _scan_hex_bytes(text: str) -> bytes:
    """Two characters a byte, each pair read as sscanf("%2hhx") reads it: blanks
    skipped, then up to two characters of an optional sign and hex digits."""
    import re
    scanned_hex = re.compile(_SCANNED_HEX)
    out = bytearray()
    for i in range(0, len(text), 2):
        match = scanned_hex.match(text, i)
        if match is None:
            raise _Invalid
        sign, signed_digit, digits = match.groups()
        value = int(signed_digit or digits, 16)
        out.append((-value if sign == "-" else value) & 0xFF)
    return bytes(out)


_SCANNED_HEX = r"[ \t\n\v\f\r]*(?:([+-])([0-9a-fA-F])|([0-9a-fA-F]{1,2}))"


def _once(fields: dict, *keys: str) -> None:
    """A token given twice (or error= with retval=) invalidates the expression."""
    if any(key in fields for key in keys):
        raise _Invalid


# -- C's number readers -----------------------------------------------------------------

def _signed_digits(text: str) -> tuple[str, int]:
    """After C's blanks, an optional sign: (the sign or "", where the digits start)."""
    start = len(text) - len(text.lstrip(_C_SPACE))
    sign = text[start:start + 1]
    return (sign, start + 1) if sign in ("+", "-") else ("", start)


def _run_of(text: str, start: int, chars: str) -> int:
    """Where the run of ``chars`` starting at ``start`` ends."""
    end = start
    while end < len(text) and text[end] in chars:
        end += 1
    return end


def _strtoll(text: str) -> tuple[int, str] | None:
    """C's strtoll in base 10: (value, the rest), or None without digits."""
    sign, start = _signed_digits(text)
    end = _run_of(text, start, _DIGITS)
    if end == start:
        return None
    value = int(text[start:end])
    return (-value if sign == "-" else value), text[end:]


def _uint_prefix(text: str, limit: int, endings: str) -> tuple[int, str]:
    """strace's string_to_uint_ex: (value, rest), value -1 when invalid; the
    rest may only start with one of ``endings``."""
    parsed = _strtoll(text) if text else None
    if parsed is None:
        return -1, ""
    value, rest = parsed
    if value < 0 or value > limit or value > LLONG_MAX:
        return -1, ""
    if rest and rest[0] not in endings:
        return -1, ""
    return value, rest


def _strtoull(text: str) -> int:
    """C's strtoull in base 0 of the whole text (a leading '-' negates modulo 2**64)."""
    sign, start = _signed_digits(text)
    digits = text[start:]
    if digits[:2] in ("0x", "0X"):
        base, valid = 16, len(digits) > 2 and _run_of(digits, 2, _HEX_DIGITS) == len(digits)
    elif digits[:1] == "0":
        base, valid = 8, _run_of(digits, 1, _OCTAL_DIGITS) == len(digits)
    else:
        base, valid = 10, digits[:1] != "" and _run_of(digits, 0, _DIGITS) == len(digits)
    if not valid:
        raise _Invalid
    value = int(digits, base)
    if value > ULLONG_MAX:
        raise _Invalid
    return (-value) & ULLONG_MAX if sign == "-" else value


_TOKENS = {
    "when": _when, "error": _error, "retval": _retval, "signal": _signal,
    "syscall": _syscall, "delay_enter": _delay("delay_enter_ns"),
    "delay_exit": _delay("delay_exit_ns"), "poke_enter": _poke("poke_enter"),
    "poke_exit": _poke("poke_exit"),
}
_FAULT_TOKENS = frozenset(("when", "error", "syscall"))
