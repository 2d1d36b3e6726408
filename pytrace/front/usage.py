"""What pytrace says about itself: -h, -V and --tips.

-h lists every option pytrace takes, one entry each, in strace's order and
grouping (pytrace's own options under their own heading); each option's
spelling is strace's, the explanations are pytrace's.
"""
from __future__ import annotations

import random
import textwrap

HELP = """\
Usage: {prog} [-ACdffhijkqqrtttTvVwxxyyzZ] [-I N] [-b execve] [-e EXPR]...
              [-a COLUMN] [-o FILE] [-s STRSIZE] [-X FORMAT] [-O OVERHEAD]
              [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS] [--seccomp-bpf]
              { -p PID | [-DDD] [-E VAR=VAL]... [-u USERNAME] PROG [ARGS] }
   or: {prog} -c[dfwzZ] [-I N] [-b execve] [-e EXPR]... [-O OVERHEAD]
              [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS] [--seccomp-bpf]
              { -p PID | [-DDD] [-E VAR=VAL]... [-u USERNAME] PROG [ARGS] }

General:
  -e EXPR        a qualifying expression: QUALIFIER=[!]all or QUALIFIER=[!]VAL1[,VAL2]...
     qualifiers: trace, abbrev, verbose, raw, signal, read, write, fault,
                 inject, status, quiet, kvm, decode-fds, decode-pids

Startup:
  -E VAR=VAL, --env=VAR=VAL
                 run the command with VAR set to VAL
  -E VAR, --env=VAR
                 run the command without VAR
  -p PID, --attach=PID
                 trace the process PID (and its threads); may be repeated
  -u USERNAME, --user=USERNAME
                 run the command with the uid, gid and groups of USERNAME

Tracing:
  -b execve, --detach-on=execve
                 stop tracing a process when it calls execve
  -D, --daemonize[=grandchild]
                 trace from a grandchild: the command stays the caller's child
  -DD, --daemonize=pgroup
                 the same, the tracer in a process group of its own
  -DDD, --daemonize=session
                 the same, the tracer in a session of its own
  -f, --follow-forks
                 trace the children the traced processes create
  -ff, --follow-forks --output-separately
                 the same, each process into its own file (FILE.PID)
  -I INTERRUPTIBLE, --interruptible=INTERRUPTIBLE
                 when ^C and other fatal signals stop the tracing:
     1, anywhere:   at any time
     2, waiting:    while waiting for the tracees, not while decoding (default)
     3, never:      never (the default for '-o FILE PROG')
     4, never_tstp: never, and ^Z is ignored as well

Filtering:
  -e trace=[!][?]{{SYSCALL|GROUP|all|/REGEX}[@64|@32|@x32]|none},
   --trace=[!][?]{{SYSCALL|GROUP|all|/REGEX}[@64|@32|@x32]|none}
                 trace only these system calls
     groups:     %clock, %creds, %desc, %file, %fstat, %fstatfs, %ipc, %lstat,
                 %memory, %net, %process, %pure, %signal, %stat, %%stat,
                 %statfs, %%statfs
  -e signal=SET, --signals=SET
                 report only these signals
  -e status=SET, --status=SET
                 print only the system calls that ended with these statuses
     statuses:   successful, failed, unfinished, unavailable, detached
  -P PATH, --trace-path=PATH
                 trace only the system calls that use PATH
  -z, --successful-only
                 print only the system calls that succeeded
  -Z, --failed-only
                 print only the system calls that failed

Output format:
  -a COLUMN, --columns=COLUMN
                 align return values at COLUMN (default 40)
  -e abbrev=SET, --abbrev=SET
                 abbreviate the structures of these system calls
  -e verbose=SET, --verbose=SET
                 print the structures of these system calls (others: addresses)
  -e raw=SET, --raw=SET
                 print the arguments of these system calls as raw numbers
  -e read=SET, --read=SET
                 hex dump the data read from these descriptors
  -e write=SET, --write=SET
                 hex dump the data written to these descriptors
  -e quiet=SET, --quiet=SET
                 leave out these messages
     messages:   attach, exit, path-resolution, personality, thread-execve
  -e kvm=vcpu, --kvm=vcpu
                 print the exit reason of KVM vCPUs
  -e decode-fds=SET, --decode-fds=SET
                 what to print about file descriptors
     details:    dev (the device numbers of block and character devices),
                 path (the file path),
                 pidfd (the PID of a pidfd),
                 socket (the protocol and addresses of a socket)
  -i, --instruction-pointer
                 print the instruction pointer at each system call
  -k, --stack-traces
                 print the stack of the tracee at each system call
  -n, --syscall-number
                 print the number of each system call
  -o FILE, --output=FILE
                 write the trace into FILE ('|CMD': into the input of CMD)
  -A, --output-append-mode
                 append to the file of -o
  --output-separately
                 a file per process: FILE.PID
  -q, --quiet=attach,personality
                 leave out the attach and detach messages
  -qq, --quiet=attach,personality,exit
                 and the exit status lines
  -qqq, --quiet=all
                 and every other message that can be left out
  -r, --relative-timestamps[=PRECISION]
                 print the time since the previous system call
     precision:  s, ms, us or ns (default us)
  -s STRSIZE, --string-limit=STRSIZE
                 print at most STRSIZE bytes of each string (default 32)
  --absolute-timestamps=[[format:]FORMAT[,[precision:]PRECISION]]
                 how to print the time of day
     format:     none, time or unix (default time)
     precision:  s, ms, us or ns (default s)
  -t, --absolute-timestamps[=time]
                 print the time of day
  -tt, --absolute-timestamps=[time,]us
                 the same, with microseconds
  -ttt, --absolute-timestamps=unix,us
                 print the seconds since the epoch, with microseconds
  -T, --syscall-times[=PRECISION]
                 print the time each system call took
     precision:  s, ms, us or ns (default us)
  -v, --no-abbrev
                 print structures in full
  --strings-in-hex=non-ascii-chars
                 escape unprintable bytes in hex rather than octal
  -x, --strings-in-hex=non-ascii
                 print strings holding non-ASCII bytes in hex
  -xx, --strings-in-hex[=all]
                 print every string in hex
  -X FORMAT, --const-print-style=FORMAT
                 how to print named constants and flags
     formats:    raw, abbrev, verbose
  -y, --decode-fds[=path]
                 print the path behind each file descriptor
  -yy, --decode-fds=all
                 print everything known about each file descriptor
  --decode-pids=pidns, --pidns-translation
                 print PIDs as pytrace's PID namespace sees them too
  -Y, --decode-pids=comm
                 print the command name of each PID

Statistics:
  -c, --summary-only
                 count the calls, errors and time of each system call, and
                 print only that summary
  -C, --summary  the summary after the regular output
  -O OVERHEAD[UNIT], --summary-syscall-overhead=OVERHEAD[UNIT]
                 take OVERHEAD off the time of each call
     units:      s, ms, us or ns (default us)
  -S SORTBY, --summary-sort-by=SORTBY
                 sort the summary by time, min-time, max-time, avg-time,
                 calls, errors, name or nothing (default time)
  -U COLUMNS, --summary-columns=COLUMNS
                 the summary's columns, separated by commas: time-percent,
                 total-time, min-time, max-time, avg-time, calls, errors, name
                 (default time-percent,total-time,avg-time,calls,errors,name)
                 and pytrace's: pN (a percentile), max, wall-time, cpu-time
  -w, --summary-wall-clock
                 time the system calls by the wall clock (default: CPU time)

Tampering:
  -e inject=SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=SYSCALL]
            [:delay_enter=DELAY][:delay_exit=DELAY]
            [:poke_enter=@argN=DATAN,@argM=DATAM...]
            [:poke_exit=@argN=DATAN,@argM=DATAM...]
            [:when=WHEN],
  --inject=SET[...]
                 tamper with these system calls
     delay:      microseconds or NUMBER{s|ms|us|ns}
     when:       FIRST[..LAST][+[STEP]]
  -e fault=SET[:error=ERRNO][:when=WHEN], --fault=SET[:error=ERRNO][:when=WHEN]
                 make these system calls fail (ENOSYS unless ERRNO is given)

Miscellaneous:
  -d, --debug    print debugging messages
  -h, --help     print this help
  --seccomp-bpf  let untraced system calls run without stopping (with -f)
  --tips[=[[id:]ID][,[format:]FORMAT]]
                 print a tip when the trace ends
     id:         a number, or random (the default)
     format:     none, compact or full (default compact)
  -V, --version  print the version

pytrace's own options:
  -j, --json     write JSON Lines: one object per event
  --color=WHEN, --colour=WHEN
                 colour the output: auto (on a terminal, unless NO_COLOR is set),
                 always or never (default never)
  --kill-on-exit kill the tracees when pytrace ends, rather than detaching them
  --no-seccomp-bpf
                 never let untraced system calls bypass the tracer
  --spin-wait=USEC
                 poll for the next stop for up to USEC microseconds before
                 sleeping (default 200; 0: never poll)
  --summary-interval=SECONDS
                 with -c or -C, print the summary so far every SECONDS
"""

