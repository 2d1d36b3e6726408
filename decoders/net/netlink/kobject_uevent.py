"""NETLINK_KOBJECT_UEVENT: udev's monitor messages start with a
``libudev`` header; anything else (the kernel's own uevents) is a string."""
from __future__ import annotations

from decoders import Call
from decoders.net.netlink.fields import U, Named, Struct, cstring
from decoders.render.strings import buffer


def _htonl(name: str, value: int, call: Call, data: bytes) -> str:
    swapped = int.from_bytes(value.to_bytes(4, "little"), "big")
    return "%s=htonl(%s)" % (name, "%#x" % swapped if swapped else "0")


HTONL = Named(_htonl)
_HEADER = Struct(
    ("prefix", "8s", cstring), ("magic", "I", HTONL), ("header_size", "I", U),
    ("properties_off", "I", U), ("properties_len", "I", U),
    ("filter_subsystem_hash", "I", HTONL), ("filter_devtype_hash", "I", HTONL),
    ("filter_tag_bloom_hi", "I", HTONL), ("filter_tag_bloom_lo", "I", HTONL))


def decode(call: Call, addr: int, length: int) -> str:
    size = _HEADER.size
    data = None
    if (not call.opts.structs_as_addresses and not (call.exiting and call.failed)
            and addr and length >= size):
        data = call.mem.read(addr, size)
    if data is None or data[:8] != b"libudev\0":
        return buffer(addr, length, call)
    text = _HEADER.text(data, call)
    if length > size:
        return "[" + text + ", " + buffer(addr + size, length - size, call) + "]"
    return text
