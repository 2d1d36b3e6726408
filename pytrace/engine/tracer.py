"""The ptrace engine: start or attach tracees, wait for their stops, resume them.

The engine prints nothing.  ``Engine.events()`` is a generator of event
records; a tracee reported in an event stays stopped until the consumer asks
for the next event, which is what makes it safe for the consumer to read the
tracee's memory while decoding (the invariant the decoders rely on).

Stops are handled as strace 6.1 handles them with PTRACE_SEIZE: group-stops
are resumed with PTRACE_LISTEN so that a SIGSTOPped tracee stays stopped until
SIGCONT; signals are re-injected at their delivery stop; PTRACE_EVENT_EXIT
closes a syscall that will never return (``= ?``); PTRACE_EVENT_EXEC moves a
thread that exec'd to its leader's pid.
"""
from __future__ import annotations

import collections
import ctypes
import os
import signal
import struct
import time
from dataclasses import dataclass
from typing import Callable

from pytrace.engine import binding as P
from pytrace.engine import seccomp
from pytrace.engine.arch import (CLONE_FLAGS_REGISTER_OFFSET, CLONE_SYSCALLS, EXEC_SYSCALLS,
                          REGS_SIZE, RETURN_REGISTER_OFFSET, SIGRETURN_NR,
                          SYSCALL_NR_REGISTER_OFFSET)
from pytrace.engine.events import (AttachEvent, DetachEvent, ExecEvent, ExitEvent, GroupStopEvent,
                            NewProcessEvent, SignalEvent, SyscallEntry, SyscallExit,
                            SyscallRecord, SyscallUnfinished)
from pytrace.engine.stops import CHILD_KINDS, Stop, classify

SYSCALL_STOP_STATUS = (((signal.SIGTRAP | 0x80) << 8) | 0x7F)
_NR = struct.Struct("<Q")
_ARGS = struct.Struct("<6Q")
_IP_SP = struct.Struct("<QQ")
_EXIT = struct.Struct("<qB")
_TIMEVAL = struct.Struct("<qq")
_RESULT_AND_NR = struct.Struct("<%dxq%dxq" % (RETURN_REGISTER_OFFSET,
                                              SYSCALL_NR_REGISTER_OFFSET - RETURN_REGISTER_OFFSET - 8))
_MAX_ERRNO = 4095
SPIN_GROW_START_NS = 10_000
_EINTR = 4


_PYTHON_IGNORED_SIGNALS = (signal.SIGPIPE, signal.SIGXFSZ)


class TraceError(Exception):
    """A user-facing failure to start or attach (printed as ``pytrace: ...``)."""


@dataclass(frozen=True, slots=True)
class EngineOptions:
    follow_forks: bool = False
    kill_on_exit: bool = False
    # Syscall numbers to report; None reports all.  Unreported syscalls still
    # stop the tracee unless a seccomp filter keeps them in the kernel.
    selected: frozenset[int] | None = None
    seccomp_program: bytes | None = None
    cpu_times: bool = False   # read the system CPU time at every stop (for -c)
    # -c: ``tally(pid, nr, failed, cpu_ns, wall_ns)`` is called for every
    # completed syscall instead of yielding SyscallEntry/SyscallExit events;
    # no arguments are read, and without -f, the entry stop reads nothing at all.
    tally: Callable[[int, int, bool, int, int], None] | None = None
    # Longest the engine polls for the next stop before sleeping in wait (0:
    # never).  The budget adapts as the kernel's guest halt-polling does: it
    # doubles when the stop came soon after the engine gave up, halves (down
    # to nothing) when the tracees kept it waiting longer than the limit.
    spin_ns: int = 0


