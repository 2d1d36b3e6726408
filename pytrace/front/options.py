"""Command line -> Options, as strace 6.1 reads its command line.

The words are split by a getopt_long of glibc's kind (front/getopt.py) over
strace's option table, pytrace's own options after it.  Options are applied
in order, as strace applies them: a bad value stops at once with strace's
message.  Once all are read, the checks strace makes on the whole line run in
strace's order, with its warnings.  A refusal is a ``UsageError``; its
``help`` says whether strace follows the message with its "Try '... -h'" line.
"""
from __future__ import annotations

import os

from pytrace.front.getopt import GetoptError, getopt_long, short_table
from pytrace.front.qualifiers import (EVERYTHING, NOTHING, Selection, UsageError,
                                      bad_argument, lookup_any_case, string_to_uint)

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable

SHORT_OPTIONS = short_table("+a:Ab:cCdDe:E:fFhiI:jkno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ")

def _long_options():
    from pytrace.front.long_options import LONG_OPTIONS
    return LONG_OPTIONS


# -- Options -----------------------------------------------------------------------

class Options:
    """The command line, as read: strace's defaults on the class, the lists
    (which each run fills) made per instance."""
    follow: bool = False             # -f
    separately: bool = False         # -ff, --output-separately: a file per process (-o)
    output: str | None = None        # -o
    append: bool = False             # -A
    string_limit: int = 32           # -s
    hex_strings: int = 0             # 0 none, 1 -x, 2 -xx, 3 non-ascii-chars
    xlat_style: str = "abbrev"       # -X
    column: int = 40                 # -a
    # -e SETs, as strace's number sets after the last expression of each
    trace: Selection = EVERYTHING     # syscall numbers (64-bit personality)
    abbrev: Selection = EVERYTHING    # -v is abbrev=none
    verbose_set: Selection = EVERYTHING
    raw: Selection = NOTHING
    signal: Selection = EVERYTHING
    status: Selection = EVERYTHING
    quiet: Selection = NOTHING
    read_fds: Selection | None = None
    write_fds: Selection | None = None
    decode_fds: Selection = NOTHING
    decode_pids: Selection = NOTHING
    interruptible: int = 0           # -I: one of the INTR_* values (0: strace's default)
    spin_wait_us: int | None = None  # --spin-wait: None is the default
    summary_only: bool = False       # -c
    summary: bool = False            # -C
    wall_clock: bool = False         # -w
    sort_by: str | None = None       # -S
    columns: str | None = None       # -U
    overhead: str | None = None      # -O
    summary_interval: float | None = None
    durations: int | None = None     # -T: digits shown after the point
    timestamps: int = 0              # 0 none, 1 time, 2 time with fraction, 3 unix
    timestamp_precision: int | None = None
    relative: bool = False           # -r
    relative_precision: int | None = None
    daemonize: int = 0               # -D: 1 grandchild, 2 own process group, 3 own session
    user: str | None = None          # -u
    detach_on_execve: bool = False   # -b execve
    debug: bool = False              # -d
    stack_trace: bool = False        # -k
    kvm_vcpu: bool = False           # -e kvm=vcpu
    tips: tuple[int, str] | None = None   # --tips: (id or -1 for random, format)
    kill_on_exit: bool = False
    seccomp: bool | None = None      # --seccomp-bpf (off unless given, as in strace)
    json: bool = False
    color: str = "never"
    syscall_number: bool = False     # -n
    instruction_pointer: bool = False  # -i
    show_help: bool = False
    show_version: bool = False

    def __init__(self):
        self.command: list[str] = []
        self.pids: list[int] = []
        self.paths: list[str] = []   # -P
        self.inject: list = []   # -e inject= / -e fault=: InjectRule, in order
        self.env: list[str] = []   # -E


# -I: when pytrace's fatal signals (HUP, INT, QUIT, PIPE, TERM) interrupt it.
INTR_ANYWHERE = 1       # at any time
INTR_WHILE_WAIT = 2     # only while waiting for a stop: the default
INTR_NEVER = 3          # never (ignored): the default for ``-o FILE PROG``
INTR_NEVER_TSTP = 4     # never, and ^Z is ignored too
_INTERRUPTIBLE = {"anywhere": INTR_ANYWHERE, "always": INTR_ANYWHERE,
                  "waiting": INTR_WHILE_WAIT, "never": INTR_NEVER,
                  "never_tstp": INTR_NEVER_TSTP}
