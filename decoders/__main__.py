"""``python3 -m decoders NAME``: where a syscall or an ioctl request is decoded.

For a syscall: its row in the table, then the file and line that register
its whole-call decoder (if any), each argument's kind and its return kind.
For an ioctl request name: its number and the module of its family.
"""
from __future__ import annotations

import os
import re
import sys

import decoders
from decoders.syscalls_x86_64 import BY_NAME

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(decoders.__file__)))


def _sources():
    for folder, _, files in os.walk(os.path.dirname(decoders.__file__)):
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                with open(path) as f:
                    yield os.path.relpath(path, _ROOT), f.read().split("\n")


def where(registrar: str, name: str) -> str:
    """``decoders/files/open.py:40``: the line that registers kind (or syscall
    decoder) ``name`` with ``registrar`` (arg_kind, ret_kind, syscall_decoder)."""
    pattern = re.compile(r"\b%s\((?:[^)]*, )?\"%s\"" % (registrar, re.escape(name)))
    for path, lines in _sources():
        for number, line in enumerate(lines, 1):
            if pattern.search(line):
                return "%s:%d" % (path, number)
    return "(no decoder registered)"


def _row(name: str) -> str:
    pattern = re.compile(r"S\(\s*\d+, \"%s\"" % re.escape(name))
    with open(os.path.join(_ROOT, "decoders", "syscalls_x86_64.py")) as f:
        for number, line in enumerate(f, 1):
            if pattern.search(line):
                return "decoders/syscalls_x86_64.py:%d" % number
    return "decoders/syscalls_x86_64.py"


def describe_syscall(name: str) -> list[str]:
    sig = BY_NAME[name]
    spec = ", ".join(("<>" if a.at_entry and a.at_exit else ">" if a.at_exit else "")
                     + "%s:%s" % (a.name, a.kind) for a in sig.args)
    lines = ['%d %s "%s" returns %s' % (sig.nr, sig.name, spec, sig.ret),
             "  %-33s %s" % ("table row", _row(name))]
    if name in decoders.SYSCALL_DECODERS:
        lines.append("  %-33s %s" % ("whole-call decoder", where("syscall_decoder", name)))
    for arg in sig.args:
        lines.append("  %-10s %-22s %s" % (arg.name, arg.kind, where("arg_kind", arg.kind)))
    lines.append("  %-10s %-22s %s" % ("return", sig.ret, where("ret_kind", sig.ret)))
    return lines


def describe_ioctl(name: str) -> list[str] | None:
    from decoders.ioctl.dispatch import family
    from decoders.ioctl.requests import CODES
    code = CODES.get(name)
    if code is None:
        return None
    which = family(code)
    module = "decoders/ioctl/%s.py" % which if which else \
        "decoders/ioctl/dispatch.py (no family decoder: the argument prints as a number)"
    return ["%s %#x" % (name, code), "  %-33s %s" % ("family", module)]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python3 -m decoders SYSCALL|IOCTL_REQUEST", file=sys.stderr)
        return 2
    name = argv[0]
    decoders.load_all()
    if name in BY_NAME:
        lines = describe_syscall(name)
    else:
        lines = describe_ioctl(name)
        if lines is None:
            print("decoders: no syscall or ioctl request named %r" % name, file=sys.stderr)
            return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
