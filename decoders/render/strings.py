"""Strings and buffers as strace quotes them.

Escaping follows strace's string_quote(): ``\\t \\n \\v \\f \\r \\" \\\\`` by
name, other unprintable bytes in octal in their shortest form, but with three
digits when the next byte is an octal digit (so that ``\\1`` + ``2`` does not
read as ``\\12``); ``--strings-in-hex=non-ascii-chars`` writes them as
``\\xHH`` instead.  ``-x`` switches the whole string to ``\\xHH`` when any byte
is neither printable ASCII nor whitespace; ``-xx`` always does.
"""
from __future__ import annotations

from decoders import Call, arg_kind, read_bytes

_NAMED = {0x09: "\\t", 0x0A: "\\n", 0x0B: "\\v", 0x0C: "\\f", 0x0D: "\\r",
          0x22: '\\"', 0x5C: "\\\\"}

# A byte string needs the slow path when it holds anything outside the
# printable range or a quote or backslash: what is left once the bytes that
# print as themselves are deleted (bytes.translate, a pass in C: re would
# cost every start of pytrace its import).
_AS_THEMSELVES = bytes(c for c in range(0x20, 0x7F) if c not in b'"\\')
# -x leaves a string as it is when it holds only these
_PRINTABLE_OR_SPACE = bytes(range(0x09, 0x0E)) + bytes(range(0x20, 0x7F))

_OCTAL_SHORT = ["\\%o" % c for c in range(256)]
_OCTAL_LONG = ["\\%03o" % c for c in range(256)]
_HEX = ["\\x%02x" % c for c in range(256)]

_U64 = (1 << 64) - 1

# Each byte's escape where no digit follows it, as a str.translate table.
_ESCAPES = {c: _NAMED.get(c, _OCTAL_SHORT[c]) for c in range(256)
            if c in _NAMED or not 0x20 <= c <= 0x7E}
# An octal escape followed by an octal digit needs all three digits: with
# each byte mapped to its class, "o" (escaped in octal) followed by "d".
_OCTAL_CLASSES = bytes(ord("o") if not (0x09 <= c <= 0x0D or 0x20 <= c <= 0x7E) else
                       ord("d") if 0x30 <= c <= 0x37 else ord(".") for c in range(256))


def _octal_before_digit(data: bytes) -> bool:
    return b"od" in data.translate(_OCTAL_CLASSES)


def all_in_hex(data: bytes, hex_strings: int) -> bool:
    """Whether strace writes every byte of ``data`` as ``\\xHH``: always with
    -xx, with -x when a byte is neither printable ASCII nor whitespace."""
    return hex_strings == 2 or (hex_strings == 1
                                and len(data.translate(None, _PRINTABLE_OR_SPACE)) > 0)


_NO_OCTAL: frozenset = frozenset()


def escape(data: bytes, hex_strings: int = 0, octal: frozenset = _NO_OCTAL) -> str:
    """The inside of strace's quotes for ``data``, without the quotes.

    ``octal`` names printable bytes to escape in octal all the same (``<`` and
    ``>`` inside -y's angle brackets).
    """
    if all_in_hex(data, hex_strings):
        return "".join([_HEX[c] for c in data])
    if hex_strings == 3:   # --strings-in-hex=non-ascii-chars: \xHH where octal would be
        return "".join([_NAMED.get(c) or (chr(c) if 0x20 <= c <= 0x7E and c not in octal
                                          else _HEX[c]) for c in data])
    if not octal:
        return _escape_plain(data)
    elif not data.translate(None, _AS_THEMSELVES) and not any(c in octal for c in data):
        return data.decode("ascii")
    return _escape_each(data, octal)


