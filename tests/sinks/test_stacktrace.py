"""-k on real programs, strace the oracle: the same frames, symbols (C++ ones
demangled) and offsets after each syscall and signal, with -f, after an
exec, and for an attached process."""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from tests.conftest import FIXTURES, pytrace_command, pytrace_env, wait_until_blocked
from tests.parity import normalise, run_both


def _strace_features() -> str:
    try:
        version = subprocess.run(["strace", "-V"], capture_output=True, text=True).stdout
    except OSError:
        return ""
    return version.splitlines()[-1] if version else ""


FEATURES = _strace_features()
pytestmark = pytest.mark.skipif("stack-trace=" not in FEATURES,
                                reason="strace was built without -k")
# strace with libunwind walks as pytrace does: the same offsets.  Built with
# libdw, it names some libc frames otherwise and points call frames one byte
# back; then only the frames of the programs themselves are compared.
SAME_UNWINDER = "stack-trace=libunwind" in FEATURES
_FRAME = re.compile(r"^ > (\S+?)\((.*)\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$")


# what differs between the two runs anyway: the launched program's environment
# is built by the tracer (strace on its stack, pytrace in Python's heap), and
# the sender of a signal to itself
_ENVP = re.compile(r"0x[0-9a-f]+ (/\* \d+ vars? \*/)")
_SI_PID = re.compile(r"si_pid=\d+")


def comparable(lines: list[str], program: str) -> list[str]:
    lines = [_SI_PID.sub("si_pid=N", _ENVP.sub(r"ENVP \1", line)) for line in lines]
    if SAME_UNWINDER:
        return lines
    kept = []
    for line in lines:
        frame = _FRAME.match(line)
        if frame is None:
            kept.append(line)
        elif frame.group(1) == program:
            kept.append(" > %s(%s)" % frame.groups())
    return kept


def both(options: list[str], command: list[str]) -> tuple[list[str], list[str]]:
    expected, actual, err, codes = run_both(options, command)
    assert codes[0] == codes[1]
    assert "Traceback" not in err
    return (comparable(normalise(expected), command[0]),
            comparable(normalise(actual), command[0]))


@pytest.mark.parametrize("options, argv", [
    (["-k", "-e", "trace=chdir"], []),
    (["-k"], []),                                          # every call, mmap's included
    (["-k", "-f", "-e", "trace=chdir,execve,exit_group"], ["exec"]),
    (["--stack-traces", "-e", "trace=chdir,execve"], ["exec"]),
])
def test_frames_of_a_c_program_are_straces(fixture_bin, options, argv):
    expected, actual = both(options, [fixture_bin["stack"], *argv])
    assert actual == expected
    assert any(re.search(r"\(f3\+0x", line) for line in actual)
    if argv:   # after the exec, the new program's own frames again
        assert sum(1 for line in actual if "(f3+0x" in line) == 4


@pytest.fixture(scope="module")
def mangled(tmp_path_factory):
    compiler = shutil.which("c++") or shutil.which("g++")
    if compiler is None:
        pytest.skip("no C++ compiler")
    exe = tmp_path_factory.mktemp("cxx") / "stack_mangled"
    subprocess.run([compiler, "-O1", "-o", str(exe), os.path.join(FIXTURES, "stack_mangled.cc")],
                   check=True)
    return str(exe)


@pytest.mark.skipif("stack-demangle" not in FEATURES, reason="strace does not demangle")
def test_frames_of_a_cxx_program_are_demangled_as_strace_does(mangled):
    expected, actual = both(["-k", "-e", "trace=chdir"], [mangled])
    assert actual == expected
    assert any("(ns::Walker<int>::step(std::" in line for line in actual)
    assert any("(ns::f3(int, char const*)+0x" in line for line in actual)


def test_frames_of_an_attached_process_are_straces(tmp_path):
    """Attached while asleep: its sleep returns, then it exits."""
    outputs = {}
    for name, tracer in (("strace", ["strace"]), ("pytrace", pytrace_command())):
        holder = subprocess.Popen(["sh", "-c", "sleep 2; exit 0"])
        sleeper = wait_until_blocked(holder.pid, "sleep")
        log = tmp_path / name
        subprocess.run([*tracer, "-o", str(log), "-k", "-e", "trace=!restart_syscall",
                        "-p", str(sleeper)], env=pytrace_env(), capture_output=True,
                       timeout=60)
        holder.wait()
        # the attached process's pid, and where its sleep call resumed
        lines = log.read_text().replace(str(sleeper), "PID").splitlines()
        outputs[name] = comparable([line for line in lines if "resumed>" not in line],
                                   shutil.which("sleep"))
    assert outputs["pytrace"] == outputs["strace"]
    assert any(line.startswith(" > ") for line in outputs["strace"])
