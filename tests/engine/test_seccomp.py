"""The seccomp-bpf fast path: same reported syscalls, far fewer stops."""
import os
import struct

from pytrace.engine.tracer import Engine, EngineOptions
from pytrace.engine.events import SyscallEntry, SyscallExit
from pytrace.engine.arch import AUDIT_ARCH_I386, I386_NR_BASE
from pytrace.engine.seccomp import SECCOMP_RET_ALLOW, SECCOMP_RET_TRACE, build_program, ranges

OPENAT, CLOSE, EXECVE = 257, 3, 59


def run_filter(program: bytes, nr: int, arch: int = 0xC000003E) -> int:
    """Interpret the classic-BPF program on one seccomp_data, as the kernel would."""
    insns = [struct.unpack_from("<HBBI", program, i) for i in range(0, len(program), 8)]
    data = struct.pack("<iI", nr, arch)
    acc, pc = 0, 0
    while True:
        code, jt, jf, k = insns[pc]
        if code == 0x20:
            acc = struct.unpack_from("<I", data, k)[0]
            pc += 1
        elif code == 0x06:
            return k
        elif code == 0x05:   # BPF_JA
            pc += 1 + k
        else:
            taken = {0x15: acc == k, 0x35: acc >= k, 0x25: acc > k}[code]
            pc += 1 + (jt if taken else jf)


def test_ranges():
    assert ranges([5, 1, 2, 3, 9, 10]) == [(1, 3), (5, 5), (9, 10)]


def test_program_traces_exactly_the_set_plus_exec_and_clone():
    traced = {0, 2, 3, 4, 257, 262, 435}
    program = build_program(traced)
    for nr in range(0, 460):
        expected = SECCOMP_RET_TRACE if nr in traced | {59, 322, 56, 435} else SECCOMP_RET_ALLOW
        assert run_filter(program, nr) == expected, nr
    # x32 numbers and an unknown architecture's entries are always traced
    assert run_filter(program, 0x40000000 + 1) == SECCOMP_RET_TRACE
    assert run_filter(program, 1, arch=0xC00000B7) == SECCOMP_RET_TRACE


def test_program_chooses_i386_calls_by_their_own_numbers():
    getgid32, i386_write = 200, 4
    program = build_program({3, I386_NR_BASE + getgid32, I386_NR_BASE + i386_write})
    for nr in range(0, 460):
        expected = SECCOMP_RET_TRACE if nr in (getgid32, i386_write, 11, 358) else SECCOMP_RET_ALLOW
        assert run_filter(program, nr, arch=AUDIT_ARCH_I386) == expected, nr
    assert run_filter(program, 3) == SECCOMP_RET_TRACE
    assert run_filter(program, getgid32) == SECCOMP_RET_ALLOW   # x86_64's tkill


def test_filter_keeps_reports_and_cuts_stops(fixture_bin):
    argv = ["/bin/sh", "-c", "dd if=/dev/zero of=/dev/null bs=1 count=2000 status=none; cat /etc/hostname"]
    results = {}
    for use_filter in (False, True):
        selected = frozenset([OPENAT, EXECVE])
        engine = Engine(EngineOptions(follow_forks=True, selected=selected,
                                      seccomp_program=build_program(selected) if use_filter else None))
        engine.spawn(argv[0], argv)
        events = list(engine.events())
        calls = [(type(e).__name__, e.record.nr, e.record.rv) for e in events
                 if type(e) in (SyscallEntry, SyscallExit)]
        results[use_filter] = (calls, engine.stop_count, os.WEXITSTATUS(engine.child_status))
    assert results[True][0] == results[False][0]
    assert results[True][2] == results[False][2] == 0
    # dd bs=1 count=2000 alone makes 4000 syscalls: 8000 stops without the filter
    assert results[False][1] > 8000
    assert results[True][1] < 400


def test_children_of_an_unfollowed_tracee_run_normally():
    # Without -f the children are not traced: a seccomp filter they inherited
    # would make their filtered calls fail with ENOSYS.  pytrace must not use it.
    from tests.conftest import run_pytrace
    result = run_pytrace("-e", "trace=none", "--seccomp-bpf", "sh", "-c", "/bin/true && echo ok")
    assert result.returncode == 0 and result.stdout == "ok\n"
    result = run_pytrace("-e", "trace=openat", "sh", "-c", "/bin/true && echo ok")
    assert result.returncode == 0 and result.stdout == "ok\n"


