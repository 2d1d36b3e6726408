"""The data buffers of sendto and recvfrom: netlink messages on a netlink
socket, bytes on any other (strace's decode_sockbuf).

Which it is, the tracer says (``call.sockets``); strace asks only for a
syscall in the ``-e verbose=`` set, and so does this."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.render.numbers import int32
from decoders.render.strings import buffer, hex_address


def decode_netlink(call: Call, family: int | None, addr: int, length: int) -> str:
    # imported on first use (decoders.ON_DEMAND): most traces never see netlink
    from decoders.net.netlink.message import decode_netlink as decode
    return decode(call, family, addr, length)


def netlink_family(call: Call, fd: int) -> int | None:
    """The NETLINK_* protocol of ``fd`` as the tracer knows it, or None."""
    if call.sockets is None:
        return None
    return call.sockets.netlink_family(call.pid, int32(fd))


def socket_buffer(call: Call, fd: int, addr: int, length: int) -> str:
    fd = int32(fd)
    if (call.sockets is not None and not call.opts.structs_as_addresses
            and call.sockets.protocol(call.pid, fd) == "NETLINK"):
        return decode_netlink(call, netlink_family(call, fd), addr, length)
    return buffer(addr, length, call)


def netlink_iov(call: Call):
    """How the buffers of a msghdr addressed to or from a netlink peer print:
    as netlink messages of the descriptor's protocol (None if not netlink)."""
    def print_base(base: int, length: int) -> str:
        return decode_netlink(call, netlink_family(call, call.args[0]), base, length)
    return print_base


@arg_kind("sockbuf_next")
def _sockbuf_next(value: int, call: Call) -> str:
    """sendto's buffer, of the length in the next argument."""
    return socket_buffer(call, call.args[0], value, call.args[call.index + 1])


@arg_kind("sockbuf_rv")
def _sockbuf_rv(value: int, call: Call) -> str:
    """recvfrom's buffer, filled up to the return value."""
    if call.failed or call.rv is None:
        return hex_address(value)
    return socket_buffer(call, call.args[0], value, min(call.rv, call.args[call.index + 1]))