VERSION = """\
{prog} -- version {version}
pytrace is an strace-compatible system call tracer in Python.
It is free software, and comes with no warranty of any kind.

Optional features enabled:{features}
"""

# mpers: decoding the structures of 32-bit and x32 tracees; pytrace has none
NO_MPERS = ("no-m32-mpers", "no-mx32-mpers")


def features() -> list[str]:
    """What -V lists, in strace's order: -k's unwinder and demangler, when
    their libraries load here, then the personalities."""
    from pytrace.engine import unwind
    found = []
    try:
        unwind.load()
    except (OSError, unwind.UnwinderMissing):
        pass
    else:
        found.append("stack-trace=libunwind")
        from pytrace.sinks import stacktrace
        if getattr(stacktrace, "_cxa_demangle", None) is not None:
            found.append("stack-demangle")
    return found + list(NO_MPERS)


def help_text(prog: str) -> str:
    return HELP.replace("{prog}", prog)


def version_text(prog: str) -> str:
    from importlib.metadata import PackageNotFoundError, version
    from pytrace.front.deferred_site import ensure_site
    ensure_site()   # the installed package's metadata, in the site-packages
    try:
        number = version("pytrace")
    except PackageNotFoundError:
        number = "unknown"
    listed = "".join(" " + feature for feature in features()) or " (none)"
    return (VERSION.replace("{prog}", prog).replace("{version}", number)
            .replace("{features}", listed))


