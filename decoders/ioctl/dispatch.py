"""The ioctl syscall: prints the fd and the request, and hands the argument
to the decoder of the request's family."""
from __future__ import annotations

from decoders import Call, syscall_decoder
from decoders.ioctl.requests import request_text
from decoders.ioctl.term import INT_IN, INT_OUT, NO_ARG, term_entry, term_exit
from decoders.ioctl.uffd import (
    UFFDIO_UNREGISTER, UFFDIO_WAKE, UFFD_REQUESTS, uffd_entry, uffd_exit)
from decoders.render.numbers import U32, hexval
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address

_TERM_TYPE = ord("T")


def family(code: int) -> str | None:
    """The module of decoders/ioctl that decodes the argument of request
    ``code`` (``"term"``, ``"uffd"``), or None: the argument prints as a number."""
    if (code >> 8) & 0xFF == _TERM_TYPE or code in INT_IN or code in INT_OUT or code in NO_ARG:
        return "term"
    if code in UFFD_REQUESTS:
        return "uffd"
    return None


@syscall_decoder("ioctl")
class Ioctl:
    @staticmethod
    def entry(call: Call) -> str:
        code = call.args[1] & U32
        arg = call.args[2]
        head = "%s, %s" % (fd_text(call.args[0], call), request_text(code, call.opts.xlat_style))
        which = family(code)
        if which == "term":
            rest = term_entry(call, code, arg)
            if rest is None:
                call.saved["ioctl"] = "term"
                return head
            if rest is not False:
                call.saved["decoded"] = True
                return head + rest
        elif which == "uffd":
            rest = uffd_entry(call, code, arg)
            if code in (UFFDIO_UNREGISTER, UFFDIO_WAKE) or rest.endswith(hex_address(arg)) \
                    and not rest.startswith(", {"):
                call.saved["decoded"] = True
                return head + rest
            call.saved["ioctl"] = "uffd"
            return head + rest
        call.saved["decoded"] = True
        return head + ", " + hexval(arg)

    @staticmethod
    def exit(call: Call) -> str:
        which = call.saved.get("ioctl")
        code = call.args[1] & U32
        if which == "term":
            return term_exit(call, code, call.args[2])
        if which == "uffd":
            return uffd_exit(call, code, call.args[2])
        return ""
