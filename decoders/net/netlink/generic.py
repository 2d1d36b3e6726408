"""NETLINK_GENERIC: message types are family ids the kernel hands out at run
time, so their names come from the tracer, which asks the kernel's nlctrl
for the list once (``call.sockets.genl_families()``)."""
from __future__ import annotations

from decoders import Call
from decoders.render.flags import print_xval
from decoders.net.netlink.protocol import Protocol


def _type_text(call: Call, msg_type: int) -> str:
    families = call.sockets.genl_families() if call.sockets is not None else ()
    return print_xval(msg_type, families, "GENERIC_FAMILY_???", call.opts.xlat_style)


PROTOCOL = Protocol(type_text=_type_text)
