"""A C structure of x86_64 described by its fields, read from the tracee in
one call: the ioctl and netlink decoders' structures."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.record import named_tuple
from decoders.render.structs import fetch


class Layout:
    """A C structure of x86_64, its fields named: ``Layout("dst:Q src:Q len:Q
    mode:Q copy:q")``.

    Each field is ``name:CODE`` with CODE a :mod:`struct` code (``B H I Q b h i
    q``), ``Ns`` for a char array (bytes), ``N<code>`` for an array (a tuple),
    or ``Nx`` for padding (no value, the name is ignored).  Fields are aligned
    as the C compiler aligns them, and the size includes the trailing padding
    (``sizeof``); ``packed=True`` lays them out with no padding at all.
    :meth:`unpack` gives a named tuple.
    """

    __slots__ = ("fields", "size", "_struct", "_groups", "_tuple", "offsets")

    def __init__(self, spec: str, packed: bool = False, name: str = "fields"):
        codes: list[str] = []
        names: list[str] = []
        groups: list[int] = []    # values per field: 0 scalar, n array
        offsets: dict[str, int] = {}
        offset = 0
        widest = 1
        for item in spec.split():
            field, _, code = item.partition(":")
            count = int(code[:-1]) if code[:-1] else 1
            kind = code[-1]
            width = 1 if kind in "sx" else struct.calcsize(kind)
            align = 1 if packed else width
            widest = max(widest, align)
            pad = -offset % align
            if pad:
                codes.append("%dx" % pad)
                offset += pad
            codes.append(code)
            if kind != "x":
                offsets[field] = offset
                names.append(field)
                groups.append(count if code[:-1] and kind != "s" else 0)
            offset += width * count
        tail = -offset % widest
        if tail:
            codes.append("%dx" % tail)
            offset += tail
        self._struct = struct.Struct("<" + "".join(codes))
        self.size = offset
        self.fields = tuple(names)
        self.offsets = offsets
        self._groups = tuple(groups) if any(groups) else None
        self._tuple = named_tuple(name, names)

    def unpack(self, data: bytes, offset: int = 0):
        values = self._struct.unpack_from(data, offset)
        if self._groups is None:
            return self._tuple._make(values)
        out, i = [], 0
        for count in self._groups:
            if count:
                out.append(values[i:i + count])
                i += count
            else:
                out.append(values[i])
                i += 1
        return self._tuple._make(out)

    def fetch(self, call: Call, addr: int, ignore_failure: bool = False):
        """umove_or_printaddr: the structure at ``addr``, or None (print the address)."""
        data = fetch(call, addr, self.size, ignore_failure)
        return None if data is None else self.unpack(data)
