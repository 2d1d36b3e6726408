"""Rows of strace 6.1's own rendering of argument values, and the checks that
replay them through pytrace's kinds.

The rows live in the test module of the decoder module that registers each
kind (``tests/decoders/files/test_open.py`` for ``open_flags``...).  They were
produced by running small C programs under strace 6.1: each call made through
syscall(2) with the raw arguments shown, mostly failing harmlessly
(nonexistent paths, fd -1, invalid combinations, or ``-e inject=...:error=EPERM``
so that nothing was done).

Two shapes of row:

* FLAG_ROWS, ``(kind, syscall, argument index, raw arguments, abbrev text,
  raw text, verbose text)``: one call seen under ``-X abbrev``, ``-X raw`` and
  ``-X verbose``; ``mem(addr, hex)`` in the arguments is tracee memory at the
  address the program had.
* STYLE_ROWS, ``(kind, syscall, argument index, register value, -X style,
  strace's text)``: one argument seen under one style.
"""
from __future__ import annotations

import decoders
from tests.decoders.conftest import make_call

decoders.load_all()


def mem(addr: int, hexdata: str):
    """Tracee memory at ``addr`` holding the bytes ``hexdata``, as a raw argument."""
    return ("mem", addr, bytes.fromhex(hexdata))


def row_id(row) -> str:
    return "%s-%s" % (row[0], row[1])


def render(kind: str, name: str, index: int, args, style: str) -> str | None:
    memory = {a[1]: a[2] for a in args if isinstance(a, tuple)}
    raw = [a[1] if isinstance(a, tuple) else a for a in args]
    call = make_call(name, args=raw, memory=memory, xlat_style=style)
    call.index = index
    return decoders.ARG_KINDS[kind](raw[index], call)


def assert_in_every_style(row) -> None:
    """A FLAG_ROWS row renders as strace printed it under each -X style."""
    kind, name, index, args, abbrev, raw, verbose = row
    assert render(kind, name, index, args, "abbrev") == abbrev
    assert render(kind, name, index, args, "raw") == raw
    assert render(kind, name, index, args, "verbose") == verbose


def assert_in_its_style(row) -> None:
    """A STYLE_ROWS row renders as strace printed it under its -X style."""
    kind, syscall, index, value, style, expected = row
    args = [0] * 6
    args[index] = value
    call = make_call(syscall, args, xlat_style=style)
    call.index = index
    assert decoders.ARG_KINDS[kind](value, call) == expected
