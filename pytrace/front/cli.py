"""pytrace's command line: Options -> engine -> session -> output.

User mistakes end with one ``pytrace: ...`` line and exit status 1, never a
traceback.  pytrace exits with its tracee's status, and when the tracee was
killed by a signal, pytrace ends itself by the same signal, as strace does.
"""
from __future__ import annotations

import _signal   # signal's C module: plain ints, no enum (its import costs ~3 ms)
import os
import stat
import sys

from pytrace.front.descriptors import hold_standard_fds, release_standard_fds
from pytrace.front.options import EVERYTHING, NOTHING, Options, UsageError, color_wanted, parse
from pytrace.sinks import output


def program_name(argv0: str | None = None) -> str:
    """The name pytrace's messages start with: the one it was invoked by, as
    strace's do (``strace: ...`` when a link named strace runs it), and
    ``pytrace`` under ``python3 -m pytrace``."""
    if argv0 is None:
        argv0 = sys.argv[0] if sys.argv else ""
    name = os.path.basename(argv0)
    return "pytrace" if name in ("", "-c", "-m", "__main__.py") else name


PROG = program_name()

INTERRUPTING_SIGNALS = (_signal.SIGINT, _signal.SIGTERM, _signal.SIGHUP, _signal.SIGQUIT,
                        _signal.SIGPIPE)
PATH_MAX = 4096


def write_stderr(text: str) -> None:
    """Bytes to stderr as the user gave them (a raw byte of an argument is
    written back raw, as strace writes it), in one write."""
    try:
        sys.stderr.flush()
        os.write(2, text.encode("utf-8", "surrogateescape"))
    except (OSError, ValueError, AttributeError):
        pass


def error(message: str) -> None:
    write_stderr("%s: %s\n" % (PROG, message))


def usage_error(err: UsageError) -> int:
    """A refused command line, as strace reports it; the exit status."""
    text = "%s: %s\n" % (PROG, err)
    if err.help:
        text += "Try '%s -h' for more information.\n" % PROG
    write_stderr(text)
    return 1


def find_program(name: str) -> str:
    """The file to exec for ``name``, searched on PATH as strace searches it
    (a regular file with an execute bit), with strace's messages."""
    if len(os.fsencode(name)) > PATH_MAX - 1:
        raise UsageError("exec: File name too long")
    path = name if "/" in name else ""
    search = os.environ.get("PATH") if not path else None
    for directory in search.split(":") if search else ():
        candidate = os.path.join(directory or os.getcwd(), name)
        try:
            st = os.stat(candidate)
        except (OSError, ValueError):
            continue
        if stat.S_ISREG(st.st_mode) and st.st_mode & 0o111:
            path = candidate
            break
    try:
        os.stat(path)
    except (OSError, ValueError) as err:
        raise UsageError("Can't stat '%s': %s"
                         % (name, getattr(err, "strerror", None) or "Invalid argument")) from None
    return path


def tracee_environment(changes: list[str]) -> list[bytes]:
    """The environment pytrace itself was started with, plus -E changes, as
    strace makes it: ``VAR=VAL`` replaces the first entry of VAR or is added
    at the end, ``VAR`` removes every entry of VAR; entries are raw bytes
    (``-E =x`` adds ``=x``, which the command gets as given).

    Read from /proc/self/environ, not os.environ: Python's start-up may have
    added to its own (LC_CTYPE, by locale coercion), and the tracee must get
    exactly what the user gave.
    """
    try:
        with open("/proc/self/environ", "rb") as f:
            env = [entry for entry in f.read().split(b"\0") if entry]
    except OSError:
        env = [name + b"=" + value for name, value in os.environb.items()]
    for change in map(os.fsencode, changes):
        name, eq, _ = change.partition(b"=")
        prefix = name + b"="

        def of_name(entry: bytes, name=name, prefix=prefix) -> bool:
            return entry == name or entry.startswith(prefix)
        if not eq:
            env = [entry for entry in env if not of_name(entry)]
            continue
        index = next((i for i, entry in enumerate(env) if of_name(entry)), len(env))
        env[index:index + 1] = [change]
    return env


