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

import errno
import _signal as signal   # plain ints: the signal module's enums cost every start
import os
import struct
import time

from decoders.record import Record
from pytrace.engine import binding as P
from pytrace.engine.launch import (Command, TraceError, exec_command, ready_to_exec,
                                   set_credentials, take_sigchld)
from pytrace.engine.arch import (AUDIT_ARCH, AUDIT_ARCH_I386, CLONE_FLAGS_REGISTER_OFFSET,
                                 CLONE_SYSCALLS, EXEC_SYSCALLS, EXIT_REGISTERS_FORMAT,
                                 I386_NR_BASE, INSTRUCTION_POINTER_OFFSET,
                                 I386_RT_SIGRETURN_NR, SIGRETURN_NR, USER_CS_32,
                                 USER_CS_64, syscall_info_from_registers)
from pytrace.engine.events import (AttachEvent, DetachEvent, ExecEvent, GroupStopEvent,
                            NewProcessEvent, SignalEvent, SyscallEntry, SyscallExit,
                            PersonalityEvent, SyscallRecord, SyscallUnfinished,
                            UNAVAILABLE_NR, UnknownPidEvent, exit_event)
from pytrace.engine.stops import CHILD_KINDS, Stop, classify
from pytrace.engine.waiting import Interrupted, StopWaiter

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable

    from pytrace.engine.credentials import Credentials

SYSCALL_STOP_STATUS = (((signal.SIGTRAP | 0x80) << 8) | 0x7F)
# ptrace_syscall_info's arch (offset 4) and, at an entry, the number (offset 24)
_ARCH_NR = struct.Struct("<I16xQ")
_ARGS = struct.Struct("<6Q")
_IP_SP = struct.Struct("<QQ")
_EXIT = struct.Struct("<qB")
_EXIT_REGISTERS = struct.Struct(EXIT_REGISTERS_FORMAT)
_U32 = 0xFFFFFFFF
_MAX_ERRNO = 4095
# the loop's order to drop a tracee that is gone, once its last event is taken
_FORGET = -1



class EngineOptions(Record):
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
    # -e inject= / -e fault=: InjectRule objects (pytrace.engine.tampering),
    # ``report(message)`` for strace's "Failed to tamper ..." diagnostics, and
    # with -P ``entry_filter(record)``: whether a reported call may be tampered with.
    inject: tuple = ()
    report: Callable[[str], None] | None = None
    entry_filter: Callable | None = None
    # -b execve: a tracee that execs is let go (the command's own first exec excepted)
    detach_on_execve: bool = False
    # Syscall numbers the table knows: any other number is always reported,
    # whatever ``selected`` says (strace traces unknown numbers raw).
    known: frozenset[int] | None = None
    # the name the command's own "NAME: exec: ..." message starts with
    program_name: str = "pytrace"
    # -i: a signal's event carries where the thread stopped (strace prints it)
    signal_ip: bool = False
    # -k: count the returns of syscalls that change memory mappings, in any
    # tracee, reported or not (``Engine.maps_generation``)
    track_mappings: bool = False
    # Children of the tracer that are not tracees (the -o '|cmd' process): a
    # wait for any child reaps them too, and their exit must not be reported.
    untraced_children: frozenset[int] = frozenset()
    # -d: ``debug(message)`` for strace's debug lines about the engine itself
    debug: Callable[[str], None] | None = None


