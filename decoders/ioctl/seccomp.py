"""seccomp user notification ioctls (SECCOMP_IOCTL_NOTIF_*): the notified
syscall (struct seccomp_notif), the response, ids and added descriptors."""
from __future__ import annotations

from decoders import Call
from decoders.files.open_xlat import OPEN_MODE_FLAGS
from decoders.ioctl.protocol import Later, number_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.ioctl.seccomp_xlat import SECCOMP_IOCTL_ADDFD_FLAGS, SECCOMP_IOCTL_RESP_FLAGS
from decoders.render.errors import ERRNO_NAMES
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import hexval, int32
from decoders.render.scalars import fd_text, pid_text
from decoders.render.strings import hex_address
from decoders.render.structs import fetch, local_array
from decoders.signals.siginfo import si_syscall_text
from decoders.signals.siginfo_xlat import AUDIT_ARCH

SECCOMP_NOTIF = Layout("id:Q pid:I flags:I nr:i arch:I instruction_pointer:Q args:6Q")
SECCOMP_NOTIF_RESP = Layout("id:Q val:q error:i flags:I")
SECCOMP_NOTIF_ADDFD = Layout("id:Q flags:I srcfd:I newfd:I newfd_flags:I")

NOTIF_RECV = CODES["SECCOMP_IOCTL_NOTIF_RECV"]
NOTIF_SEND = CODES["SECCOMP_IOCTL_NOTIF_SEND"]
NOTIF_ADDFD = CODES["SECCOMP_IOCTL_NOTIF_ADDFD"]
# the id check, also under the number it had with the wrong direction
_ID_VALID = frozenset((CODES["SECCOMP_IOCTL_NOTIF_ID_VALID"], 0x80082102))


def _notif(call: Call, arg: int):
    data = fetch(call, arg, SECCOMP_NOTIF.size)
    if data is None:
        return hex_address(arg)
    # a buffer still all zeroes is the kernel's to fill: shown at exit only
    if not call.exiting and not any(data):
        return None
    n = SECCOMP_NOTIF.unpack(data)
    style = call.opts.xlat_style
    seccomp_data = struct_text((
        ("nr", si_syscall_text(n.nr, n.arch, style)),
        ("arch", print_xval(n.arch, AUDIT_ARCH, "AUDIT_ARCH_???", style)),
        ("instruction_pointer", hex_address(n.instruction_pointer)),
        ("args", local_array([hexval(a) for a in n.args], call))))
    return struct_text((("id", hexval(n.id)), ("pid", pid_text(n.pid, call)),
                        ("flags", hexval(n.flags)), ("data", seccomp_data)))


def _error(value: int, style: str) -> str:
    """PRINT_FIELD_ERR_D: a negated errno, ``-EPERM``."""
    name = ERRNO_NAMES.get(-value)
    if name is None or style == "raw":
        return str(value)
    return "%d /* -%s */" % (value, name) if style == "verbose" else "-" + name


def _resp(call: Call, arg: int) -> str:
    r = SECCOMP_NOTIF_RESP.fetch(call, arg)
    if r is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    return struct_text((("id", hexval(r.id)), ("val", str(r.val)),
                        ("error", _error(r.error, style)),
                        ("flags", print_flags(r.flags, SECCOMP_IOCTL_RESP_FLAGS,
                                              "SECCOMP_USER_NOTIF_FLAG_???", style))))


def _addfd(call: Call, arg: int) -> str:
    a = SECCOMP_NOTIF_ADDFD.fetch(call, arg)
    if a is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    return struct_text((("id", hexval(a.id)),
                        ("flags", print_flags(a.flags, SECCOMP_IOCTL_ADDFD_FLAGS,
                                              "SECCOMP_ADDFD_FLAG_???", style)),
                        ("srcfd", fd_text(a.srcfd, call)), ("newfd", str(int32(a.newfd))),
                        ("newfd_flags", print_flags(a.newfd_flags, OPEN_MODE_FLAGS, "O_???",
                                                    style))))


def decode(call: Call, code: int, arg: int):
    """strace's seccomp_ioctl (see protocol.py)."""
    if code == NOTIF_RECV:
        text = _notif(call, arg)
        if call.exiting:
            return text
        if text is None:
            return Later(", ")
        return Later(", " + text + " => ") if text.startswith("{") else ", " + text
    if code == NOTIF_SEND:
        return ", " + _resp(call, arg)
    if code in _ID_VALID:
        return ", " + number_at(call, arg, "Q", hexval)
    if code == NOTIF_ADDFD:
        return ", " + _addfd(call, arg)
    return None
