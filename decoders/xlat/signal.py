"""Signal-related tables: sigprocmask how, sigaction flags and handlers,
sigaltstack flags, siginfo si_code families, audit architectures (SIGSYS).

Values for x86_64, in the order of strace 6.1's src/xlat/*.in (the order
matters: the first matching entry wins); generated from those files and the
kernel UAPI headers.  Each table is named after its strace xlat file.
"""

# Signal names by number, 0..32 (strace's signalent; 33..64 are SIGRT_n).
SIGNAL_NAMES = (
    '0',  # 0
    'SIGHUP',  # 1
    'SIGINT',  # 2
    'SIGQUIT',  # 3
    'SIGILL',  # 4
    'SIGTRAP',  # 5
    'SIGABRT',  # 6
    'SIGBUS',  # 7
    'SIGFPE',  # 8
    'SIGKILL',  # 9
    'SIGUSR1',  # 10
    'SIGSEGV',  # 11
    'SIGUSR2',  # 12
    'SIGPIPE',  # 13
    'SIGALRM',  # 14
    'SIGTERM',  # 15
    'SIGSTKFLT',  # 16
    'SIGCHLD',  # 17
    'SIGCONT',  # 18
    'SIGSTOP',  # 19
    'SIGTSTP',  # 20
    'SIGTTIN',  # 21
    'SIGTTOU',  # 22
    'SIGURG',  # 23
    'SIGXCPU',  # 24
    'SIGXFSZ',  # 25
    'SIGVTALRM',  # 26
    'SIGPROF',  # 27
    'SIGWINCH',  # 28
    'SIGIO',  # 29
    'SIGPWR',  # 30
    'SIGSYS',  # 31
    'SIGRTMIN',  # 32
)

SIGPROCMASKCMDS = (
    (0x0, 'SIG_BLOCK'),
    (0x1, 'SIG_UNBLOCK'),
    (0x2, 'SIG_SETMASK'),
)

SIGACT_FLAGS = (
    (0x4000000, 'SA_RESTORER'),
    (0x8000000, 'SA_ONSTACK'),
    (0x10000000, 'SA_RESTART'),
    (0x20000000, 'SA_INTERRUPT'),
    (0x40000000, 'SA_NODEFER'),
    (0x80000000, 'SA_RESETHAND'),
    (0x4, 'SA_SIGINFO'),
    (0x80000000, 'SA_RESETHAND'),
    (0x8000000, 'SA_ONSTACK'),
    (0x40000000, 'SA_NODEFER'),
    (0x1, 'SA_NOCLDSTOP'),
    (0x2, 'SA_NOCLDWAIT'),
)

SIGALTSTACK_FLAGS = (
    (0x1, 'SS_ONSTACK'),
    (0x2, 'SS_DISABLE'),
    (0x80000000, 'SS_AUTODISARM'),
)

SA_HANDLER_VALUES = (
    (0xffffffffffffffff, 'SIG_ERR'),
    (0x0, 'SIG_DFL'),
    (0x1, 'SIG_IGN'),
)

SIGINFO_CODES = (
    (0x0, 'SI_USER'),
    (0x80, 'SI_KERNEL'),
    (0xffffffff, 'SI_QUEUE'),
    (0xfffffffe, 'SI_TIMER'),
    (0xfffffffd, 'SI_MESGQ'),
    (0xfffffffc, 'SI_ASYNCIO'),
    (0xfffffffb, 'SI_SIGIO'),
    (0xfffffffa, 'SI_TKILL'),
    (0xfffffff9, 'SI_DETHREAD'),
    (0xffffffc4, 'SI_ASYNCNL'),
)

SIGCHLD_CODES = (
    (0x1, 'CLD_EXITED'),
    (0x2, 'CLD_KILLED'),
    (0x3, 'CLD_DUMPED'),
    (0x4, 'CLD_TRAPPED'),
    (0x5, 'CLD_STOPPED'),
    (0x6, 'CLD_CONTINUED'),
)

SIGTRAP_CODES = (
    (0x1, 'TRAP_BRKPT'),
    (0x2, 'TRAP_TRACE'),
    (0x3, 'TRAP_BRANCH'),
    (0x4, 'TRAP_HWBKPT'),
    (0x5, 'TRAP_UNK'),
    (0x6, 'TRAP_PERF'),
)

SIGPOLL_CODES = (
    (0x1, 'POLL_IN'),
    (0x2, 'POLL_OUT'),
    (0x3, 'POLL_MSG'),
    (0x4, 'POLL_ERR'),
    (0x5, 'POLL_PRI'),
    (0x6, 'POLL_HUP'),
)

SIGPROF_CODES = (
)

SIGILL_CODES = (
    (0x1, 'ILL_ILLOPC'),
    (0x2, 'ILL_ILLOPN'),
    (0x3, 'ILL_ILLADR'),
    (0x4, 'ILL_ILLTRP'),
    (0x5, 'ILL_PRVOPC'),
    (0x6, 'ILL_PRVREG'),
    (0x7, 'ILL_COPROC'),
    (0x8, 'ILL_BADSTK'),
    (0x9, 'ILL_BADIADDR'),
)

SIGFPE_CODES = (
    (0x1, 'FPE_INTDIV'),
    (0x2, 'FPE_INTOVF'),
    (0x3, 'FPE_FLTDIV'),
    (0x4, 'FPE_FLTOVF'),
    (0x5, 'FPE_FLTUND'),
    (0x6, 'FPE_FLTRES'),
    (0x7, 'FPE_FLTINV'),
    (0x8, 'FPE_FLTSUB'),
    (0xe, 'FPE_FLTUNK'),
    (0xf, 'FPE_CONDTRAP'),
)