class Tracee:
    __slots__ = ("pid", "in_syscall", "record", "hidden", "attached", "ignore_sigstop", "seccomp",
                 "synced", "tallied", "tamper", "inject_counts", "changing_maps", "arch")

    def __init__(self, pid: int, hidden: bool = False, attached: bool = False,
                 arch: int = AUDIT_ARCH):
        self.pid = pid
        # the personality of its last syscall (strace's currpers), as an audit arch
        self.arch = arch
        self.in_syscall = False                    # between a syscall's entry and exit stops
        self.record: SyscallRecord | None = None   # that syscall, when it is reported
        self.hidden = hidden                       # launched child until an execve succeeds
        self.attached = attached                   # grabbed with -p: detach, never kill
        self.ignore_sigstop = False
        self.seccomp = False
        # An attached thread's first syscall stop may be an exit: until an
        # entry has been seen, entry and exit are told apart by asking the kernel.
        self.synced = not attached
        # -c: (nr, cpu_us, t_ns) of the syscall in progress when it is counted;
        # nr is -1 when it is read at the exit stop instead.
        self.tallied: tuple[int, int, int] | None = None
        # -e inject=: what is being done to the call in progress, and the
        # per-syscall counts of when= (see engine/tampering.py)
        self.tamper = None
        self.inject_counts: dict | None = None
        self.changing_maps = False   # -k: inside a call that may change its mappings