def open_output(opts: Options):
    """The shared output stream: stderr, a file, or a pipe to a command;
    returns (stream, tty, live, pipe command's process).  Write errors are
    reported as strace reports them (see sinks/output.py), never raised."""
    target = opts.output
    if target is None:
        fd = os.dup(2)
        stream, live = output.open_stream(fd)   # stderr: failures unreported
        return stream, os.isatty(fd), live, None
    if target.startswith("|") or target.startswith("!"):
        from pytrace.front.pipe_output import open_pipe
        stream, live, proc = open_pipe(target, error)
        return stream, False, live, proc
    if opts.separately:
        return None, False, False, None   # one file per process, opened as they appear
    try:
        stream = output.open_file(target, opts.append, report=error)
    except OSError as err:
        raise UsageError("Can't fopen '%s': %s" % (target, err.strerror))
    return stream, False, output.is_live(stream.fileno()), None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    output.ensure_standard_fds()
    try:
        opts = parse(argv, warn=error)
        if opts.show_help:
            from pytrace.front.usage import help_text
            sys.stdout.write(help_text(PROG))
            return 0
        if opts.show_version:
            from pytrace.front.usage import version_text
            sys.stdout.write(version_text(PROG))
            return 0
        return run(opts)
    except UsageError as err:
        return usage_error(err)
    except KeyboardInterrupt:
        return 130


