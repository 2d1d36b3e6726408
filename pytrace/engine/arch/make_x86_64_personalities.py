"""Writes x86_64_personalities.py: the names and numbers of the i386 and x32
syscalls, read from the kernel's uapi headers (linux-libc-dev).

    python3 -m pytrace.engine.arch.make_x86_64_personalities [INCLUDE_DIR]

pytrace traces 64-bit processes only, but strace's -e trace= accepts the
names and numbers of every personality of the architecture (``@32``,
``@x32``): these tables say which ones exist.
"""
from __future__ import annotations

import os
import re
import sys

_DEFINE = re.compile(r"#define __NR_(\w+)\s+\(?(?:__X32_SYSCALL_BIT \+ )?(\d+)\)?\s*$")


def read_header(path: str) -> dict[int, str]:
    numbers: dict[int, str] = {}
    with open(path) as header:
        for line in header:
            match = _DEFINE.match(line.strip())
            if match:
                numbers[int(match.group(2))] = match.group(1)
    return dict(sorted(numbers.items()))


def render(name: str, numbers: dict[int, str]) -> str:
    rows = "".join("    %d: %r,\n" % item for item in numbers.items())
    return "%s = {\n%s}\n" % (name, rows)


def main(include: str = "/usr/include/x86_64-linux-gnu/asm") -> None:
    i386 = read_header(os.path.join(include, "unistd_32.h"))
    x32 = read_header(os.path.join(include, "unistd_x32.h"))
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "x86_64_personalities.py")
    with open(here, "w") as out:
        out.write('"""Made by pytrace/engine/arch/make_x86_64_personalities.py from the kernel\'s\n'
                  'asm/unistd_32.h and asm/unistd_x32.h: number -> name of the i386 and x32\n'
                  'syscalls (x32 numbers without __X32_SYSCALL_BIT).  Data only."""\n\n')
        out.write(render("I386", i386) + "\n" + render("X32", x32))


if __name__ == "__main__":
    main(*sys.argv[1:])
