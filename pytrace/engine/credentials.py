"""-u USERNAME: the credentials the command runs with.  Loaded only by a
run with -u, in pytrace's process before the fork (the child, which may
lose the rights to read pytrace's files, loads nothing)."""
from __future__ import annotations

import os
import stat

from decoders.record import Record
from pytrace.engine.launch import Command, fail


class Credentials(Record):
    """-u USERNAME, as strace applies it: the user's groups, then its gid and
    uid as the real ids; the effective ids stay those a setuid or setgid
    program would get."""
    user: str
    uid: int
    gid: int
    euid: int
    egid: int

    @classmethod
    def of(cls, user: str, program: str) -> "Credentials":
        import pwd
        entry = pwd.getpwnam(user)
        mode = os.stat(program)
        euid = mode.st_uid if mode.st_mode & stat.S_ISUID else entry.pw_uid
        egid = mode.st_gid if mode.st_mode & stat.S_ISGID else entry.pw_gid
        return cls(user, entry.pw_uid, entry.pw_gid, euid, egid)


def take_credentials(command: Command) -> None:
    """In the child, before the stop that hands it to its tracer, as strace does."""
    creds = command.credentials
    for what, change in (("initgroups", lambda: os.initgroups(creds.user, creds.gid)),
                         ("setregid", lambda: os.setregid(creds.gid, creds.egid)),
                         ("setreuid", lambda: os.setreuid(creds.uid, creds.euid))):
        try:
            change()
        except OSError as err:
            fail(command, what, err)
