"""The fields of netlink structures, printed as strace's PRINT_FIELD_* print them.

A :class:`Struct` is a C structure written down as its fields in order:
``(name, struct format, printer)``, padding included (a ``None`` printer), so
that offsets and size come out as the C compiler's.  A printer turns the
unpacked value into text, or None to leave the field out (strace prints a
few reserved fields only when they are not zero).  A :class:`Named` printer
writes the whole ``name=value`` itself, for the fields whose name strace
moves (``inet_pton(AF_INET6, "::1", &idiag_src)``).
"""
from __future__ import annotations

from decoders import Call
from decoders.net.addrs import (  # noqa: F401  (the netlink decoders take them from here)
    hex_string, ifindex_text, inet_addr_text, mac_text, net_port_text)
from decoders.net.socket_xlat import ADDRESS_FAMILIES
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import hexval, zero_padded_hex
from decoders.render.strings import hex_address, quote, quoted_cstring

NLMSG_HDRLEN = 16
NLA_HDRLEN = 4
AF_INET, AF_INET6 = 2, 10


def align4(length: int) -> int:
    """NLMSG_ALIGN, NLA_ALIGN and RTNH_ALIGN: netlink pads to 4 bytes."""
    return (length + 3) & ~3


class Named:
    """A printer that writes ``name=value`` (or its own arrangement) itself."""

    __slots__ = ("render",)

    def __init__(self, render):
        self.render = render   # (name, value, call, the structure's bytes) -> str


class Struct:
    """A C structure: ``fields`` are ``(name, format, printer)`` in order,
    laid out as written (render's Layout, packed: padding is written down)."""

    __slots__ = ("size", "fields", "layout")

    def __init__(self, *fields):
        self.layout = Layout(" ".join("%s:%s" % (name, fmt) for name, fmt, _ in fields),
                             packed=True)
        self.size = self.layout.size
        self.fields = tuple((name, printer) for name, _, printer in fields if printer)

    def value(self, data: bytes, name: str):
        """One field's unpacked value."""
        return getattr(self.layout.unpack(data), name)

    def items(self, data: bytes, call: Call, skip: int = 0) -> list[str]:
        """The ``name=value`` texts of the printed fields, from the ``skip``-th on."""
        values = self.layout.unpack(data)
        out = []
        for name, printer in self.fields[skip:]:
            value = getattr(values, name)
            if isinstance(printer, Named):
                text = printer.render(name, value, call, data)
            else:
                text = printer(value, call)
                if text is not None:
                    text = name + "=" + text
            if text is not None:
                out.append(text)
        return out

    def text(self, data: bytes, call: Call) -> str:
        return "{" + ", ".join(self.items(data, call)) + "}"


# ---- printers of one value ----------------------------------------------------

def U(value, call: Call) -> str:
    return str(value)


D = U


def X(value, call: Call) -> str:
    return hexval(value)


def zero_x(width: int):
    """PRINT_VAL_0X: ``%#0*x``, as wide as two digits per byte."""
    def render(value, call: Call) -> str:
        return zero_padded_hex(value, width * 2)
    return render


def nonzero_x(value, call: Call) -> str | None:
    """A reserved field strace prints only when it holds something."""
    return hexval(value) if value else None


def xval(table, dflt: str | None, fmt: str = "x"):
    def render(value, call: Call) -> str:
        return print_xval(value, table, dflt, call.opts.xlat_style, fmt)
    return render


def xval_verbose(table, dflt: str | None):
    """PRINT_FIELD_XVAL_VERBOSE: names from non-UAPI headers, so the number
    always shows."""
    def render(value, call: Call) -> str:
        style = "raw" if call.opts.xlat_style == "raw" else "verbose"
        return print_xval(value, table, dflt, style)
    return render


def flags(table, dflt: str | None):
    def render(value, call: Call) -> str:
        return print_flags(value, table, dflt, call.opts.xlat_style)
    return render


def cookie(value, call: Call) -> str:
    """PRINT_FIELD_COOKIE: two 32-bit halves."""
    return "[%d, %d]" % value


def hex_bytes(value: bytes, call: Call) -> str:
    return quote(value, 2)


def cstring(value: bytes, call: Call) -> str:
    """PRINT_FIELD_CSTRING of a ``char[N]``."""
    return quoted_cstring(value, call.opts.hex_strings)


net_port = net_port_text


def ifindex(value, call: Call) -> str:
    return ifindex_text(value, call)


def mac(value: bytes, call: Call) -> str:
    return mac_text(value, call)


def inet_addr(family: int) -> Named:
    """PRINT_FIELD_INET_ADDR for a family known in advance."""
    return Named(lambda name, value, call, data: inet_addr_text(family, value, name, call))


def fetch_text(call: Call, addr: int, size: int):
    """umove_or_printaddr: ``(bytes, None)`` or ``(None, address text)``."""
    data = call.mem.read(addr, size) if addr else None
    if data is None:
        return None, hex_address(addr)
    return data, None


# ---- messages that open with their address family --------------------------------

def family_struct(call: Call, addr: int, family: int, length: int, layout: Struct):
    """strace's opening of a message structure whose first byte, the address
    family, was read already: ``({family, fields...}, bytes)``; the rest of
    the fields only when the payload holds the whole structure (``...``
    otherwise, its address if unreadable), and then its bytes."""
    items = layout.items(bytes([family]).ljust(layout.size, b"\0"), call)[:1]
    data = None
    if length >= layout.size:
        rest = call.mem.read(addr + 1, layout.size - 1)
        if rest is None:
            items.append(hex_address(addr + 1))
        else:
            data = bytes([family]) + rest
            items.extend(layout.items(data, call, skip=1))
    else:
        items.append("...")
    return "{" + ", ".join(items) + "}", data


def family_message(layout: Struct, attrs=None):
    """A message decoder: the structure, then (when it was read) ``attrs``
    after it, which get the structure's bytes as their context.  The
    message's header, passed last, is not needed."""
    offset = align4(layout.size)

    def decoder(call: Call, addr: int, family: int, length: int, header=None) -> str:
        text, data = family_struct(call, addr, family, length, layout)
        if attrs is not None and data is not None and length > offset:
            text += ", " + attrs.decode(call, addr + offset, length - offset, data)
        return text
    return decoder


def family_only(field: str, attrs=None, size: int = 1):
    """A message whose structure is the family alone (rtgenmsg and the like)."""
    offset = align4(size)

    def decoder(call: Call, addr: int, family: int, length: int, header=None) -> str:
        text = "{%s=%s}" % (field, print_xval(family, ADDRESS_FAMILIES, "AF_???",
                                              call.opts.xlat_style))
        if attrs is not None and length > offset:
            text += ", " + attrs.decode(call, addr + offset, length - offset)
        return text
    return decoder
