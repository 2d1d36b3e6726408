"""Tables for decoders/process/prctl.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

PRCTL_OPTIONS = (
    (0x1, 'PR_SET_PDEATHSIG'),
    (0x2, 'PR_GET_PDEATHSIG'),
    (0x3, 'PR_GET_DUMPABLE'),
    (0x4, 'PR_SET_DUMPABLE'),
    (0x5, 'PR_GET_UNALIGN'),
    (0x6, 'PR_SET_UNALIGN'),
    (0x7, 'PR_GET_KEEPCAPS'),
    (0x8, 'PR_SET_KEEPCAPS'),
    (0x9, 'PR_GET_FPEMU'),
    (0xa, 'PR_SET_FPEMU'),
    (0xb, 'PR_GET_FPEXC'),
    (0xc, 'PR_SET_FPEXC'),
    (0xd, 'PR_GET_TIMING'),
    (0xe, 'PR_SET_TIMING'),
    (0xf, 'PR_SET_NAME'),
    (0x10, 'PR_GET_NAME'),
    (0x13, 'PR_GET_ENDIAN'),
    (0x14, 'PR_SET_ENDIAN'),
    (0x15, 'PR_GET_SECCOMP'),
    (0x16, 'PR_SET_SECCOMP'),
    (0x17, 'PR_CAPBSET_READ'),
    (0x18, 'PR_CAPBSET_DROP'),
    (0x19, 'PR_GET_TSC'),
    (0x1a, 'PR_SET_TSC'),
    (0x1b, 'PR_GET_SECUREBITS'),
    (0x1c, 'PR_SET_SECUREBITS'),
    (0x1d, 'PR_SET_TIMERSLACK'),
    (0x1e, 'PR_GET_TIMERSLACK'),
    (0x1f, 'PR_TASK_PERF_EVENTS_DISABLE'),
    (0x20, 'PR_TASK_PERF_EVENTS_ENABLE'),
    (0x21, 'PR_MCE_KILL'),
    (0x22, 'PR_MCE_KILL_GET'),
    (0x23, 'PR_SET_MM'),
    (0x24, 'PR_SET_CHILD_SUBREAPER'),
    (0x25, 'PR_GET_CHILD_SUBREAPER'),
    (0x26, 'PR_SET_NO_NEW_PRIVS'),
    (0x27, 'PR_GET_NO_NEW_PRIVS'),
    (0x28, 'PR_GET_TID_ADDRESS'),
    (0x29, 'PR_SET_THP_DISABLE'),
    (0x2a, 'PR_GET_THP_DISABLE'),
    (0x2b, 'PR_MPX_ENABLE_MANAGEMENT'),
    (0x2c, 'PR_MPX_DISABLE_MANAGEMENT'),
    (0x2d, 'PR_SET_FP_MODE'),
    (0x2e, 'PR_GET_FP_MODE'),
    (0x2f, 'PR_CAP_AMBIENT'),
    (0x32, 'PR_SVE_SET_VL'),
    (0x33, 'PR_SVE_GET_VL'),
    (0x34, 'PR_GET_SPECULATION_CTRL'),
    (0x35, 'PR_SET_SPECULATION_CTRL'),
    (0x36, 'PR_PAC_RESET_KEYS'),
    (0x37, 'PR_SET_TAGGED_ADDR_CTRL'),
    (0x38, 'PR_GET_TAGGED_ADDR_CTRL'),
    (0x39, 'PR_SET_IO_FLUSHER'),
    (0x3a, 'PR_GET_IO_FLUSHER'),
    (0x3b, 'PR_SET_SYSCALL_USER_DISPATCH'),
    (0x3c, 'PR_PAC_SET_ENABLED_KEYS'),
    (0x3d, 'PR_PAC_GET_ENABLED_KEYS'),
    (0x3e, 'PR_SCHED_CORE'),
    (0x3f, 'PR_SME_SET_VL'),
    (0x40, 'PR_SME_GET_VL'),
    (0x53564d41, 'PR_SET_VMA'),
    (0x59616d61, 'PR_SET_PTRACER'),
)

PR_CAP_AMBIENT = (
    (0x1, 'PR_CAP_AMBIENT_IS_SET'),
    (0x2, 'PR_CAP_AMBIENT_RAISE'),
    (0x3, 'PR_CAP_AMBIENT_LOWER'),
    (0x4, 'PR_CAP_AMBIENT_CLEAR_ALL'),
)

PR_DUMPABLE = (
    (0x0, 'SUID_DUMP_DISABLE'),
    (0x1, 'SUID_DUMP_USER'),
    (0x2, 'SUID_DUMP_ROOT'),
)

PR_FP_MODE = (
    (0x1, 'PR_FP_MODE_FR'),
    (0x2, 'PR_FP_MODE_FRE'),
)

PR_MCE_KILL = (
    (0x0, 'PR_MCE_KILL_CLEAR'),
    (0x1, 'PR_MCE_KILL_SET'),
)

PR_MCE_KILL_POLICY = (
    (0x0, 'PR_MCE_KILL_LATE'),
    (0x1, 'PR_MCE_KILL_EARLY'),
    (0x2, 'PR_MCE_KILL_DEFAULT'),
)

PR_SET_MM = (
    (0x1, 'PR_SET_MM_START_CODE'),
    (0x2, 'PR_SET_MM_END_CODE'),
    (0x3, 'PR_SET_MM_START_DATA'),
    (0x4, 'PR_SET_MM_END_DATA'),
    (0x5, 'PR_SET_MM_START_STACK'),
    (0x6, 'PR_SET_MM_START_BRK'),
    (0x7, 'PR_SET_MM_BRK'),
    (0x8, 'PR_SET_MM_ARG_START'),
    (0x9, 'PR_SET_MM_ARG_END'),
    (0xa, 'PR_SET_MM_ENV_START'),
    (0xb, 'PR_SET_MM_ENV_END'),
    (0xc, 'PR_SET_MM_AUXV'),
    (0xd, 'PR_SET_MM_EXE_FILE'),
    (0xe, 'PR_SET_MM_MAP'),
    (0xf, 'PR_SET_MM_MAP_SIZE'),
)

PR_SET_VMA = (
    (0x0, 'PR_SET_VMA_ANON_NAME'),
)

PR_SPEC_CMDS = (
    (0x0, 'PR_SPEC_STORE_BYPASS'),
    (0x1, 'PR_SPEC_INDIRECT_BRANCH'),
    (0x2, 'PR_SPEC_L1D_FLUSH'),
)

PR_SPEC_GET_STORE_BYPASS_FLAGS = (
    (0x0, 'PR_SPEC_NOT_AFFECTED'),
    (0x1, 'PR_SPEC_PRCTL'),
    (0x2, 'PR_SPEC_ENABLE'),
    (0x4, 'PR_SPEC_DISABLE'),
    (0x8, 'PR_SPEC_FORCE_DISABLE'),
    (0x10, 'PR_SPEC_DISABLE_NOEXEC'),
)

PR_SPEC_SET_STORE_BYPASS_FLAGS = (
    (0x2, 'PR_SPEC_ENABLE'),
    (0x4, 'PR_SPEC_DISABLE'),
    (0x8, 'PR_SPEC_FORCE_DISABLE'),
    (0x10, 'PR_SPEC_DISABLE_NOEXEC'),
)

PR_SUD_CMDS = (
    (0x0, 'PR_SYS_DISPATCH_OFF'),
    (0x1, 'PR_SYS_DISPATCH_ON'),
)

PR_TSC = (
    (0x1, 'PR_TSC_ENABLE'),
    (0x2, 'PR_TSC_SIGSEGV'),
)

PR_UNALIGN_FLAGS = (
    (0x1, 'PR_UNALIGN_NOPRINT'),
    (0x2, 'PR_UNALIGN_SIGBUS'),
)

SECCOMP_MODE = (
    (0x0, 'SECCOMP_MODE_DISABLED'),
    (0x1, 'SECCOMP_MODE_STRICT'),
    (0x2, 'SECCOMP_MODE_FILTER'),
)

SECBITS = (
    (0x1, 'SECBIT_NOROOT'),
    (0x2, 'SECBIT_NOROOT_LOCKED'),
    (0x4, 'SECBIT_NO_SETUID_FIXUP'),
    (0x8, 'SECBIT_NO_SETUID_FIXUP_LOCKED'),
    (0x10, 'SECBIT_KEEP_CAPS'),
    (0x20, 'SECBIT_KEEP_CAPS_LOCKED'),
    (0x40, 'SECBIT_NO_CAP_AMBIENT_RAISE'),
    (0x80, 'SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED'),
)

PR_PAC_ENABLED_KEYS = (
    (0x1, 'PR_PAC_APIAKEY'),
    (0x2, 'PR_PAC_APIBKEY'),
    (0x4, 'PR_PAC_APDAKEY'),
    (0x8, 'PR_PAC_APDBKEY'),
)

# PR_PAC_RESET_KEYS takes the generic key besides the enabled ones
PR_PAC_KEYS = PR_PAC_ENABLED_KEYS + (
    (0x10, 'PR_PAC_APGAKEY'),
)

PR_SCHED_CORE_CMDS = (
    (0x0, 'PR_SCHED_CORE_GET'),
    (0x1, 'PR_SCHED_CORE_CREATE'),
    (0x2, 'PR_SCHED_CORE_SHARE_TO'),
    (0x3, 'PR_SCHED_CORE_SHARE_FROM'),
)

PR_SCHED_CORE_PIDTYPES = (
    (0x0, 'PIDTYPE_PID'),
    (0x1, 'PIDTYPE_TGID'),
    (0x2, 'PIDTYPE_PGID'),
    (0x3, 'PIDTYPE_SID'),
)

PR_SVE_VL_FLAGS = (
    (0x40000, 'PR_SVE_SET_VL_ONEXEC'),
    (0x20000, 'PR_SVE_VL_INHERIT'),
)

PR_SME_VL_FLAGS = (
    (0x40000, 'PR_SME_SET_VL_ONEXEC'),
    (0x20000, 'PR_SME_VL_INHERIT'),
)

PR_TAGGED_ADDR_ENABLE = (
    (0x0, '!PR_TAGGED_ADDR_ENABLE'),
    (0x1, 'PR_TAGGED_ADDR_ENABLE'),
)

PR_MTE_TCF = (
    (0x0, 'PR_MTE_TCF_NONE'),
    (0x2, 'PR_MTE_TCF_SYNC'),
    (0x4, 'PR_MTE_TCF_ASYNC'),
    (0x6, 'PR_MTE_TCF_MASK'),
)
