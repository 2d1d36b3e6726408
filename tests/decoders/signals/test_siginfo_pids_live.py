"""-Y decorates a siginfo's si_pid as it does any other process id: strace 6.1
prints it with printpid (PRINT_FIELD_TGID in printsiginfo.c), so under -Y the
sender or child is followed by its comm while /proc still has it.

siginfo_probe.c is traced by strace and by pytrace; the syscalls that carry a
siginfo (rt_sigqueueinfo in, waitid and rt_sigtimedwait out) must print
identically.  Its siginfos name the probe itself (renamed ``sig<probe>``, so
the comm needs escaping), pid 1, a pid no process has, a zombie child and the
same child once reaped (no comm any more)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.parity import normalise, run_both

pytestmark = pytest.mark.skipif(
    not (shutil.which("strace") and shutil.which("gcc") and shutil.which("setarch")),
    reason="needs strace, gcc and setarch")

CALLS = ["-e", "trace=getpid,clone,kill,rt_sigqueueinfo,waitid,rt_sigtimedwait"]


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    binary = tmp_path_factory.mktemp("siginfo_probe") / "probe"
    source = Path(__file__).with_name("siginfo_probe.c")
    subprocess.run(["gcc", "-O1", "-o", str(binary), str(source)], check=True)
    return str(binary)


def traced(options, probe, keep=lambda line: True):
    expected, actual, stderr, (strace_rc, pytrace_rc) = run_both(options, [probe])
    assert "Traceback" not in stderr, stderr
    assert (strace_rc, pytrace_rc) == (0, 0)
    return ([l for l in normalise(expected) if keep(l)],
            [l for l in normalise(actual) if keep(l)])


@pytest.mark.parametrize("options", [["-Y"], ["--decode-pids=comm"], ["-Y", "-xx"], []],
                         ids=["-Y", "--decode-pids=comm", "-Y -xx", "no -Y"])
def test_si_pid_in_syscall_arguments(options, probe):
    expected, actual = traced(options + CALLS + ["-e", "signal=none"], probe)
    # the probe's own output in strace's run: a real check, not an empty match
    if "-Y" in options or "--decode-pids=comm" in options:
        comm = "\\x73\\x69\\x67\\x3c\\x70\\x72\\x6f\\x62\\x65\\x3e" if "-xx" in options \
            else "sig\\74probe\\76"
        assert sum("si_pid=P1<%s>" % comm in l for l in expected) == 1
        assert sum("si_pid=P2<%s>" % comm in l for l in expected) == 2   # the zombie
        assert sum("si_pid=P2," in l for l in expected) == 1             # reaped
        assert sum("si_pid=2147483647," in l for l in expected) == 1
    assert actual == expected


def test_si_pid_in_signal_lines(probe):
    is_signal = lambda line: line.startswith("---")
    expected, actual = traced(["-Y"] + CALLS, probe, is_signal)
    assert any("si_pid=P1<sig\\74probe\\76>" in l for l in expected)
    assert actual == expected