def leave(status: int) -> None:
    """End pytrace with ``status`` now.  Every output is closed by then (the
    trace's at the end of the run, stdout and stderr here); Python's own
    finalization, which frees every module and object one by one, would add
    about 4 ms to each run."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(status & 0xFF)


def run(opts: Options) -> int:
    """Trace as ``opts`` say; the exit status pytrace ends with."""
    placeholders = hold_standard_fds()
    trace_run = TraceRun(opts)
    if not trace_run.start(placeholders):
        trace_run.close_output()
        return 1
    trace_run.follow()
    if opts.tips is not None:
        from pytrace.front.usage import tip_text
        write_stderr(tip_text(*opts.tips))
    return _exit_status(trace_run.engine, opts)


class TraceRun:
    """One run of the tracer, wired from the options: the output stream, the
    engine, the summary and the session, then the loop that feeds them."""

    def __init__(self, opts: Options):
        # Imported here so that usage errors are reported before the tables load.
        from pytrace.front import filters
        from pytrace.engine.tracer import Engine, EngineOptions

        self.opts = opts
        self.selected = filters.numbers(opts.trace)
        self.show_signal = None if opts.signal == EVERYTHING else opts.signal.__contains__
        self.decode_options = _decode_options(opts, filters)
        # -e abbrev=SET: the syscalls whose structures are abbreviated; the others
        # print in full, as with -v (which is abbrev=none).
        self.unabbreviated = filters.names_outside(opts.abbrev)
        self.stream, self.tty, self.live, self.pipe_proc = open_output(opts)
        self.summary_out = self.stream if self.stream is not None \
            else output.open_stream(os.dup(2))[0]
        self.summary = self.render_summary = self.periodic = tally = None
        if opts.summary_only or opts.summary:
            from pytrace.front.summary_setup import set_up_summary
            self.summary, self.render_summary, self.periodic, tally = set_up_summary(
                opts, self.summary_out)
        self.paths = _path_matcher(opts)
        # -k, where lines are printed (-c prints none)
        self.stack_traces = opts.stack_trace and not opts.summary_only and not opts.json
        if self.stack_traces:
            from pytrace.front.stack_traces import check_unwinder
            check_unwinder()
        seccomp_program = None
        if opts.seccomp:   # only when asked for, as in strace
            from pytrace.front import seccomp_filter
            seccomp_program = seccomp_filter.seccomp_program(opts, self.selected,
                                                             self.stack_traces, error)
        self.engine = Engine(EngineOptions(
            follow_forks=opts.follow,
            kill_on_exit=opts.kill_on_exit or seccomp_program is not None,
            selected=self.selected, seccomp_program=seccomp_program,
            cpu_times=self.summary is not None and not opts.wall_clock, tally=tally,
            spin_ns=_spin_ns(opts.spin_wait_us), inject=tuple(opts.inject), report=self.warn,
            entry_filter=self._path_filter(), detach_on_execve=opts.detach_on_execve,
            # both personalities' numbers where a filter or -d asks (the i386
            # names load only then)
            known=filters.known_numbers() if self.selected is not None or opts.debug
            else filters.ALL_NUMBERS, program_name=PROG,
            signal_ip=opts.instruction_pointer,
            track_mappings=self.stack_traces,
            debug=error if opts.debug else None,
            # the -o '|cmd' process: a child of ours, never a tracee
            untraced_children=frozenset([self.pipe_proc.pid] if self.pipe_proc else [])))
        if opts.debug:
            error("ptrace_setoptions = %#x" % self.engine.ptrace_options)
        self.quiet = quiet_set(opts)
        self.quiet_attach = "attach" in self.quiet
        self.session = None

    def start(self, placeholders: frozenset[int]) -> bool:
        """Start the command and attach the -p processes, then make the session;
        False when there is nothing to trace (every attach failed).
        ``placeholders``: the standard descriptors pytrace was started without."""
        opts, engine = self.opts, self.engine
        command = None
        if opts.command:
            program = find_program(opts.command[0])
            credentials = None
            if opts.user:   # -u
                from pytrace.engine.credentials import Credentials
                credentials = Credentials.of(opts.user, program)
            command = engine.command(program, opts.command, tracee_environment(opts.env),
                                     credentials)
        daemon = None
        if command is not None and opts.daemonize:
            from pytrace.engine.daemonize import daemonize
            # from here on this process is the tracer, the command's grandchild
            daemon = daemonize(command, opts.daemonize)
        elif command is not None:
            # Before pytrace's own handlers exist: the command inherits the
            # dispositions pytrace was started with (an ignored SIGHUP stays ignored).
            self._started(lambda: engine.start(command), raising=True)
        if command is not None:
            release_standard_fds(placeholders)
        _handle_fatal_signals(engine, opts.interruptible)
        for pid in opts.pids:
            self._started(lambda: engine.attach(pid), pid)
        if daemon is not None:
            pid, middle = daemon
            self._started(lambda: engine.adopt(pid) or [pid], pid)
            os.kill(middle, _signal.SIGKILL)   # its end lets the command exec
        if not engine.tracees:
            return False
        self.session = self._make_session()
        if self.session is not None:
            self.session.calls.memories.report = self.warn
        return True

    def _started(self, start, pid: int | None = None, raising: bool = False) -> None:
        """One tracee started or attached, as strace reports it; a failure is
        reported and the others go on."""
        from pytrace.engine.tracer import TraceError
        try:
            tids = start()
        except TraceError as err:
            if raising:
                raise UsageError(str(err)) from None
            error(str(err))
            return
        if pid is not None and not self.quiet_attach:
            if len(tids) > 1:
                error("Process %d attached with %d threads" % (pid, len(tids)))
            else:
                error("Process %d attached" % pid)

    def close_output(self) -> None:
        if self.stream is not None:
            try:
                self.stream.close()
            except OSError:
                pass

    def _make_session(self):
        opts = self.opts
        if opts.summary_only:
            return None   # -c: the engine counts syscalls itself (tally)
        if opts.json:
            from pytrace.sinks.jsonl import JsonSession
            return JsonSession(self.stream, self.decode_options, show_signal=self.show_signal,
                               unabbreviated=self.unabbreviated, statuses=_status_set(opts),
                               paths=self.paths)
        return _make_session(opts, self.stream, self.tty, self.live, self.engine,
                             self.decode_options, self.show_signal, self.summary,
                             self.unabbreviated, self.paths, self._stack_traces())

    def _stack_traces(self):
        """-k: the backtraces the text session prints, or None."""
        if not self.stack_traces:
            return None
        from pytrace.front.stack_traces import stack_traces
        return stack_traces(self.engine)

    def warn(self, message: str) -> None:
        """A diagnostic on stderr, as strace's error_msg: after the trace so far."""
        if self.stream is not None:
            self.stream.flush()
        error(message)

    def _path_filter(self):
        """-P with -e inject=: only calls touching the paths are tampered with,
        as only they are traced (the session decides the same for printing)."""
        if not (self.paths and self.opts.inject):
            return None
        from pytrace.decode.plans import PlanCache
        from pytrace.engine.memory import TraceeMemories
        from pytrace.sinks.session import touches_paths
        plans, paths = PlanCache(), self.paths

        def touches(record) -> bool:
            memories = TraceeMemories()   # a tracee's memory file is stale after its execve
            try:
                return touches_paths(plans[record.nr], record, memories, paths)
            finally:
                memories.forget(record.pid)
        return touches

    def notice(self, message: str) -> None:
        """A ``pytrace: ...`` message among the trace lines."""
        stream, session = self.stream, self.session
        # Keep strace's order when the trace itself goes to stderr: through the
        # same buffered stream, after any line still open.
        if stream is not None and self.opts.output is None and session is not None \
                and not self.opts.json:
            session.writer.close_open_line()
            stream.write("%s: %s\n" % (PROG, message))
        else:
            if stream is not None:
                stream.flush()
            error(message)

    def unknown_pid(self, event) -> None:
        """strace's words for a pid it never traced, unless -e quiet= hides them."""
        if event.exited:
            if "exit" not in self.quiet:
                self.notice("Exit of unknown pid %d ignored" % event.pid)
        elif not self.quiet_attach:
            self.notice("Detached unknown pid %d" % event.pid)

    def personality_changed(self, event) -> None:
        """-c: strace's personality line, the session's otherwise."""
        if "personality" not in self.quiet:
            from pytrace.sinks.session import personality_line
            # strace's leader, as on the trace's lines: [pid N] among several tracees
            lead = "[pid %5d] " % event.pid if self.opts.follow and self.opts.output is None \
                and len(self.engine.tracees) > 1 else ""
            output.write_unreported(self.stream or sys.stderr,
                                    lead + personality_line(event) + "\n")

    def follow(self) -> None:
        """The events, to the session, until no tracee is left; then the summary."""
        from pytrace.engine.events import (DetachEvent, NewProcessEvent, PersonalityEvent,
                                           SyscallExit, UnknownPidEvent)
        session, periodic, quiet_attach = self.session, self.periodic, self.quiet_attach
        debug = self.opts.debug
        try:
            if session is not None and not self.live:
                _flush_while_blocked(self.engine, session)
            handle = session.handle if session is not None else None
            for event in self.engine.events():
                if debug:
                    self._debug(event)
                if handle is not None:
                    handle(event)
                kind = type(event)
                if kind is SyscallExit:
                    if periodic is not None:
                        periodic()
                elif kind is UnknownPidEvent:
                    self.unknown_pid(event)
                elif kind is PersonalityEvent and session is None:
                    self.personality_changed(event)
                elif quiet_attach:
                    continue
                elif kind is NewProcessEvent:
                    self.notice("Process %d attached" % event.pid)
                elif kind is DetachEvent:
                    self.notice("Process %d detached" % event.pid)
            if self.engine.killed and self.engine.options.seccomp_program is not None:
                self.notice("Killed %d tracee%s carrying the seccomp filter"
                            " (--seccomp-bpf implies --kill-on-exit)"
                            % (self.engine.killed, "" if self.engine.killed == 1 else "s"))
        finally:
            self.finish()

    def _debug(self, event) -> None:
        """-d: strace's debug messages that say something about the tracee
        (before the line of the call they are about)."""
        from pytrace.engine.events import SyscallEntry
        if type(event) is SyscallEntry and event.record.nr not in self.engine.options.known:
            self.notice("pid %d invalid syscall %#x" % (event.record.pid, event.record.nr))

    def finish(self) -> None:
        """The last lines and the summary; then the output is closed and the
        -o '|cmd' process waited for, as strace does."""
        _signal.setitimer(_signal.ITIMER_REAL, 0)
        if self.session is not None:
            self.session.finish()
        if self.summary is not None:
            if self.opts.json:
                import json
                output.write_unreported(self.summary_out, json.dumps(
                    {"type": "summary", **self.summary.to_json()}) + "\n")
            else:
                output.write_unreported(self.summary_out, self.render_summary())
        if self.summary_out is not self.stream:
            output.close_quietly(self.summary_out)
        if self.stream is not None:
            output.close_quietly(self.stream)
        if self.pipe_proc is not None:
            self.pipe_proc.wait()


