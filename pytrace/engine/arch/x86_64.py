"""x86_64: audit arch, the syscall table, and the numbers the engine must know."""
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
