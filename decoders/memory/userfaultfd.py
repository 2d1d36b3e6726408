"""userfaultfd, the syscall (its ioctls are decoded in ioctl/uffd)."""
from __future__ import annotations

from decoders import Call, arg_kind, syscall_decoder
from decoders.render.flags import flags32, print_flags
from decoders.render.numbers import U32

UFFD_FLAGS = (
    (0x1, 'UFFD_USER_MODE_ONLY'),
    (0x800, 'O_NONBLOCK'),
    (0x80000, 'O_CLOEXEC'),
)

arg_kind("uffd_flags")(flags32(UFFD_FLAGS, "UFFD_???"))


@syscall_decoder("userfaultfd")
class Userfaultfd:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        return print_flags(call.args[0] & U32, UFFD_FLAGS, "UFFD_???", call.opts.xlat_style)

    @staticmethod
    def exit(call: Call) -> str:
        return ""
