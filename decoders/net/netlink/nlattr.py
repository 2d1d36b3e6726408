"""Netlink attributes (struct nlattr) and the decoders of their payloads.

An attribute decoder is ``decoder(call, addr, length, context) -> str | None``:
the text of the payload, or None when it does not apply (a length that does
not fit), and then the payload prints as bytes in hex, as strace's decoders
returning false do.  ``context`` is what the enclosing message passes down
(its header structure, an address family...).

The attribute tables (:class:`Attrs`) are written with names, as strace's
designated initialisers are, and turned into numbers once from the xlat
table that names the attribute types.
"""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink.fields import (
    AF_INET, AF_INET6, NLA_HDRLEN, align4, fetch_text, ifindex_text, inet_addr_text, mac_text)
from decoders.net.netlink.protocol import NLMSG_DONE
from decoders.net.socket_xlat import ADDRESS_FAMILIES
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import id_text
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address, printstr_ex
from decoders.render.structs import print_array
from decoders.time.clocks import clock_t_text

NLA_F_NESTED = 0x8000
NLA_F_NET_BYTEORDER = 0x4000
NLA_TYPE_MASK = 0x3FFF
_NLATTR = struct.Struct("<HH")


class Attrs:
    """An attribute type table: the xlat naming the types, the default
    name, and the decoders by type.

    ``decoders`` maps type names (or numbers) to decoders; ``each`` is one
    decoder for every type, called with the type as its context (strace's
    decoder table of size zero).
    """

    __slots__ = ("xlat", "dflt", "decoders", "each")

    def __init__(self, xlat, dflt: str, decoders: dict | None = None, each=None):
        self.xlat = xlat
        self.dflt = dflt
        self.each = each
        numbers = {}
        if xlat:
            by_name = {}
            for value, name in xlat:
                by_name.setdefault(name, value)
        for key, decoder in (decoders or {}).items():
            numbers[key if isinstance(key, int) else by_name[key]] = decoder
        self.decoders = numbers

    def decode(self, call: Call, addr: int, length: int, context=None) -> str:
        return decode_nlattr(call, addr, length, self, context)

    # a table is itself the decoder of an attribute nesting its attributes
    __call__ = decode


def hex_payload(call: Call, addr: int, length: int) -> str:
    """The default: the payload's bytes in hex (printstr_ex QUOTE_FORCE_HEX)."""
    return printstr_ex(call, addr, length, force_hex=True)


def fetch_payload(call: Call, addr: int, length: int, size: int):
    """A payload that should hold ``size`` bytes: ``(bytes, None)``, or
    ``(None, text)`` with its bytes in hex when it is shorter, its address
    when unreadable."""
    if length < size:
        return None, hex_payload(call, addr, length)
    return fetch_text(call, addr, size)


def walk_chain(call: Call, addr: int, length: int, header: struct.Struct, render) -> str:
    """strace's walk over a chain of netlink messages or attributes: each
    starts with ``header``, whose first field is its length, and the next
    starts at that length rounded up to 4.  ``render(fields, addr, length)``
    prints one element from its header's fields (``length``: what is left
    of the buffer from it).  More than -s elements end with ``...``; a
    buffer too short for a header prints as bytes, an unreadable header as
    its address (``... /* 0xaddr */`` after other elements)."""
    size = header.size
    parts = []
    is_array = False
    limit = None if call.opts.verbose else call.opts.string_limit
    elt = 0
    while True:
        if length < size:
            parts.append(hex_payload(call, addr, length))
            break
        data = call.mem.read(addr, size)
        if data is None:
            parts.append("... /* %s */" % hex_address(addr) if is_array else hex_address(addr))
            break
        if elt == limit:
            parts.append("...")
            break
        fields = header.unpack(data)
        step = align4(fields[0])
        next_addr = next_len = 0
        if fields[0] >= size:
            next_len = length - step if length >= step else 0
            if next_len and addr + step > addr:
                next_addr = addr + step
        if next_addr:
            is_array = True
        parts.append(render(fields, addr, length))
        if not next_addr:
            break
        addr, length = next_addr, next_len
        elt += 1
    return "[" + ", ".join(parts) + "]" if is_array else parts[0]