_HEX_STRINGS = {"none": 0, "non-ascii-chars": 3, "non-ascii": 1, "all": 2}


class _Line:
    """What strace notes while reading the options, for the checks after them."""

    def __init__(self, warn: Callable[[str], None]):
        self.warn = warn               # strace's non-fatal messages, as they arise
        self.follow_short = 0          # -f count
        self.follow_long = False       # --follow-forks
        self.separately = False        # --output-separately
        self.timestamps_short = 0      # -t count
        self.timestamps_long = False
        self.hex_short = 0             # -x count
        self.hex_long: int | None = None
        self.decode_fds_short = 0      # -y count
        self.decode_fds_given = False
        self.quiet_short = 0           # -q count
        self.quiet_given = False
        self.daemonize_long = 0
        self.optional_follow = False   # -F
        self.columns_given = False     # -U
        self.sort_given = False        # -S
        self.status_flags = 0          # -z and -Z seen


# -- the option handlers: (opts, line, argument, long name or None) ----------------

def _flag(attribute: str, value=True):
    def handler(opts, line, arg, name):
        setattr(opts, attribute, value)
    return handler


def _column(opts, line, arg, name):
    opts.column = string_to_uint(arg)
    if opts.column < 0:
        raise bad_argument("a", name, arg)


def _detach_on(opts, line, arg, name):
    if arg != "execve":
        raise UsageError("Syscall '%s' for -b isn't supported" % arg)
    opts.detach_on_execve = True


def _summary_only(opts, line, arg, name):
    if opts.summary:
        raise UsageError("-c/--summary-only and -C/--summary are mutually exclusive", help=True)
    opts.summary_only = True


def _summary(opts, line, arg, name):
    if opts.summary_only:
        raise UsageError("-c/--summary-only and -C/--summary are mutually exclusive", help=True)
    opts.summary = True


def _daemonize_short(opts, line, arg, name):
    opts.daemonize += 1


def _qualifier(opts, line, arg, name):
    from pytrace.front.expressions import apply_qualifier
    apply_qualifier(opts, line, arg)


def _environment(opts, line, arg, name):
    opts.env.append(arg)


def _follow_short(opts, line, arg, name):
    line.follow_short += 1


def _follow_long(opts, line, arg, name):
    line.follow_long = True


def _separately(opts, line, arg, name):
    line.separately = True


def _optional_follow(opts, line, arg, name):
    line.optional_follow = True


def _interruptible(opts, line, arg, name):
    found = lookup_any_case(arg, _INTERRUPTIBLE)
    opts.interruptible = found if found is not None else string_to_uint(arg, 4)
    if opts.interruptible <= 0:
        raise bad_argument("I", name, arg)


def _trace_path(opts, line, arg, name):
    opts.paths.append(arg)


def _quiet_short(opts, line, arg, name):
    line.quiet_short += 1


def _string_limit(opts, line, arg, name):
    value = string_to_uint(arg)
    if value < 0 or value > 0xFFFFFFFF // 4:
        raise bad_argument("s", name, arg)
    opts.string_limit = value


def _timestamps_short(opts, line, arg, name):
    line.timestamps_short += 1


def _no_abbrev(opts, line, arg, name):
    opts.abbrev = NOTHING


def _hex_short(opts, line, arg, name):
    line.hex_short = min(line.hex_short + 1, 2)


def _hex_long(opts, line, arg, name):
    line.hex_long = 2 if arg is None else lookup_any_case(arg, _HEX_STRINGS)
    if line.hex_long is None:
        raise bad_argument("x", name, arg)


def _xlat_style(opts, line, arg, name):
    if arg not in ("raw", "abbrev", "verbose"):
        raise bad_argument("X", name, arg)
    opts.xlat_style = arg


def _decode_fds_short(opts, line, arg, name):
    line.decode_fds_short += 1


def _decode_pids_comm(opts, line, arg, name):
    opts.decode_pids = Selection(frozenset({"comm"}))


def _pidns_translation(opts, line, arg, name):
    opts.decode_pids = Selection(frozenset({"pidns"}))


def _status_only(status: str):
    def handler(opts, line, arg, name):
        opts.status = Selection(frozenset({status}))
        line.status_flags += 1
    return handler


def _user(opts, line, arg, name):
    opts.user = arg


def _count(attribute: str):
    def handler(opts, line, arg, name):
        setattr(opts, attribute, getattr(opts, attribute) + 1)
    return handler


def _color(opts, line, arg, name):
    if arg not in ("auto", "always", "never"):
        raise bad_argument("color", name, arg)
    opts.color = arg