def _decode_options(opts: Options, filters):
    """The decoders' options: -s, -x, -v, -X, -e raw=, -y, -Y, -e verbose=."""
    from decoders import DecodeOptions
    from pytrace.front.qualifiers import FD_DETAILS, PID_DETAILS
    raw_names = filters.names_selected(opts.raw)
    return DecodeOptions(
        string_limit=opts.string_limit, hex_strings=opts.hex_strings,
        verbose=opts.abbrev == NOTHING, xlat_style=opts.xlat_style, raw=raw_names,
        decode_fds=opts.decode_fds.within(FD_DETAILS),
        decode_pids=opts.decode_pids.within(PID_DETAILS),
        # -e verbose=SET: the syscalls outside the set print structures as addresses
        not_verbose=filters.names_outside(opts.verbose_set), kvm_vcpu=opts.kvm_vcpu)


def _handle_fatal_signals(engine, interruptible: int) -> None:
    """-I: whether HUP, INT, QUIT, PIPE and TERM end the trace (detaching) or
    are ignored, as strace sets them up once its command has started."""
    from pytrace.front.options import INTR_ANYWHERE, INTR_NEVER_TSTP, INTR_WHILE_WAIT

    def on_signal(signo, frame):
        engine.interrupt(signo)

    # A background pytrace writing a trace to the terminal must not be stopped by it.
    _signal.signal(_signal.SIGTTOU, _signal.SIG_IGN)
    _signal.signal(_signal.SIGTTIN, _signal.SIG_IGN)
    if interruptible == INTR_ANYWHERE:
        # -I1: as strace, the signals keep the dispositions pytrace was started
        # with, and end it wherever it is (the kernel lets its tracees go);
        # Python's own SIGINT handler (installed only over SIG_DFL) and
        # ignored SIGPIPE are undone.
        from pytrace.engine.launch import disposition_at_start
        if _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler:
            _signal.signal(_signal.SIGINT, _signal.SIG_DFL)
        _signal.signal(_signal.SIGPIPE, disposition_at_start(_signal.SIGPIPE))
        return
    if interruptible == INTR_NEVER_TSTP:
        _signal.signal(_signal.SIGTSTP, _signal.SIG_IGN)
    # Otherwise pytrace acts on them at a safe point, while waiting for a stop.
    handler = on_signal if interruptible == INTR_WHILE_WAIT else _signal.SIG_IGN
    for signo in INTERRUPTING_SIGNALS:
        _signal.signal(signo, handler)


