"""-c / -C / -w end to end: the same table rows as strace's on the same workloads."""
from __future__ import annotations

import re
import sys

import pytest

from tests.conftest import run_pytrace, run_strace

ROW = re.compile(r"^\s*([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d*)\s*(\S+)$")


def table(text: str) -> dict[str, tuple[int, int, float]]:
    """syscall -> (calls, errors, seconds) from a -c table."""
    rows = {}
    for line in text.splitlines():
        m = ROW.match(line)
        if m:
            rows[m.group(6)] = (int(m.group(4)), int(m.group(5) or 0), float(m.group(2)))
    return rows


WORKLOADS = [
    ["dd", "if=/dev/zero", "of=/dev/null", "bs=1", "count=3000", "status=none"],
    ["ls", "-l", "/usr/share/doc"],
    ["sh", "-c", "ls /nonexistent /usr > /dev/null 2>&1; cat /etc/hostname > /dev/null"],
    # signal handlers return through rt_sigreturn, whose exit shows no syscall number
    ["sh", "-c", "trap 'echo x > /dev/null' USR1; kill -USR1 $$; kill -USR1 $$; kill -9 $$"],
]


@pytest.mark.parametrize("command", WORKLOADS, ids=[" ".join(c)[:40] for c in WORKLOADS])
@pytest.mark.parametrize("options", [["-c"], ["-c", "-w"], ["-c", "-f"],
                                     ["-c", "-e", "trace=%file,read,rt_sigreturn"]])
def test_rows_calls_and_errors_match_strace(command, options):
    ours = run_pytrace(*options, *command)
    theirs = run_strace(*options, *command)
    assert ours.returncode == theirs.returncode
    # the same "Process N attached" notices for followed children, then the table
    notices = [re.sub(r"^\w+: Process \d+", "Process N", l) for l in ours.stderr.splitlines()
               if re.match(r"^pytrace: Process \d+ ", l)]
    their_notices = [re.sub(r"^\w+: Process \d+", "Process N", l)
                     for l in theirs.stderr.splitlines() if re.match(r"^strace: Process \d+ ", l)]
    assert notices == their_notices
    assert ours.stderr.splitlines()[len(notices):][:2] == \
        theirs.stderr.splitlines()[len(their_notices):][:2]   # header, dashes
    mine, strace = table(ours.stderr), table(theirs.stderr)
    assert {k: v[:2] for k, v in mine.items()} == {k: v[:2] for k, v in strace.items()}
    if "-w" in options:
        # wall-clock totals: not zero, and within an order of magnitude of strace's
        # (give or take 20 ms: a loaded machine stretches a millisecond run's calls)
        assert mine["total"][2] > 0
        assert strace["total"][2] / 10 - 0.02 <= mine["total"][2] <= strace["total"][2] * 10 + 0.02


def test_summary_after_the_trace_with_C(tmp_path):
    out = tmp_path / "trace"
    result = run_pytrace("-C", "-o", str(out), "cat", "/etc/hostname")
    text = out.read_text()
    assert result.returncode == 0
    trace, _, summary = text.partition("% time     seconds  usecs/call     calls    errors syscall\n")
    assert trace.splitlines()[-1] == "+++ exited with 0 +++"
    # every traced call that returned is counted (exit_group's "= ?" never returns)
    assert table("x\n" + summary)["total"][0] == len(
        [l for l in trace.splitlines() if not l.startswith("+++") and not l.endswith("= ?")])


def test_dd_system_time_is_measured():
    result = run_pytrace("-c", "dd", "if=/dev/zero", "of=/dev/null", "bs=1", "count=20000",
                         "status=none")
    rows = table(result.stderr)
    assert rows["read"][0] == 20003 and rows["write"][0] == 20000
    assert rows["total"][2] > 0   # the tracee's system CPU time between its stops


def test_summary_interval_prints_tables_while_tracing():
    # about a second of tracing, with syscalls all along it
    result = run_pytrace("-c", "-f", "--summary-interval", "0.2", "sh", "-c",
                         "for i in 1 2 3 4 5 6 7 8 9 10; do sleep 0.1; done")
    headers = result.stderr.count("% time     seconds  usecs/call     calls    errors syscall")
    assert headers >= 2   # at least one periodic table, then the final one
    assert run_pytrace("--summary-interval", "1", "true").stderr == (
        "pytrace: --summary-interval must be given with (-c/--summary-only or -C/--summary)\n"
        "Try 'pytrace -h' for more information.\n")


def test_latency_percentiles_of_real_sleeps():
    # 10 sleeps of 20 ms and 10 of 60 ms: p50 is a 20 ms sleep, p99 and max a 60 ms one
    script = "import time\nfor d in [0.02] * 10 + [0.06] * 10: time.sleep(d)"
    result = run_pytrace("-c", "-U", "name,calls,p50,p99,max", "-e", "trace=clock_nanosleep",
                         sys.executable, "-c", script)
    row = [l.split() for l in result.stderr.splitlines() if l.startswith("clock_nanosleep")][0]
    name, calls, p50, p99, longest = row[0], int(row[1]), *map(float, row[2:])
    assert calls == 20
    assert 0.020 <= p50 < 0.030
    assert 0.060 <= p99 <= longest < 0.090


def _count_while_attached(tracer: list[str], lines: int) -> str:
    """Attach to a cat blocked in read(), feed it lines, interrupt: the -c table."""
    import signal
    import subprocess
    import time
    from tests.conftest import pytrace_env
    cat = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        time.sleep(0.2)
        proc = subprocess.Popen(tracer + ["-c", "-p", str(cat.pid)], env=pytrace_env(),
                                stderr=subprocess.PIPE, text=True)
        assert proc.stderr.readline().endswith("Process %d attached\n" % cat.pid)
        time.sleep(0.3)
        for _ in range(lines):
            cat.stdin.write(b"line\n")
            cat.stdin.flush()
            time.sleep(0.05)
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
        return err
    finally:
        cat.kill()
        cat.wait()


def test_counts_after_attaching_mid_syscall_match_strace():
    # the first stop after attaching is the exit of the read() cat was blocked in
    from tests.conftest import pytrace_command
    mine = table(_count_while_attached(pytrace_command(), 5))
    strace = table(_count_while_attached(["strace"], 5))
    assert {k: v[:2] for k, v in mine.items()} == {k: v[:2] for k, v in strace.items()}
    assert mine["write"][0] == 5


def test_color_draws_the_table_with_rich_with_strace_counts():
    command = WORKLOADS[2]
    ours = run_pytrace("-c", "--color=always", *command)
    theirs = run_strace("-c", *command)
    assert "\x1b[" in ours.stderr and "----" not in ours.stderr   # rich's rules, not dashes
    plain = "\n".join(line.strip() for line in re.sub(r"\x1b\[[0-9;]*m", "", ours.stderr).splitlines())
    mine, strace = table(plain), table(theirs.stderr)
    assert {k: v[:2] for k, v in mine.items()} == {k: v[:2] for k, v in strace.items()}