def color_wanted(mode: str, stream_is_tty: bool) -> bool:
    """--color=auto|always|never, with NO_COLOR honoured for auto (decided
    here: the colour sinks are imported only when they are used)."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    return stream_is_tty and not os.environ.get("NO_COLOR")


def _spin_wait(opts, line, arg, name):
    opts.spin_wait_us = string_to_uint(arg)
    if opts.spin_wait_us < 0:
        raise bad_argument("spin-wait", name, arg)


def _output(opts, line, arg, name):
    opts.output = arg


def _handled_in(module: str, handler: str):
    """The handler of an option that only some lines give, in the module of
    pytrace.front that reads the options of its kind: loaded by its first use."""
    def load_and_apply(opts, line, arg, name):
        found = __import__("pytrace.front." + module, fromlist=[handler])
        getattr(found, handler)(opts, line, arg, name)
    return load_and_apply


_HANDLERS = {
    "a": _column, "A": _flag("append"), "b": _detach_on, "c": _summary_only, "C": _summary,
    "d": _flag("debug"), "D": _daemonize_short,
    "daemonize": _handled_in("process_options", "daemonize_long"),
    "e": _qualifier, "E": _environment, "f": _follow_short, "follow-forks": _follow_long,
    "output-separately": _separately, "F": _optional_follow, "h": _flag("show_help"),
    "i": _flag("instruction_pointer"), "I": _interruptible, "j": _flag("json"),
    "k": _flag("stack_trace"), "n": _flag("syscall_number"), "o": _output,
    "O": _handled_in("summary_options", "overhead"), "p": _handled_in("process_options", "attach"),
    "P": _trace_path, "q": _quiet_short, "r": _handled_in("time_options", "relative"),
    "s": _string_limit, "S": _handled_in("summary_options", "sort_by"), "t": _timestamps_short,
    "timestamps": _handled_in("time_options", "timestamps_long"),
    "T": _handled_in("time_options", "syscall_times"), "u": _user,
    "U": _handled_in("summary_options", "summary_columns"), "v": _no_abbrev,
    "V": _flag("show_version"), "w": _flag("wall_clock"), "x": _hex_short,
    "strings-in-hex": _hex_long, "X": _xlat_style, "y": _decode_fds_short,
    "Y": _decode_pids_comm, "pidns-translation": _pidns_translation,
    "z": _status_only("successful"), "Z": _status_only("failed"),
    "seccomp-bpf": _flag("seccomp"), "no-seccomp-bpf": _flag("seccomp", False),
    "tips": _handled_in("time_options", "tips"), "color": _color,
    "kill-on-exit": _flag("kill_on_exit"), "spin-wait": _spin_wait,
    "summary-interval": _handled_in("summary_options", "summary_interval"),
}


# -- the whole line ------------------------------------------------------------------

def parse(argv: list[str], warn: Callable[[str], None] = lambda message: None) -> Options:
    """strace's command line to Options; ``warn`` gets strace's non-fatal
    messages as they arise.  -h and -V stop where strace stops for them."""
    opts = Options()
    line = _Line(warn)
    operands: list[str] = []
    try:
        for key, arg, name in getopt_long(argv, SHORT_OPTIONS, _long_options, operands):
            if key.startswith("="):
                from pytrace.front.expressions import apply_long_qualifier
                apply_long_qualifier(opts, line, key[1:], arg)
            else:
                _HANDLERS[key](opts, line, arg, name)
            if opts.show_help:
                return opts
    except GetoptError as err:
        raise UsageError(str(err), help=True) from None
    opts.command = operands
    if not opts.show_version:
        _check_line(opts, line, warn)
    return opts


def _check_line(opts: Options, line: _Line, warn: Callable[[str], None]) -> None:
    """The checks strace makes once every option is read, in its order, and
    its defaults that depend on several options."""
    if not opts.pids and not opts.command:
        raise UsageError("must have PROG [ARGS] or -p PID", help=True)
    if line.daemonize_long or opts.daemonize:
        from pytrace.front.process_options import check_daemonize
        check_daemonize(opts, line)
    _settle_short_forms(opts, line)
    if opts.seccomp and opts.detach_on_execve:
        warn("--seccomp-bpf is not enabled because it is not compatible with -b")
        opts.seccomp = None
    _settle_follow(opts, line, warn)
    if (opts.summary_only or opts.summary or opts.wall_clock or line.columns_given
            or line.sort_given or opts.summary_interval is not None):
        from pytrace.front.summary_options import check_summary
        check_summary(opts, line, warn)
    if opts.output is None:
        if opts.separately and not opts.follow:
            warn("--output-separately has no effect without -o/--output")
        if opts.append:
            warn("-A/--output-append-mode has no effect without -o/--output")
    if line.status_flags > 1:
        warn("Only the last of -z/--successful-only/-Z/--failed-only options will take effect."
             " See status qualifier for more complex filters.")
    if opts.paths and "path-resolution" not in opts.quiet:
        from pytrace.decode.pathtrace import report_resolved_paths
        report_resolved_paths(opts.paths, opts.hex_strings, warn)
    if opts.user is not None:
        from pytrace.front.process_options import check_user
        check_user(opts.user)
    if opts.output is not None and opts.output[:1] in ("|", "!") and opts.separately:
        raise UsageError("piping the output and -ff/--output-separately are mutually exclusive",
                         help=True)
    elif opts.output is not None and opts.separately and len(os.fsencode(opts.output)) >= 4084:
        # strace: room for ".PID" within PATH_MAX
        raise UsageError("%s: File name too long" % opts.output)
    if opts.output is None:
        opts.separately = False   # -ff without -o is -f
    _settle_quiet_and_signals(opts, line)


def _settle_short_forms(opts: Options, line: _Line) -> None:
    """-t, -x and -y against their long forms."""
    if line.timestamps_short:
        if line.timestamps_long:
            raise UsageError("-t and --absolute-timestamps cannot be provided simultaneously")
        from pytrace.front.time_options import apply_timestamps
        apply_timestamps(opts, ("format:time", "precision:us,format:time",
                                "format:unix,precision:us")[min(line.timestamps_short, 3) - 1])
    if line.hex_long is not None:
        if line.hex_short:
            raise UsageError("-x and --strings-in-hex cannot be provided simultaneously")
        opts.hex_strings = line.hex_long
    else:
        opts.hex_strings = line.hex_short
    if line.decode_fds_short:
        if line.decode_fds_given:
            raise UsageError("-y and --decode-fds cannot be provided simultaneously")
        opts.decode_fds = (Selection(frozenset({"path"})) if line.decode_fds_short == 1
                           else EVERYTHING)


def _settle_follow(opts: Options, line: _Line, warn: Callable[[str], None]) -> None:
    """-f, -ff, --follow-forks, --output-separately, -F; --seccomp-bpf's conditions."""
    opts.follow, opts.separately = line.follow_long, line.separately
    if line.follow_short:
        if line.follow_long:
            raise UsageError("-f and --follow-forks cannot be provided simultaneously")
        if line.follow_short >= 2 and line.separately:
            raise UsageError("-ff and --output-separately cannot be provided simultaneously")
        opts.follow, opts.separately = True, line.follow_short >= 2
    if opts.seccomp:
        if opts.pids and (not opts.command or opts.debug):
            warn("--seccomp-bpf is not enabled for processes attached with -p")
        if not opts.follow:
            warn("--seccomp-bpf cannot be used without -f/--follow-forks, disabling")
            opts.seccomp = None
    if line.optional_follow:
        if opts.follow:
            warn("deprecated option -F ignored")
        else:
            warn("option -F is deprecated, please use -f/--follow-forks instead")
            opts.follow = True


# -q, -qq, -qqq: the messages each leaves out
_QUIET_LEVELS = (Selection(frozenset({"attach", "personality"})),
                 Selection(frozenset({"exit", "attach", "personality"})), EVERYTHING)


def _settle_quiet_and_signals(opts: Options, line: _Line) -> None:
    """-I's and -q's defaults, which depend on -D, -o and the command."""
    if opts.daemonize and not opts.interruptible:
        opts.interruptible = INTR_NEVER_TSTP
    if opts.output is not None and opts.command:
        # the terminal is the command's: pytrace keeps quiet about attaching
        # and leaves ^C and friends to the command
        if not opts.interruptible:
            opts.interruptible = INTR_NEVER
        if not line.quiet_short and not line.quiet_given:
            line.quiet_short = 1
    if not opts.interruptible:
        opts.interruptible = INTR_WHILE_WAIT
    if line.quiet_short:
        if line.quiet_given:
            raise UsageError("-q and -e quiet/--quiet cannot be provided simultaneously")
        opts.quiet = _QUIET_LEVELS[min(line.quiet_short, 3) - 1]
