"""x86_64's syscall stops read from struct user_regs_struct, as strace reads
them where PTRACE_GET_SYSCALL_INFO is refused (EIO: a kernel before 5.3, or
a seccomp filter on the tracer itself).  Loaded only then (x86_64.py)."""
import struct

from pytrace.engine.arch.x86_64 import AUDIT_ARCH, AUDIT_ARCH_I386, USER_CS_32

# A 32-bit process runs with cs 0x23; int $0x80 in a 64-bit one cannot be
# told from the registers (strace cannot either).
_REGISTERS = struct.Struct("<27Q")
_INFO_HEAD = struct.Struct("<B3xIQQ")
_INFO_ENTRY = struct.Struct("<7Q")
_INFO_EXIT = struct.Struct("<qB")
_RBP, _RBX, _R10, _R9, _R8, _RAX, _RCX, _RDX, _RSI, _RDI, _ORIG_RAX, _RIP, _CS = (
    4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
_RSP = 19
_NATIVE_ARGS = (_RDI, _RSI, _RDX, _R10, _R8, _R9)
_I386_ARGS = (_RBX, _RCX, _RDX, _RSI, _RDI, _RBP)


def syscall_info_from_registers(regs, info, exiting: bool) -> None:
    """Fill ``info`` (a struct ptrace_syscall_info buffer) as the kernel would
    at this syscall stop, from the registers PTRACE_GETREGS read into ``regs``."""
    values = _REGISTERS.unpack_from(regs)
    i386 = values[_CS] == USER_CS_32
    _INFO_HEAD.pack_into(info, 0, 2 if exiting else 1,
                         AUDIT_ARCH_I386 if i386 else AUDIT_ARCH, values[_RIP], values[_RSP])
    if exiting:
        rval = values[_RAX] - (1 << 64) if values[_RAX] >> 63 else values[_RAX]
        _INFO_EXIT.pack_into(info, 24, rval, -4095 <= rval < 0)
    elif i386:
        _INFO_ENTRY.pack_into(info, 24, values[_ORIG_RAX] & 0xFFFFFFFF,
                              *[values[i] & 0xFFFFFFFF for i in _I386_ARGS])
    else:
        _INFO_ENTRY.pack_into(info, 24, values[_ORIG_RAX], *[values[i] for i in _NATIVE_ARGS])
