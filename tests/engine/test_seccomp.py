"""The seccomp-bpf fast path: same reported syscalls, far fewer stops."""
import os
import struct

from pytrace.engine.tracer import Engine, EngineOptions
from pytrace.engine.events import SyscallEntry, SyscallExit
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
    # another architecture's entry and x32 numbers are always traced
    assert run_filter(program, 1, arch=0x40000003) == SECCOMP_RET_TRACE
    assert run_filter(program, 0x40000000 + 1) == SECCOMP_RET_TRACE


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