TIPS = (
    '-P PATH traces only the system calls that touch PATH; give it several times to '
    'follow a few files at once.',
    '-e trace=%file,%desc shows what a program does with its files; -y adds the path '
    'behind every file descriptor.',
    '-f follows forks and threads; with -ff -o FILE each process writes to a file of '
    'its own, FILE.PID.',
    '-c counts the calls, errors and time of each system call: a quick way to see '
    'where a program spends its time in the kernel.',
    '-e status=failed (or -Z) prints only the calls that failed: the missing file or '
    'the refused permission stands out.',
    '-T prints how long each system call took, and -tt the time of day: slow calls '
    'and stalls show up.',
    '-s 256 shows longer strings, and -x or -xx prints them in hex.',
    '--json writes JSON Lines, one object per call, signal or exit, for tools such as'
    ' jq to read.',
    '-p PID attaches to a running process; ^C detaches and leaves it running as it '
    'was.',
    '-e inject=SET:error=ENOSPC makes calls fail on purpose, to see how a program '
    'copes with a full disk or a refused request.',
)
_WIDTH = 64


def tip_text(tip_id: int, style: str) -> str:
    """--tips: one tip in a box, ``tip_id`` -1 for a random one; "full" adds a footer."""
    if style == "none":
        return ""
    index = random.randrange(len(TIPS)) if tip_id < 0 else tip_id % len(TIPS)
    lines = ["  " + "_" * _WIDTH, " /" + " " * _WIDTH + "\\"]
    lines += [" | %-*s |" % (_WIDTH - 2, text) for text in textwrap.wrap(TIPS[index], _WIDTH - 2)]
    lines.append(" \\" + "_" * _WIDTH + "/")
    if style == "full":
        lines.append("   pytrace tip %d of %d; --tips=id:N shows tip N"
                     % (index, len(TIPS)))
    return "\n".join(lines) + "\n"
