"""The architecture-specific facts, chosen once at import.

Only x86_64 exists today; aarch64 will add a sibling module with the same names.
"""
import os

_machine = os.uname().machine
if _machine in ("x86_64", "amd64"):
    from pytrace.engine.arch.x86_64 import *  # noqa: F401,F403
else:
    raise ImportError("pytrace supports x86_64 only for now (this machine is %s)" % _machine)


def syscall_info_from_registers(regs, info, exiting: bool) -> None:
    """Fill ``info`` (a struct ptrace_syscall_info buffer) as the kernel would
    at this syscall stop, from the registers PTRACE_GETREGS read into ``regs``:
    only where PTRACE_GET_SYSCALL_INFO is refused, so the machine's module for
    it is loaded then."""
    from pytrace.engine.arch.x86_64_registers import syscall_info_from_registers as fill
    fill(regs, info, exiting)