class Tracee:
    __slots__ = ("pid", "in_syscall", "record", "hidden", "attached", "ignore_sigstop", "seccomp",
                 "synced", "tallied")

    def __init__(self, pid: int, hidden: bool = False, attached: bool = False):
        self.pid = pid
        self.in_syscall = False                    # between a syscall's entry and exit stops
        self.record: SyscallRecord | None = None   # that syscall, when it is reported
        self.hidden = hidden                       # launched child before its first execve
        self.attached = attached                   # grabbed with -p: detach, never kill
        self.ignore_sigstop = False
        self.seccomp = False
        # An attached thread's first syscall stop may be an exit: until an
        # entry has been seen, entry and exit are told apart by asking the kernel.
        self.synced = not attached
        # -c: (nr, cpu_us, t_ns) of the syscall in progress when it is counted;
        # nr is -1 when it is read at the exit stop instead.
        self.tallied: tuple[int, int, int] | None = None


class Engine:
    def __init__(self, options: EngineOptions = EngineOptions()):
        self.options = options
        self.tracees: dict[int, Tracee] = {}
        self.child_pid: int | None = None
        self.child_status: int | None = None   # wait status of the launched child
        self.interrupted = 0                   # signal number that asked us to stop
        self._waiting = False
        self.stop_count = 0                    # ptrace stops seen: what tracing cost the tracee
        self._ptrace_options = (P.PTRACE_O_TRACESYSGOOD | P.PTRACE_O_TRACEEXEC
                                | P.PTRACE_O_TRACEEXIT)
        if options.follow_forks:
            self._ptrace_options |= (P.PTRACE_O_TRACEFORK | P.PTRACE_O_TRACEVFORK
                                     | P.PTRACE_O_TRACECLONE)
        if options.kill_on_exit:
            self._ptrace_options |= P.PTRACE_O_EXITKILL
        if options.seccomp_program is not None:
            self._ptrace_options |= P.PTRACE_O_TRACESECCOMP

    # -- starting -------------------------------------------------------

    def spawn(self, path: str, argv: list[str], env: dict | None = None) -> int:
        """Fork, stop the child before its execve, seize it, let it exec."""
        pid = os.fork()
        if pid == 0:   # the child: no Python-level cleanup, ever
            try:
                # Python ignores these at start-up; the command must not inherit that.
                for signo in _PYTHON_IGNORED_SIGNALS:
                    signal.signal(signo, signal.SIG_DFL)
                os.kill(os.getpid(), signal.SIGSTOP)
                if self.options.seccomp_program is not None:
                    seccomp.install(self.options.seccomp_program)
                os.execve(path, argv, os.environ if env is None else env)
            except OSError as err:
                os.write(2, ("pytrace: exec: %s\n" % err.strerror).encode())
            except BaseException:
                pass
            os._exit(1)
        _, status = os.waitpid(pid, os.WUNTRACED)
        if not os.WIFSTOPPED(status):
            raise TraceError("child %d did not stop before exec (status %#x)" % (pid, status))
        try:
            P.seize(pid, self._ptrace_options)
        except OSError as err:
            os.kill(pid, signal.SIGKILL)
            raise TraceError("attach: ptrace(PTRACE_SEIZE, %d): %s" % (pid, err.strerror))
        # Whether the filter really got installed shows at the first seccomp stop.
        self.tracees[pid] = Tracee(pid, hidden=True)
        self.child_pid = pid
        os.kill(pid, signal.SIGCONT)
        return pid

    def attach(self, pid: int) -> list[int]:
        """Seize every thread of process ``pid``; returns the tids attached."""
        try:
            tids = sorted(int(t) for t in os.listdir("/proc/%d/task" % pid))
        except (FileNotFoundError, ProcessLookupError):
            raise TraceError("attach: ptrace(PTRACE_SEIZE, %d): No such process" % pid)
        except (OSError, ValueError):
            tids = [pid]
        if pid in tids:
            tids.remove(pid)
        tids.insert(0, pid)
        attached = []
        for tid in tids:
            if tid in self.tracees:
                continue
            try:
                P.seize(tid, self._ptrace_options)
            except OSError as err:
                if tid == pid:
                    raise TraceError("attach: ptrace(PTRACE_SEIZE, %d): %s" % (pid, err.strerror))
                continue
            P.interrupt(tid)
            self.tracees[tid] = Tracee(tid, attached=True)
            attached.append(tid)
        return attached

    # -- the loop ----------------------------------------------------------

    def events(self):
        """Yield event records until no tracee is left (or we are interrupted)."""
        tracees = self.tracees
        selected = self.options.selected
        follow = self.options.follow_forks
        tally = self.options.tally
        resume = P.resume
        PTRACE_SYSCALL = P.PTRACE_SYSCALL
        PTRACE_CONT = P.PTRACE_CONT
        unpack_exit = _EXIT.unpack_from
        time_ns = time.time_ns
        ptrace = P.ptrace_fast
        GET_INFO = P.PTRACE_GET_SYSCALL_INFO
        GETREGS = P.PTRACE_GETREGS
        INFO_SIZE = P.SYSCALL_INFO_SIZE
        INFO_EXIT = P.SYSCALL_INFO_EXIT
        info_buf = P._info
        info_view = P._info_view
        unpack_nr = _NR.unpack_from
        regs = bytearray(REGS_SIZE)
        regs_buf = (ctypes.c_char * REGS_SIZE).from_buffer(regs)
        unpack_result_and_nr = _RESULT_AND_NR.unpack_from
        cpu_times = self.options.cpu_times
        wait4 = P.wait4_fast
        status_ref = P.wait_status_ref
        wait_status = P.wait_status
        rusage = P.rusage
        get_errno = P.get_errno
        unpack_timeval = _TIMEVAL.unpack_from
        STIME = P.RUSAGE_STIME_OFFSET
        waitpid = os.waitpid
        monotonic_ns = time.monotonic_ns
        WALL_NOHANG = P.WALL | os.WNOHANG
        spin_limit = self.options.spin_ns
        spin_ns = spin_limit
        cpu_us = 0
        queue = collections.deque()   # stops reaped, not handled yet: (pid, status, cpu_us)
        popleft = queue.popleft
        WALL = P.WALL
        stops = 0
        # -c without -f: the entry stop only notes the time; the number and
        # the result are read together at the exit stop (one request, not two).
        defer_number = tally is not None and not follow
        now = time_ns()
        for pid in list(tracees):
            if tracees[pid].attached:
                yield AttachEvent(pid, now)

        while tracees:
            if self.interrupted:
                yield from self._detach_all()
                return
            if not queue:
                try:
                    self._waiting = True
                    pid = 0
                    if spin_ns:
                        # Poll for the next stop a little before sleeping for it.
                        give_up = monotonic_ns() + spin_ns
                        while True:
                            if cpu_times:
                                pid = wait4(-1, status_ref, WALL_NOHANG, rusage)
                                if pid < 0:
                                    break
                                status = wait_status.value
                            else:
                                pid, status = waitpid(-1, WALL_NOHANG)
                            if pid or monotonic_ns() > give_up:
                                break
                    if not pid:
                        if spin_limit:
                            slept_from = monotonic_ns()
                        if cpu_times:
                            pid = wait4(-1, status_ref, WALL, rusage)
                            status = wait_status.value
                        else:
                            pid, status = waitpid(-1, WALL)
                        if spin_limit:
                            # Spinning failed: worth spinning longer if the stop came
                            # soon after, not at all while the tracees mostly sleep.
                            if monotonic_ns() - slept_from <= spin_limit:
                                spin_ns = min(spin_limit, max(spin_ns * 2, SPIN_GROW_START_NS))
                            else:
                                spin_ns = spin_ns // 2 if spin_ns > SPIN_GROW_START_NS else 0
                    if pid < 0:
                        if get_errno() == _EINTR:
                            continue
                        break
                    if cpu_times:
                        seconds, micros = unpack_timeval(rusage, STIME)
                        cpu_us = seconds * 1_000_000 + micros
                    queue.append((pid, status, cpu_us))
                    if len(tracees) > 1:
                        # As strace does: take every stop already there, and handle
                        # them in the order the kernel gave them before waiting again,
                        # so that a tracee resumed just now cannot overtake the others.
                        batch = {pid}
                        while True:
                            if cpu_times:
                                pid = wait4(-1, status_ref, WALL_NOHANG, rusage)
                                if pid <= 0:
                                    break
                                status = wait_status.value
                                seconds, micros = unpack_timeval(rusage, STIME)
                                cpu_us = seconds * 1_000_000 + micros
                            else:
                                pid, status = waitpid(-1, WALL_NOHANG)
                                if not pid:
                                    break
                            queue.append((pid, status, cpu_us))
                            if pid in batch:
                                break   # a second stop of one tracee (killed): after the rest
                            batch.add(pid)
                except ChildProcessError:
                    if not queue:
                        break
                except _Interrupted:
                    continue
                finally:
                    self._waiting = False
            pid, status, cpu_us = popleft()
            stops += 1

            tracee = tracees.get(pid)
            if tracee is None:
                if not follow and not os.WIFSTOPPED(status):
                    continue
                tracee = tracees[pid] = Tracee(pid)

            if status == SYSCALL_STOP_STATUS:
                if tracee.in_syscall:
                    # The exit of the call it entered; the kernel is asked for the
                    # return value only when the call is reported.
                    tracee.in_syscall = False
                    if tally is not None:
                        tallied = tracee.tallied
                        if tallied is not None:
                            tracee.tallied = None
                            nr, cpu_entry, t_entry = tallied
                            if nr < 0:
                                if ptrace(GETREGS, pid, None, regs_buf) >= 0:
                                    rv, nr = unpack_result_and_nr(regs)
                                    if nr == -1:
                                        nr = SIGRETURN_NR
                                    if selected is None or nr in selected:
                                        tally(pid, nr, -_MAX_ERRNO <= rv < 0,
                                              (cpu_us - cpu_entry) * 1000, time_ns() - t_entry)
                            elif ptrace(GET_INFO, pid, INFO_SIZE, info_buf) >= 0:
                                tally(pid, nr, info_view[32] != 0,
                                      (cpu_us - cpu_entry) * 1000, time_ns() - t_entry)
                        ptrace(PTRACE_CONT if tracee.seccomp else PTRACE_SYSCALL, pid, None, None)
                        continue
                    record = tracee.record
                    if record is not None:
                        tracee.record = None
                        if ptrace(GET_INFO, pid, INFO_SIZE, info_buf) >= 0:
                            record.t_exit = time_ns()
                            record.cpu_exit = cpu_us
                            rv, is_error = unpack_exit(info_view, 24)
                            record.rv = rv
                            record.errno = -rv if is_error else 0
                            yield SyscallExit(record)
                    ptrace(PTRACE_CONT if tracee.seccomp else PTRACE_SYSCALL, pid, None, None)
                    continue
                if defer_number and tracee.synced and not tracee.hidden and not tracee.seccomp:
                    tracee.in_syscall = True
                    tracee.tallied = (-1, cpu_us, time_ns())
                    ptrace(PTRACE_SYSCALL, pid, None, None)
                    continue
                if ptrace(GET_INFO, pid, INFO_SIZE, info_buf) < 0:
                    continue   # gone: its exit status will follow
                tracee.synced = True
                if info_view[0] == INFO_EXIT:
                    # First stop after attaching, in the middle of a call.
                    ptrace(PTRACE_CONT if tracee.seccomp else PTRACE_SYSCALL, pid, None, None)
                    continue
                tracee.in_syscall = True
                nr = unpack_nr(info_view, 24)[0]
                if tracee.hidden and nr in EXEC_SYSCALLS:
                    tracee.hidden = False
                if follow and nr in CLONE_SYSCALLS:
                    _keep_child_traced(pid, nr)
                if (selected is None or nr in selected) and not tracee.hidden:
                    if tally is not None:
                        tracee.tallied = (nr, cpu_us, time_ns())
                    else:
                        yield SyscallEntry(self._entry_record(tracee, nr, cpu_us))
                ptrace(PTRACE_SYSCALL, pid, None, None)
                continue

            stop, sig, event = classify(status)
            if stop is Stop.EXITED or stop is Stop.KILLED:
                if pid == self.child_pid:
                    self.child_status = status
                if not tracee.hidden:
                    # still counted while its last line prints, as strace does
                    yield _exit_event(pid, status)
                del tracees[pid]
                continue

            request = PTRACE_CONT if tracee.seccomp and not tracee.in_syscall else PTRACE_SYSCALL
            inject = 0
            if stop is Stop.SECCOMP:
                # The filter is there (children inherit it): from now on resume
                # with PTRACE_CONT between syscalls.  A seccomp stop inside a
                # syscall whose entry-stop we saw already adds nothing.
                tracee.seccomp = True
                if not tracee.in_syscall and ptrace(GET_INFO, pid, INFO_SIZE, info_buf) >= 0:
                    tracee.in_syscall = True
                    tracee.synced = True
                    nr = unpack_nr(info_view, 24)[0]
                    if tracee.hidden and nr in EXEC_SYSCALLS:
                        tracee.hidden = False
                    if follow and nr in CLONE_SYSCALLS:
                        _keep_child_traced(pid, nr)
                    if (selected is None or nr in selected) and not tracee.hidden:
                        if tally is not None:
                            tracee.tallied = (nr, cpu_us, time_ns())
                        else:
                            yield SyscallEntry(self._entry_record(tracee, nr, cpu_us))
                request = PTRACE_SYSCALL
            elif stop is Stop.SIGNAL:
                if tracee.ignore_sigstop and sig == signal.SIGSTOP:
                    tracee.ignore_sigstop = False
                else:
                    info = P.siginfo(pid)
                    if info is None:   # a group-stop seen without SEIZE semantics
                        if not tracee.hidden:
                            yield GroupStopEvent(pid, sig, time_ns())
                        request = P.PTRACE_LISTEN
                    else:
                        if not tracee.hidden:
                            yield SignalEvent(pid, sig, info, time_ns())
                        inject = sig
            elif stop is Stop.GROUP_STOP:
                if not tracee.hidden:
                    yield GroupStopEvent(pid, sig, time_ns())
                request = P.PTRACE_LISTEN
            elif stop is Stop.NEW_CHILD:
                child = P.event_message(pid)
                if child and child not in tracees:
                    new = tracees[child] = Tracee(child)
                    new.seccomp = tracee.seccomp
                if child:
                    yield NewProcessEvent(child, pid, CHILD_KINDS[event], time_ns())
            elif stop is Stop.EXEC:
                old = P.event_message(pid)
                if old and old != pid and old in tracees:
                    # A non-leader thread exec'd: it now has the leader's pid,
                    # and carries on with the execve it was in.
                    moved = tracees.pop(old)
                    moved.pid = pid
                    if moved.record is not None:
                        moved.record.pid = pid
                    tracees[pid] = moved
                    tracee = moved
                if not tracee.hidden:
                    yield ExecEvent(pid, old or pid, time_ns())
            elif stop is Stop.EXITING:
                tracee.in_syscall = False
                tracee.tallied = None
                record = tracee.record
                if record is not None:
                    tracee.record = None
                    yield SyscallUnfinished(record)
                request = PTRACE_SYSCALL
            if not resume(request, pid, inject) and request == P.PTRACE_LISTEN:
                resume(PTRACE_SYSCALL, pid, 0)

        self.stop_count = stops
        if self.interrupted and tracees:
            yield from self._detach_all()

    @staticmethod
    def _entry_record(tracee: Tracee, nr: int, cpu_us: int) -> SyscallRecord:
        """The record of a reported syscall, from the syscall info just read."""
        ip, sp = _IP_SP.unpack_from(P._info_view, 8)
        record = tracee.record = SyscallRecord(
            tracee.pid, nr, _ARGS.unpack_from(P._info_view, 32), time.time_ns(), cpu_us)
        record.ip = ip
        record.sp = sp
        return record

    # -- stopping ----------------------------------------------------------

    @property
    def waiting(self) -> bool:
        """True while the loop blocks for the next stop: no event is being handled."""
        return self._waiting

    def interrupt(self, signo: int) -> None:
        """Called from a signal handler: finish up at the next opportunity."""
        self.interrupted = signo
        if self._waiting:
            raise _Interrupted()

    def _detach_all(self):
        """Detach every tracee, leaving it running (or stopped, if it was) untraced.

        The launched child is killed with the signal that interrupted us, as
        strace does; attached processes are never harmed.
        """
        tracees = self.tracees
        if self.options.kill_on_exit:
            for pid in tracees:
                _signal_quietly(pid, signal.SIGKILL)
        elif self.child_pid in tracees:
            os.kill(self.child_pid, signal.SIGCONT)
            os.kill(self.child_pid, self.interrupted or signal.SIGTERM)
        pending = set()
        for pid in list(tracees):
            # A tracee already in a ptrace-stop (even one whose report the
            # interrupting signal cut short) detaches at once; a running one
            # is interrupted first and detached at its stop.
            if P.detach(pid, 0):
                del tracees[pid]
                yield DetachEvent(pid, time.time_ns())
            elif P.interrupt(pid):
                pending.add(pid)
            else:
                tracees.pop(pid, None)
        while pending:
            try:
                pid, status = os.waitpid(-1, P.WALL)
            except ChildProcessError:
                break
            except _Interrupted:
                continue
            stop, sig, event = classify(status)
            tracee = tracees.pop(pid, None)
            pending.discard(pid)
            if stop is Stop.EXITED or stop is Stop.KILLED:
                if pid == self.child_pid:
                    self.child_status = status
                yield _exit_event(pid, status)
                continue
            if stop is Stop.NEW_CHILD:
                child = P.event_message(pid)
                if child and child not in tracees:
                    tracees[child] = Tracee(child)
                    pending.add(child)
                    P.interrupt(child)
            deliver = sig if stop is Stop.SIGNAL else 0
            P.detach(pid, deliver)
            if tracee is not None:
                yield DetachEvent(pid, time.time_ns())
        tracees.clear()


