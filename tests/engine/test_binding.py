"""The stop loop's calls: the C accelerator (pytrace/engine/_fast.c) and the
ctypes binding that replaces it where it cannot be built answer alike, on a
real tracee; and a trace made without the accelerator is still strace's."""
from __future__ import annotations

import importlib
import os
import shutil
import signal
import subprocess
import sys
import sysconfig

import pytest

from pytrace.engine import binding as P
from pytrace.engine import binding_ctypes
from tests.parity import parity, run_both, without_envp_address

_SYSCALL_STOP = (signal.SIGTRAP | 0x80) << 8 | 0x7F
_ESRCH = 3


def _fast_or_none():
    try:
        return importlib.import_module("pytrace.engine._fast")
    except ImportError:
        return None


_fast = _fast_or_none()
needs_accelerator = pytest.mark.skipif(_fast is None, reason="the accelerator is not built")


def test_the_accelerator_is_built_where_it_can_be():
    """The install compiles it wherever there are a C compiler and Python.h
    (in a bare checkout: `python3 hatch_build.py`)."""
    include = sysconfig.get_paths().get("include") or ""
    if not shutil.which("cc") or not os.path.exists(os.path.join(include, "Python.h")):
        pytest.skip("no C compiler or no Python.h here: pytrace runs on ctypes")
    assert _fast is not None
    assert P.ACCELERATED == (os.environ.get("PYTRACE_NO_ACCEL") is None)


@pytest.fixture
def tracee_at_syscall_entry():
    """A child calling getppid in a loop, seized and stopped at a syscall's entry."""
    child = subprocess.Popen([sys.executable, "-c",
                              "import os\nprint(flush=True)\nwhile True: os.getppid()"],
                             stdout=subprocess.PIPE)
    try:
        child.stdout.readline()   # from now on it calls getppid only
        P.seize(child.pid, P.PTRACE_O_TRACESYSGOOD)
        P.interrupt(child.pid)
        assert os.waitpid(child.pid, P.WALL)[0] == child.pid
        assert P.resume(P.PTRACE_SYSCALL, child.pid)
        assert os.waitpid(child.pid, P.WALL) == (child.pid, _SYSCALL_STOP)
        yield child.pid
    finally:
        child.kill()
        child.wait()


@needs_accelerator
def test_both_bindings_read_the_same_syscall_info_and_registers(tracee_at_syscall_entry):
    pid = tracee_at_syscall_entry
    size = _fast.read_syscall_info(pid)
    assert size == binding_ctypes.read_syscall_info(pid) > 0
    fast_info = bytes(_fast.syscall_info_view())
    assert fast_info == bytes(binding_ctypes.info_view)
    assert fast_info[0] == P.SYSCALL_INFO_ENTRY
    assert int.from_bytes(fast_info[24:32], "little") == 110   # getppid
    assert _fast.read_registers(pid) == binding_ctypes.read_registers(pid) == 0
    assert bytes(_fast.registers_view()) == bytes(binding_ctypes.registers_view)


_ORIG_RAX = 15 * 8   # struct user_regs_struct's orig_rax: the syscall number
_EFAULT = 14


@needs_accelerator
def test_both_bindings_peek_read_and_write_alike(tracee_at_syscall_entry):
    pid = tracee_at_syscall_entry
    for binding in (_fast, binding_ctypes):
        assert binding.peek(P.PTRACE_PEEKUSER, pid, _ORIG_RAX) == (110, 0)   # getppid
    assert _fast.read_registers(pid) == 0
    sp = int.from_bytes(bytes(_fast.registers_view())[19 * 8:20 * 8], "little")
    stack = _fast.read_memory_once(pid, sp, 64)
    assert len(stack) == 64 and stack == binding_ctypes.read_memory_once(pid, sp, 64)
    word = int.from_bytes(stack[:8], "little")
    for binding in (_fast, binding_ctypes):
        assert binding.peek(P.PTRACE_PEEKDATA, pid, sp) == (word, 0)
        assert binding.read_memory_once(pid, 0, 8) == b""
        assert binding.get_errno() == _EFAULT
        assert binding.write_memory(pid, sp, stack) == (64, 0)
        assert binding.write_memory(pid, 0, b"x") == (-1, _EFAULT)
        # a syscall stop's siginfo is the SIGTRAP the kernel made for it
        info = binding.siginfo(pid)
        assert info is not None and int.from_bytes(info[:4], "little") == signal.SIGTRAP
        assert binding.event_message(pid) == _fast.event_message(pid)
    assert _fast.siginfo(pid) == binding_ctypes.siginfo(pid)
    unmapped = _fast.peek(P.PTRACE_PEEKDATA, pid, 0)
    assert unmapped[0] == 0 and unmapped[1] != 0
    assert binding_ctypes.peek(P.PTRACE_PEEKDATA, pid, 0) == unmapped
    # words of all 64 bits go through (ctypes without argtypes would cut them to a C int)
    assert _fast.peek(P.PTRACE_PEEKDATA, pid, 0xFFFFFFFFFFFFF000)[1] != 0
    assert binding_ctypes.peek(P.PTRACE_PEEKDATA, pid, 0xFFFFFFFFFFFFF000)[1] != 0


