"""--seccomp-bpf: whether this run can take the filter, and its program.
Loaded only by a run with --seccomp-bpf (front/cli.py)."""
from __future__ import annotations

from pytrace.front.options import Options

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable


def seccomp_program(opts: Options, selected: frozenset[int] | None, stack_traces: bool,
                    warn: Callable[[str], None]) -> bytes | None:
    """The filter's program, or None after strace's message saying why not.

    As in strace, the filter is used only when asked for: a process carrying
    the filter fails every filtered call with ENOSYS once no tracer is
    there, so the fast path implies --kill-on-exit (the engine is told so).
    The filter is inherited by every descendant: only with -f, and only for
    a command pytrace starts.  strace's messages when it cannot apply."""
    if opts.detach_on_execve:
        warn("--seccomp-bpf is not enabled because it is not compatible with -b")
        return None
    if opts.pids and not opts.command:
        warn("--seccomp-bpf is not enabled for processes attached with -p")
    if not opts.follow:
        warn("--seccomp-bpf cannot be used without -f/--follow-forks, disabling")
        return None
    if selected is None:
        warn("Seccomp filter is requested but there are no syscalls to filter."
             "  See -e trace to filter syscalls.")
        return None
    if not opts.command:
        return None
    if opts.inject:
        from pytrace.engine.tampering import needs_syscall_stops
        if needs_syscall_stops(opts.inject):
            return None
    from pytrace.engine.seccomp import build_program
    if stack_traces:   # their returns renew the maps -k reads
        from pytrace.engine.arch import MAPPING_SYSCALLS
        selected = selected | MAPPING_SYSCALLS
    return build_program(selected)
