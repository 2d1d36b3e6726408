"""Wiring one event stream to its consumers: decode what will be printed, then format.

The session is where the decoders meet the tracee: it has a ``Call`` built
(by ``pytrace.decode.calls``, as the JSON sink does) for a syscall only when it will
print it, while the tracee is still stopped (the engine resumes it only when
the next event is asked for).
"""
from __future__ import annotations

import time

from decoders import Call, DecodeOptions, StructlessMemory
from decoders.render.errors import errno_text, is_restart
from decoders.render.scalars import task_comm
from decoders.signals.names import signal_name
from pytrace.engine.events import (AttachEvent, DetachEvent, ExecEvent, ExitEvent, GroupStopEvent,
                                   NewProcessEvent, PersonalityEvent, SignalEvent, SyscallEntry,
                                   SyscallExit, SyscallUnfinished)
from pytrace.decode.calls import CallBuilder
from pytrace.engine.arch import ALL_EXEC_NUMBERS, I386_NR_BASE, PERSONALITY_NAMES
from pytrace.decode.plans import PlanCache
from pytrace.sinks.text import TextWriter

PR_SET_NAME = 15   # prctl(PR_SET_NAME, ...) renames the calling thread


class TextSession:
    """Consumes engine events and writes strace's text."""

    def __init__(self, writer: TextWriter, decode_options: DecodeOptions = DecodeOptions(),
                 plans: PlanCache | None = None, quiet_exit: bool = False,
                 quiet_superseded: bool = False, quiet_personality: bool = False,
                 show_signal=None, durations: int | None = None, summary=None,
                 statuses: frozenset | None = None, paths=None,
                 show_number: bool = False, show_ip: bool = False,
                 unabbreviated: frozenset = frozenset(),
                 read_fds=None, write_fds=None, tampering: bool = False,
                 stack_traces=None):
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
        if tampering:   # -e inject=: results carry strace's notes (chosen once, here)
            self.result = self._noted_result
        self.extras = show_number or show_ip
        self.last_seen: dict[int, tuple[int, int]] = {}   # pid -> (nr, ip), for -n/-i
        # -Y: each tracee's comm as strace keeps it: read when the tracee is
        # first shown, again after an execve or a prctl(PR_SET_NAME)
        self.comms: dict[int, str | None] | None = None
        self.failed_last: dict[int, bool] = {}   # pid -> its last traced call failed
        if "comm" in decode_options.decode_pids and hasattr(writer, "comm_of"):
            self.comms = {}
            writer.comm_of = self._comm_of
        self._handlers = {
            SyscallEntry: self._on_entry, SyscallExit: self._on_exit,
            SyscallUnfinished: self._on_unfinished, SignalEvent: self._on_signal,
            GroupStopEvent: self._on_group_stop, ExitEvent: self._on_process_exit,
            ExecEvent: self._on_exec, DetachEvent: self._on_detach,
            PersonalityEvent: self._on_personality,
        }
        if self.comms is not None:
            self._handlers[AttachEvent] = self._handlers[NewProcessEvent] = self._on_new_tracee
        if (summary is None and not paths and statuses is None and not self.extras
                and self.comms is None and not self.dumping and durations is None
                and not tampering):
            self._handlers[SyscallEntry] = self._on_entry_plain
            self._handlers[SyscallExit] = self._on_exit_plain
        if stack_traces is not None:   # -k: a sinks.stacktrace.StackTraces
            self._with_stack_traces(stack_traces)

    def handle(self, event) -> None:
        handler = self._handlers.get(type(event))
        if handler is not None:
            handler(event)

    def _on_entry(self, event: SyscallEntry) -> None:
        record = event.record
        plan = self.plans[record.nr]
        if self.paths and not touches_paths(plan, record, self.calls.memories, self.paths):
            record.entry_text = ""   # filtered out: its exit prints nothing either
            return
        call = record.call = self.calls.at_entry(record, plan)
        text = plan.entry_text(call)
        if self.statuses is None:
            self.writer.syscall_entry(record.pid, plan.name, text, record.t_entry,
                                      self._extra(record) if self.extras else "")
        else:
            record.entry_text = text

    def _on_entry_plain(self, event: SyscallEntry) -> None:
        """``_on_entry`` when no option changes it (no -P, -z/-Z/-e status=, -n/-i)."""
        record = event.record
        plan = self.plans[record.nr]
        call = record.call = self.calls.at_entry(record, plan)
        self.writer.syscall_entry(record.pid, plan.name, plan.entry_text(call), record.t_entry)

    def _on_exit_plain(self, event: SyscallExit) -> bool:
        """``_on_exit`` when no option changes it (nor -C, -Y, -T, -e read=/write=,
        -e inject=): the same line, with fewer questions asked at every call."""
        record = event.record
        plan = self.plans[record.nr]
        call = self._call_at_exit(record, plan)
        exit_text = plan.exit_text(call)
        if not exit_text and plan.exit_drops_separator(call, exit_text):
            self.writer.take_back_separator(record.pid)
        self.writer.syscall_exit(record.pid, plan.name, exit_text, _outcome(plan, call, record),
                                 record.t_exit)
        self.calls.last_printed[record.pid] = plan.name
        if record.nr in ALL_EXEC_NUMBERS:
            self.writer.flush_now()   # as in _on_exit
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

    def _on_exit(self, event: SyscallExit) -> bool:
        """The end of a call's line; whether it was shown."""
        record = event.record
        if self.summary is not None:
            self.summary.add(record)
        if record.entry_text == "" and self.paths:
            return False
        plan = self.plans[record.nr]
        call = self._call_at_exit(record, plan)
        if self.statuses is not None:
            if not outcome_shown(self.statuses, True, bool(record.errno)):
                return False
            self.writer.syscall_entry(record.pid, plan.name, record.entry_text or "",
                                      record.t_entry,
                                      self._extra(record) if self.extras else "")
        if self.comms is not None:
            # strace tests for success before it has read this call's result:
            # what it sees is whether the previous traced call failed
            previous_failed = self.failed_last.get(record.pid, False)
            self.failed_last[record.pid] = bool(record.errno)
            if plan.name == "prctl" and not previous_failed and record.args[0] == PR_SET_NAME:
                self._reload_comm(record.pid)
        exit_text = plan.exit_text(call)
        if plan.exit_drops_separator(call, exit_text):
            self.writer.take_back_separator(record.pid)
        self.writer.syscall_exit(record.pid, plan.name, exit_text,
                                 self.result(plan, call, record), record.t_exit,
                                 self._extra(record) if self.extras else "")
        self.calls.printed(record.pid, plan.name)
        if record.nr in ALL_EXEC_NUMBERS:
            # What the program writes next (the new one's output, or the
            # launched child's "exec: ..." error) comes after this line, as
            # with strace, which writes every line as it ends.
            self.writer.flush_now()
        if self.dumping:
            # the dumps read the data whatever -e verbose= says, as strace's do
            from pytrace.sinks.dumpio import dumps_for   # -e read=/write= only
            mem = call.mem.inner if isinstance(call.mem, StructlessMemory) else call.mem
            text = dumps_for(plan.name, record.args, record.rv, bool(record.errno),
                             mem, self.read_fds, self.write_fds)
            if text:
                self.writer.raw(record.pid, text)
        return True

    def _on_unfinished(self, event: SyscallUnfinished) -> None:
        record = event.record
        if record.entry_text == "" and self.paths:
            return
        plan = self.plans[record.nr]
        if self.statuses is not None:
            if not outcome_shown(self.statuses, False, False):
                return
            self.writer.syscall_entry(record.pid, plan.name, record.entry_text or "",
                                      record.t_entry)
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

    def _with_stack_traces(self, stacks) -> None:
        """-k: each handler that shows a line about a stopped tracee is
        followed by its backtrace; the others keep or drop what was walked."""
        plain = dict(self._handlers)
        writer = self.writer

        def entry(event):
            stacks.at_entry(event.record.pid, event.record.nr)
            plain[SyscallEntry](event)

        def shown_then_stack(kind):
            def handler(event):
                pid = event.record.pid if kind is SyscallExit else event.pid
                if plain[kind](event):
                    writer.raw(pid, stacks.now(pid))
            return handler

        def gone(kind):
            def handler(event):
                plain[kind](event)
                kept = stacks.gone(event.pid)
                if kept:
                    writer.raw(event.pid, kept)
            return handler

        def execed(event):
            stacks.execed(event.pid, event.old_pid)
            plain[ExecEvent](event)

        self._handlers.update({
            SyscallEntry: entry, ExecEvent: execed,
            SyscallExit: shown_then_stack(SyscallExit), SignalEvent: shown_then_stack(SignalEvent),
            GroupStopEvent: shown_then_stack(GroupStopEvent),
            ExitEvent: gone(ExitEvent), DetachEvent: gone(DetachEvent),
        })

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
        """`` <detached ...>`` ends the line of a call the tracee was inside;
        under -e status= that line waited for an outcome, which this is."""
        record = event.record
        if self.statuses is not None and record is not None and record.entry_text is not None:
            if "detached" not in self.statuses or (record.entry_text == "" and self.paths):
                return
            self.writer.syscall_entry(record.pid, self.plans[record.nr].name, record.entry_text,
                                      record.t_entry, self._extra(record) if self.extras else "")
        self.writer.detached(event.pid)

    def _on_new_tracee(self, event) -> None:
        """-Y: a tracee's comm is what it was when it was first traced, as in strace."""
        self._reload_comm(event.pid)

    def _comm_of(self, pid: int) -> str | None:
        from pytrace.decode.pidns import proc_pid   # -Y only
        comms = self.comms
        if pid not in comms:
            comms[pid] = task_comm(proc_pid(pid), self.options.hex_strings)
        return comms[pid]

    def _reload_comm(self, pid: int) -> None:
        from pytrace.decode.pidns import proc_pid
        self.comms[pid] = task_comm(proc_pid(pid), self.options.hex_strings)

    def _extra(self, record) -> str:
        """-n's ``[  59] `` and -i's ``[00007f...] `` after the leader."""
        nr = record.nr if record.nr < I386_NR_BASE else record.nr - I386_NR_BASE
        self.last_seen[record.pid] = (nr, record.ip)
        text = "[%4d] " % nr if self.show_number else ""
        if self.show_ip:
            text += "[%016x] " % record.ip
        return text

    def _event_extra(self, pid: int, exited: bool, ip: int | None = None) -> str:
        """-n / -i on a ---/+++ line: the thread's last syscall, and where it
        stopped when that was read (a signal's); no address once it is gone."""
        if not self.extras:
            return ""
        nr, last_ip = self.last_seen.get(pid, (0, 0))
        ip = last_ip if ip is None else ip
        text = "[%4d] " % nr if self.show_number else ""
        if self.show_ip:
            text += "[????????????????] " if exited else "[%016x] " % ip
        return text

    def result(self, plan, call: Call, record) -> str:
        text = _outcome(plan, call, record)
        return text if self.durations is None else text + self._duration(record)

    def _noted_result(self, plan, call: Call, record) -> str:
        """``result`` with -e inject=: strace's ``(INJECTED)``, ``(DELAYED)``... after it."""
        text = _outcome(plan, call, record)
        tampered = getattr(record, "tampered", None)   # set only on calls tampered with
        if tampered is not None:
            text += tampered.notes()
        return text if self.durations is None else text + self._duration(record)

    def _duration(self, record) -> str:
        """-T's `` <0.000012>``, as strace prints it: the seconds, then the
        fraction cut (not rounded) to the digits of the precision."""
        digits = self.durations
        seconds, nanoseconds = divmod(record.t_exit - record.t_entry, 1_000_000_000)
        if digits:
            return " <%d.%0*d>" % (seconds, digits, nanoseconds // 10 ** (9 - digits))
        return " <%d>" % seconds

    def flush_now(self) -> None:
        self.writer.flush_now()

    def finish(self) -> None:
        self.writer.finish()


def personality_line(event: PersonalityEvent) -> str:
    return "[ Process PID=%d runs in %s mode. ]" % (event.pid, PERSONALITY_NAMES[event.arch])


def _outcome(plan, call: Call, record) -> str:
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
