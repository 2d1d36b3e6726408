"""Starting the command, against strace: -D's process tree, -u's credentials."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import pytrace_env

STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(STRACE is None, reason="strace is the oracle")

# The command reports its parent, its tracer, and the process group and
# session of both: "PPID TRACER PGID SID TRACER_PGID TRACER_SID".
_REPORT = ("t=$(awk '/^TracerPid/ {print $2}' /proc/$$/status); "
           "set -- $(cut -d' ' -f5,6 /proc/$$/stat) $(cut -d' ' -f5,6 /proc/$t/stat); "
           "echo $PPID $t \"$@\"")


def _tracers():
    yield "strace", [STRACE]
    yield "pytrace", [sys.executable, "-m", "pytrace"]


def _report(tracer: list[str], *options: str) -> list[int]:
    done = subprocess.run([*tracer, *options, "-q", "-e", "trace=none", "sh", "-c", _REPORT],
                          env=pytrace_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [int(field) for field in done.stdout.split()]


@pytest.mark.parametrize("daemonize", ["", "-D", "-DD", "-DDD", "--daemonize=session"])
def test_daemonized_tracer_is_not_the_parent(daemonize):
    options = [daemonize] if daemonize else []
    seen = {}
    for name, tracer in _tracers():
        ppid, tracer_pid, pgid, sid, tracer_pgid, tracer_sid = _report(tracer, *options)
        # who is whose parent, and which group and session the tracer is in
        seen[name] = (ppid == tracer_pid, ppid == os.getpid(),
                      tracer_pgid == pgid, tracer_sid == sid)
        if daemonize:
            assert ppid == os.getpid() and tracer_pid != ppid   # getppid: us, not the tracer
    assert seen["pytrace"] == seen["strace"]


def _id_as(tracer: list[str], user: str, program: str) -> subprocess.CompletedProcess:
    return subprocess.run([*tracer, "-o", os.devnull, "-u", user, program], env=pytrace_env(),
                          capture_output=True, text=True, timeout=60)


def _user_with_supplementary_groups() -> str:
    """A user listed as a member of some group (its supplementary groups), or nobody."""
    import grp
    import pwd
    for group in grp.getgrall():
        for member in group.gr_mem:
            try:
                if pwd.getpwnam(member).pw_gid != group.gr_gid:
                    return member
            except KeyError:
                continue
    return "nobody"


@pytest.mark.skipif(os.geteuid() != 0, reason="-u needs root")
@pytest.mark.parametrize("user", ["nobody", "daemon", "root", _user_with_supplementary_groups()])
def test_user_credentials_as_id_prints_them(user):
    printed = [_id_as(tracer, user, shutil.which("id")) for _, tracer in _tracers()]
    assert printed[1].returncode == printed[0].returncode == 0
    assert printed[1].stdout == printed[0].stdout
    assert user in printed[1].stdout


@pytest.mark.skipif(os.geteuid() != 0, reason="-u needs root")
def test_user_keeps_a_setuid_programs_effective_uid(tmp_path):
    program = tmp_path / "id"
    shutil.copy(shutil.which("id"), program)
    os.chmod(program, 0o4755)
    tmp_path.chmod(0o755)
    printed = [_id_as(tracer, "nobody", str(program)) for _, tracer in _tracers()]
    assert printed[1].stdout == printed[0].stdout
    assert printed[1].returncode == printed[0].returncode
