"""--pidns-translation and -Y for a tracee in a nested pid namespace, strace the
oracle: the ids it names (its own, its parent's, its group's, a signal's
sender) annotated alike, with /proc pytrace's own or another namespace's."""
from __future__ import annotations

import os
import re
import shutil
import time
import subprocess

import pytest

from decoders import PID_TGID, PID_TID
from pytrace.decode.pidns import PidTranslator
from tests.parity import _pytrace_argv, normalise, run_traced

TRACED = ("-e", "trace=getpid,getppid,gettid,getpgid,getsid,setpgid,kill,tgkill,"
          "sched_getscheduler,wait4", "-e", "signal=SIGURG")


def _namespaces_allowed() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-Urpf", "true"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not _namespaces_allowed(),
                                reason="user and pid namespaces are not allowed here")


def both(prefix: list[str], options: list[str], command: list[str]):
    runs = [run_traced([*prefix, *tracer], options, command)
            for tracer in (["strace"], _pytrace_argv())]
    (expected, _, expected_rc), (actual, err, actual_rc) = runs
    assert "Traceback" not in err
    if expected_rc == 77:
        pytest.skip("the fixture may not unshare its namespaces")
    assert actual_rc == expected_rc == 0
    return normalise(expected), normalise(actual)


@pytest.mark.parametrize("decode", [["--pidns-translation"], ["-Y"],
                                    ["-e", "decode-pids=pidns,comm"]])
@pytest.mark.parametrize("prefix", [[], ["unshare", "-Urpf"]], ids=["own-proc", "other-proc"])
def test_ids_from_a_nested_namespace_are_annotated_as_strace_does(fixture_bin, decode, prefix):
    expected, actual = both(prefix, ["-f", *decode, *TRACED], [fixture_bin["pidns"]])
    # the namespace's two processes start at once: which shows first (and so
    # which is named P2) is the scheduler's choice
    if prefix:
        # /proc is the outer namespace's: like strace, pytrace reads the comm
        # of /proc/ID with the id of its own namespace, which names some other
        # process there.  Which one depends on how many pids the tracer used
        # (strace forks helpers at start-up), so only the shape is compared.
        expected, actual = (_without_comms(lines) for lines in (expected, actual))
    assert _anonymous(actual) == _anonymous(expected)
    if "-Y" not in decode:
        assert any("in strace's PID NS */" in line for line in actual)


def _without_comms(lines: list[str]) -> list[str]:
    return [re.sub(r"(?<=[\dP])<[^<>]*>", "<comm>", line) for line in lines]


def _anonymous(lines: list[str]) -> list[str]:
    return sorted(re.sub(r"\bP\d+\b", "P", line) for line in lines)


def test_an_id_of_our_own_namespace_is_itself():
    translator = PidTranslator()
    me = os.getpid()
    assert translator.translate(me, me, PID_TGID) == me
    assert translator.translate(None, me, PID_TID) == me
    assert translator.translate(me, -1, PID_TGID) == 0


def test_an_id_from_a_child_namespace_is_found_with_its_kind():
    """unshare's child is pid 1 in its namespace: seen from that namespace,
    1 is it, as a thread and as a process."""
    child = subprocess.Popen(["unshare", "-Urpf", "sleep", "5"])
    try:
        sleeper = _child_named(child.pid, "sleep")
        translator = PidTranslator()
        assert translator.translate(sleeper, 1, PID_TID) == sleeper
        assert translator.translate(sleeper, 1, PID_TGID) == sleeper
        assert translator.translate(sleeper, 2, PID_TGID) == 0   # no such process there
    finally:
        child.kill()
        child.wait()


def _child_named(parent: int, comm: str) -> int:
    for _ in range(500):
        try:
            with open("/proc/%d/task/%d/children" % (parent, parent)) as f:
                for pid in f.read().split():
                    with open("/proc/%s/comm" % pid) as c:
                        if c.read().strip() == comm:
                            return int(pid)
        except OSError:
            pass
        time.sleep(0.01)
    raise AssertionError("no %s under %d" % (comm, parent))