def test_clone_untraced_children_are_traced_with_follow(fixture_bin):
    # strace's issue #303: such a child escapes, and under the inherited filter
    # its execve fails with ENOSYS (strace --seccomp-bpf: exit 127).
    for selected in (frozenset([EXECVE]), None):
        engine = Engine(EngineOptions(follow_forks=True, selected=selected,
                                      seccomp_program=build_program(selected) if selected else None))
        engine.spawn(fixture_bin["clone_untraced"], [fixture_bin["clone_untraced"]])
        events = list(engine.events())
        assert os.WEXITSTATUS(engine.child_status) == 0
        execs = [e.record for e in events if type(e) is SyscallExit and e.record.nr == EXECVE]
        assert len(execs) == 2 and all(r.rv == 0 for r in execs)
        assert len({r.pid for r in execs}) == 2


# --- no tracee left carrying the filter without a tracer -----------------------

import signal  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402

import pytest  # noqa: E402

from tests.conftest import pytrace_command, pytrace_env, wait_gone  # noqa: E402

ITERATIONS = 1000


def _seccomp_mode(pid: int) -> int:
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("Seccomp:"):
                return int(line.split()[1])
    return -1


def _way_out(tracer: list[str], options: list[str], way: str, open_loop: str, tmp_path):
    """Trace open_loop (it ignores INT and TERM), end the tracer ``way``, and
    return (tracer's status, the seccomp mode the program ran with, its report
    or None if it was killed, the tracer's stderr)."""
    pid_file, report = tmp_path / "pid", tmp_path / "report"
    for path in (pid_file, report):
        if path.exists():
            path.unlink()
    output = ["-o", "/dev/full"] if way == "write error" else []
    command = ["sh", "-c", 'echo $$ > "$0"; exec "$1" "$2"', str(pid_file), open_loop,
               str(ITERATIONS)]
    with open(report, "w") as out:
        proc = subprocess.Popen([*tracer, "-f", "-e", "trace=openat", *options, *output, "--",
                                 *command], env=pytrace_env(), stdout=out,
                                stderr=subprocess.PIPE, text=True)
    while not pid_file.exists() or not pid_file.read_text().strip():
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.01)
    pid = int(pid_file.read_text())
    mode = _seccomp_mode(pid)
    time.sleep(0.3)   # well into the loop
    if way != "write error":
        proc.send_signal({"SIGKILL": signal.SIGKILL, "SIGINT": signal.SIGINT,
                          "SIGTERM": signal.SIGTERM}[way])
    _, errors = proc.communicate(timeout=120)
    assert wait_gone(pid, 60), "the program never ended"
    text = report.read_text()
    return proc.returncode, mode, (text or None), errors


WAYS = ["SIGKILL", "SIGINT", "SIGTERM", "write error"]
CLEAN_RUN = "iterations=%d failed=0 errno=0\n" % ITERATIONS


@pytest.mark.parametrize("way", WAYS)
def test_by_default_no_filter_and_the_command_runs_on_as_under_strace(fixture_bin, tmp_path, way):
    """Without --seccomp-bpf (strace's default too), nothing outlives the tracer:
    the command, detached, opens its files as if it had never been traced."""
    for name, tracer in (("strace", ["strace"]), ("pytrace", pytrace_command())):
        status, mode, report, errors = _way_out(tracer, [], way, fixture_bin["open_loop"],
                                                tmp_path)
        assert "Traceback" not in errors
        assert mode == 0, name
        assert report == CLEAN_RUN, (name, errors)


@pytest.mark.parametrize("way", WAYS)
def test_seccomp_bpf_never_leaves_the_filter_without_a_tracer(fixture_bin, tmp_path, way):
    """With --seccomp-bpf the tracer keeps tracing through a write error and
    takes the command with it when it ends (PTRACE_O_EXITKILL under SIGKILL),
    as strace 6.6 and later do.  strace 6.1 detaches it: then more than 80% of
    its opens fail with ENOSYS, a broken program that looks healthy."""
    status, mode, report, errors = _way_out(pytrace_command(), ["--seccomp-bpf"], way,
                                            fixture_bin["open_loop"], tmp_path)
    assert "Traceback" not in errors
    assert mode == 2   # SECCOMP_MODE_FILTER
    if way == "write error":
        assert status == 0 and report == CLEAN_RUN
        return
    assert report is None, "the command outlived the tracer: %r" % report
    if way == "SIGKILL":
        assert status == -signal.SIGKILL
    else:
        assert status == -signal.Signals[way]
        assert errors.splitlines()[-1].startswith("pytrace: Killed 1 tracee carrying the "
                                                  "seccomp filter"), errors
