"""Command line -> Options, with strace 6.1's spelling.

Parsing is POSIX getopt style (options stop at the first operand, as strace's
``+`` optstring does); every user mistake becomes a ``UsageError`` whose text
the CLI prints after ``pytrace: ``.
"""
from __future__ import annotations

import getopt
from dataclasses import dataclass, field

SHORT = "+a:Ab:cCdDe:E:fFhiI:jkno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ"
LONG = [
    "abbrev=", "always-show-pid", "absolute-timestamps=", "append-output", "attach=",
    "color=", "colour=", "columns=", "decode-fds=", "decode-pids=", "env=", "follow-forks",
    "help", "instruction-pointer", "json", "kill-on-exit", "no-abbrev", "no-seccomp-bpf",
    "output=", "output-separately", "quiet=", "raw=", "read=", "relative-timestamps=",
    "seccomp-bpf", "signal=", "signals=", "status=", "string-limit=",
    "successful-only", "failed-only", "summary", "summary-only", "summary-columns=",
    "summary-sort-by=", "summary-syscall-overhead=", "summary-wall-clock", "summary-interval=",
    "syscall-number", "syscall-times=", "timestamps=", "trace=",
    "trace-path=", "verbose=", "version", "write=", "const-print-style=", "strings-in-hex=",
    "output-append-mode", "interruptible=", "spin-wait=", "inject=", "fault=",
]


class UsageError(Exception):
    pass


@dataclass
class Options:
    command: list[str] = field(default_factory=list)
    pids: list[int] = field(default_factory=list)
    follow: int = 0                  # -f 1, -ff 2
    output: str | None = None        # -o
    append: bool = False             # -A
    string_limit: int = 32           # -s
    verbose: bool = False            # -v
    hex_strings: int = 0             # -x, -xx
    xlat_style: str = "abbrev"       # -X
    trace: list[str] = field(default_factory=list)      # -e trace= expressions, in order
    signal: list[str] = field(default_factory=list)     # -e signal=
    status: list[str] = field(default_factory=list)     # -e status=
    quiet: list[str] = field(default_factory=list)      # -e quiet=
    raw: list[str] = field(default_factory=list)        # -e raw=
    abbrev: list[str] = field(default_factory=list)
    verbose_set: list[str] = field(default_factory=list)
    read_fds: list[str] = field(default_factory=list)
    write_fds: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)      # -P
    quiet_level: int = 0             # -q count
    interruptible: int = 0           # -I: one of the INTR_* values (0: strace's default)
    spin_wait_us: int | None = None  # --spin-wait: None is the default
    summary_only: bool = False       # -c
    summary: bool = False            # -C
    wall_clock: bool = False         # -w
    sort_by: str | None = None       # -S
    columns: str | None = None       # -U
    overhead: str | None = None      # -O
    summary_interval: float | None = None
    durations: int = 0               # -T precision digits (6 by default)
    timestamps: int = 0              # -t count
    timestamp_precision: int | None = None
    relative: bool = False           # -r
    relative_precision: int | None = None
    column: int = 40                 # -a
    decode_fds: list[str] = field(default_factory=list)   # -y / -yy / --decode-fds
    decode_pids: list[str] = field(default_factory=list)  # -Y
    zflag: bool = False              # -z
    Zflag: bool = False              # -Z
    kill_on_exit: bool = False
    seccomp: bool | None = None      # None: automatic
    json: bool = False
    color: str = "never"
    env: list[str] = field(default_factory=list)           # -E
    syscall_number: bool = False     # -n
    instruction_pointer: bool = False  # -i
    always_show_pid: bool = False
    inject: list = field(default_factory=list)    # -e inject= / -e fault=: InjectRule, in order
    warnings: list[str] = field(default_factory=list)   # non-fatal messages, printed after parsing
    show_help: bool = False
    show_version: bool = False


def qualify(expressions: list[str], universe: frozenset, resolve, what: str,
            empty_is_error: bool = False) -> frozenset | None:
    """strace's -e SET grammar, shared by trace=, signal=, status= and quiet=.

    Comma-separated tokens, ``all`` and ``none``, a leading ``!`` to take the
    complement in ``universe``; a later expression replaces an earlier one.
    ``resolve(token)`` gives a token's members or None when it is unknown.
    Returns None when no expression was given.
    """
    if not expressions:
        return None
    chosen: frozenset = universe
    for expr in expressions:
        negate = expr.startswith("!")
        body = expr[1:] if negate else expr
        tokens = [token.strip() for token in body.split(",")]
        if empty_is_error and not any(tokens):
            raise UsageError("invalid %s '%s'" % (what, body))
        members: set = set()
        for token in tokens:
            if token == "all":
                members |= universe
            elif token != "none" or not token:
                found = resolve(token) if token else None
                if found is None:
                    raise UsageError("invalid %s '%s'" % (what, token))
                members |= found
        chosen = frozenset(universe - members if negate else members)
    return chosen