def _escape_each(data: bytes, octal: frozenset) -> str:
    """Byte by byte: an octal escape followed by an octal digit takes three digits."""
    out = []
    last = len(data) - 1
    for i, c in enumerate(data):
        named = _NAMED.get(c)
        if named is not None:
            out.append(named)
        elif 0x20 <= c <= 0x7E and c not in octal:
            out.append(chr(c))
        elif i < last and 0x30 <= data[i + 1] <= 0x37:
            out.append(_OCTAL_LONG[c])
        else:
            out.append(_OCTAL_SHORT[c])
    return "".join(out)


def _escape_plain(data: bytes) -> str:
    """``escape`` without -x or extra octal bytes: most strings are printable
    ASCII, and most of the others escape each byte alike, in one pass in C."""
    if not data.translate(None, _AS_THEMSELVES):
        return data.decode("ascii")
    if not _octal_before_digit(data):
        return data.decode("latin-1").translate(_ESCAPES)
    return _escape_each(data, _NO_OCTAL)


def angle_bracket_text(path: bytes | str, hex_strings: int = 0) -> str:
    """A path or comm as strace puts it between ``<`` and ``>`` (for -y, -Y):
    escaped as a string without the quotes, ``<`` and ``>`` in octal.

    The session builds ``call.fd_path`` answers with this; ``fd_text`` puts
    whatever ``fd_path`` returns right after the number, brackets included
    (a socket's ``<TCP:[...->...]>`` is not a path and is not escaped)."""
    if isinstance(path, str):
        path = path.encode("utf-8", "surrogateescape")
    if all_in_hex(path, hex_strings):
        return escape(path, hex_strings)
    return escape(path, 0, _ANGLE_BRACKETS)


_ANGLE_BRACKETS = frozenset(b"<>")


def quote(data: bytes, hex_strings: int = 0, truncated: bool = False) -> str:
    """``"data"``, followed by ``...`` when more bytes were left out."""
    text = '"' + escape(data, hex_strings) + '"'
    return text + "..." if truncated else text


def quoted_cstring(data: bytes, hex_strings: int = 0) -> str:
    """strace's print_quoted_cstring of a char array: the bytes before its
    first NUL, ``...`` after them when the array holds no NUL."""
    if not data:
        return '""'
    cut = data.find(b"\0", 0, len(data) - 1)
    if cut >= 0:
        return '"%s"' % escape(data[:cut], hex_strings)
    text = '"%s"' % escape(data[:-1], hex_strings)
    return text if data[-1] == 0 else text + "..."


def uuid_text(data: bytes) -> str:
    """strace's print_uuid: 16 bytes as ``01234567-89ab-cdef-0123-456789abcdef``."""
    h = data[:16].hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hex_address(addr: int) -> str:
    """How strace prints a pointer it could not or would not follow."""
    return "NULL" if addr == 0 else "%#x" % addr


def buffer(addr: int, length: int, call: Call) -> str:
    """A buffer of ``length`` bytes, cut at ``-s`` bytes (strace's printstrn).

    strace takes the length as a kernel_ulong_t: a negative one is huge, so
    ``-s`` bytes are read, and an unreadable buffer prints as its address."""
    opts = call.opts
    if opts.hex_strings or not addr:
        return _printstr(call, addr, length, opts.string_limit)
    # _printstr's way, for the commonest case (every read and write): the
    # byte past -s is read as strace reads it (unreadable, the address prints)
    # but only the length says whether "..." follows
    length &= _U64
    if not length:
        return '""'
    limit = opts.string_limit
    if length > limit:
        data = read_bytes(call, addr, limit + 1)
        return hex_address(addr) if data is None else '"' + _escape_plain(data[:limit]) + '"...'
    data = read_bytes(call, addr, length)
    return hex_address(addr) if data is None else '"' + _escape_plain(data) + '"'


def cstring(addr: int, call: Call, limit: int | None = None) -> str:
    """A NUL-terminated string cut at ``-s`` bytes (strace's printstr)."""
    if limit is None:
        limit = call.opts.string_limit
    return _printstr(call, addr, _U64, limit, zero_terminated=True)


