"""The ioctl syscall: prints the fd and the request, and hands the argument
to the decoder of the request's family, chosen by the request's type byte
(its ``_IOC_TYPE``) as strace's ioctl_decode chooses it.  See
``protocol.py`` for what a family decoder answers."""
from __future__ import annotations

from importlib import import_module

from decoders import Call, ret_kind, syscall_decoder
from decoders.ioctl.fs import FS_0x94
from decoders.ioctl.protocol import Later, ioc_type
from decoders.ioctl.requests import request_text
from decoders.render.numbers import U32, U64, hexval
from decoders.render.scalars import fd_return, fd_text

# _IOC_TYPE -> the module of decoders/ioctl that decodes the request's argument
FAMILIES = {
    0x03: "hdio",
    0x12: "block",
    0x21: "seccomp",
    0x22: "scsi",
    0x24: "perf",
    0x3d: "ptp",
    0x3e: "counter",
    ord("E"): "evdev",
    ord("I"): "inotify",
    ord("K"): "kd",
    ord("L"): "loop",
    ord("M"): "mtd",
    ord("O"): "ubi",
    ord("R"): "random",
    ord("T"): "term",
    ord("V"): "videodev",
    ord("W"): "watchdog",
    ord("X"): "fs",
    ord("f"): "fs",
    ord("i"): "lirc",
    ord("o"): "ubi",
    ord("p"): "rtc",
    0x89: "sock",
    0x94: "fs",
    0xa4: "tee",
    0xaa: "uffd",
    0xab: "nbd",
    0xae: "kvm",
    0xb4: "gpio",
    0xb7: "nsfs",
    0xfd: "dm",
}


def family(code: int) -> str | None:
    """The module of decoders/ioctl that decodes the argument of request
    ``code`` (``"term"``, ``"uffd"``...), or None: it prints as a number."""
    name = FAMILIES.get(ioc_type(code))
    if name == "fs" and ioc_type(code) == 0x94 and code not in FS_0x94:
        return "btrfs"
    return name


_decoders: dict[str, object] = {}


def _family_decoder(code: int):
    name = family(code)
    if name is None:
        return None
    if name == "btrfs":
        name = "fs"    # which hands them on
    fn = _decoders.get(name)
    if fn is None:
        fn = _decoders[name] = import_module("decoders.ioctl." + name).decode
    return fn


def _number(call: Call) -> str:
    return ", " + hexval(call.args[2])


@syscall_decoder("ioctl")
class Ioctl:
    @staticmethod
    def entry(call: Call) -> str:
        code = call.args[1] & U32
        head = "%s, %s" % (fd_text(call.args[0], call), request_text(code, call.opts.xlat_style))
        decode = _family_decoder(code)
        # a request no family knows prints its argument at exit, as in strace
        rest = Later("") if decode is None else decode(call, code, call.args[2])
        if rest is None:
            return head + _number(call)
        if isinstance(rest, Later):
            call.saved["ioctl_exit"] = decode
        return head + rest

    @staticmethod
    def exit(call: Call) -> str:
        if "ioctl_exit" not in call.saved:
            return ""
        decode = call.saved["ioctl_exit"]
        rest = None if decode is None else decode(call, call.args[1] & U32, call.args[2])
        return _number(call) if rest is None else rest


@ret_kind("ioctl")
def _ioctl_ret(value: int, call: Call) -> str:
    how = call.saved.get("ioctl_ret")
    if how is None:
        return str(value & U64)
    if how == "fd":
        return fd_return(value, call)
    note = how[1]
    return str(value & U64) + (" (%s)" % note if note else "")
