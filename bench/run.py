#!/usr/bin/env python3
"""Speed and memory benchmark: pytrace against strace, measured in the same run.

Every workload runs untraced, under strace and under pytrace (same tracer
options, trace written with -o to a scratch file), several times each with the
three modes interleaved so that background noise spreads over all of them.
The table shows median wall times, the ratios between them and the peak RSS of
the tracer processes.  Absolute times mean little across machines; the ratios
are what the project's targets (bench/README.md) are stated in.

    python3 bench/run.py                      # everything, 5 repetitions
    python3 bench/run.py --quick              # smaller counts, 3 repetitions
    python3 bench/run.py --workloads dd-bs1,filtered --json results.json
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
MODES = ("untraced", "strace", "pytrace")

# Targets from the project's issues.  "strace" compares pytrace with strace,
# "untraced" compares pytrace with the workload running on its own, both in
# the same run; "seconds" is the one absolute figure, pytrace's own start-up.
PLAIN_TARGET = ("strace", 1.0)
PINNED_TARGET = ("strace", 1.3)      # tracer and tracee on one CPU (--pin)
FILTERED_TARGET = ("untraced", 1.5)
STARTUP_TARGET = ("seconds", 0.050)
STARTUP_NO_BYTECODE_TARGET = ("seconds", 0.080)


@dataclass
class Workload:
    name: str
    what: str                 # one line for the legend: what the workload stresses
    tracer_options: list[str]
    full: int                 # the workload's size parameter at full size
    quick: int                # ... and with --quick
    command: object           # size -> argv list (may need the build directory)
    target: tuple = PLAIN_TARGET
    pinned_target: tuple = PINNED_TARGET
    needs_cc: bool = False
    reps_factor: int = 1      # short workloads repeat more for a stable median
    # how pytrace's sources are found: "compiled" (bytecode written beforehand,
    # as after an install) or "source" (no bytecode, none written: pip install -e
    # with PYTHONDONTWRITEBYTECODE)
    sources: str = "compiled"


def _dd(count: int) -> list[str]:
    return ["dd", "if=/dev/zero", "of=/dev/null", "bs=1", "count=%d" % count]


def _fork_exec(count: int) -> list[str]:
    return ["sh", "-c", "for i in $(seq %d); do /bin/true; done" % count]


# ls -lR's size is a directory: its sizes index this list, smallest first.
LS_TREES = ["/usr/share/doc", "/usr/share/man", "/usr/share"]


def _ls(index: int) -> list[str]:
    preferred = LS_TREES[index]
    for tree in [preferred] + [t for t in LS_TREES if t != preferred]:
        if os.path.isdir(tree):
            return ["ls", "-lR", tree]
    return ["ls", "-lR", "/usr"]


def _true(size: int) -> list[str]:
    return ["true"]


def _threads(iterations: int, build_dir: str) -> list[str]:
    return [os.path.join(build_dir, "threads"), "4", str(iterations)]


WORKLOADS = [
    Workload("dd-bs1", "syscall-heavy: 2 one-byte read/write calls per count, little decoding",
             [], 200_000, 20_000, _dd),
    Workload("ls-lR", "decode-heavy: statx, failing (l)getxattr, getdents64, readlink, "
             "4 KiB writes", [], 1, 0, _ls),
    Workload("fork-exec", "process churn: -f following fork+exec of /bin/true in a loop",
             ["-f"], 300, 50, _fork_exec),
    Workload("threads", "-f with 4 threads making getppid+write concurrently",
             ["-f"], 10_000, 2_000, _threads, needs_cc=True),
    Workload("filtered", "-f -e trace=%file on dd-bs1: untraced syscalls should not stop "
             "the tracee (seccomp-bpf)", ["-f", "--seccomp-bpf", "-e", "trace=%file"],
             2_000_000, 500_000, _dd, target=FILTERED_TARGET),
    Workload("dd-bs1-c", "-c summary of dd-bs1: stop/count loop without decoding",
             ["-c"], 200_000, 20_000, _dd),
    Workload("fork-exec-c", "-c -f summary of fork-exec: per-process bookkeeping",
             ["-c", "-f"], 300, 50, _fork_exec),
]
WORKLOADS += [
    Workload("startup", "start-up: the tracer's own cost around a process that makes "
             "30 syscalls (sources byte-compiled, as installed)", [], 1, 1, _true,
             target=STARTUP_TARGET, pinned_target=STARTUP_TARGET, reps_factor=4),
    Workload("startup-source", "start-up with no bytecode for pytrace and none written "
             "(pip install -e under PYTHONDONTWRITEBYTECODE)", [], 1, 1, _true,
             target=STARTUP_NO_BYTECODE_TARGET, pinned_target=STARTUP_NO_BYTECODE_TARGET,
             reps_factor=4, sources="source"),
]
WORKLOADS_BY_NAME = {w.name: w for w in WORKLOADS}


class BenchError(Exception):
    pass


@dataclass
class Sample:
    seconds: float
    maxrss_kib: int
    status: int
    cpu_seconds: float = 0.0   # user + system time of the command and its children


@dataclass
class Result:
    workload: Workload
    argv: list[str]
    modes: tuple = MODES
    pin: int | None = None    # the CPU tracer and tracee were pinned to, if any
    samples: dict = field(default_factory=dict)
    failure: str | None = None
    display: str = ""         # argv for the legend, without the scratch directory
    # Lines each tracer wrote on the first measured run: a tracer that prints
    # less than strace would look faster than it is.
    trace_lines: dict = field(default_factory=dict)

    def __post_init__(self):
        for mode in self.modes:
            self.samples.setdefault(mode, [])

    @property
    def name(self) -> str:
        return self.workload.name + ("" if self.pin is None else " @cpu%d" % self.pin)

    @property
    def target(self) -> tuple:
        return self.workload.target if self.pin is None else self.workload.pinned_target

    def median(self, mode: str) -> float | None:
        values = [s.seconds for s in self.samples.get(mode, ())]
        return statistics.median(values) if values else None

    def median_cpu(self, mode: str) -> float | None:
        values = [s.cpu_seconds for s in self.samples.get(mode, ())]
        return statistics.median(values) if values else None

    def peak_rss_mib(self, mode: str) -> float | None:
        values = [s.maxrss_kib for s in self.samples.get(mode, ())]
        return max(values) / 1024.0 if values else None

    def ratio(self, numerator: str, denominator: str) -> float | None:
        top, bottom = self.median(numerator), self.median(denominator)
        if top is None or bottom is None or bottom <= 0:
            return None
        return top / bottom

    def target_value(self) -> float | None:
        against = self.target[0]
        if against == "seconds":
            return self.median("pytrace")
        return self.ratio("pytrace", against)

    def target_text(self) -> str:
        against, limit = self.target
        if against == "seconds":
            return "pytrace s <= %.3f" % limit
        return "pytrace/%s <= %.1f" % (against, limit)

    def target_met(self) -> str:
        value = self.target_value()
        if self.failure or value is None:
            return "-"
        return "yes" if value <= self.target[1] else "NO"


def run_once(argv: list[str], env: dict, stderr_path: str, measure: str | None) -> Sample:
    """Wall time, ru_maxrss and exit code of one run of argv.

    ru_maxrss from wait4 is the peak of the process *and* of the children it
    reaped, so a tracer's figure is max(tracer, its tracee): compare it with
    the untraced column to see which of the two it is.  With the compiled
    ``measure`` launcher the figure is the command's own; without it, it also
    includes the pages the child inherited from this Python harness at fork.
    """
    # Every command runs in the scratch directory: one started in a checkout
    # could import that checkout's pytrace (python -c puts the working
    # directory first on the path) instead of the install being measured.
    cwd = os.path.dirname(stderr_path)
    with open(stderr_path, "wb") as err:
        if measure is not None:
            result_path = stderr_path + ".measure"
            _remove(result_path)
            launcher = subprocess.run([measure, result_path] + argv, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=cwd)
            try:
                with open(result_path) as handle:
                    seconds, maxrss, status, cpu = handle.read().split()
            except (OSError, ValueError):
                raise BenchError("measure launcher exited %d" % launcher.returncode)
            return Sample(float(seconds), int(maxrss), int(status), float(cpu))
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err, env=env, close_fds=True, cwd=cwd)
        _, wait_status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(wait_status)   # already reaped
    if proc.returncode < 0:
        proc.returncode = 128 - proc.returncode
    return Sample(elapsed, usage.ru_maxrss, proc.returncode, usage.ru_utime + usage.ru_stime)


def _tail(path: str, lines: int = 3) -> str:
    try:
        with open(path, "rb") as handle:
            text = handle.read()[-4000:].decode("utf-8", "replace")
    except OSError:
        return ""
    # Traceback caret lines (^^^^) say nothing once the source line is gone.
    kept = [line.strip() for line in text.strip().splitlines()
            if line.strip() and line.strip().strip("^~") != ""]
    return " | ".join(kept[-lines:])


def compile_sources(root: str) -> None:
    """Byte-compile pytrace as an installed package is: with PYTHONDONTWRITEBYTECODE
    set (as on some CI machines), every run would otherwise compile it anew."""
    import compileall
    for package in ("pytrace", "decoders"):
        compileall.compile_dir(os.path.join(root, package), quiet=1)


def build_helpers(build_dir: str) -> dict:
    """Compile bench/workloads/*.c into build_dir; returns name -> path or reason."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    built = {}
    for name in ("measure", "threads"):
        if compiler is None:
            built[name] = Unavailable("no C compiler")
            continue
        exe = os.path.join(build_dir, name)
        done = subprocess.run([compiler, "-O1", "-pthread", "-o", exe,
                               os.path.join(BENCH_DIR, "workloads", name + ".c")],
                              capture_output=True, text=True)
        if done.returncode != 0:
            lines = done.stderr.strip().splitlines() or ["exit %d" % done.returncode]
            built[name] = Unavailable("cc failed: " + lines[-1])
        else:
            built[name] = exe
    return built


class Unavailable(str):
    """Why a helper program could not be built."""


def workload_argv(workload: Workload, size: int, build_dir: str) -> list[str]:
    if workload.needs_cc:
        return workload.command(size, build_dir)
    return workload.command(size)


def scaled_size(workload: Workload, quick: bool, scale: float) -> int:
    size = workload.quick if quick else workload.full
    if workload.command is _ls:      # a directory choice, not a count
        return size
    return max(1, int(size * scale))


def bench_workload(workload: Workload, argv: list[str], args, scratch: str,
                   measure: str | None, result: Result | None = None,
                   log=lambda text: None) -> Result:
    if result is None:
        result = Result(workload, argv)
    try:
        _measure_workload(result, args, scratch, measure, log)
    except BenchError as err:
        result.failure = str(err)
    return result


def _measure_workload(result: Result, args, scratch: str, measure: str | None, log) -> None:
    workload, argv = result.workload, result.argv
    trace_file = os.path.join(scratch, "trace.out")
    stderr_file = os.path.join(scratch, "stderr.out")
    commands = {
        "untraced": (argv, os.environ),
        "strace": (args.strace + workload.tracer_options + ["-o", trace_file, "--"] + argv,
                   os.environ),
    }
    for mode, root in (("before", args.before), ("pytrace", REPO_ROOT)):
        if mode in result.modes:
            if args.tracer is None:
                tracer, env = installed_tracer(root, workload.sources, scratch)
            else:
                tracer, env = args.tracer, _tracer_env(root, workload.sources, scratch)
            commands[mode] = (tracer + workload.tracer_options
                              + ["-o", trace_file, "--"] + argv, env)
    if result.pin is not None:
        pin = ["taskset", "-c", str(result.pin)]
        commands = {mode: (pin + command, env) for mode, (command, env) in commands.items()}
    # Unmeasured warm-up: page cache, dentries, the tracer's .pyc files.  The
    # untraced run also says which exit status the traced runs must reproduce.
    expected_status = run_once(commands["untraced"][0], os.environ, stderr_file, measure).status
    for mode in result.modes[1:]:
        run_once(commands[mode][0], commands[mode][1], stderr_file, measure)
    modes = result.modes
    for rep in range(args.reps * workload.reps_factor):
        order = modes[rep % len(modes):] + modes[:rep % len(modes)]
        for mode in order:
            command, env = commands[mode]
            _remove(trace_file)   # a stale trace must not pass for this run's output
            sample = run_once(command, env, stderr_file, measure)
            if mode != "untraced" and (sample.status != expected_status
                                       or not os.path.exists(trace_file)
                                       or os.path.getsize(trace_file) == 0):
                raise BenchError("%s exited %d: %s" % (mode, sample.status,
                                                       _tail(stderr_file) or "(no output)"))
            result.samples[mode].append(sample)
            if mode != "untraced" and mode not in result.trace_lines:
                result.trace_lines[mode] = _count_lines(trace_file)
        _remove(trace_file)   # ls -lR traces are large; keep the scratch dir small
        log(".")


def installed_tracer(root: str, sources: str, scratch: str) -> tuple[list[str], dict]:
    """The ``pytrace`` command of the README's install of checkout ``root``
    (a venv of its own, ``pip install -e``), made once per bench run, and the
    environment to run it in.  With ``sources="source"`` the install is of a
    copy whose bytecode is then removed, run with PYTHONDONTWRITEBYTECODE."""
    key = "%s-%d" % (sources, abs(hash(root)))
    venv = os.path.join(scratch, "venv-" + key)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if sources == "source":
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [os.path.join(venv, "bin", "pytrace")]
    if os.path.exists(command[0]):
        return command, env
    if sources == "source":
        copy = os.path.join(scratch, "sources-" + key)
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "*.pyc", "build", "*.egg-info", "tests",
            "fixtures", ".hypothesis", ".pytest_cache"))
        root = copy
    for step in ([sys.executable, "-m", "venv", venv],
                 [os.path.join(venv, "bin", "pip"), "install", "-q", "-e", root]):
        done = subprocess.run(step, capture_output=True, text=True, env=env)
        if done.returncode != 0:
            raise BenchError("%s: %s" % (" ".join(step[:3]), _last_line(done.stderr)))
    if sources == "source":
        for where, dirs, _ in os.walk(root):
            if "__pycache__" in dirs:
                shutil.rmtree(os.path.join(where, "__pycache__"))
                dirs.remove("__pycache__")
    return command, env


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else "(no output)"


def _tracer_env(root: str, sources: str, scratch: str) -> dict:
    """The environment of a pytrace run from the checkout ``root``: its sources
    first on the path, byte-compiled or (``sources="source"``) as a copy with no
    bytecode and none to be written, the state ``pip install -e`` leaves under
    PYTHONDONTWRITEBYTECODE."""
    env = dict(os.environ)
    if sources == "source":
        copy = os.path.join(scratch, "sources-" + str(abs(hash(root))))
        if not os.path.isdir(copy):
            for package in ("pytrace", "decoders"):
                shutil.copytree(os.path.join(root, package), os.path.join(copy, package),
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        root = copy
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = root + (
        os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else "")
    return env


def _count_lines(path: str) -> int:
    count = 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            count += block.count(b"\n")
    return count


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else "%.*f" % (digits, value)


def _ratio(value: float | None) -> str:
    return "-" if value is None else "%.2fx" % value


HEADERS = ["workload", "untraced s", "strace s", "pytrace s", "pytrace/strace",
           "strace/untraced", "pytrace/untraced", "strace CPU s", "pytrace CPU s",
           "untraced RSS MiB", "strace RSS MiB", "pytrace RSS MiB", "target", "met"]
# with --before: the other checkout's figures, after pytrace's
BEFORE_HEADERS = ["before s", "before/strace", "before CPU s"]


def headers(results: list[Result]) -> list[str]:
    if any("before" in r.modes for r in results):
        return HEADERS[:-2] + BEFORE_HEADERS + HEADERS[-2:]
    return list(HEADERS)


def table_rows(results: list[Result]) -> list[list[str]]:
    rows = []
    with_before = any("before" in r.modes for r in results)
    for r in results:
        if r.failure:
            rows.append([r.name] + ["-"] * (11 + 3 * with_before) + [r.target_text(), "FAILED"])
            continue
        row = [
            r.name,
            _fmt(r.median("untraced")), _fmt(r.median("strace")), _fmt(r.median("pytrace")),
            _ratio(r.ratio("pytrace", "strace")), _ratio(r.ratio("strace", "untraced")),
            _ratio(r.ratio("pytrace", "untraced")),
            _fmt(r.median_cpu("strace")), _fmt(r.median_cpu("pytrace")),
            _fmt(r.peak_rss_mib("untraced"), 1), _fmt(r.peak_rss_mib("strace"), 1),
            _fmt(r.peak_rss_mib("pytrace"), 1),
        ]
        if with_before:
            row += [_fmt(r.median("before")), _ratio(r.ratio("before", "strace")),
                    _fmt(r.median_cpu("before"))]
        rows.append(row + [r.target_text(), r.target_met()])
    return rows


def markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]

    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), rule] + [line(row) for row in rows])


def strace_version(strace: list[str]) -> str:
    try:
        out = subprocess.run(strace + ["-V"], capture_output=True, text=True, timeout=10).stdout
    except OSError:
        return "unknown"
    first = out.splitlines()[0] if out else ""
    return first.rsplit(" ", 1)[-1] if first else "unknown"


def report(results: list[Result], meta: dict) -> str:
    lines = [
        "pytrace bench, %s: %s, %d CPUs, Python %s, strace %s" % (
            meta["date"], meta["kernel"], meta["cpus"], meta["python"], meta["strace_version"]),
        "median wall seconds of %d interleaved runs%s; tracer: %s%s" % (
            meta["reps"], " (--quick sizes)" if meta["quick"] else "", meta["tracer"],
            "; before: the checkout %s" % meta["before"] if meta.get("before") else ""),
        "@cpuN rows: tracer and tracee pinned to CPU N (taskset), which takes the"
        " cross-CPU wake-up out" if meta.get("pin") is not None else "",
        "",
        markdown_table(headers(results), table_rows(results)),
        "",
        "RSS is ru_maxrss from wait4: max(tracer, tracee); compare with the untraced column.",
        "CPU s is the median user+system time of tracer and tracee together (pytrace's",
        "includes the time it polls for stops: --spin-wait).",
        "",
    ]
    for r in results:
        options = " ".join(r.workload.tracer_options)
        if r.pin is not None:
            continue
        lines.append("- %s: `%s%s` (%s)" % (
            r.workload.name, (options + " -- ") if options else "", r.display, r.workload.what))
        if r.failure:
            lines.append("  FAILED: " + r.failure)
        elif r.trace_lines:
            lines.append("  trace lines: " + ", ".join(
                "%s %d" % (mode, count) for mode, count in r.trace_lines.items()))
    return "\n".join(lines)


def to_json(results: list[Result], meta: dict) -> dict:
    out = {"meta": meta, "workloads": []}
    for r in results:
        out["workloads"].append({
            "name": r.name,
            "pinned_cpu": r.pin,
            "command": r.argv,
            "tracer_options": r.workload.tracer_options,
            "failure": r.failure,
            "median_seconds": {mode: r.median(mode) for mode in r.modes},
            "peak_rss_mib": {mode: r.peak_rss_mib(mode) for mode in r.modes},
            "median_cpu_seconds": {mode: r.median_cpu(mode) for mode in r.modes},
            "ratios": {
                "pytrace/strace": r.ratio("pytrace", "strace"),
                "strace/untraced": r.ratio("strace", "untraced"),
                "pytrace/untraced": r.ratio("pytrace", "untraced"),
            },
            "target": {"against": r.target[0], "limit": r.target[1], "met": r.target_met()},
            "samples": {mode: [s.__dict__ for s in r.samples[mode]] for mode in r.modes},
            "trace_lines": r.trace_lines,
        })
    return out


def parse_args(argv: list[str] | None = None):
    parser = argparse.ArgumentParser(
        description="Benchmark pytrace against strace (ratios measured in the same run).")
    parser.add_argument("--quick", action="store_true",
                        help="smaller workloads and 3 repetitions")
    parser.add_argument("--reps", type=int, default=None,
                        help="repetitions per mode (default 5, or 3 with --quick)")
    parser.add_argument("--workloads", default=None,
                        help="comma-separated names (default: all); see --list")
    parser.add_argument("--list", action="store_true", help="list the workloads and exit")
    parser.add_argument("--tracer", default=None,
                        help="pytrace command line, run with PYTHONPATH set to the "
                             "checkout (default: each checkout's own README install, "
                             "made in a scratch venv)")
    parser.add_argument("--strace", default="strace", help="strace command line")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply every count by this (e.g. 0.01 for a smoke run)")
    parser.add_argument("--json", metavar="FILE", help="also save the results as JSON")
    parser.add_argument("--pin", type=int, metavar="CPU", default=None,
                        help="also run every workload with tracer and tracee pinned to CPU "
                             "(taskset -c CPU): one unpinned and one pinned row each")
    parser.add_argument("--before", metavar="DIR", default=None,
                        help="another pytrace checkout, measured in the same run "
                             "(mode 'before'), e.g. a worktree of the commit before a change")
    args = parser.parse_args(argv)
    if args.before is not None:
        args.before = os.path.abspath(args.before)
        if not os.path.isdir(os.path.join(args.before, "pytrace")):
            parser.error("--before: no pytrace/ in %s" % args.before)
    if args.pin is not None and shutil.which("taskset") is None:
        parser.error("--pin needs taskset (util-linux)")
    # By default each checkout is measured as the README installs it: the
    # `pytrace` command of a venv of its own (see installed_tracer).
    args.tracer_text = args.tracer or "the README's install (a venv, pip install -e)"
    args.tracer = shlex.split(args.tracer) if args.tracer else None
    args.strace = shlex.split(args.strace)
    if args.reps is None:
        args.reps = 3 if args.quick else 5
    if args.reps < 1:
        parser.error("--reps must be at least 1")
    if args.workloads:
        names = [n.strip() for n in args.workloads.split(",") if n.strip()]
        unknown = [n for n in names if n not in WORKLOADS_BY_NAME]
        if unknown:
            parser.error("unknown workload(s) %s; known: %s" % (
                ", ".join(unknown), ", ".join(WORKLOADS_BY_NAME)))
        args.selected = [WORKLOADS_BY_NAME[n] for n in names]
    else:
        args.selected = list(WORKLOADS)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list:
        for w in WORKLOADS:
            print("%-12s %s" % (w.name, w.what))
        return 0
    if shutil.which(args.strace[0]) is None:
        print("bench: %s not found" % args.strace[0], file=sys.stderr)
        return 2
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "kernel": "%s %s" % (platform.system(), platform.release()),
        "cpus": os.cpu_count() or 0,
        "python": platform.python_version(),
        "strace_version": strace_version(args.strace),
        "tracer": args.tracer_text,
        "reps": args.reps,
        "quick": args.quick,
        "scale": args.scale,
        "pin": args.pin,
        "before": args.before,
    }
    results = []
    failed = False
    compile_sources(REPO_ROOT)
    if args.before:
        compile_sources(args.before)
    modes = ("untraced", "strace", "before", "pytrace") if args.before else MODES
    with tempfile.TemporaryDirectory(prefix="pytrace-bench-") as scratch:
        helpers = build_helpers(scratch)
        measure = helpers["measure"]
        if isinstance(measure, Unavailable):
            sys.stderr.write("bench: measuring from Python (%s): RSS figures include the "
                             "harness's own pages\n" % measure)
            measure = None
        meta["rss_method"] = "measure launcher" if measure else "python wait4"
        for workload in args.selected:
            size = scaled_size(workload, args.quick, args.scale)
            argv = workload_argv(workload, size, scratch)
            display = shlex.join(argv).replace(scratch + os.sep, "")
            for pin in (None, args.pin) if args.pin is not None else (None,):
                result = Result(workload, argv, modes=modes, pin=pin)
                result.display = display
                sys.stderr.write("bench: %s " % result.name)
                sys.stderr.flush()
                if workload.needs_cc and isinstance(helpers["threads"], Unavailable):
                    result.failure = "not built: " + helpers["threads"]
                else:
                    result = bench_workload(workload, argv, args, scratch, measure, result,
                                            log=lambda t: (sys.stderr.write(t),
                                                           sys.stderr.flush()))
                sys.stderr.write(" failed\n" if result.failure else " done\n")
                failed = failed or bool(result.failure)
                results.append(result)
    print(report(results, meta))
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(to_json(results, meta), handle, indent=2)
            handle.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
