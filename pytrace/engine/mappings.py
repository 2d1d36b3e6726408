"""-k: which calls may have changed a process's memory mappings, so that its
backtraces read /proc/PID/maps again after them (strace's mmap_notify).
Loaded only by a run with -k (EngineOptions.track_mappings)."""
from __future__ import annotations

import struct

from pytrace.engine import binding as P
from pytrace.engine.arch import AUDIT_ARCH, MAPPING_SYSCALLS

# ptrace_syscall_info's arch (offset 4) and, at an entry, the number (offset 24)
_ARCH_NR = struct.Struct("<I16xQ")


def note_mapping_changes(engine) -> None:
    """The engine's entry and exit of a syscall, made to count the returns of
    calls that may change mappings, in any tracee, reported or not, in
    ``engine.maps_generation``."""
    entered, exited = engine._entered, engine._on_syscall_exit

    def entered_noting(tracee, cpu_us: int):
        reported = entered(tracee, cpu_us)
        arch, nr = _ARCH_NR.unpack_from(P.info_view, 4)
        tracee.changing_maps = arch == AUDIT_ARCH and nr in MAPPING_SYSCALLS
        return reported

    def exited_noting(tracee, status: int, cpu_us: int):
        if tracee.changing_maps:
            tracee.changing_maps = False
            engine.maps_generation += 1
        return exited(tracee, status, cpu_us)

    engine._entered, engine._on_syscall_exit = entered_noting, exited_noting
