"""strace's long options (and pytrace's own), for getopt_long: read only
when a command line has a long option (front/options.py)."""
from __future__ import annotations

from pytrace.front.getopt import NO_ARGUMENT, OPTIONAL_ARGUMENT, REQUIRED_ARGUMENT, LongOption

_N, _R, _O = NO_ARGUMENT, REQUIRED_ARGUMENT, OPTIONAL_ARGUMENT
# strace's table, in its order (glibc lists an ambiguous abbreviation's
# candidates in this order), then pytrace's own options.
LONG_OPTIONS = [LongOption(*row) for row in (
    ("columns", _R, "a"), ("output-append-mode", _N, "A"), ("detach-on", _R, "b"),
    ("summary-only", _N, "c"), ("summary", _N, "C"), ("debug", _N, "d"),
    ("daemonize", _O, "daemonize"), ("daemonised", _O, "daemonize"),
    ("daemonized", _O, "daemonize"), ("env", _R, "E"), ("follow-forks", _N, "follow-forks"),
    ("output-separately", _N, "output-separately"), ("help", _N, "h"),
    ("instruction-pointer", _N, "i"), ("interruptible", _R, "I"), ("stack-traces", _N, "k"),
    ("syscall-number", _N, "n"), ("output", _R, "o"), ("summary-syscall-overhead", _R, "O"),
    ("attach", _R, "p"), ("trace-path", _R, "P"), ("relative-timestamps", _O, "r"),
    ("string-limit", _R, "s"), ("summary-sort-by", _R, "S"),
    ("absolute-timestamps", _O, "timestamps"), ("timestamps", _O, "timestamps"),
    ("syscall-times", _O, "T"), ("user", _R, "u"), ("summary-columns", _R, "U"),
    ("no-abbrev", _N, "v"), ("version", _N, "V"), ("summary-wall-clock", _N, "w"),
    ("strings-in-hex", _O, "strings-in-hex"), ("const-print-style", _R, "X"),
    ("pidns-translation", _N, "pidns-translation"), ("successful-only", _N, "z"),
    ("failed-only", _N, "Z"), ("failing-only", _N, "Z"), ("seccomp-bpf", _N, "seccomp-bpf"),
    ("tips", _O, "tips"),
    ("trace", _R, "=trace"), ("abbrev", _R, "=abbrev"), ("verbose", _R, "=verbose"),
    ("raw", _R, "=raw"), ("signals", _R, "=signal"), ("status", _R, "=status"),
    ("read", _R, "=read"), ("write", _R, "=write"), ("fault", _R, "=fault"),
    ("inject", _R, "=inject"), ("kvm", _R, "=kvm"), ("quiet", _O, "=quiet"),
    ("silent", _O, "=quiet"), ("silence", _O, "=quiet"), ("decode-fds", _O, "=decode-fds"),
    ("decode-pids", _R, "=decode-pids"), ("secontext", _O, "=secontext"),
    # pytrace's own
    ("json", _N, "j"), ("color", _R, "color"), ("colour", _R, "color"),
    ("kill-on-exit", _N, "kill-on-exit"), ("no-seccomp-bpf", _N, "no-seccomp-bpf"),
    ("spin-wait", _R, "spin-wait"), ("summary-interval", _R, "summary-interval"),
)]