def _type_text(nla_type: int, attrs: Attrs, call: Call) -> str:
    prefix = ""
    if nla_type & NLA_F_NESTED:
        prefix += _flag_name(NLA_F_NESTED, "NLA_F_NESTED", call) + "|"
    if nla_type & NLA_F_NET_BYTEORDER:
        prefix += _flag_name(NLA_F_NET_BYTEORDER, "NLA_F_NET_BYTEORDER", call) + "|"
    return prefix + print_xval(nla_type & NLA_TYPE_MASK, attrs.xlat or (), attrs.dflt,
                               call.opts.xlat_style)


def _flag_name(value: int, name: str, call: Call) -> str:
    style = call.opts.xlat_style
    if style == "raw":
        return "%#x" % value
    return "%#x /* %s */" % (value, name) if style == "verbose" else name


def _one(call: Call, header, addr: int, length: int, attrs: Attrs, context) -> str:
    nla_len, nla_type = header
    shown = min(nla_len, length)
    text = "{nla_len=%d, nla_type=%s}" % (nla_len, _type_text(nla_type, attrs, call))
    if shown <= NLA_HDRLEN:
        return text
    payload_addr, payload_len = addr + NLA_HDRLEN, shown - NLA_HDRLEN
    decoded = None
    if attrs.each is not None:
        decoded = attrs.each(call, payload_addr, payload_len, nla_type)
    else:
        decoder = attrs.decoders.get(nla_type & NLA_TYPE_MASK)
        if decoder is not None:
            decoded = decoder(call, payload_addr, payload_len, context)
    if decoded is None:
        decoded = hex_payload(call, payload_addr, payload_len)
    return "[" + text + ", " + decoded + "]"


def decode_nlattr(call: Call, addr: int, length: int, attrs: Attrs, context=None) -> str:
    """strace's decode_nlattr: one attribute, or ``[...]`` of several."""
    return walk_chain(call, addr, length, _NLATTR,
                      lambda header, at, left: _one(call, header, at, left, attrs, context))


# ---- decoders of plain payloads -------------------------------------------------

def _integer(fmt: str, render):
    size = struct.calcsize(fmt)

    def decoder(call: Call, addr: int, length: int, context=None) -> str | None:
        if length < size:
            return None
        data, failed = fetch_text(call, addr, size)
        if data is None:
            return failed
        return render(struct.unpack(fmt, data)[0])
    return decoder


decode_u8 = _integer("<B", str)
decode_u16 = _integer("<H", str)
decode_u32 = _integer("<I", str)
decode_u64 = _integer("<Q", str)
decode_s32 = _integer("<i", str)
decode_x8 = _integer("<B", lambda v: "%#x" % v if v else "0")
decode_x16 = _integer("<H", lambda v: "%#x" % v if v else "0")
decode_x32 = _integer("<I", lambda v: "%#x" % v if v else "0")
decode_x64 = _integer("<Q", lambda v: "%#x" % v if v else "0")
decode_be16 = _integer(">H", lambda v: "htons(%d)" % v)
decode_be64 = _integer(">Q", lambda v: "htobe64(%d)" % v)

_BY_SIZE = {1: decode_x8, 2: decode_x16, 4: decode_x32, 8: decode_x64}


def decode_xint(call: Call, addr: int, length: int, context=None) -> str | None:
    decoder = _BY_SIZE.get(length)
    return decoder(call, addr, length, context) if decoder else None


def decode_str(call: Call, addr: int, length: int, context=None) -> str:
    return printstr_ex(call, addr, length, omit_trailing_0=True, expect_trailing_0=True)


def decode_cstr(call: Call, addr: int, length: int, context=None) -> str:
    """A string printed up to its NUL (QUOTE_0_TERMINATED)."""
    return printstr_ex(call, addr, length, zero_terminated=True)


