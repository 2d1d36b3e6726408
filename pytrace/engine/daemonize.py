"""-D: the command runs as pytrace's own process, and the tracer, a
grandchild, takes hold of it before it execs (strace's fork dance).  Loaded
only by a run with -D."""
from __future__ import annotations

import _signal   # signal's C module: plain ints, no enum (its import costs ~3 ms)
import os

from pytrace.engine.launch import Command, exec_command, set_credentials

PR_SET_PTRACER = 0x59616D61
PR_SET_PTRACER_ANY = (1 << 64) - 1
# how long the command waits for the tracer to take hold, as strace's alarm(3)
DAEMONIZE_TIMEOUT = 3


def daemonize(command: Command, level: int) -> tuple[int, int]:
    """-D: this process becomes the command, a grandchild becomes the tracer.

    Returns, in the grandchild only, (the command's pid, the middle child's
    pid).  The grandchild must take hold of the command, then kill the
    middle child: that ends the command's wait, and it execs.  -DD puts the
    tracer in its own process group, -DDD in its own session.
    """
    command_pid = os.getpid()
    _allow_any_tracer()
    middle = os.fork()
    if middle:
        _wait_for_tracer(command, middle)
    if os.fork():
        # the middle child: wait to be killed by the tracer
        while True:
            _signal.pause()
    try:
        if level == 2:
            os.setpgid(0, 0)
        elif level == 3:
            os.setsid()
    except OSError as err:
        os.write(2, ("%s: Cannot create a new %s: %s\n" % (
            command.name, "process group" if level == 2 else "session",
            err.strerror)).encode())
        os._exit(1)
    return command_pid, os.getppid()


def _allow_any_tracer() -> None:
    """Under Yama's ptrace_scope 1 only an ancestor may trace: the tracer
    will be a descendant."""
    import ctypes
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PTRACER, ctypes.c_ulong(PR_SET_PTRACER_ANY), 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _wait_for_tracer(command: Command, middle: int) -> None:
    """The command's side of -D: once the middle child is gone (the tracer
    holds this process by then), exec."""
    set_credentials(command)
    _signal.signal(_signal.SIGCHLD, _signal.SIG_DFL)
    _signal.alarm(DAEMONIZE_TIMEOUT)
    try:
        os.waitpid(middle, 0)
    except ChildProcessError:
        pass
    _signal.alarm(0)
    exec_command(command)
