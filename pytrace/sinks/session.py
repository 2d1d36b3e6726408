"""Wiring one event stream to its consumers: decode what will be printed, then format.

The session is where the decoders meet the tracee: it has a ``Call`` built
(by ``pytrace.decode.calls``, as the JSON sink does) for a syscall only when it will
print it, while the tracee is still stopped (the engine resumes it only when
the next event is asked for).
"""
from __future__ import annotations

import time

from decoders import Call, DecodeOptions
from decoders.render.errors import errno_text, is_restart
from decoders.signals.names import signal_name
from pytrace.engine.events import (DetachEvent, ExecEvent, ExitEvent, GroupStopEvent,
                                   PersonalityEvent, SignalEvent, SyscallEntry, SyscallExit,
                                   SyscallUnfinished)
from pytrace.decode.calls import CallBuilder
from pytrace.engine.arch import ALL_EXEC_NUMBERS, PERSONALITY_NAMES
from pytrace.decode.plans import PlanCache
from pytrace.sinks.text import TextWriter



def needs_line_options(decode_options: DecodeOptions, options: dict) -> bool:
    """Whether these TextSession keywords give an option that changes a call's
    line or which lines show: the session is then sinks/line_options.py's
    LineOptionsSession (a plain run never loads that module)."""
    return (options.get("summary") is not None or bool(options.get("paths"))
            or options.get("statuses") is not None or options.get("durations") is not None
            or bool(options.get("show_number") or options.get("show_ip"))
            or options.get("read_fds") is not None or options.get("write_fds") is not None
            or bool(options.get("tampering")) or options.get("stack_traces") is not None
            or "comm" in decode_options.decode_pids)


