"""Run one workload under strace and under pytrace, and compare what they print.

Both run with ASLR off (setarch -R), in the same fresh directory, with the same
small environment and stdin/stdout on /dev/null, so that they see the same
system calls.  What legitimately differs between two runs is replaced by
stable tokens before comparing: process ids, getrandom's bytes, timestamps.
"""
from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C", "LC_ALL": "C", "TZ": "UTC",
       "TERM": "dumb"}

# "[pid  1234] ", "1234  ", and with -Y "[pid 1234<comm>] ", "1234<comm> "
_LEADING_PID = re.compile(r"^(?:\[pid\s+(?P<a>\d+)(?P<a_comm><[^>]*>)?\] "
                          r"|(?P<b>\d+)(?P<b_comm><[^>]*>)? +)")
_RANDOM = re.compile(r'getrandom\("(?:[^"\\]|\\.)*"(?:\.\.\.)?')
_INODE = re.compile(r"\b(pipe|socket|anon_inode|UNIX-STREAM|TCP|UDP):\[\d+\]")
_PID_RESULT = re.compile(r"^(?:\[ *\d+\] )?(?:clone3?|fork|vfork|set_tid_address|getpid|gettid)\(.*= (\d+)")
_DURATION = re.compile(r" <\d+\.\d+>$")
# a child's CPU times in SIGCHLD's siginfo differ from run to run (and under load)
_SI_TIMES = re.compile(r"(si_[us]time=)\d+(?: /\* [^*]* \*/)?")
_STAMP = re.compile(r"^ *\(?\+? *\d+(?::\d+:\d+)?(?:\.\d+)?\)? ")


def _pytrace_argv(accelerated: bool = True) -> list[str]:
    """This tree's pytrace (an installed ``pytrace`` may be another tree's), with
    nothing added to the environment the tracee inherits; not ``accelerated``:
    as where the engine's C accelerator could not be built (it cannot be imported)."""
    hide = "" if accelerated else "sys.modules['pytrace.engine._fast'] = None; "
    return [sys.executable, "-c", "import sys; sys.path.insert(0, %r); %s"
            "from pytrace.front.cli import main; sys.exit(main())" % (ROOT, hide)]


_NUMBER = re.compile(r"\b\d+\b")
# The execve line's envp pointer is an address inside the tracer's own child
# before the exec: the one value two tracers cannot print alike.
_ENVP = re.compile(r'^((?:\[pid +\d+\] |\d+ +)?execve\(.*\], )0x[0-9a-f]+( /\* \d+ vars \*/\))')


def without_envp_address(lines: list[str]) -> list[str]:
    return [_ENVP.sub(r"\g<1>ENVP\2", line) for line in lines]


def _pids(lines: list[str]) -> set[str]:
    """The process ids normalise() will rename in these lines."""
    found = set()
    for line in lines:
        m = _LEADING_PID.match(line)
        if m:
            found.add(m.group("a") or m.group("b"))
            line = line[m.end():]
        r = _PID_RESULT.match(line)
        if r:
            found.add(r.group(1))
    return found


def pid_collision(a: list[str], b: list[str]) -> bool:
    """Whether a pid of one run is an ordinary number in the other (pids wrap at
    pid_max, 32768 by default, where mmap sizes such as 24576 live): renaming
    it would make the two traces differ where the tracers agree.  Run again."""
    pids_a, pids_b = _pids(a), _pids(b)
    numbers_a = {n for line in a for n in _NUMBER.findall(line)}
    numbers_b = {n for line in b for n in _NUMBER.findall(line)}
    return bool((pids_a & numbers_b) - pids_b or (pids_b & numbers_a) - pids_a)


def run_both(options: list[str], command: list[str], timeout: float = 120, attempts: int = 3,
             accelerated: bool = True):
    """(strace lines, pytrace lines, pytrace stderr) for one workload."""
    for _ in range(attempts):
        a, b, b_err, codes = _run_both_once(options, command, timeout, accelerated)
        if not pid_collision(a, b):
            break
    return a, b, b_err, codes


def _run_both_once(options: list[str], command: list[str], timeout: float, accelerated: bool):
    (a, _, a_rc), (b, b_err, b_rc) = [run_traced(tracer, options, command, timeout)
                                      for tracer in (["strace"], _pytrace_argv(accelerated))]
    return a, b, b_err, (a_rc, b_rc)