def _positive(text: str, what: str) -> int:
    try:
        value = int(text, 10)
    except ValueError:
        raise UsageError("invalid %s argument: '%s'" % (what, text))
    if value < 0:
        raise UsageError("invalid %s argument: '%s'" % (what, text))
    return value


# -I: when pytrace's fatal signals (HUP, INT, QUIT, PIPE, TERM) interrupt it.
INTR_ANYWHERE = 1       # at any time
INTR_WHILE_WAIT = 2     # only while waiting for a stop: the default
INTR_NEVER = 3          # never (ignored): the default for ``-o FILE PROG``
INTR_NEVER_TSTP = 4     # never, and ^Z is ignored too
_INTERRUPTIBLE = {"1": INTR_ANYWHERE, "anywhere": INTR_ANYWHERE, "always": INTR_ANYWHERE,
                  "2": INTR_WHILE_WAIT, "waiting": INTR_WHILE_WAIT,
                  "3": INTR_NEVER, "never": INTR_NEVER,
                  "4": INTR_NEVER_TSTP, "never_tstp": INTR_NEVER_TSTP}


def _parse_pids(text: str) -> list[int]:
    pids = []
    for part in text.replace(",", " ").replace("\t", " ").replace("\n", " ").split(" "):
        if not part:
            continue
        if not part.isdigit() or int(part) <= 0:
            raise UsageError("Invalid process id: '%s'" % part)
        pids.append(int(part))
    if not pids:
        raise UsageError("Invalid process id: '%s'" % text)
    return pids


_E_KEYS = {
    "trace": "trace", "t": "trace",
    "signal": "signal", "signals": "signal", "s": "signal",
    "status": "status",
    "quiet": "quiet", "silent": "quiet", "silence": "quiet", "q": "quiet",
    "raw": "raw", "x": "raw",
    "abbrev": "abbrev", "a": "abbrev",
    "verbose": "verbose_set", "v": "verbose_set",
    "read": "read_fds", "reads": "read_fds", "r": "read_fds",
    "write": "write_fds", "writes": "write_fds", "w": "write_fds",
    "decode-fds": "decode_fds", "decode-pids": "decode_pids",
}

_FD_KINDS = ("path", "socket", "dev", "pidfd")


def _qualify(opts: Options, expr: str) -> None:
    key, eq, value = expr.partition("=")
    if not eq:
        key, value = "trace", expr
    if key in ("inject", "fault"):
        from pytrace.front import inject   # the syscall table loads only when it is needed
        opts.inject.append(inject.parse(value, key == "fault", opts.warnings.append))
        return
    target = _E_KEYS.get(key)
    if target is None:
        if key == "kvm":
            raise UsageError("-e %s= is not supported by pytrace" % key)
        raise UsageError("invalid filter action '%s'" % key)
    if target == "decode_fds":
        opts.decode_fds = _decode_fd_set(value)
    elif target == "decode_pids":
        opts.decode_pids = [v for v in value.split(",") if v]
    else:
        getattr(opts, target).append(value)


def _decode_fd_set(value: str) -> list[str]:
    if value in ("all",):
        return list(_FD_KINDS)
    if value == "none":
        return []
    kinds = []
    for item in value.split(","):
        if item not in _FD_KINDS:
            raise UsageError("invalid decode-fds '%s'" % item)
        kinds.append(item)
    return kinds


# Long options whose argument is optional (getopt has no such notion): the
# bare spelling is rewritten to ``--name=`` before parsing.
OPTIONAL_ARGUMENT = ("--syscall-times", "--relative-timestamps", "--timestamps",
                     "--absolute-timestamps", "--strings-in-hex")


def _spell_optional_arguments(argv: list[str]) -> list[str]:
    out = list(argv)
    for i, arg in enumerate(out):
        if arg == "--" or not arg.startswith("-"):
            break
        if arg in OPTIONAL_ARGUMENT:
            out[i] = arg + "="
    return out