# How long the engine polls for the next stop before sleeping, at most (it
# adapts below that): a tracee resumed on another CPU usually stops again within
# microseconds, and waking a sleeping tracer costs more than that (much more on
# virtual machines, where an idle CPU is handed back to the host).
DEFAULT_SPIN_WAIT_US = 200


def _spin_ns(requested_us: int | None) -> int:
    """Polling only pays with a CPU to spare: with one, it would delay the tracee."""
    if _cpus_available() < 2:
        return 0
    return (DEFAULT_SPIN_WAIT_US if requested_us is None else requested_us) * 1000


def _cpus_available() -> float:
    """CPUs this process may run on, and may use the time of (a cgroup CPU quota)."""
    try:
        cpus = float(len(os.sched_getaffinity(0)))
    except OSError:
        return 1.0
    try:
        with open("/proc/self/cgroup") as f:
            memberships = [line.rstrip("\n").split(":", 2) for line in f]
    except OSError:
        return cpus
    for _, controllers, path in memberships:
        path = path.rstrip("/")
        try:
            if controllers == "":   # cgroup v2: "max 100000" or "QUOTA PERIOD"
                with open("/sys/fs/cgroup%s/cpu.max" % path) as f:
                    quota, period = f.read().split()
                if quota != "max":
                    cpus = min(cpus, int(quota) / int(period))
            elif "cpu" in controllers.split(","):
                base = "/sys/fs/cgroup/%s%s/" % (controllers, path)
                with open(base + "cpu.cfs_quota_us") as f:
                    quota = int(f.read())
                with open(base + "cpu.cfs_period_us") as f:
                    period = int(f.read())
                if quota > 0:
                    cpus = min(cpus, quota / period)
        except (OSError, ValueError, ZeroDivisionError):
            continue
    return cpus


FLUSH_INTERVAL = 0.2


def _flush_while_blocked(engine, session) -> None:
    """Output into a file or pipe is buffered; while every tracee runs or
    blocks (pytrace waits), what was traced so far is written out, as strace's
    per-line writes would have, five times a second at most.  The timer only
    flushes while the engine waits, never in the middle of writing a line."""
    flushing = [False]

    def on_timer(signo, frame):
        # a slow write may be cut by the next tick: that one must not flush again
        if engine.waiting and not flushing[0]:
            flushing[0] = True
            try:
                session.flush_now()
            except (BrokenPipeError, ValueError):
                pass
            finally:
                flushing[0] = False

    _signal.signal(_signal.SIGALRM, on_timer)
    _signal.setitimer(_signal.ITIMER_REAL, FLUSH_INTERVAL, FLUSH_INTERVAL)


