"""-d: whether PTRACE_GET_SYSCALL_INFO tells what the registers tell, checked
at the first syscall entry as strace checks it once at start-up.  Loaded
only by a run with -d (EngineOptions.debug)."""
from __future__ import annotations

import struct

from pytrace.engine import binding as P
from pytrace.engine.arch import EXIT_REGISTERS_FORMAT

_NR = struct.Struct("<Q")
_EXIT_REGISTERS = struct.Struct(EXIT_REGISTERS_FORMAT)


def check_at_first_entry(engine) -> None:
    """The engine's entry handler, made to report the check once first."""
    first = engine._on_entry
    pending = [True]

    def entry_checking(tracee, status: int, cpu_us: int):
        if pending:
            pending.clear()
            engine.options.debug("PTRACE_GET_SYSCALL_INFO %s" % (
                "works" if _syscall_info_agrees(tracee.pid) else "does not work"))
            engine._on_entry = first
        return first(tracee, status, cpu_us)

    engine._on_entry = entry_checking


def _syscall_info_agrees(pid: int) -> bool:
    if P.read_syscall_info(pid) < 0:
        return False
    if P.info_view[0] != P.SYSCALL_INFO_ENTRY:
        return False
    if P.read_registers(pid) < 0:
        return False
    return _NR.unpack_from(P.info_view, 24)[0] & 0xFFFFFFFFFFFFFFFF \
        == _EXIT_REGISTERS.unpack_from(P.registers_view)[3] & 0xFFFFFFFFFFFFFFFF