class TextSession:
    """Consumes engine events and writes strace's text: each call's line as
    it is when no option changes it or hides it (see needs_line_options)."""

    def __init__(self, writer: TextWriter, decode_options: DecodeOptions = DecodeOptions(),
                 plans: PlanCache | None = None, quiet_exit: bool = False,
                 quiet_superseded: bool = False, quiet_personality: bool = False,
                 show_signal=None, durations: int | None = None, summary=None,
                 statuses: frozenset | None = None, paths=None,
                 show_number: bool = False, show_ip: bool = False,
                 unabbreviated: frozenset = frozenset(),
                 read_fds=None, write_fds=None, tampering: bool = False,
                 stack_traces=None):
        # the options that only LineOptionsSession acts on are noted here too
        self.writer = writer
        self.options = decode_options
        self.plans = plans if plans is not None else PlanCache(decode_options.raw)
        self.calls = CallBuilder(decode_options, unabbreviated)
        self.quiet_exit = quiet_exit
        self.quiet_superseded = quiet_superseded
        self.quiet_personality = quiet_personality
        self.show_signal = show_signal          # signo -> bool, for -e signal=
        self.durations = durations              # -T: digits after the point, None = off
        self.summary = summary                  # -C: also count
        # -z / -Z / -e status=: lines wait for their exit to know whether to show
        self.statuses = statuses
        self.paths = paths                      # -P: a PathMatcher, or None
        self.show_number = show_number          # -n
        self.show_ip = show_ip                  # -i
        self.read_fds = read_fds                # -e read=: fd -> dump?
        self.write_fds = write_fds              # -e write=
        self.dumping = read_fds is not None or write_fds is not None
        self.extras = show_number or show_ip
        self.last_seen: dict[int, tuple[int, int]] = {}   # pid -> (nr, ip), for -n/-i
        self.comms: dict[int, str | None] | None = None   # -Y's (sinks/line_options.py)
        self._handlers = {
            SyscallEntry: self._on_entry, SyscallExit: self._on_exit,
            SyscallUnfinished: self._on_unfinished, SignalEvent: self._on_signal,
            GroupStopEvent: self._on_group_stop, ExitEvent: self._on_process_exit,
            ExecEvent: self._on_exec, DetachEvent: self._on_detach,
            PersonalityEvent: self._on_personality,
        }

    def handle(self, event) -> None:
        handler = self._handlers.get(type(event))
        if handler is not None:
            handler(event)

    def _on_entry(self, event: SyscallEntry) -> None:
        record = event.record
        plan = self.plans[record.nr]
        call = record.call = self.calls.at_entry(record, plan)
        self.writer.syscall_entry(record.pid, plan.name, plan.entry_text(call), record.t_entry)

    def _on_exit(self, event: SyscallExit) -> bool:
        """The end of a call's line; whether it was shown (always, here)."""
        record = event.record
        plan = self.plans[record.nr]
        call = self._call_at_exit(record, plan)
        exit_text = plan.exit_text(call)
        if not exit_text and plan.exit_drops_separator(call, exit_text):
            self.writer.take_back_separator(record.pid)
        self.writer.syscall_exit(record.pid, plan.name, exit_text, outcome(plan, call, record),
                                 record.t_exit)
        self.calls.last_printed[record.pid] = plan.name
        if record.nr in ALL_EXEC_NUMBERS:
            # What the program writes next (the new one's output, or the
            # launched child's "exec: ..." error) comes after this line, as
            # with strace, which writes every line as it ends.
            self.writer.flush_now()
        return True

    def _call_at_exit(self, record, plan) -> Call:
        """The call's Call, now with its result."""
        call = record.call
        if call is None:   # entry reported before we existed (attach): decode now
            call = record.call = self.calls.build(record, plan)
        call.exiting = True
        call.rv = record.rv
        call.errno = record.errno
        return call

    def _on_unfinished(self, event: SyscallUnfinished) -> None:
        record = event.record
        plan = self.plans[record.nr]
        if plan.whole is None:
            pending = bool(plan.exit)
        else:   # a whole-call decoder says so when its entry printed everything
            pending = not (record.call is not None and record.call.saved.get("decoded"))
        self.writer.syscall_unfinished(record.pid, plan.name, pending)

    def _on_personality(self, event: PersonalityEvent) -> None:
        """strace's line when a thread's calls change personality, then the call."""
        if not self.quiet_personality:
            self.writer.event_line(event.pid, personality_line(event), time.time_ns(),
                                   self._event_extra(event.pid, False))
        if event.then is not None:
            self.handle(event.then)

    def _on_signal(self, event: SignalEvent) -> bool:
        """A signal's line; whether it was shown."""
        if self.show_signal is None or self.show_signal(event.signo):
            self.writer.event_line(event.pid, "--- %s %s ---" % (
                signal_name(event.signo), self.calls.siginfo(event.siginfo, event.pid)), event.time,
                self._event_extra(event.pid, False, event.ip))
            return True
        return False

    def _on_group_stop(self, event: GroupStopEvent) -> bool:
        if self.show_signal is None or self.show_signal(event.signo):
            self.writer.event_line(event.pid, "--- stopped by %s ---" % signal_name(event.signo),
                                   event.time, self._event_extra(event.pid, False))
            return True
        return False

    def _on_process_exit(self, event: ExitEvent) -> None:
        self.calls.exited(event.pid)
        if event.signo is not None:
            if self.show_signal is None or self.show_signal(event.signo):
                self.writer.event_line(event.pid, "+++ killed by %s %s+++" % (
                    signal_name(event.signo), "(core dumped) " if event.core else ""),
                    event.time, self._event_extra(event.pid, True))
        elif not self.quiet_exit:
            self.writer.event_line(event.pid, "+++ exited with %d +++" % event.code, event.time,
                                   self._event_extra(event.pid, True))
        self.last_seen.pop(event.pid, None)
        if self.comms is not None:
            self.comms.pop(event.pid, None)
            self.failed_last.pop(event.pid, None)

    def _on_exec(self, event: ExecEvent) -> None:
        self.calls.execed(event.pid, event.old_pid)
        if self.comms is not None:
            self.comms.pop(event.old_pid, None)
            self._reload_comm(event.pid)
        if event.old_pid != event.pid:
            writer = self.writer
            if writer.open_pid == event.old_pid:
                writer.close_open_line(" <pid changed to %d ...>" % event.pid)
            if not self.quiet_superseded:
                writer.event_line(event.pid,
                                  "+++ superseded by execve in pid %d +++" % event.old_pid,
                                  event.time)

    def _on_detach(self, event: DetachEvent) -> None:
        """`` <detached ...>`` ends the line of a call the tracee was inside."""
        self.writer.detached(event.pid)

    def result(self, plan, call: Call, record) -> str:
        """What follows ``= ``."""
        return outcome(plan, call, record)

    def _event_extra(self, pid: int, exited: bool, ip: int | None = None) -> str:
        """-n's and -i's part of a ---/+++ line: none here (LineOptionsSession's)."""
        return ""

    def flush_now(self) -> None:
        self.writer.flush_now()

    def finish(self) -> None:
        self.writer.finish()


def personality_line(event: PersonalityEvent) -> str:
    return "[ Process PID=%d runs in %s mode. ]" % (event.pid, PERSONALITY_NAMES[event.arch])


def outcome(plan, call: Call, record) -> str:
    """What follows ``= ``: the error, or the return value as the call's plan prints it."""
    errno = record.errno
    if errno:
        return ("? " if is_restart(errno) else "-1 ") + errno_text(errno)
    if not plan.returns:
        return "?"
    return plan.ret(record.rv, call)


def touches_paths(plan, record, memories, paths) -> bool:
    """-P: whether the call names one of the paths (``paths``: a PathMatcher)."""
    return paths(plan.name, plan.classes, record.args, record.pid, memories[record.pid])


def outcome_shown(statuses: frozenset | None, finished: bool, failed: bool) -> bool:
    """-z, -Z, -e status=: whether a call that ended so is shown."""
    if statuses is None:
        return True
    if not finished:
        return "unfinished" in statuses
    return ("failed" if failed else "successful") in statuses