def _make_session(opts, stream, tty, live, engine, decode_options, show_signal, summary,
                  unabbreviated=frozenset(), paths=None, stack_traces=None):
    from pytrace.sinks.session import TextSession, needs_line_options
    from pytrace.sinks.text import PREFIX_BRACKET, PREFIX_NONE, PREFIX_PLAIN, TextWriter
    stamp = None
    if opts.timestamps or opts.relative:   # the module only for -t/-r
        from pytrace.sinks import timestamps
        stamp = timestamps.prefix_maker(opts)
    count = engine.tracees.__len__
    if opts.separately:
        from pytrace.sinks.text import PerProcessWriters
        writer = PerProcessWriters(opts.output, opts.append, column=opts.column, timestamp=stamp,
                                   report=error)
    else:
        # strace decides once every tracee is started or attached: more than
        # one (threads of a -p process, or -p and a command) means prefixes
        if opts.output is not None and (opts.follow or len(engine.tracees) > 1):
            mode = PREFIX_PLAIN
        elif opts.output is not None:
            mode = PREFIX_NONE
        else:
            mode = PREFIX_BRACKET
        kind = TextWriter
        if color_wanted(opts.color, tty):
            from pytrace.sinks.color import ColorTextWriter as kind
        # Live output shows each piece as strace does: a call's entry at once
        writer = kind(stream, mode, count, column=opts.column, timestamp=stamp, flush_lines=live)
    quiet = quiet_set(opts)
    options = dict(unabbreviated=unabbreviated, quiet_exit="exit" in quiet,
                   quiet_superseded="thread-execve" in quiet,
                   quiet_personality="personality" in quiet,
                   show_signal=show_signal, durations=opts.durations, summary=summary,
                   statuses=_status_set(opts), paths=paths,
                   show_number=opts.syscall_number, show_ip=opts.instruction_pointer,
                   read_fds=_fd_predicate(opts.read_fds),
                   write_fds=_fd_predicate(opts.write_fds), tampering=bool(opts.inject),
                   stack_traces=stack_traces)
    session = TextSession
    if needs_line_options(decode_options, options):
        from pytrace.sinks.line_options import LineOptionsSession as session
    return session(writer, decode_options, **options)


def _fd_predicate(selection):
    """-e read=/write=: whether an fd's data is dumped, or None without the option."""
    return None if selection is None else selection.__contains__


def quiet_set(opts: Options) -> frozenset:
    """The messages -q/-qq/-qqq or -e quiet=SET leave out."""
    from pytrace.front.qualifiers import QUIET_MESSAGES
    return opts.quiet.within(QUIET_MESSAGES.values())


def _path_matcher(opts: Options):
    """-P's matcher (None without -P)."""
    if not opts.paths:
        return None
    from pytrace.decode.pathtrace import PathMatcher, selected_paths
    # the paths resolved into others were reported while the options were read
    return PathMatcher(selected_paths(opts.paths)[0])


def _status_set(opts: Options) -> frozenset | None:
    """-z, -Z and -e status= as the set of outcomes whose lines are shown;
    None when all are."""
    from pytrace.front.qualifiers import STATUSES
    return None if opts.status == EVERYTHING else opts.status.within(STATUSES)


def _exit_status(engine, opts: Options) -> int:
    if engine.interrupted:
        # strace ends itself by the signal that interrupted it, whatever the tracees did.
        _die_by(engine.interrupted)
        return 128 + engine.interrupted
    status = engine.child_status
    if status is None:
        return 0 if opts.pids or engine.child_pid is None else 1
    if os.WIFSIGNALED(status):
        signo = os.WTERMSIG(status)
        _die_by(signo)
        return 128 + signo
    return os.WEXITSTATUS(status)


def _die_by(signo: int) -> None:
    """End this process by ``signo``, as the tracee ended, without a core file."""
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):
            pass
    if signo not in (_signal.SIGKILL, _signal.SIGSTOP):   # these cannot be caught anyway
        try:
            _signal.signal(signo, _signal.SIG_DFL)
            _signal.pthread_sigmask(_signal.SIG_UNBLOCK, [signo])
        except (OSError, ValueError):
            return
    os.kill(os.getpid(), signo)


if __name__ == "__main__":
    leave(main())