class Engine:
    def __init__(self, options: EngineOptions = EngineOptions()):
        self.options = options
        self.tracees: dict[int, Tracee] = {}
        self.child_pid: int | None = None
        self.child_status: int | None = None   # wait status of the launched child
        # tracees let go while tracing goes on (-b execve): their exits, reaped
        # by a wait for any child when they are ours, are not "unknown"
        self._let_go: set[int] = set()
        self.interrupted = 0                   # signal number that asked us to stop
        self.stop_count = 0                    # ptrace stops seen: what tracing cost the tracee
        # -k: how many times a tracee's memory mappings may have changed so far
        self.maps_generation = 0
        self.killed = 0                        # tracees killed at the end (kill_on_exit)
        self._held: tuple[int, int, int] | None = None   # (pid, request, signal) of the event out
        self._waiter = StopWaiter(options.spin_ns, options.cpu_times)
        # the options the handlers consult at every stop, as plain attributes
        self._selected = options.selected
        self._follow = options.follow_forks
        self._tally = options.tally
        self._known = options.known if options.known is not None \
            else range(2 * I386_NR_BASE)   # every number of both personalities
        # -c without -f: the entry stop only notes the time; the number and
        # the result are read together at the exit stop (one request, not two).
        self._defer_number = (options.tally is not None and not options.follow_forks
                              and not options.inject)
        # dispatch_event: the handler of each kind of stop other than a
        # syscall stop or an exit (those come first, and most often)
        self._handlers = {
            Stop.SECCOMP: self._on_seccomp,
            Stop.SIGNAL: self._on_signal,
            Stop.GROUP_STOP: self._on_group_stop,
            Stop.NEW_CHILD: self._on_new_child,
            Stop.EXEC: self._on_exec,
            Stop.EXITING: self._on_exiting,
        }
        self._ptrace_options = (P.PTRACE_O_TRACESYSGOOD | P.PTRACE_O_TRACEEXEC
                                | P.PTRACE_O_TRACEEXIT)
        if options.follow_forks:
            self._ptrace_options |= (P.PTRACE_O_TRACEFORK | P.PTRACE_O_TRACEVFORK
                                     | P.PTRACE_O_TRACECLONE)
        if options.kill_on_exit:
            self._ptrace_options |= P.PTRACE_O_EXITKILL
        if options.seccomp_program is not None:
            self._ptrace_options |= P.PTRACE_O_TRACESECCOMP
        if options.track_mappings:   # -k: the calls that change mappings noted; only then
            from pytrace.engine.mappings import note_mapping_changes
            note_mapping_changes(self)
        # the syscall-stop handlers the loop dispatches to: with -e inject=,
        # wrapped once here, so that runs without it do no work for it
        self._on_entry, self._on_exit = self._on_syscall_entry, self._on_syscall_exit
        if options.inject:
            self._set_up_tampering()
        if options.debug is not None:
            from pytrace.engine.syscall_info_check import check_at_first_entry
            check_at_first_entry(self)
        # -c and nothing else done at a syscall stop: the accelerator reaps
        # the stops and counts the syscall stops itself (engine/counting.py)
        self._counting = None
        if (options.tally is not None and not options.inject and options.debug is None
                and not options.track_mappings and P.count_syscall_stops is not None):
            from pytrace.engine.counting import CountingReaper
            self._counting = CountingReaper(self._waiter, self.tracees, self._tally,
                                            self._selected, self._known, self._follow)
            self._waiter.reap_by(self._counting.reap)
            self._defer_number = False   # it reads the number at entry, at no cost to speak of

    def _set_up_tampering(self) -> None:
        from pytrace.engine.tampering import Tamperer
        options = self.options
        tamperer = Tamperer(options.inject, options.selected,
                            options.report or (lambda message: None), self._waiter.hold,
                            options.entry_filter)
        self._on_entry = tamperer.wrap_entry(self._on_syscall_entry)
        self._on_exit = tamperer.wrap_exit(self._on_syscall_exit)
        self._handlers[Stop.SECCOMP] = tamperer.wrap_entry(self._on_seccomp)
        if self._tally is not None:
            self._tally = tamperer.wrap_tally(self._tally)

    # -- starting -------------------------------------------------------

    def command(self, path: str, argv: list[str], env: dict | None = None,
                credentials: Credentials | None = None) -> Command:
        """The command to start, with the engine's filter and name."""
        return ready_to_exec(Command(path, list(argv), env, credentials,
                                     self.options.seccomp_program, self.options.program_name,
                                     take_sigchld()))

    def spawn(self, path: str, argv: list[str], env: dict | None = None,
              credentials: Credentials | None = None) -> int:
        """Fork, stop the child before its execve, seize it, let it exec."""
        return self.start(self.command(path, argv, env, credentials))

    def start(self, command: Command) -> int:
        """``spawn`` of a command made by ``command()``."""
        pid = os.fork()
        if pid == 0:   # the child: no Python-level cleanup, ever
            try:
                set_credentials(command)
                os.kill(os.getpid(), signal.SIGSTOP)
            except BaseException:
                os._exit(1)
            exec_command(command)
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

    def adopt(self, pid: int) -> None:
        """-D: take hold of the command, which is about to exec (engine/attach.py)."""
        from pytrace.engine.attach import adopt
        adopt(self, pid)

    def attach(self, pid: int) -> list[int]:
        """-p: seize every thread of process ``pid``; returns the tids attached
        (engine/attach.py)."""
        from pytrace.engine.attach import attach
        return attach(self, pid)

    @property
    def ptrace_options(self) -> int:
        return self._ptrace_options

    # -- the loop ----------------------------------------------------------

    def events(self):
        """Yield event records until no tracee is left (or we are interrupted).

        strace's loop: take the next stop (``next_event``), hand it to the
        handler of its kind (``dispatch_event``), and resume the tracee only
        once the consumer has taken the event, so that it may read the stopped
        tracee's memory meanwhile.  Every handler returns ``(event or None,
        resume request, signal to deliver)``; the request is 0 for a tracee
        that is gone, _FORGET for one whose exit is being reported."""
        yield from self._attach_events()
        tracees = self.tracees
        waiter = self._waiter
        queue = waiter.queue
        next_stop = queue.popleft
        on_entry, on_exit, on_other = self._on_entry, self._on_exit, self._on_other_stop
        resume = P.ptrace_fast
        stops = 0
        while tracees:
            if self.interrupted:
                break
            if not queue:
                try:
                    if not waiter.reap(len(tracees) > 1):
                        break
                except Interrupted:
                    continue
            pid, status, cpu_us = next_stop()
            stops += 1
            tracee = tracees.get(pid)
            if tracee is None:
                tracee, event = self._on_unknown_pid(pid, status)
                if tracee is None:
                    if event is not None:
                        yield event
                    continue
            # dispatch: each handler says what to report and how to resume
            if status == SYSCALL_STOP_STATUS:
                handler = on_exit if tracee.in_syscall else on_entry
            else:
                handler = on_other
            event, request, signo = handler(tracee, status, cpu_us)
            if event is not None:
                # held in its stop while the consumer has the event: if the
                # consumer stops here, detach_all resumes it as asked
                self._held = (pid, request, signo)
                yield event
                self._held = None
            if request > 0:
                if resume(request, pid, 0, signo) < 0 and request == P.PTRACE_LISTEN:
                    resume(P.PTRACE_SYSCALL, pid, 0, 0)
            elif request is _FORGET:
                del tracees[pid]
        self.stop_count = stops + (self._counting.handled if self._counting is not None else 0)
        if self.interrupted and tracees:
            yield from self.detach_all(self.interrupted)
        elif not tracees:
            yield from self._unknown_exits()
        waiter.release()

    def _attach_events(self):
        now = time.time_ns()
        for pid, tracee in list(self.tracees.items()):
            if tracee.attached:
                yield AttachEvent(pid, now)

    def _on_unknown_pid(self, pid: int, status: int):
        """A pid not known yet: ``(tracee, None)`` for a new child under -f whose
        first stop came before its parent's fork event; otherwise ``(None,
        event)``.  Without -f, a child cloned with CLONE_PTRACE is traced by the
        kernel's doing: it is let go at once.  An exit is of a child of ours
        that we never traced (CLONE_PARENT makes such siblings of our tracee),
        unless it is one we know of (the -o '|cmd' process): nothing to say."""
        if pid in self.options.untraced_children:
            return None, None
        if not os.WIFSTOPPED(status):
            if pid in self._let_go:
                self._let_go.discard(pid)
                return None, None
            return None, UnknownPidEvent(pid, True, time.time_ns())
        if self._follow:
            tracee = self.tracees[pid] = Tracee(pid)
            return tracee, None
        P.detach(pid, 0)
        return None, UnknownPidEvent(pid, False, time.time_ns())

    def _unknown_exits(self):
        """Children of ours we never traced that are gone already: the kernel
        reports them after our tracees' stops, so they may be left when the
        last tracee is gone."""
        while True:
            try:
                pid, status = os.waitpid(-1, P.WALL | os.WNOHANG)
            except ChildProcessError:
                return
            if pid <= 0:
                return
            if pid not in self.options.untraced_children and pid not in self._let_go:
                yield UnknownPidEvent(pid, True, time.time_ns())

    def _on_other_stop(self, tracee: Tracee, status: int, cpu_us: int):
        """Any stop but a syscall stop: exits, signals, ptrace events."""
        stop, sig, event = classify(status)
        if stop is Stop.EXITED or stop is Stop.KILLED:
            return self._on_exited(tracee, status), _FORGET, 0
        handler = self._handlers.get(stop)
        if handler is None:   # PTRACE_INTERRUPT, VFORK_DONE: nothing to report
            return None, self._between_calls(tracee), 0
        return handler(tracee, sig, event, cpu_us)

    def _between_calls(self, tracee: Tracee) -> int:
        """How to resume a tracee stopped outside a syscall's entry and exit:
        under the seccomp filter only the filter's stops are wanted."""
        return P.PTRACE_CONT if tracee.seccomp and not tracee.in_syscall else P.PTRACE_SYSCALL

    # -- syscall stops ------------------------------------------------------

    def _on_syscall_entry(self, tracee: Tracee, status: int, cpu_us: int):
        if self._defer_number and tracee.synced and not tracee.hidden and not tracee.seccomp:
            # -c without -f: only the time; the number comes with the result at exit
            tracee.in_syscall = True
            tracee.tallied = (-1, cpu_us, time.time_ns())
            return None, P.PTRACE_SYSCALL, 0
        pid = tracee.pid
        if P.read_syscall_info(pid) < 0 \
                and not self._registers_instead(pid, False):
            return self._entry_unavailable(tracee, cpu_us), 0, 0
        tracee.synced = True
        if P.info_view[0] == P.SYSCALL_INFO_EXIT:
            # First stop after attaching, in the middle of a call.
            return None, self._between_calls(tracee), 0
        return self._entered(tracee, cpu_us), P.PTRACE_SYSCALL, 0

    def _registers_instead(self, pid: int, exiting: bool) -> bool:
        """After PTRACE_GET_SYSCALL_INFO failed: when the kernel refused the
        request (EIO), its answer made from the registers, as strace reads
        them then; False when the tracee is gone (ESRCH)."""
        if P.get_errno() != errno.EIO \
                or P.read_registers(pid) < 0:
            return False
        syscall_info_from_registers(P.registers_view, P.info_view, exiting)
        return True

    def _entered(self, tracee: Tracee, cpu_us: int):
        """A syscall's entry, from the syscall info just read: reported or not.

        The launched child is hidden until its first execve succeeds; the
        attempts are shown, failed ones included, as strace does.  A call
        of the other personality than the thread's last one is reported
        (with the call, if that is reported) as a PersonalityEvent."""
        tracee.in_syscall = True
        arch, nr = _ARCH_NR.unpack_from(P.info_view, 4)
        if arch != AUDIT_ARCH:
            nr += I386_NR_BASE   # the only other personality of x86_64 the kernel reports
        if tracee.hidden and nr not in EXEC_SYSCALLS:
            return None
        if self._follow and nr in CLONE_SYSCALLS:
            _keep_child_traced(tracee.pid, nr)
        reported = None
        selected = self._selected
        if selected is None or nr in selected or nr not in self._known:
            if self._tally is not None:
                tracee.tallied = (nr, cpu_us, time.time_ns())
            else:
                reported = SyscallEntry(self._entry_record(tracee, nr, cpu_us))
        if arch != tracee.arch:
            tracee.arch = arch
            return PersonalityEvent(tracee.pid, arch, reported)
        return reported

    def _entry_unavailable(self, tracee: Tracee, cpu_us: int):
        """A syscall entered whose number cannot be read: the tracee was killed
        at its entry stop.  strace shows it as ``???(`` whatever the filter,
        and its end as ``<... ??? resumed>) = ?`` when the exit comes."""
        tracee.in_syscall = True
        if tracee.hidden or self._tally is not None:
            return None
        record = tracee.record = SyscallRecord(tracee.pid, UNAVAILABLE_NR, (0,) * 6,
                                               time.time_ns(), cpu_us)
        return SyscallEntry(record)

    def _on_syscall_exit(self, tracee: Tracee, status: int, cpu_us: int):
        """The exit of the call it entered; the kernel is asked for the return
        value only when the call is reported."""
        tracee.in_syscall = False
        request = P.PTRACE_CONT if tracee.seccomp else P.PTRACE_SYSCALL
        if self._tally is not None:
            if tracee.tallied is not None:
                return self._count(tracee, cpu_us), request, 0
            return None, request, 0
        record = tracee.record
        if record is None:
            return None, request, 0
        tracee.record = None
        if P.read_syscall_info(tracee.pid) < 0 \
                and not self._registers_instead(tracee.pid, True):
            return None, request, 0
        record.t_exit = time.time_ns()
        record.cpu_exit = cpu_us
        rv, is_error = _EXIT.unpack_from(P.info_view, 24)
        record.rv = rv
        record.errno = -rv if is_error else 0
        return SyscallExit(record), request, 0

    def _count(self, tracee: Tracee, cpu_us: int):
        """-c: one completed syscall for the tally, no record made; a
        PersonalityEvent when the call, read only now, changed personality."""
        nr, cpu_entry, t_entry = tracee.tallied
        tracee.tallied = None
        pid = tracee.pid
        if nr >= 0:
            if P.read_syscall_info(pid) >= 0 \
                    or self._registers_instead(pid, True):
                self._tally(pid, nr, P.info_view[32] != 0,
                            (cpu_us - cpu_entry) * 1000, time.time_ns() - t_entry)
            return None
        if P.read_registers(pid) < 0:
            return None
        r11, rv, rcx, nr, rip, cs, flags = _EXIT_REGISTERS.unpack_from(P.registers_view)
        changed = None
        if cs != USER_CS_64 or rcx != rip or r11 != flags:
            # not the `syscall` instruction's registers: a 32-bit process, int
            # $0x80, or a call that replaced them (execve, rt_sigreturn)
            nr, changed = self._exit_personality(tracee, nr, cs)
        elif tracee.arch != AUDIT_ARCH:
            tracee.arch = AUDIT_ARCH
            changed = PersonalityEvent(pid, AUDIT_ARCH, None)
        if nr == -1:
            nr = SIGRETURN_NR
        selected = self._selected
        if selected is None or nr in selected:
            self._tally(pid, nr, -_MAX_ERRNO <= rv < 0,
                        (cpu_us - cpu_entry) * 1000, time.time_ns() - t_entry)
        return changed

    def _exit_personality(self, tracee: Tracee, nr: int, cs: int):
        """-c without -f, at an exit whose registers do not say it was a
        64-bit call: (the engine's number for it, a PersonalityEvent or None)."""
        arch = AUDIT_ARCH_I386 if cs == USER_CS_32 else AUDIT_ARCH
        if cs == USER_CS_64 and P.read_syscall_info(tracee.pid) >= 0:
            arch = _ARCH_NR.unpack_from(P.info_view, 4)[0]
        if arch != AUDIT_ARCH:
            # the kernel's sigreturn leaves -1 as the number: the 32-bit
            # rt_sigreturn is the one libc's handlers return through
            nr = (I386_RT_SIGRETURN_NR if nr == -1 else nr & _U32) + I386_NR_BASE
        if arch == tracee.arch:
            return nr, None
        tracee.arch = arch
        return nr, PersonalityEvent(tracee.pid, arch, None)

    # -- the other stops ----------------------------------------------------

    def _on_exited(self, tracee: Tracee, status: int):
        pid = tracee.pid
        if pid == self.child_pid:
            self.child_status = status
        # the loop forgets it once the consumer is done: it is still counted
        # while its last line prints, as strace does (which reports the end
        # even of a command whose exec failed)
        return exit_event(pid, status)

    def _on_seccomp(self, tracee: Tracee, sig: int, event: int, cpu_us: int):
        """The filter is there (children inherit it): from now on resume with
        PTRACE_CONT between syscalls.  A seccomp stop inside a syscall whose
        entry-stop we saw already adds nothing."""
        tracee.seccomp = True
        if tracee.in_syscall:
            return None, P.PTRACE_SYSCALL, 0
        if P.read_syscall_info(tracee.pid) < 0 \
                and not self._registers_instead(tracee.pid, False):
            return self._entry_unavailable(tracee, cpu_us), 0, 0
        tracee.synced = True
        return self._entered(tracee, cpu_us), P.PTRACE_SYSCALL, 0

    def _on_signal(self, tracee: Tracee, sig: int, event: int, cpu_us: int):
        """A signal-delivery-stop: reported, then delivered as the tracee resumes."""
        request = self._between_calls(tracee)
        if tracee.ignore_sigstop and sig == signal.SIGSTOP:
            tracee.ignore_sigstop = False
            return None, request, 0
        info = P.siginfo(tracee.pid)
        if info is None:   # a group-stop seen without SEIZE semantics
            return self._on_group_stop(tracee, sig, event, cpu_us)
        if tracee.hidden:
            return None, request, sig
        ip = P.peek_user(tracee.pid, INSTRUCTION_POINTER_OFFSET) if self.options.signal_ip else None
        return SignalEvent(tracee.pid, sig, info, time.time_ns(), ip), request, sig

    def _on_group_stop(self, tracee: Tracee, sig: int, event: int, cpu_us: int):
        """Stopped by SIGSTOP and the like: PTRACE_LISTEN keeps it stopped until SIGCONT."""
        reported = None if tracee.hidden else GroupStopEvent(tracee.pid, sig, time.time_ns())
        return reported, P.PTRACE_LISTEN, 0

    def _on_new_child(self, tracee: Tracee, sig: int, event: int, cpu_us: int):
        """fork, vfork or clone under -f: the child is traced from its first instruction."""
        child = P.event_message(tracee.pid)
        reported = None
        if child:
            if child not in self.tracees:
                new = self.tracees[child] = Tracee(child, arch=tracee.arch)
                new.seccomp = tracee.seccomp
            reported = NewProcessEvent(child, tracee.pid, CHILD_KINDS[event], time.time_ns())
        return reported, self._between_calls(tracee), 0

    def _on_exec(self, tracee: Tracee, sig: int, event: int, cpu_us: int):
        pid = tracee.pid
        old = P.event_message(pid)
        tracees = self.tracees
        if old and old != pid and old in tracees:
            # A non-leader thread exec'd: it now has the leader's pid,
            # and carries on with the execve it was in.
            moved = tracees.pop(old)
            moved.pid = pid
            if moved.record is not None:
                moved.record.pid = pid
            tracees[pid] = tracee = moved
        first = tracee.hidden   # the launched command's own first execve
        tracee.hidden = False
        if self.options.detach_on_execve and not first:
            # -b execve: let it go; the command's own first exec is the one kept
            P.detach(pid, 0)
            self._let_go.add(pid)
            if pid == self.child_pid:
                self.child_pid = None
            return DetachEvent(pid, time.time_ns(), tracee.record), _FORGET, 0
        return ExecEvent(pid, old or pid, time.time_ns()), self._between_calls(tracee), 0

    def _on_exiting(self, tracee: Tracee, sig: int, event: int, cpu_us: int):
        """PTRACE_EVENT_EXIT: a syscall in progress will never return (``= ?``)."""
        tracee.in_syscall = False
        deferred = tracee.tallied is not None and tracee.tallied[0] < 0
        tracee.tallied = None
        record = tracee.record
        reported = None
        if record is not None:
            tracee.record = None
            reported = SyscallUnfinished(record)
        elif deferred and tracee.arch != AUDIT_ARCH:
            # -c without -f read nothing at the entry of this last call (an
            # exit_group, usually): its personality is still the kernel's to tell
            if P.read_syscall_info(tracee.pid) >= 0:
                arch = _ARCH_NR.unpack_from(P.info_view, 4)[0]
                if arch != tracee.arch:
                    tracee.arch = arch
                    reported = PersonalityEvent(tracee.pid, arch, None)
        return reported, P.PTRACE_SYSCALL, 0

    @staticmethod
    def _entry_record(tracee: Tracee, nr: int, cpu_us: int) -> SyscallRecord:
        """The record of a reported syscall, from the syscall info just read."""
        ip, sp = _IP_SP.unpack_from(P.info_view, 8)
        args = _ARGS.unpack_from(P.info_view, 32)
        if nr >= I386_NR_BASE:
            args = tuple([arg & _U32 for arg in args])
        record = tracee.record = SyscallRecord(tracee.pid, nr, args, time.time_ns(), cpu_us)
        record.ip = ip
        record.sp = sp
        return record

    # -- stopping ----------------------------------------------------------

    @property
    def waiting(self) -> bool:
        """True while the loop blocks for the next stop: no event is being handled."""
        return self._waiter.waiting

    def interrupt(self, signo: int) -> None:
        """Called from a signal handler: finish up at the next opportunity."""
        self.interrupted = signo
        if self._waiter.waiting:
            raise Interrupted()

    def detach_all(self, child_signal: int = 0):
        """Detach every tracee, leaving it running (or stopped, if it was) untraced;
        yields what happens to each (see engine/detach.py).  Also when events()
        was left at a yield."""
        from pytrace.engine.detach import detach_all
        return detach_all(self, child_signal)

    def _new_tracee(self, pid: int, **state) -> Tracee:
        """A tracee taken hold of by engine/attach.py, or met while letting the
        others go (a child born meanwhile, engine/detach.py)."""
        tracee = self.tracees[pid] = Tracee(pid, **state)
        return tracee

CLONE_UNTRACED = 0x00800000
_WORD = struct.Struct("<Q")


def _keep_child_traced(pid: int, nr: int) -> None:
    """With -f, no child may escape: clear CLONE_UNTRACED before the call runs.

    Such a child would not be auto-attached (strace's issue #303), and under
    the seccomp filter it inherits, every call the filter traces would fail
    with ENOSYS.  The syscall info was just read, so the arguments are at hand.
    """
    first_arg = _WORD.unpack_from(P.info_view, 32)[0]
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