def run_traced(tracer: list[str], options: list[str], command: list[str],
               timeout: float = 120) -> tuple[list[str], str, int]:
    """(trace lines, the tracer's and the command's stderr, exit status) of one run."""
    env = dict(ENV, HOME=tempfile.gettempdir())
    # the same directory for both runs: -y prints it
    work = os.path.join(tempfile.gettempdir(), "pytrace-parity-work-%d" % os.getpid())
    shutil.rmtree(work, ignore_errors=True)
    os.mkdir(work)
    out = os.path.join(work, "trace.out")
    run_env = dict(env)
    cwd = os.path.join(work, "cwd")
    os.mkdir(cwd)
    proc = subprocess.run(["setarch", "-R", *tracer, *options, "-o", out, "--", *command],
                          cwd=cwd, env=run_env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    try:
        with open(out, errors="replace") as f:
            lines = f.read().splitlines()
    except FileNotFoundError:
        lines = []
    shutil.rmtree(work, ignore_errors=True)
    return lines, proc.stderr.decode(errors="replace"), proc.returncode


_UNFINISHED = " <unfinished ...>"
_RESUMED = re.compile(r"^<\.\.\. [a-z_0-9]+ resumed>")
_PADDING = re.compile(r"(\)) +(= )")


def normalise(lines: list[str]) -> list[str]:
    """Stable text: process ids as P1, P2... in order of appearance, random bytes and
    SIGCHLD's CPU times hidden.

    A call split by another process's output (``<unfinished ...>`` then
    ``<... name resumed>``) is joined back into one line, and with several
    processes each one's lines are grouped together with the column padding
    dropped: the kernel's scheduling, not the tracer, decides the interleaving.
    """
    pids: dict[str, str] = {}

    def name(pid: str) -> str:
        if pid not in pids:
            pids[pid] = "P%d" % (len(pids) + 1)
        return pids[pid]

    parsed = []
    pending: dict[str, int] = {}
    for line in lines:
        m = _LEADING_PID.match(line)
        who = comm = ""
        if m:
            who = m.group("a") or m.group("b")
            name(who)
            comm = m.group("a_comm") or m.group("b_comm") or ""
            line = line[m.end():]
        line = _STAMP.sub("", line)
        line = _DURATION.sub(" <T>", line)
        r = _PID_RESULT.match(line)
        if r:
            name(r.group(1))
        # -Y's comm stays with the line, ahead of the call it names
        shown = comm + " " + line if comm else line
        if line.endswith(_UNFINISHED):
            pending[who] = len(parsed)
            parsed.append((who, shown[:-len(_UNFINISHED)], True))
            continue
        resumed = _RESUMED.match(line)
        if resumed and who in pending:
            index = pending.pop(who)
            parsed[index] = (who, parsed[index][1] + line[resumed.end():], False)
            continue
        parsed.append((who, shown, False))
    for who, index in pending.items():
        parsed[index] = (who, parsed[index][1] + _UNFINISHED, False)
    pattern = re.compile(r"\b(%s)\b" % "|".join(sorted(pids, key=len, reverse=True))) \
        if pids else None
    several = len({who for who, _, _ in parsed}) > 1
    groups: dict[str, list[str]] = {}
    for who, line, _ in parsed:
        line = _RANDOM.sub('getrandom("<random>"', line)
        line = _SI_TIMES.sub(r"\1N", line)
        line = _INODE.sub(r"\1:[N]", line)
        if pattern is not None:
            line = pattern.sub(lambda m: pids[m.group(1)], line)
        if several:
            line = _PADDING.sub(r"\1 \2", line)
        tag = pids.get(who, "")
        groups.setdefault(tag, []).append((tag + " " if tag else "") + line)
    order = sorted(groups, key=lambda tag: int(tag[1:] or 0))
    return [line for tag in order for line in groups[tag]]


def parity(expected: list[str], actual: list[str],
           ignore: re.Pattern | None = None) -> tuple[float, list[tuple[str, str]]]:
    """The share of strace's lines pytrace printed identically, and the differing pairs.

    ``ignore`` drops the (normalised, rejoined) lines it matches from both sides."""
    a, b = normalise(expected), normalise(actual)
    if ignore is not None:
        a = [line for line in a if not ignore.search(line)]
        b = [line for line in b if not ignore.search(line)]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    diffs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            for k in range(max(i2 - i1, j2 - j1)):
                diffs.append((a[i1 + k] if i1 + k < i2 else "", b[j1 + k] if j1 + k < j2 else ""))
    return same / max(len(a), 1), diffs