def parse(argv: list[str]) -> Options:
    opts = Options()
    try:
        pairs, rest = getopt.getopt(_spell_optional_arguments(argv), SHORT, LONG)
    except getopt.GetoptError as err:
        if err.opt and len(err.opt) == 1:
            if "requires argument" in err.msg:
                raise UsageError("option requires an argument -- '%s'" % err.opt)
            raise UsageError("invalid option -- '%s'" % err.opt)
        raise UsageError(err.msg)
    for opt, arg in pairs:
        handler = _OPTION_HANDLERS.get(opt)
        if handler is None:
            raise UsageError("option %s is not supported by pytrace" % opt)
        handler(opts, arg)
    opts.command = rest
    if not (opts.show_help or opts.show_version):
        _check_and_default(opts)
    return opts


def _check_and_default(opts: Options) -> None:
    """The checks strace makes once every option is read, and its defaults
    that depend on several options."""
    if not opts.command and not opts.pids:
        raise UsageError("must have PROG [ARGS] or -p PID")
    if opts.summary_only and opts.summary:
        raise UsageError("-c and -C are mutually exclusive")
    if opts.quiet_level and opts.quiet:
        raise UsageError("-q and -e quiet/--quiet cannot be provided simultaneously")
    if opts.output is not None and opts.command:
        # strace's defaults for a traced command whose trace goes elsewhere:
        # the terminal is the command's, so pytrace keeps quiet about attaching
        # and leaves ^C and friends to the command.
        if not opts.interruptible:
            opts.interruptible = INTR_NEVER
        if not opts.quiet_level and not opts.quiet:
            opts.quiet_level = 1
    if not opts.interruptible:
        opts.interruptible = INTR_WHILE_WAIT
    if opts.follow == 2 and not opts.output and not (opts.summary_only or opts.summary):
        opts.follow = 1   # strace: -ff without -o is -f (with -c: a table per process)


# -- one small handler per option: (opts, argument) -------------------------

def _setter(name: str, value):
    """A handler that sets ``name`` to a fixed value (flags without argument)."""
    def handler(opts: Options, arg: str) -> None:
        setattr(opts, name, value)
    return handler


def _argument(name: str, convert=lambda text: text):
    """A handler that stores the option's argument, converted, in ``name``."""
    def handler(opts: Options, arg: str) -> None:
        setattr(opts, name, convert(arg))
    return handler


def _long_qualifier(opts: Options, arg: str, name: str) -> None:
    _qualify(opts, name + "=" + arg)


def _count_follow(opts: Options, arg: str) -> None:
    opts.follow += 1


def _interruptible(opts: Options, arg: str) -> None:
    if arg not in _INTERRUPTIBLE:
        raise UsageError("invalid -I argument: '%s'" % arg)
    opts.interruptible = _INTERRUPTIBLE[arg]


def _quiet_level(opts: Options, arg: str) -> None:
    opts.quiet_level += 1


def _relative_timestamps(opts: Options, arg: str) -> None:
    opts.relative = True
    opts.relative_precision = _precision(arg) if arg else None


def _timestamps(opts: Options, arg: str) -> None:
    opts.timestamps += 1


def _syscall_times(opts: Options, arg: str) -> None:
    opts.durations = _precision(arg) if arg else 6


def _summary_interval(opts: Options, arg: str) -> None:
    try:
        opts.summary_interval = float(arg)
    except ValueError:
        raise UsageError("invalid summary interval: '%s'" % arg)


def _hex_strings(opts: Options, arg: str) -> None:
    opts.hex_strings = min(opts.hex_strings + 1, 2)


_STRINGS_IN_HEX = {"": 2, "all": 2, "non-ascii": 1, "none": 0, "non-ascii-chars": 1}


def _strings_in_hex(opts: Options, arg: str) -> None:
    if arg not in _STRINGS_IN_HEX:
        raise UsageError("invalid argument for --strings-in-hex: '%s'" % arg)
    opts.hex_strings = _STRINGS_IN_HEX[arg]


def _xlat_style(opts: Options, arg: str) -> None:
    if arg not in ("raw", "abbrev", "verbose"):
        raise UsageError("invalid xlat style '%s'" % arg)
    opts.xlat_style = arg


def _decode_fds_level(opts: Options, arg: str) -> None:
    # -y: paths; -yy: everything strace knows about a descriptor
    opts.decode_fds = ["path"] if not opts.decode_fds else list(_FD_KINDS)


def _decode_pids_comm(opts: Options, arg: str) -> None:
    opts.decode_pids = ["comm"]


def _color(opts: Options, arg: str) -> None:
    if arg not in ("auto", "always", "never"):
        raise UsageError("invalid --color argument '%s'" % arg)
    opts.color = arg


def _extend_pids(opts: Options, arg: str) -> None:
    opts.pids.extend(_parse_pids(arg))


def _appender(name: str):
    def handler(opts: Options, arg: str) -> None:
        getattr(opts, name).append(arg)
    return handler


