"""How a request family's decoder answers the ioctl dispatcher, and the
argument printers the families share.

A family decoder is ``decode(call, code, arg)``, called at the call's entry
and, when it asked for it, again at its exit (``call.exiting``).  It mirrors
strace's per-family ``*_ioctl`` functions and their return values:

* ``None``: the family does not decode this request (strace's RVAL_DECODED):
  the argument prints as a number, at entry if it is the entry;
* a ``str``: the argument's whole text, starting with ``, `` unless the
  request takes no argument (RVAL_IOCTL_DECODED): the decoding is over;
* :class:`Later` (at entry only): text printed now, and the family is called
  again at exit (strace's 0); at exit, ``None`` then prints the argument as
  a number after it.

A family changes how the return value prints with :func:`returns_fd` and
:func:`return_note`.
"""
from __future__ import annotations

import struct

from decoders import Call
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import hexval
from decoders.render.strings import hex_address
from decoders.render.structs import fetch


class Later(str):
    """Text printed at entry, by a family that decodes again at exit."""


def returns_fd(call: Call) -> None:
    """The call returns a file descriptor (strace's RVAL_FD: ``-y`` decorates it)."""
    call.saved["ioctl_ret"] = "fd"


def return_note(call: Call, note: str | None) -> None:
    """``= 5 (note)`` (strace's auxstr with RVAL_STR)."""
    call.saved["ioctl_ret"] = ("note", note)


def ioc_dir(code: int) -> int:
    return code >> 30


def ioc_type(code: int) -> int:
    return (code >> 8) & 0xFF


def ioc_nr(code: int) -> int:
    return code & 0xFF


def ioc_size(code: int) -> int:
    return (code >> 16) & 0x3FFF


IOC_NONE, IOC_WRITE, IOC_READ = 0, 1, 2


def number_at(call: Call, arg: int, fmt: str, render) -> str:
    """strace's printnum_*: ``[value]`` of one number at ``arg``, or the address."""
    data = fetch(call, arg, struct.calcsize(fmt))
    if data is None:
        return hex_address(arg)
    return "[%s]" % render(struct.unpack("<" + fmt, data)[0])


def int_at(call: Call, arg: int) -> str:
    """printnum_int(tcp, arg, "%d")."""
    return number_at(call, arg, "i", str)


def uint_at(call: Call, arg: int) -> str:
    return number_at(call, arg, "I", str)


def flags_at(call: Call, arg: int, table, dflt: str | None, fmt: str = "I") -> str:
    """``[FLAG_A|FLAG_B]``: a flag set at ``arg``."""
    style = call.opts.xlat_style
    return number_at(call, arg, fmt, lambda v: print_flags(v, table, dflt, style))


def xval_at(call: Call, arg: int, table, dflt: str | None, fmt: str = "I") -> str:
    """``[NAME]``: one enumerated value at ``arg``."""
    style = call.opts.xlat_style
    return number_at(call, arg, fmt, lambda v: print_xval(v, table, dflt, style))


def struct_text(fields) -> str:
    """``{a=1, b=2}`` from ``(name, text)`` pairs (a name of None: the text alone)."""
    return "{" + ", ".join(text if name is None else name + "=" + text
                           for name, text in fields) + "}"


def x(value: int) -> str:
    """PRINT_FIELD_X: ``%#x`` of an unsigned value."""
    return hexval(value)


def in_out(call: Call, arg: int, layout, entry_fields, exit_fields):
    """The common shape of a request whose structure the kernel reads and
    rewrites: its input fields at entry, `` => `` and its output fields at
    exit (nothing more when the call failed).  ``entry_fields(record)`` and
    ``exit_fields(record)`` give ``(name, text)`` pairs."""
    if call.exiting and call.failed:
        return ""
    lead = " => " if call.exiting else ", "
    record = layout.fetch(call, arg)
    if record is None:
        return lead + hex_address(arg)
    if call.exiting:
        return lead + struct_text(exit_fields(record))
    return Later(lead + struct_text(entry_fields(record)))
