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
    "output-append-mode", "interruptible=", "spin-wait=",
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
    target = _E_KEYS.get(key)
    if target is None:
        if key in ("inject", "fault", "kvm"):
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
    decode_fd_level = 0
    for opt, arg in pairs:
        if opt == "-a":
            opts.column = _positive(arg, "-a")
        elif opt == "-A" or opt in ("--append-output", "--output-append-mode"):
            opts.append = True
        elif opt == "-c" or opt == "--summary-only":
            opts.summary_only = True
        elif opt == "-C" or opt == "--summary":
            opts.summary = True
        elif opt == "-e":
            _qualify(opts, arg)
        elif opt in ("--trace", "--signal", "--signals", "--status", "--quiet", "--raw",
                     "--abbrev", "--verbose", "--read", "--write", "--decode-fds", "--decode-pids"):
            _qualify(opts, opt[2:] + "=" + arg)
        elif opt == "-E" or opt == "--env":
            opts.env.append(arg)
        elif opt == "-f" or opt == "--follow-forks":
            opts.follow += 1
        elif opt == "--output-separately":
            opts.follow = 2
        elif opt == "-F":
            opts.follow += 1
        elif opt in ("-h", "--help"):
            opts.show_help = True
        elif opt in ("-V", "--version"):
            opts.show_version = True
        elif opt == "-I" or opt == "--interruptible":
            if arg not in _INTERRUPTIBLE:
                raise UsageError("invalid -I argument: '%s'" % arg)
            opts.interruptible = _INTERRUPTIBLE[arg]
        elif opt == "-i" or opt == "--instruction-pointer":
            opts.instruction_pointer = True
        elif opt == "-n" or opt == "--syscall-number":
            opts.syscall_number = True
        elif opt == "-j" or opt == "--json":
            opts.json = True
        elif opt == "-o" or opt == "--output":
            opts.output = arg
        elif opt == "-O" or opt == "--summary-syscall-overhead":
            opts.overhead = arg
        elif opt == "-p" or opt == "--attach":
            opts.pids.extend(_parse_pids(arg))
        elif opt == "-P" or opt == "--trace-path":
            opts.paths.append(arg)
        elif opt == "-q":
            opts.quiet_level += 1
        elif opt == "-r":
            opts.relative = True
        elif opt == "--relative-timestamps":
            opts.relative = True
            opts.relative_precision = _precision(arg) if arg else None
        elif opt == "-s" or opt == "--string-limit":
            opts.string_limit = _positive(arg, "-s")
        elif opt == "-S" or opt == "--summary-sort-by":
            opts.sort_by = arg
        elif opt == "-t":
            opts.timestamps += 1
        elif opt in ("--timestamps", "--absolute-timestamps"):
            _absolute_timestamps(opts, arg)
        elif opt == "-T":
            opts.durations = 6
        elif opt == "--syscall-times":
            opts.durations = _precision(arg) if arg else 6
        elif opt == "-U" or opt == "--summary-columns":
            opts.columns = arg
        elif opt == "-v":
            opts.verbose = True
        elif opt == "--no-abbrev":
            opts.verbose = True
        elif opt == "-w" or opt == "--summary-wall-clock":
            opts.wall_clock = True
        elif opt == "--summary-interval":
            try:
                opts.summary_interval = float(arg)
            except ValueError:
                raise UsageError("invalid summary interval: '%s'" % arg)
        elif opt == "-x":
            opts.hex_strings = min(opts.hex_strings + 1, 2)
        elif opt in ("--strings-in-hex",):
            opts.hex_strings = {"": 2, "all": 2, "non-ascii": 1, "none": 0,
                                "non-ascii-chars": 1}.get(arg, -1)
            if opts.hex_strings < 0:
                raise UsageError("invalid argument for --strings-in-hex: '%s'" % arg)
        elif opt == "-X" or opt == "--const-print-style":
            if arg not in ("raw", "abbrev", "verbose"):
                raise UsageError("invalid xlat style '%s'" % arg)
            opts.xlat_style = arg
        elif opt == "-y":
            decode_fd_level += 1
            opts.decode_fds = ["path"] if decode_fd_level == 1 else list(_FD_KINDS)
        elif opt == "-Y":
            opts.decode_pids = ["comm"]
        elif opt == "-z" or opt == "--successful-only":
            opts.zflag = True
        elif opt == "-Z" or opt == "--failed-only":
            opts.Zflag = True
        elif opt == "--kill-on-exit":
            opts.kill_on_exit = True
        elif opt == "--seccomp-bpf":
            opts.seccomp = True
        elif opt == "--no-seccomp-bpf":
            opts.seccomp = False
        elif opt in ("--color", "--colour"):
            if arg not in ("auto", "always", "never"):
                raise UsageError("invalid --color argument '%s'" % arg)
            opts.color = arg
        elif opt == "--spin-wait":
            opts.spin_wait_us = _positive(arg, "--spin-wait")
        elif opt == "--always-show-pid":
            opts.always_show_pid = True
        else:
            raise UsageError("option %s is not supported by pytrace" % opt)
    opts.command = rest
    if opts.show_help or opts.show_version:
        return opts
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
    return opts


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
