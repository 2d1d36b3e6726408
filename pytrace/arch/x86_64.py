"""x86_64: audit arch, the syscall table, and the numbers the engine must know."""
AUDIT_ARCH = 0xC000003E          # AUDIT_ARCH_X86_64, as seccomp_data.arch reports it
SYSCALL_TABLE = "decoders.syscalls_x86_64"
EXEC_SYSCALLS = frozenset((59, 322))   # execve, execveat
X32_SYSCALL_BIT = 0x40000000
CLONE_SYSCALLS = frozenset((56, 435))   # clone, clone3: may ask for CLONE_UNTRACED
CLONE_FLAGS_REGISTER_OFFSET = 14 * 8    # rdi in struct user_regs_struct (clone's flags)
