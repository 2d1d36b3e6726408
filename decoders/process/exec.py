"""execve and execveat: the program, argv and the environment."""
from __future__ import annotations

import struct

from decoders import Call, syscall_decoder
from decoders.files.open_xlat import AT_FLAGS
from decoders.render.flags import print_flags
from decoders.render.numbers import U32, U64
from decoders.render.scalars import dirfd_text
from decoders.render.strings import cstring, hex_address, path

WORD = 8
_CHUNK = 256


def _words(call: Call, start: int):
    """Yield ``(address, word)`` of an array of pointers, stopping on unreadable memory
    (the last item is then ``(address, None)``)."""
    at = start
    while True:
        data = call.mem.read_partial(at, _CHUNK)
        usable = len(data) // WORD * WORD
        for i in range(0, usable, WORD):
            yield at + i, struct.unpack_from("<Q", data, i)[0]
        if usable < _CHUNK:
            yield at + usable, None
            return
        at += _CHUNK
        if at > U64:
            yield at & U64, None
            return


def argv_text(call: Call, start: int) -> str:
    """strace's printargv: ``["cat", "/etc/hostname"]``, cut after -s elements
    when abbreviating."""
    if not start:
        return "NULL"
    if call.opts.structs_as_addresses:
        return hex_address(start)
    parts = []
    limit = call.opts.string_limit
    for n, (at, word) in enumerate(_words(call, start)):
        if word is None:
            if n == 0:
                return hex_address(start)
            parts.append("... /* %s */" % hex_address(at))
            break
        if word == 0:
            break
        if not call.opts.verbose and n >= limit:
            parts.append("...")
            break
        parts.append(cstring(word, call))
    return "[" + ", ".join(parts) + "]"


def envc_text(call: Call, start: int) -> str:
    """strace's printargc: the address and a ``/* 35 vars */`` count, with
    ``, unterminated`` when readable memory ends before the NULL does."""
    text = hex_address(start)
    if not start or call.opts.structs_as_addresses:
        return text
    count, terminated = _count_to_null(call, start)
    if count == 0 and not terminated:
        return text
    return "%s /* %d var%s%s */" % (text, count, "" if count == 1 else "s",
                                   "" if terminated else ", unterminated")


def _count_to_null(call: Call, start: int) -> tuple[int, bool]:
    """How many pointers precede the NULL that ends the array at ``start``, and
    whether that NULL was found before readable memory ended (an execve's
    environment: counted a chunk at a time, not a word at a time)."""
    count = 0
    at = start
    while True:
        data = call.mem.read_partial(at, _CHUNK)
        usable = len(data) // WORD * WORD
        words = struct.unpack_from("<%dQ" % (usable // WORD), data)
        if 0 in words:
            return count + words.index(0), True
        count += len(words)
        if usable < _CHUNK:
            return count, False
        at += _CHUNK
        if at > U64:
            return count, False


def _exec_args(call: Call, first: int) -> str:
    args = call.args
    envp = argv_text(call, args[first + 2]) if call.opts.verbose else envc_text(call, args[first + 2])
    return "%s, %s, %s" % (path(args[first], call), argv_text(call, args[first + 1]), envp)


@syscall_decoder("execve")
class Execve:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        return _exec_args(call, 0)

    @staticmethod
    def exit(call: Call) -> str:
        return ""


@syscall_decoder("execveat")
class Execveat:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        dirfd = dirfd_text(call.args[0], call)
        flags = print_flags(call.args[4] & U32, xopen_at_flags(), "AT_???",
                            call.opts.xlat_style)
        return "%s, %s, %s" % (dirfd, _exec_args(call, 1), flags)

    @staticmethod
    def exit(call: Call) -> str:
        return ""


def xopen_at_flags():
    return AT_FLAGS
