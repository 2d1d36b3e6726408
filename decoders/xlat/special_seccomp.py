"""Tables for the whole-call decoders in decoders/special/seccomp.py: x86_64 values in the order of strace 6.1's src/xlat/*.in, generated from those files and the kernel UAPI headers.  Each table is named after its strace xlat file."""

SECCOMP_OPS = (
    (0x0, 'SECCOMP_SET_MODE_STRICT'),
    (0x1, 'SECCOMP_SET_MODE_FILTER'),
    (0x2, 'SECCOMP_GET_ACTION_AVAIL'),
    (0x3, 'SECCOMP_GET_NOTIF_SIZES'),
)

SECCOMP_FILTER_FLAGS = (
    (0x1, 'SECCOMP_FILTER_FLAG_TSYNC'),
    (0x2, 'SECCOMP_FILTER_FLAG_LOG'),
    (0x4, 'SECCOMP_FILTER_FLAG_SPEC_ALLOW'),
    (0x8, 'SECCOMP_FILTER_FLAG_NEW_LISTENER'),
    (0x10, 'SECCOMP_FILTER_FLAG_TSYNC_ESRCH'),
    (0x20, 'SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV'),
)

SECCOMP_RET_ACTION = (
    (0x80000000, 'SECCOMP_RET_KILL_PROCESS'),
    (0x0, 'SECCOMP_RET_KILL_THREAD'),
    (0x30000, 'SECCOMP_RET_TRAP'),
    (0x50000, 'SECCOMP_RET_ERRNO'),
    (0x7fc00000, 'SECCOMP_RET_USER_NOTIF'),
    (0x7ff00000, 'SECCOMP_RET_TRACE'),
    (0x7ffc0000, 'SECCOMP_RET_LOG'),
    (0x7fff0000, 'SECCOMP_RET_ALLOW'),
)