def value_of(size: int, render):
    """A decoder of the first ``size`` bytes of a payload at least that long,
    read whole (umove): ``render(bytes, call)``."""
    def decoder(call: Call, addr: int, length: int, context=None) -> str | None:
        if length < size:
            return None
        data, failed = fetch_text(call, addr, size)
        return failed if data is None else render(data, call)
    return decoder


def flags_of(fmt: str, table, dflt: str | None):
    """A number in ``fmt`` printed as flags (printflags after umove)."""
    unpack = struct.Struct(fmt).unpack
    return value_of(struct.calcsize(fmt), lambda data, call: print_flags(
        unpack(data)[0], table, dflt, call.opts.xlat_style))


def xval_of(fmt: str, table, dflt: str | None):
    """A number in ``fmt`` printed as one name (printxval after umove)."""
    unpack = struct.Struct(fmt).unpack
    return value_of(struct.calcsize(fmt), lambda data, call: print_xval(
        unpack(data)[0], table, dflt, call.opts.xlat_style))


decode_fd = value_of(4, lambda data, call: fd_text(struct.unpack("<i", data)[0], call))
decode_uid = value_of(4, lambda data, call: id_text(struct.unpack("<I", data)[0]))
decode_gid = decode_uid
decode_ifindex = value_of(
    4, lambda data, call: ifindex_text(struct.unpack("<I", data)[0], call))
decode_in_addr = value_of(4, lambda data, call: inet_addr_text(2, data, None, call))
decode_in6_addr = value_of(16, lambda data, call: inet_addr_text(10, data, None, call))


def decode_inet_addr(call: Call, addr: int, length: int, family: int,
                     name: str | None = None) -> str:
    """decode_inet_addr: an IPv4 or IPv6 address of ``family``, else the bytes."""
    size = {AF_INET: 4, AF_INET6: 16}.get(family, 0)
    prefix = name + "=" if name else ""
    if not size or length < size:
        return prefix + hex_payload(call, addr, length)
    data = call.mem.read(addr, size)
    if data is None:
        return prefix + hex_address(addr)
    return inet_addr_text(family, data, name, call)


def _unsigned_up_to_8(call: Call, addr: int, length: int):
    """umoven_to_uint64_or_printaddr: a little-endian number of 1 to 8 bytes."""
    data, failed = fetch_text(call, addr, length)
    if data is None:
        return None, failed
    return int.from_bytes(data, "little"), None


def decode_clock_t(call: Call, addr: int, length: int, context=None) -> str | None:
    if length > 8:
        return None
    value, failed = _unsigned_up_to_8(call, addr, length)
    return failed if value is None else clock_t_text(value, call.opts.xlat_style)


def nla_xval(table, dflt: str | None, size: int = 0, host_order: bool = False,
             style: str | None = None, as_flags: bool = False):
    """decode_nla_xval / decode_nla_flags: a number of ``size`` bytes (any
    up to 8 when 0) named from ``table``; ``host_order`` for a big-endian
    16-bit value printed as ``htons(NAME)``."""
    def decoder(call: Call, addr: int, length: int, context=None) -> str | None:
        if length > 8 or length < size:
            return None
        if size:
            length = min(length, size)
        value, failed = _unsigned_up_to_8(call, addr, length)
        if value is None:
            return failed
        if host_order:
            value = ((value & 0xFF) << 8) | ((value >> 8) & 0xFF)
        how = style or call.opts.xlat_style
        if style == "verbose" and call.opts.xlat_style == "raw":
            how = "raw"
        text = (print_flags(value, table, dflt, how) if as_flags
                else print_xval(value, table, dflt, how))
        return "htons(%s)" % text if host_order else text
    return decoder


def nla_flags(table, dflt: str | None, size: int = 0, style: str | None = None):
    return nla_xval(table, dflt, size, style=style, as_flags=True)


def decode_hwaddr_as(devtype: int | None):
    """decode_nla_hwaddr: a hardware address, cut to the length of the
    ARPHRD_* ``devtype`` (None: as long as it is)."""
    def decoder(call: Call, addr: int, length: int, context=None) -> str | None:
        if length > 32:
            return None
        data, failed = fetch_text(call, addr, length)
        return failed if data is None else mac_text(data, call, devtype)
    return decoder