@needs_accelerator
def test_both_bindings_fail_alike(tracee_at_syscall_entry):
    not_traced = os.getppid()
    assert _fast.read_syscall_info(not_traced) == binding_ctypes.read_syscall_info(not_traced) == -1
    assert _fast.get_errno() == binding_ctypes.get_errno() == _ESRCH
    assert _fast.ptrace(P.PTRACE_SYSCALL, not_traced, 0, 0) == -1
    assert binding_ctypes.ptrace_fast(P.PTRACE_SYSCALL, not_traced, 0, 0) == -1
    assert _fast.get_errno() == binding_ctypes.get_errno() == _ESRCH


@needs_accelerator
def test_both_bindings_wait_alike(tracee_at_syscall_entry):
    pid = tracee_at_syscall_entry
    nothing = (0, 0, 0)
    for with_cpu_time in (False, True):
        assert _fast.wait_stop(P.WALL | os.WNOHANG, with_cpu_time) == nothing
        assert binding_ctypes.wait_stop(P.WALL | os.WNOHANG, with_cpu_time) == nothing
        assert _fast.poll_stop(P.WALL, 1000, with_cpu_time) == nothing
        assert binding_ctypes.poll_stop(P.WALL, 1000, with_cpu_time) == nothing
    # the exit stop, then the next entry, each reaped by one of them
    for ptrace, wait in ((_fast.ptrace, _fast.wait_stop),
                         (binding_ctypes.ptrace_fast, binding_ctypes.wait_stop)):
        assert ptrace(P.PTRACE_SYSCALL, pid, 0, 0) == 0
        found, status, cpu_us = wait(P.WALL, True)
        assert (found, status) == (pid, _SYSCALL_STOP) and cpu_us >= 0
    for ptrace, poll in ((_fast.ptrace, _fast.poll_stop),
                         (binding_ctypes.ptrace_fast, binding_ctypes.poll_stop)):
        assert ptrace(P.PTRACE_SYSCALL, pid, 0, 0) == 0
        assert poll(P.WALL, 5 * 10**9, False) == (pid, _SYSCALL_STOP, 0)


_NO_CHILD_PROBE = """
import sys
from pytrace.engine import binding_ctypes
waits = [binding_ctypes.wait_stop]
if sys.argv[1] == "fast":
    from pytrace.engine import _fast
    waits.append(_fast.wait_stop)
for wait in waits:
    for with_cpu_time in (False, True):
        try:
            wait(0x40000000, with_cpu_time)
        except ChildProcessError:
            continue
        sys.exit("no ChildProcessError from %r" % wait)
"""


def test_no_child_left_is_child_process_error_for_both():
    # in a process of its own: pytest's may have children
    probe = subprocess.run([sys.executable, "-c", _NO_CHILD_PROBE, "fast" if _fast else "ctypes"],
                           capture_output=True, text=True, timeout=30,
                           cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert probe.returncode == 0, probe.stderr


_WORKLOADS = [
    ([], ["cat", "/etc/passwd"]),
    (["-f", "-e", "trace=%file,%desc"], ["sh", "-c", "echo x > a; cat a; rm a"]),
    (["-e", "trace=%file", "-e", "inject=openat:error=EACCES:when=3"],
     ["cat", "/etc/hostname", "/etc/passwd"]),
]


@pytest.mark.skipif(shutil.which("strace") is None or shutil.which("setarch") is None,
                    reason="strace and setarch are the oracle")
@pytest.mark.parametrize("options, command", _WORKLOADS,
                         ids=[" ".join(o + c)[:50] for o, c in _WORKLOADS])
def test_a_trace_on_ctypes_alone_matches_strace(options, command):
    expected, actual, stderr, (strace_rc, pytrace_rc) = run_both(options, command,
                                                                 accelerated=False)
    assert "Traceback" not in stderr, stderr
    assert pytrace_rc == strace_rc
    ratio, diffs = parity(without_envp_address(expected), without_envp_address(actual))
    assert expected and ratio == 1.0, diffs[:6]