def printstr_ex(call: Call, addr: int, length: int, zero_terminated: bool = False,
                omit_trailing_0: bool = False, force_hex: bool = False,
                expect_trailing_0: bool = False) -> str:
    """strace's printstr_ex: the string of ``length`` bytes at ``addr``, of
    which at most ``-s`` are shown.

    ``zero_terminated``: the string ends at its first NUL, and ``...`` marks
    one that had none within the bytes shown (unless a NUL comes right after
    them).  Otherwise ``...`` follows only when ``length`` exceeds ``-s``.
    ``omit_trailing_0``: a NUL as the last byte shown is left out (and the
    string is then complete), except when the string is written in hex.
    ``force_hex``: every byte as ``\\xHH`` whatever -x says.
    ``expect_trailing_0``: a string not ended by a NUL is marked ``...``;
    with ``zero_terminated``, a string of ``length`` bytes that fits within
    ``-s`` keeps its last byte for that NUL (not shown).
    """
    return _printstr(call, addr, length, call.opts.string_limit, zero_terminated,
                     omit_trailing_0, force_hex, expect_trailing_0)


def _fetch_string(call: Call, addr: int, size: int) -> bytes | None:
    """strace's umovestr: the ``size`` bytes at ``addr``, or fewer ending
    with a NUL; None when memory gives out before either (strace then prints
    the address, however much it could read)."""
    got = call.mem.cstring(addr, size)
    if got is None:
        return None
    data, terminated = got
    if len(data) < size:
        return data + b"\0" if terminated else None
    # a NUL right after the size bytes is not theirs
    return data[:size]


def _printstr(call: Call, addr: int, length: int, limit: int, zero_terminated: bool = False,
              omit_trailing_0: bool = False, force_hex: bool = False,
              expect_trailing_0: bool = False) -> str:
    if addr == 0:
        return "NULL"
    length &= _U64
    # one byte past the limit is fetched, to tell whether a NUL follows the shown ones
    size = min(limit + 1, length)
    if size == 0:
        data = b""
    elif zero_terminated:
        data = _fetch_string(call, addr, size)
    else:
        data = read_bytes(call, addr, size)
    if data is None:
        return hex_address(addr)
    if expect_trailing_0 and zero_terminated and 0 < length <= limit:
        limit = length - 1
    shown = data[:limit]
    complete = False
    if zero_terminated:
        cut = shown.find(b"\0")
        if cut >= 0:
            shown, complete = shown[:cut], True
        else:
            complete = data[limit:limit + 1] == b"\0"
    hex_strings = 2 if force_hex else call.opts.hex_strings
    in_hex = all_in_hex(shown, hex_strings)
    if omit_trailing_0 and not complete and not in_hex and shown.endswith(b"\0"):
        shown, complete = shown[:-1], True
    more = (not complete and length != 0
            and (zero_terminated or expect_trailing_0 or length > limit))
    return quote(shown, 2 if in_hex else 3 if hex_strings == 3 else 0, more)


PATH_MAX = 4096


def path(addr: int, call: Call) -> str:
    """A pathname: never cut at ``-s`` but at PATH_MAX - 1 bytes (strace's printpath)."""
    return _printstr(call, addr, _U64, PATH_MAX - 1, zero_terminated=True)


@arg_kind("path")
def _path(value: int, call: Call) -> str:
    return path(value, call)


@arg_kind("string")
def _string(value: int, call: Call) -> str:
    return cstring(value, call)


@arg_kind("buf_rv")
def _buf_rv(value: int, call: Call) -> str:
    """An output buffer whose length is the return value (read, recv...)."""
    if call.failed or call.rv is None:
        return hex_address(value)
    return buffer(value, call.rv, call)


@arg_kind("buf_next")
def _buf_next(value: int, call: Call) -> str:
    """An input buffer whose length is the next argument (write, send...)."""
    return buffer(value, call.args[call.index + 1], call)