def _qualifier(opts: Options, arg: str) -> None:
    _qualify(opts, arg)


def _precision(text: str) -> int:
    units = {"s": 0, "ms": 3, "us": 6, "ns": 9}
    if text in units:
        return units[text]
    if text.isdigit() and 0 <= int(text) <= 9:
        return int(text)
    raise UsageError("invalid time precision '%s'" % text)


def _absolute_timestamps(opts: Options, arg: str) -> None:
    formats = {"none": 0, "time": 1, "unix": 3}
    opts.timestamps = max(opts.timestamps, 1)
    for item in filter(None, arg.split(",")):
        key, _, value = item.partition(":")
        if key == "format":
            if value not in formats:
                raise UsageError("invalid timestamp format '%s'" % value)
            opts.timestamps = formats[value]
        elif key == "precision":
            opts.timestamp_precision = _precision(value)
            if opts.timestamps == 1:
                opts.timestamps = 2
        elif key in formats:
            opts.timestamps = formats[key]
        else:
            opts.timestamp_precision = _precision(key)
            if opts.timestamps == 1:
                opts.timestamps = 2


_OPTION_HANDLERS = {
    "-a": _argument("column", lambda arg: _positive(arg, "-a")),
    "-A": _setter("append", True),
    "--append-output": _setter("append", True),
    "--output-append-mode": _setter("append", True),
    "-c": _setter("summary_only", True), "--summary-only": _setter("summary_only", True),
    "-C": _setter("summary", True), "--summary": _setter("summary", True),
    "-e": _qualifier,
    "-E": _appender("env"), "--env": _appender("env"),
    "-f": _count_follow, "--follow-forks": _count_follow, "-F": _count_follow,
    "--output-separately": _setter("follow", 2),
    "-h": _setter("show_help", True), "--help": _setter("show_help", True),
    "-V": _setter("show_version", True), "--version": _setter("show_version", True),
    "-I": _interruptible, "--interruptible": _interruptible,
    "-i": _setter("instruction_pointer", True),
    "--instruction-pointer": _setter("instruction_pointer", True),
    "-n": _setter("syscall_number", True), "--syscall-number": _setter("syscall_number", True),
    "-j": _setter("json", True), "--json": _setter("json", True),
    "-o": _argument("output"), "--output": _argument("output"),
    "-O": _argument("overhead"), "--summary-syscall-overhead": _argument("overhead"),
    "-p": _extend_pids, "--attach": _extend_pids,
    "-P": _appender("paths"), "--trace-path": _appender("paths"),
    "-q": _quiet_level,
    "-r": _setter("relative", True), "--relative-timestamps": _relative_timestamps,
    "-s": _argument("string_limit", lambda arg: _positive(arg, "-s")),
    "--string-limit": _argument("string_limit", lambda arg: _positive(arg, "-s")),
    "-S": _argument("sort_by"), "--summary-sort-by": _argument("sort_by"),
    "-t": _timestamps,
    "--timestamps": _absolute_timestamps, "--absolute-timestamps": _absolute_timestamps,
    "-T": _setter("durations", 6), "--syscall-times": _syscall_times,
    "-U": _argument("columns"), "--summary-columns": _argument("columns"),
    "-v": _setter("verbose", True), "--no-abbrev": _setter("verbose", True),
    "-w": _setter("wall_clock", True), "--summary-wall-clock": _setter("wall_clock", True),
    "--summary-interval": _summary_interval,
    "-x": _hex_strings, "--strings-in-hex": _strings_in_hex,
    "-X": _xlat_style, "--const-print-style": _xlat_style,
    "-y": _decode_fds_level,
    "-Y": _decode_pids_comm,
    "-z": _setter("zflag", True), "--successful-only": _setter("zflag", True),
    "-Z": _setter("Zflag", True), "--failed-only": _setter("Zflag", True),
    "--kill-on-exit": _setter("kill_on_exit", True),
    "--seccomp-bpf": _setter("seccomp", True), "--no-seccomp-bpf": _setter("seccomp", False),
    "--color": _color, "--colour": _color,
    "--spin-wait": _argument("spin_wait_us", lambda arg: _positive(arg, "--spin-wait")),
    "--always-show-pid": _setter("always_show_pid", True),
}
# --trace=SET is -e trace=SET, and likewise for every qualifier
for _name in ("trace", "signal", "signals", "status", "quiet", "raw", "abbrev", "verbose",
              "read", "write", "decode-fds", "decode-pids", "inject", "fault"):
    _OPTION_HANDLERS["--" + _name] = (
        lambda opts, arg, name=_name: _long_qualifier(opts, arg, name))
