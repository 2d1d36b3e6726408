"""-u USERNAME: the credentials the command runs with, found by pytrace
before the fork (launch.set_credentials takes them in the child).  Loaded
only by a run with -u."""
from __future__ import annotations

import os
import stat

from decoders.record import Record


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
