"""The stop classifier on the wait statuses the kernel really produces."""
import os
import signal

from pytrace.engine import binding as P
from pytrace.engine.stops import Stop, classify


def stopped(sig: int, event: int = 0) -> int:
    return (event << 16) | (sig << 8) | 0x7F


def test_exit_and_kill_statuses_from_real_children():
    pid = os.fork()
    if pid == 0:
        os._exit(7)
    _, status = os.waitpid(pid, 0)
    assert classify(status) == (Stop.EXITED, 7, 0)
    pid = os.fork()
    if pid == 0:
        os.kill(os.getpid(), signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert classify(status) == (Stop.KILLED, signal.SIGKILL, 0)


def test_stopped_child_is_a_signal_stop():
    pid = os.fork()
    if pid == 0:
        os.kill(os.getpid(), signal.SIGSTOP)
        os._exit(0)
    _, status = os.waitpid(pid, os.WUNTRACED)
    assert classify(status) == (Stop.SIGNAL, signal.SIGSTOP, 0)
    os.kill(pid, signal.SIGCONT)
    os.waitpid(pid, 0)


def test_ptrace_event_statuses():
    assert classify(stopped(signal.SIGTRAP | 0x80))[0] is Stop.SYSCALL
    assert classify(stopped(signal.SIGSTOP, P.PTRACE_EVENT_STOP))[0] is Stop.GROUP_STOP
    assert classify(stopped(signal.SIGTTIN, P.PTRACE_EVENT_STOP))[0] is Stop.GROUP_STOP
    assert classify(stopped(signal.SIGTRAP, P.PTRACE_EVENT_STOP))[0] is Stop.INTERRUPT
    assert classify(stopped(signal.SIGTRAP, P.PTRACE_EVENT_FORK)) == (
        Stop.NEW_CHILD, signal.SIGTRAP, P.PTRACE_EVENT_FORK)
    assert classify(stopped(signal.SIGTRAP, P.PTRACE_EVENT_EXEC))[0] is Stop.EXEC
    assert classify(stopped(signal.SIGTRAP, P.PTRACE_EVENT_EXIT))[0] is Stop.EXITING
    assert classify(stopped(signal.SIGTRAP, P.PTRACE_EVENT_SECCOMP))[0] is Stop.SECCOMP
