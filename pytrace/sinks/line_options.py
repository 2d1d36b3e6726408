"""The text session with the options that change a call's line or which
lines show: -P, -z/-Z/-e status=, -n/-i, -T, -C, -Y, -e read=/write=,
-e inject= and -k.  A run makes one only when such an option is given
(sinks/session.py's needs_line_options): a plain run never loads this module."""
from __future__ import annotations

from decoders import Call, DecodeOptions, StructlessMemory
from pytrace.engine.arch import ALL_EXEC_NUMBERS, I386_NR_BASE
from pytrace.engine.events import (AttachEvent, DetachEvent, ExecEvent, ExitEvent,
                                   GroupStopEvent, NewProcessEvent, SignalEvent, SyscallEntry,
                                   SyscallExit, SyscallUnfinished)
from pytrace.sinks.session import TextSession, outcome, outcome_shown, touches_paths
from pytrace.sinks.text import TextWriter

PR_SET_NAME = 15   # prctl(PR_SET_NAME, ...) renames the calling thread


class LineOptionsSession(TextSession):
    """TextSession, with the options that change a line or hide some."""

    def __init__(self, writer: TextWriter, decode_options: DecodeOptions, **options):
        super().__init__(writer, decode_options, **options)
        if options.get("tampering"):   # -e inject=: results carry strace's notes
            self.result = self._noted_result
        # -Y: each tracee's comm as strace keeps it: read when the tracee is
        # first shown, again after an execve or a prctl(PR_SET_NAME)
        self.failed_last: dict[int, bool] = {}   # pid -> its last traced call failed
        if "comm" in decode_options.decode_pids and hasattr(writer, "comm_of"):
            self.comms = {}
            writer.comm_of = self._comm_of
            self._handlers[AttachEvent] = self._handlers[NewProcessEvent] = self._on_new_tracee
        stack_traces = options.get("stack_traces")
        if stack_traces is not None:   # -k: a sinks.stacktrace.StackTraces
            self._with_stack_traces(stack_traces)

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

    def _on_new_tracee(self, event) -> None:
        """-Y: a tracee's comm is what it was when it was first traced, as in strace."""
        self._reload_comm(event.pid)

    def _comm_of(self, pid: int) -> str | None:
        comms = self.comms
        if pid not in comms:
            self._reload_comm(pid)
        return comms[pid]

    def _reload_comm(self, pid: int) -> None:
        from decoders.render.pid_details import task_comm   # -Y only
        from pytrace.decode.pidns import proc_pid
        self.comms[pid] = task_comm(proc_pid(pid), self.options.hex_strings)

    def result(self, plan, call: Call, record) -> str:
        text = outcome(plan, call, record)
        return text if self.durations is None else text + self._duration(record)

    def _noted_result(self, plan, call: Call, record) -> str:
        """``result`` with -e inject=: strace's ``(INJECTED)``, ``(DELAYED)``... after it."""
        text = outcome(plan, call, record)
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

    def _on_unfinished(self, event: SyscallUnfinished) -> None:
        record = event.record
        if record.entry_text == "" and self.paths:
            return
        if self.statuses is not None:
            if not outcome_shown(self.statuses, False, False):
                return
            self.writer.syscall_entry(record.pid, self.plans[record.nr].name,
                                      record.entry_text or "", record.t_entry)
        super()._on_unfinished(event)

    def _on_detach(self, event: DetachEvent) -> None:
        """Under -e status= the line of the call the tracee was inside waited
        for an outcome, which this is."""
        record = event.record
        if self.statuses is not None and record is not None and record.entry_text is not None:
            if "detached" not in self.statuses or (record.entry_text == "" and self.paths):
                return
            self.writer.syscall_entry(record.pid, self.plans[record.nr].name, record.entry_text,
                                      record.t_entry, self._extra(record) if self.extras else "")
        super()._on_detach(event)

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
