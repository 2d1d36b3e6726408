"""The options that say which processes are traced and how the command is
started: -p's list of pids, -D/--daemonize and -u, read and checked as strace
does.  Loaded only by a line that gives one of them (front/options.py)."""
from __future__ import annotations

import os

from pytrace.front.qualifiers import UsageError, bad_argument, lookup_any_case, string_to_uint

_DAEMONIZE = {"grandchild": 1, "pgroup": 2, "pgrp": 2, "session": 3}
MAX_DAEMONIZE = 3


# the option handlers: (opts, line, argument, long name or None), as in options.py

def attach(opts, line, arg, name):
    opts.pids.extend(parse_pids(arg))


def daemonize_long(opts, line, arg, name):
    line.daemonize_long = 1 if arg is None else (lookup_any_case(arg, _DAEMONIZE) or 0)
    if not line.daemonize_long:
        raise bad_argument("D", name, arg)


def parse_pids(text: str) -> list[int]:
    """-p "1 2,3": strace's process_opt_p_list, with its messages."""
    pids = []
    rest = text
    while rest:
        cut = next((i for i, char in enumerate(rest) if char in "\n\t ,"), len(rest))
        part = rest[:cut]
        pid = string_to_uint(part)
        if pid <= 0:
            raise UsageError("Invalid process id: '%s'" % part)
        if pid == os.getpid():
            raise UsageError("I'm sorry, I can't let you do that, Dave.")
        pids.append(pid)
        rest = rest[cut + 1:]
    return pids


def check_daemonize(opts, line) -> None:
    """-D and --daemonize against each other and the command, as strace checks them."""
    if line.daemonize_long:
        if opts.daemonize:
            raise UsageError("-D and --daemonize cannot be provided simultaneously")
        opts.daemonize = line.daemonize_long
    if not opts.command and opts.daemonize:
        raise UsageError("PROG [ARGS] must be specified with -D/--daemonize", help=True)
    if opts.daemonize > MAX_DAEMONIZE:
        raise UsageError("Too many -D's (%d), maximum supported -D count is %d"
                         % (opts.daemonize, MAX_DAEMONIZE), help=True)


def check_user(name: str) -> None:
    """-u: only root may, and only for a user that exists."""
    import pwd
    if os.getuid() != 0 or os.geteuid() != 0:
        raise UsageError("You must be root to use the -u/--username option")
    try:
        pwd.getpwnam(name)
    except (KeyError, ValueError):
        raise UsageError("Cannot find user '%s'" % name) from None
