"""Smoke test of the benchmark harness (bench/run.py): that it runs, prints the
table it promises and saves consistent JSON.  It checks the harness, not speed:
the workload is tiny, one repetition, and no timing is asserted."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench", "run.py")
# dd-bs1 at 1% is 2000 one-byte copies: a fraction of a second even traced.
TINY = ["--workloads", "dd-bs1", "--reps", "1", "--scale", "0.01"]

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace not installed")

NUMBER = r"\d+\.\d+"
RATIO = r"\d+\.\d+x"


def run_bench(tmp_path, *extra: str) -> tuple[subprocess.CompletedProcess, dict]:
    out_json = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, BENCH, *TINY, "--json", str(out_json), *extra],
                          capture_output=True, text=True, timeout=240, cwd=tmp_path)
    data = json.loads(out_json.read_text()) if out_json.exists() else {}
    return done, data


def table_row(stdout: str, workload: str) -> list[str]:
    lines = [line for line in stdout.splitlines() if line.startswith("| %s " % workload)]
    assert len(lines) == 1, stdout
    return [cell.strip() for cell in lines[0].strip().strip("|").split("|")]


def header_cells(stdout: str) -> list[str]:
    line = next(line for line in stdout.splitlines() if line.startswith("| workload "))
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def check_numeric_row(cells: list[str]) -> None:
    (name, untraced, strace, pytrace, py_st, st_un, py_un, cpu_s, cpu_p, rss_u, rss_s, rss_p,
     target, met) = cells
    assert name == "dd-bs1"
    for cell in (untraced, strace, pytrace, cpu_s, cpu_p, rss_u, rss_s, rss_p):
        assert re.fullmatch(NUMBER, cell), cells
    for cell in (py_st, st_un, py_un):
        assert re.fullmatch(RATIO, cell), cells
    # The printed ratio is the quotient of the printed medians (to rounding).
    assert float(py_st[:-1]) == pytest.approx(float(pytrace) / float(strace), rel=0.05, abs=0.02)
    assert target == "pytrace/strace <= 1.0"
    assert met in ("yes", "NO")


def test_harness_with_strace_standing_in_for_pytrace(tmp_path):
    """Independent of pytrace's state: strace plays both tracers."""
    done, data = run_bench(tmp_path, "--tracer", "strace")
    assert done.returncode == 0, done.stderr
    assert header_cells(done.stdout)[:7] == [
        "workload", "untraced s", "strace s", "pytrace s", "pytrace/strace", "strace/untraced",
        "pytrace/untraced"]
    check_numeric_row(table_row(done.stdout, "dd-bs1"))
    assert "`dd if=/dev/zero of=/dev/null bs=1 count=2000`" in done.stdout
    # strace played both tracers on the same deterministic command.
    counts = re.search(r"trace lines: strace (\d+), pytrace (\d+)", done.stdout)
    assert counts and counts.group(1) == counts.group(2) and int(counts.group(1)) > 4000
    (entry,) = data["workloads"]
    assert entry["name"] == "dd-bs1" and entry["failure"] is None
    assert entry["command"][-1] == "count=2000"
    for mode in ("untraced", "strace", "pytrace"):
        assert len(entry["samples"][mode]) == 1
        assert entry["samples"][mode][0]["status"] == 0
        assert entry["peak_rss_mib"][mode] > 0
        assert entry["median_cpu_seconds"][mode] >= 0
    # tracing costs CPU: the tracer and its tracee together use more than dd alone
    assert entry["median_cpu_seconds"]["strace"] > entry["median_cpu_seconds"]["untraced"]
    # A tracer process holds at least its tracee's pages, never fewer.
    assert entry["peak_rss_mib"]["strace"] >= entry["peak_rss_mib"]["untraced"] * 0.9
    assert data["meta"]["reps"] == 1


def test_failing_tracer_is_reported_not_timed(tmp_path):
    done, data = run_bench(tmp_path, "--tracer", "false")
    assert done.returncode == 1
    cells = table_row(done.stdout, "dd-bs1")
    assert cells[-1] == "FAILED"
    assert "FAILED: pytrace exited 1" in done.stdout
    assert data["workloads"][0]["failure"].startswith("pytrace exited 1")


def test_default_tracer_is_the_readme_install_of_this_repository(tmp_path):
    done, data = run_bench(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    check_numeric_row(table_row(done.stdout, "dd-bs1"))
    assert data["meta"]["tracer"] == "the README's install (a venv, pip install -e)"
    assert len(data["workloads"][0]["samples"]["pytrace"]) == 1


def test_pinned_rows_and_a_checkout_before_in_the_same_run(tmp_path):
    """--pin adds a pinned row per workload; --before measures another checkout
    (here this one again) as a fourth mode, with its own columns."""
    done, data = run_bench(tmp_path, "--pin", "0", "--before", ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    headers = header_cells(done.stdout)
    assert headers[-5:] == ["before s", "before/strace", "before CPU s", "target", "met"]
    pinned = table_row(done.stdout, "dd-bs1 @cpu0")
    assert pinned[-2] == "pytrace/strace <= 1.3"
    names = [entry["name"] for entry in data["workloads"]]
    assert names == ["dd-bs1", "dd-bs1 @cpu0"]
    assert [entry["pinned_cpu"] for entry in data["workloads"]] == [None, 0]
    for entry in data["workloads"]:
        assert set(entry["samples"]) == {"untraced", "strace", "before", "pytrace"}
        # both checkouts traced the same deterministic command
        assert entry["trace_lines"]["before"] == entry["trace_lines"]["pytrace"]


def test_startup_targets_are_absolute_seconds(tmp_path):
    out_json = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, BENCH, "--workloads", "startup-source", "--reps", "1",
                           "--json", str(out_json)], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    cells = table_row(done.stdout, "startup-source")
    assert cells[-2] == "pytrace s <= 0.080"
    (entry,) = json.loads(out_json.read_text())["workloads"]
    # four times the repetitions, for a stable median of a short run
    assert len(entry["samples"]["pytrace"]) == 4
