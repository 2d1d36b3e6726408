"""userfaultfd(2)'s flags (its ioctls are in decoders/special/ioctl.py)."""
from __future__ import annotations

from decoders import Call, syscall_decoder
from decoders.render.flags import print_flags
from decoders.render.numbers import U32
from decoders.xlat import special_uffd as xu


@syscall_decoder("userfaultfd")
class Userfaultfd:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        return print_flags(call.args[0] & U32, xu.UFFD_FLAGS, "UFFD_???", call.opts.xlat_style)

    @staticmethod
    def exit(call: Call) -> str:
        return ""
