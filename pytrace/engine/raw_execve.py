"""execve(2) through libc, for what os.execve refuses: an empty argv[0], or
an environment no mapping can hold (an entry with no name or no ``=``, a
name twice), which strace passes on as given.  Loaded, with ctypes, before
the fork, only by such a command (launch.ready_to_exec)."""
from __future__ import annotations

import ctypes
import os


def raw_execve(path: str, argv: list, entries: list) -> None:
    """Never returns but by raising OSError, when the kernel refuses."""
    libc = ctypes.CDLL(None, use_errno=True)
    arguments = (ctypes.c_char_p * (len(argv) + 1))(*map(os.fsencode, argv), None)
    environment = (ctypes.c_char_p * (len(entries) + 1))(*entries, None)
    libc.execve(os.fsencode(path), arguments, environment)
    errno = ctypes.get_errno()
    raise OSError(errno, os.strerror(errno))
