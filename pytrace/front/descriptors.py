"""pytrace's own standard descriptors, handled as strace handles its own.

The command must inherit pytrace's stdin, stdout and stderr and nothing else:
a closed one stays closed for it, and once it runs, pytrace lets go of its
stdin and stdout, so that a pipe there has the command as its only reader or
writer (a writer into it gets SIGPIPE, a reader from it sees the end, as
soon as the command closes its end).
"""
from __future__ import annotations

import os


def _empty_pipe_end() -> int:
    """A descriptor that reads end-of-file at once and is closed on exec."""
    read_end, write_end = os.pipe()   # both close-on-exec, as Python makes them
    os.close(write_end)
    return read_end


def hold_standard_fds() -> frozenset[int]:
    """Fill closed descriptors 0-2 with placeholders, so that no file pytrace
    opens lands there, where the command would find it; they are
    close-on-exec, so the command still sees them closed.  Returns the
    descriptors that were closed."""
    placeholders = set()
    while True:
        fd = _empty_pipe_end()
        if fd > 2:
            os.close(fd)
            return frozenset(placeholders)
        placeholders.add(fd)


def release_standard_fds(placeholders: frozenset[int]) -> None:
    """Once the command is started: stdin and stdout, unless they were
    closed to begin with, become placeholders too (stderr stays: pytrace
    writes its messages there)."""
    for fd in (0, 1):
        if fd not in placeholders:
            spare = _empty_pipe_end()
            os.dup2(spare, fd, inheritable=False)
            os.close(spare)
