"""x86_64: audit arch, the syscall table, and the numbers the engine must know."""
import sys

AUDIT_ARCH = 0xC000003E          # AUDIT_ARCH_X86_64, as seccomp_data.arch reports it
SYSCALL_TABLE = "decoders.syscalls_x86_64"
EXEC_SYSCALLS = frozenset((59, 322))   # execve, execveat
X32_SYSCALL_BIT = 0x40000000
CLONE_SYSCALLS = frozenset((56, 435))   # clone, clone3: may ask for CLONE_UNTRACED
CLONE_FLAGS_REGISTER_OFFSET = 14 * 8    # rdi in struct user_regs_struct (clone's flags)
# struct user_regs_struct, as PTRACE_GETREGS fills it: -c reads the number and
# the result of a call from it in one request at the syscall-exit stop.
REGS_SIZE = 27 * 8
RETURN_REGISTER_OFFSET = 10 * 8         # rax
SYSCALL_NR_REGISTER_OFFSET = 15 * 8     # orig_rax
INSTRUCTION_POINTER_OFFSET = 16 * 8     # rip
# At the exit stop of rt_sigreturn orig_rax reads -1: the kernel clears it while
# restoring the interrupted context, so that context is never taken for a
# syscall to restart.  No other call leaves it so.
SIGRETURN_NR = 15
# Calls after which a process's memory mappings may differ (strace's
# MEMORY_MAPPING_CHANGE): mmap, mprotect, munmap, brk, mremap, shmat, execve,
# shmdt, remap_file_pages, execveat, pkey_mprotect.  -k renews its maps then.
MAPPING_SYSCALLS = frozenset((9, 10, 11, 12, 25, 30, 59, 67, 216, 322, 329))
# The i386 personality: a 32-bit program, or int $0x80 in a 64-bit one.
# PTRACE_GET_SYSCALL_INFO's arch tells the two apart; the engine numbers an
# i386 call I386_NR_BASE + its own number, so that one number space serves
# filters, -c and the decoding plans of both personalities.
AUDIT_ARCH_I386 = 0x40000003
I386_NR_BASE = 1 << 64   # above every 64-bit number, the -1 of syscall(-1) included
I386_RT_SIGRETURN_NR = 173
I386_EXEC_SYSCALLS = frozenset((11, 358))   # execve, execveat
# the exec calls of both personalities, as the engine numbers them
ALL_EXEC_NUMBERS = EXEC_SYSCALLS | {I386_NR_BASE + nr for nr in I386_EXEC_SYSCALLS}
# strace's personality names, as "[ Process PID=N runs in 32 bit mode. ]" says them
PERSONALITY_NAMES = {AUDIT_ARCH: "64 bit", AUDIT_ARCH_I386: "32 bit"}
# The -c table strace prints for each personality after the 64-bit one
PERSONALITY_SUMMARIES = ((I386_NR_BASE, "32 bit"),)
# struct user_regs_struct, for -c's single register read at a syscall exit:
# r11, rax, rcx, orig_rax, rip, cs, eflags.  A `syscall` instruction leaves
# rcx = rip and r11 = eflags; a 32-bit process runs with cs 0x23.
USER_CS_32 = 0x23
USER_CS_64 = 0x33
EXIT_REGISTERS_FORMAT = "<48xQ24xqQ24xqQQQ"


def compat_signature(nr: int):
    """The row of an i386 call the engine numbered ``nr`` (I386_NR_BASE and up)."""
    own = nr - I386_NR_BASE
    sig = i386_rows().get(own)
    if sig is None:
        from decoders.table import unknown
        sig = unknown(own)
    return sig


def syscall_table():
    """The module of the signature table, ``SYSCALL_TABLE`` (a plain import,
    as importlib's import_module costs every start of pytrace its own import)."""
    __import__(SYSCALL_TABLE)
    return sys.modules[SYSCALL_TABLE]


def i386_names() -> dict:
    """{i386 number: name} of every call the i386 table names."""
    from pytrace.engine.arch.x86_64_personalities import I386
    return I386


_i386_rows: list = []


def i386_rows():
    """{i386 number: row} of every call the i386 table names (made on first use)."""
    if not _i386_rows:
        from decoders.syscalls_i386 import derive
        _i386_rows.append(derive(i386_names(), syscall_table().SYSCALLS))
    return _i386_rows[0]
