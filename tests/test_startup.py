"""Start-up loads only what the options use: the parts of pytrace that serve
one option are imported by a run that gives it, and by no other."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.decode.test_plans import LIST_MODULES_AT_EXIT, modules_imported

# module -> options that need it (each run traces `true`)
_OPTION_MODULES = {
    "pytrace.decode.pidns": ["-Y"],
    "pytrace.sinks.dumpio": ["-e", "read=all"],
    "pytrace.decode.fdinfo": ["-y"],
    "pytrace.engine.seccomp": ["-f", "--seccomp-bpf", "-e", "trace=open"],
    "pytrace.sinks.jsonl": ["--json"],
    "rich": ["--color=always"],
    "pytrace.sinks.color": ["--color=always"],
    "pytrace.sinks.timestamps": ["-t"],
    "pytrace.sinks.line_options": ["-n"],
    "pytrace.front.long_options": ["--follow-forks"],
    "pytrace.front.expressions": ["-e", "signal=none"],
    "pytrace.front.syscall_sets": ["-e", "trace=%file"],
    "pytrace.front.time_options": ["-T"],
    "pytrace.front.summary_options": ["-c", "-S", "calls"],
    "pytrace.front.summary_setup": ["-C"],
    "pytrace.front.seccomp_filter": ["-f", "--seccomp-bpf", "-e", "trace=open"],
    "pytrace.decode.pathtrace": ["-P", "/"],
    "pytrace.engine.syscall_info_check": ["-d"],
    "decoders.render.pid_details": ["-Y"],
    "pytrace.engine.counting": ["-c"],
}


@pytest.fixture(scope="module")
def plain_run(tmp_path_factory) -> frozenset[str]:
    return modules_imported(tmp_path_factory.mktemp("plain"), "-o", "/dev/null", "--", "true")


@pytest.mark.parametrize("module", sorted(_OPTION_MODULES))
def test_a_module_is_loaded_by_its_option_only(module, plain_run, tmp_path):
    assert module not in plain_run
    assert module in modules_imported(tmp_path, *_OPTION_MODULES[module], "-o", "/dev/null",
                                      "--", "true")


# Runs pytrace as the launcher of an editable install does (python3 -S -P, the
# tree put on the path, entry.launched), then writes the names of the modules
# it imported into the file named first.
_LAUNCH_AND_LIST_MODULES = LIST_MODULES_AT_EXIT + """
sys.path.append(sys.argv.pop(1))
from pytrace.front.entry import launched
launched(site=False)
"""

# Standard modules pytrace does without, each costing every start its import:
# site (the launcher's -S), re (no pattern compiled at start-up), importlib,
# typing, dataclasses and contextlib (annotations, records and generators
# written without them), fractions (-c's percentiles only), enum and signal
# (_signal's plain ints instead), collections and heapq (_collections' deque,
# _heapq), functools.  ctypes is needed only where the engine's C accelerator
# is not built (see test_a_run_with_the_accelerator_imports_no_ctypes).
_UNUSED = ("site", "re", "importlib", "typing", "dataclasses", "contextlib", "fractions",
           "json", "enum", "signal", "collections", "heapq", "functools")

_RUNS = {
    "plain": ["-o", "/dev/null", "--", "true"],
    "summary": ["-c", "-o", "/dev/null", "--", "true"],
    "fault": ["-f", "-o", "/dev/null", "-e", "trace=writev",
              "-e", "fault=writev:when=1+:error=ENOSYS:syscall=gettid", "--", "true"],
}


def _launched_modules(tmp_path, args: list[str]) -> frozenset[str]:
    listing = tmp_path / "modules"
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTHON")}
    done = subprocess.run([sys.executable, "-S", "-P", "-c", _LAUNCH_AND_LIST_MODULES,
                           str(listing), ROOT, "pytrace", "", *args],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return frozenset(listing.read_text().split())


# pytrace's own modules that no run of _RUNS needs: the API, what only some
# output (a socket's buffer, --color, -t) uses, and what only some runs do:
# attach (-p, -D), let the tracees go early (an interrupted run), -D's fork
# dance, -u, a command line os.execve refuses, a kernel without
# PTRACE_GET_SYSCALL_INFO, long options, -t/-T/-r/--tips, --seccomp-bpf, -k,
# -o '|cmd', -d
_NOT_NEEDED = ("pytrace.api", "pytrace.decode.sockets", "pytrace.sinks.color",
               "pytrace.sinks.timestamps", "pytrace.engine.attach", "pytrace.engine.detach",
               "pytrace.engine.daemonize", "pytrace.engine.credentials",
               "pytrace.engine.raw_execve", "pytrace.engine.arch.x86_64_registers",
               "pytrace.front.long_options", "pytrace.front.time_options",
               "pytrace.front.seccomp_filter", "pytrace.front.stack_traces",
               "pytrace.front.pipe_output", "pytrace.front.process_options",
               "pytrace.engine.mappings",
               "pytrace.engine.syscall_info_check")


@pytest.mark.parametrize("run", sorted(_RUNS))
def test_a_run_imports_no_module_it_does_without(run, tmp_path):
    imported = _launched_modules(tmp_path, _RUNS[run])
    assert "pytrace.engine.tracer" in imported
    assert sorted(imported & set(_UNUSED + _NOT_NEEDED)) == []


@pytest.mark.parametrize("run", sorted(_RUNS))
def test_a_run_with_the_accelerator_imports_no_ctypes(run, tmp_path):
    """Every ptrace, wait4 and process_vm_readv call goes through _fast.c."""
    from pytrace.engine import binding
    if not binding.ACCELERATED:
        pytest.skip("the accelerator is not built here")
    assert "ctypes" not in _launched_modules(tmp_path, _RUNS[run])


def test_a_summary_run_imports_no_decoder(tmp_path):
    """-c decodes nothing: the table of names, and none of the decoder modules."""
    imported = _launched_modules(tmp_path, _RUNS["summary"])
    assert sorted(name for name in imported if name.startswith("decoders.")
                  and name not in _NEEDED_BY_SUMMARY) == []


_NEEDED_BY_SUMMARY = {"decoders.index", "decoders.record", "decoders.table",
                      "decoders.syscalls_x86_64"}