class _Interrupted(Exception):
    """Raised by the signal handler to break out of a blocking wait."""


CLONE_UNTRACED = 0x00800000
_WORD = struct.Struct("<Q")


def _keep_child_traced(pid: int, nr: int) -> None:
    """With -f, no child may escape: clear CLONE_UNTRACED before the call runs.

    Such a child would not be auto-attached (strace's issue #303), and under
    the seccomp filter it inherits, every call the filter traces would fail
    with ENOSYS.  The syscall info was just read, so the arguments are at hand.
    """
    first_arg = _WORD.unpack_from(P._info_view, 32)[0]
    if nr == 56:   # clone: the flags are the first argument
        if first_arg & CLONE_UNTRACED:
            P.poke_user(pid, CLONE_FLAGS_REGISTER_OFFSET, first_arg & ~CLONE_UNTRACED)
        return
    # clone3: the flags are the first field of the struct clone_args it points to
    data = P.read_memory(pid, first_arg, 8)
    if len(data) == 8:
        flags = _WORD.unpack(data)[0]
        if flags & CLONE_UNTRACED:
            P.poke_data(pid, first_arg, flags & ~CLONE_UNTRACED)


def _exit_event(pid: int, status: int) -> ExitEvent:
    """The event for an exit or kill wait status."""
    if os.WIFSIGNALED(status):
        return ExitEvent(pid, None, os.WTERMSIG(status), os.WCOREDUMP(status), time.time_ns())
    return ExitEvent(pid, os.WEXITSTATUS(status), None, False, time.time_ns())


def _signal_quietly(pid: int, signo: int) -> None:
    try:
        os.kill(pid, signo)
    except ProcessLookupError:
        pass