SIGSEGV_CODES = (
    (0x1, 'SEGV_MAPERR'),
    (0x2, 'SEGV_ACCERR'),
    (0x3, 'SEGV_BNDERR'),
    (0x4, 'SEGV_PKUERR'),
    (0x5, 'SEGV_ACCADI'),
    (0x6, 'SEGV_ADIDERR'),
    (0x7, 'SEGV_ADIPERR'),
    (0x8, 'SEGV_MTEAERR'),
    (0x9, 'SEGV_MTESERR'),
)

SIGBUS_CODES = (
    (0x1, 'BUS_ADRALN'),
    (0x2, 'BUS_ADRERR'),
    (0x3, 'BUS_OBJERR'),
    (0x4, 'BUS_MCEERR_AR'),
    (0x5, 'BUS_MCEERR_AO'),
)

SIGSYS_CODES = (
    (0x1, 'SYS_SECCOMP'),
    (0x2, 'SYS_USER_DISPATCH'),
)

SIGTRAP_PERF_FLAGS = (
    (0x1, 'TRAP_PERF_FLAG_ASYNC'),
)

AUDIT_ARCH = (
    (0xc00000b7, 'AUDIT_ARCH_AARCH64'),
    (0xc0009026, 'AUDIT_ARCH_ALPHA'),
    (0x4000005d, 'AUDIT_ARCH_ARCOMPACT'),
    (0x5d, 'AUDIT_ARCH_ARCOMPACTBE'),
    (0x400000c3, 'AUDIT_ARCH_ARCV2'),
    (0xc3, 'AUDIT_ARCH_ARCV2BE'),
    (0x40000028, 'AUDIT_ARCH_ARM'),
    (0x28, 'AUDIT_ARCH_ARMEB'),
    (0x4000008c, 'AUDIT_ARCH_C6X'),
    (0x8c, 'AUDIT_ARCH_C6XBE'),
    (0x4000004c, 'AUDIT_ARCH_CRIS'),
    (0x400000fc, 'AUDIT_ARCH_CSKY'),
    (0x5441, 'AUDIT_ARCH_FRV'),
    (0x2e, 'AUDIT_ARCH_H8300'),
    (0xa4, 'AUDIT_ARCH_HEXAGON'),
    (0x40000003, 'AUDIT_ARCH_I386'),
    (0xc0000032, 'AUDIT_ARCH_IA64'),
    (0x40000102, 'AUDIT_ARCH_LOONGARCH32'),
    (0xc0000102, 'AUDIT_ARCH_LOONGARCH64'),
    (0x58, 'AUDIT_ARCH_M32R'),
    (0x4, 'AUDIT_ARCH_M68K'),
    (0xbd, 'AUDIT_ARCH_MICROBLAZE'),
    (0x8, 'AUDIT_ARCH_MIPS'),
    (0x80000008, 'AUDIT_ARCH_MIPS64'),
    (0xa0000008, 'AUDIT_ARCH_MIPS64N32'),
    (0x40000008, 'AUDIT_ARCH_MIPSEL'),
    (0xc0000008, 'AUDIT_ARCH_MIPSEL64'),
    (0xe0000008, 'AUDIT_ARCH_MIPSEL64N32'),
    (0x400000a7, 'AUDIT_ARCH_NDS32'),
    (0xa7, 'AUDIT_ARCH_NDS32BE'),
    (0x40000071, 'AUDIT_ARCH_NIOS2'),
    (0x5c, 'AUDIT_ARCH_OPENRISC'),
    (0xf, 'AUDIT_ARCH_PARISC'),
    (0x8000000f, 'AUDIT_ARCH_PARISC64'),
    (0x14, 'AUDIT_ARCH_PPC'),
    (0x80000015, 'AUDIT_ARCH_PPC64'),
    (0xc0000015, 'AUDIT_ARCH_PPC64LE'),
    (0x400000f3, 'AUDIT_ARCH_RISCV32'),
    (0xc00000f3, 'AUDIT_ARCH_RISCV64'),
    (0x16, 'AUDIT_ARCH_S390'),
    (0x80000016, 'AUDIT_ARCH_S390X'),
    (0x2a, 'AUDIT_ARCH_SH'),
    (0x8000002a, 'AUDIT_ARCH_SH64'),
    (0x4000002a, 'AUDIT_ARCH_SHEL'),
    (0xc000002a, 'AUDIT_ARCH_SHEL64'),
    (0x2, 'AUDIT_ARCH_SPARC'),
    (0x8000002b, 'AUDIT_ARCH_SPARC64'),
    (0xc00000bf, 'AUDIT_ARCH_TILEGX'),
    (0x400000bf, 'AUDIT_ARCH_TILEGX32'),
    (0x400000bc, 'AUDIT_ARCH_TILEPRO'),
    (0x4000006e, 'AUDIT_ARCH_UNICORE'),
    (0x40000057, 'AUDIT_ARCH_V850'),
    (0xc000003e, 'AUDIT_ARCH_X86_64'),
    (0x5e, 'AUDIT_ARCH_XTENSA'),
)

# For si_perf_type of SIGTRAP/TRAP_PERF.
PERF_TYPE_ID = (
    (0x0, 'PERF_TYPE_HARDWARE'),
    (0x1, 'PERF_TYPE_SOFTWARE'),
    (0x2, 'PERF_TYPE_TRACEPOINT'),
    (0x3, 'PERF_TYPE_HW_CACHE'),
    (0x4, 'PERF_TYPE_RAW'),
    (0x5, 'PERF_TYPE_BREAKPOINT'),
)