decode_hwaddr = decode_hwaddr_as(None)


def array_of(size: int, render, minimum: int = 1):
    """A payload that is an array of ``size``-byte elements."""
    def decoder(call: Call, addr: int, length: int, context=None) -> str | None:
        count = length // size
        if count < minimum:
            return None
        return print_array(call, addr, count, size, lambda chunk: render(chunk, call),
                           ignore_failure=True)
    return decoder


def indexed_array(size: int, fmt: str, table, dflt: str, number: str = "u"):
    """print_array_ex with PAF_PRINT_INDICES: ``[[NAME] = 1, ...]``."""
    unpack = struct.Struct("<" + fmt).unpack

    def decoder(call: Call, addr: int, length: int, context=None) -> str | None:
        count = length // size
        if not count:
            return None
        index = [0]

        def one(chunk: bytes) -> str:
            i = index[0]
            index[0] += 1
            name = print_xval(i, table, dflt, call.opts.xlat_style, number)
            return "[%s]=%d" % (name, unpack(chunk)[0])
        return print_array(call, addr, count, size, one, ignore_failure=True)
    return decoder


MEMINFO_INDICES = (
    (0, "SK_MEMINFO_RMEM_ALLOC"), (1, "SK_MEMINFO_RCVBUF"), (2, "SK_MEMINFO_WMEM_ALLOC"),
    (3, "SK_MEMINFO_SNDBUF"), (4, "SK_MEMINFO_FWD_ALLOC"), (5, "SK_MEMINFO_WMEM_QUEUED"),
    (6, "SK_MEMINFO_OPTMEM"), (7, "SK_MEMINFO_BACKLOG"), (8, "SK_MEMINFO_DROPS"),
)
decode_meminfo = indexed_array(4, "I", MEMINFO_INDICES, "SK_MEMINFO_???")


def decode_af_spec(call: Call, addr: int, length: int, family: int, by_family: dict) -> str:
    """decode_nla_af_spec: attributes of the table kept for ``family``, or
    the bytes in hex for a family without one."""
    attrs = by_family.get(family)
    if attrs is None:
        return hex_payload(call, addr, length)
    return decode_nlattr(call, addr, length, attrs)


def struct_decoder(layout, minimum: int | None = None):
    """A payload holding one structure (at least ``minimum`` bytes of it)."""
    need = layout.size if minimum is None else minimum

    def decoder(call: Call, addr: int, length: int, context=None) -> str | None:
        if length < need:
            return None
        data, failed = fetch_text(call, addr, layout.size)
        return failed if data is None else layout.text(data, call)
    return decoder


def hex_tail(call: Call, addr: int, length: int, used: int) -> str:
    """``, "\\x.."`` for the bytes of a payload past the structure it holds."""
    if length > used:
        return ", " + hex_payload(call, addr + used, length - used)
    return ""


def family_text(call: Call, family: int, addr: int, length: int) -> str:
    """A payload nothing decodes: its family, and its other bytes in hex."""
    text = "{family=" + print_xval(family, ADDRESS_FAMILIES, "AF_???", call.opts.xlat_style)
    if length > 1:
        text += ", data=" + hex_payload(call, addr + 1, length - 1)
    return text + "}"


def family_payload(choose):
    """A protocol's payload decoder for payloads that open with an address
    family: ``choose(header, family, length)`` names the decoder, called as
    ``decoder(call, addr, family, length, header)``; without one, the
    family and the other bytes.  NLMSG_DONE's payload is not the protocol's."""
    def payload(call: Call, header, addr: int, length: int) -> str | None:
        if header.type == NLMSG_DONE:
            return None
        data, failed = fetch_text(call, addr, 1)
        if data is None:
            return failed
        decoder = choose(header, data[0], length)
        if decoder is None:
            return family_text(call, data[0], addr, length)
        return decoder(call, addr, data[0], length, header)
    return payload
