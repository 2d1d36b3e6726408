"""Tables for decoders/signals/siginfo.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

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


# Syscall names by number (None for holes), from strace 6.1's syscallent
# tables: SIGSYS's si_syscall is named after its si_arch.
X86_64_SYSCALL_NAMES = (
    'read', 'write', 'open', 'close', 'stat', 'fstat',  # 0
    'lstat', 'poll', 'lseek', 'mmap', 'mprotect', 'munmap',  # 6
    'brk', 'rt_sigaction', 'rt_sigprocmask', 'rt_sigreturn', 'ioctl', 'pread64',  # 12
    'pwrite64', 'readv', 'writev', 'access', 'pipe', 'select',  # 18
    'sched_yield', 'mremap', 'msync', 'mincore', 'madvise', 'shmget',  # 24
    'shmat', 'shmctl', 'dup', 'dup2', 'pause', 'nanosleep',  # 30
    'getitimer', 'alarm', 'setitimer', 'getpid', 'sendfile', 'socket',  # 36
    'connect', 'accept', 'sendto', 'recvfrom', 'sendmsg', 'recvmsg',  # 42
    'shutdown', 'bind', 'listen', 'getsockname', 'getpeername', 'socketpair',  # 48
    'setsockopt', 'getsockopt', 'clone', 'fork', 'vfork', 'execve',  # 54
    'exit', 'wait4', 'kill', 'uname', 'semget', 'semop',  # 60
    'semctl', 'shmdt', 'msgget', 'msgsnd', 'msgrcv', 'msgctl',  # 66
    'fcntl', 'flock', 'fsync', 'fdatasync', 'truncate', 'ftruncate',  # 72
    'getdents', 'getcwd', 'chdir', 'fchdir', 'rename', 'mkdir',  # 78
    'rmdir', 'creat', 'link', 'unlink', 'symlink', 'readlink',  # 84
    'chmod', 'fchmod', 'chown', 'fchown', 'lchown', 'umask',  # 90
    'gettimeofday', 'getrlimit', 'getrusage', 'sysinfo', 'times', 'ptrace',  # 96
    'getuid', 'syslog', 'getgid', 'setuid', 'setgid', 'geteuid',  # 102
    'getegid', 'setpgid', 'getppid', 'getpgrp', 'setsid', 'setreuid',  # 108
    'setregid', 'getgroups', 'setgroups', 'setresuid', 'getresuid', 'setresgid',  # 114
    'getresgid', 'getpgid', 'setfsuid', 'setfsgid', 'getsid', 'capget',  # 120
    'capset', 'rt_sigpending', 'rt_sigtimedwait', 'rt_sigqueueinfo', 'rt_sigsuspend', 'sigaltstack',  # 126
    'utime', 'mknod', 'uselib', 'personality', 'ustat', 'statfs',  # 132
    'fstatfs', 'sysfs', 'getpriority', 'setpriority', 'sched_setparam', 'sched_getparam',  # 138
    'sched_setscheduler', 'sched_getscheduler', 'sched_get_priority_max', 'sched_get_priority_min', 'sched_rr_get_interval', 'mlock',  # 144
    'munlock', 'mlockall', 'munlockall', 'vhangup', 'modify_ldt', 'pivot_root',  # 150
    '_sysctl', 'prctl', 'arch_prctl', 'adjtimex', 'setrlimit', 'chroot',  # 156
    'sync', 'acct', 'settimeofday', 'mount', 'umount2', 'swapon',  # 162
    'swapoff', 'reboot', 'sethostname', 'setdomainname', 'iopl', 'ioperm',  # 168
    'create_module', 'init_module', 'delete_module', 'get_kernel_syms', 'query_module', 'quotactl',  # 174
    'nfsservctl', 'getpmsg', 'putpmsg', 'afs_syscall', 'tuxcall', 'security',  # 180
    'gettid', 'readahead', 'setxattr', 'lsetxattr', 'fsetxattr', 'getxattr',  # 186
    'lgetxattr', 'fgetxattr', 'listxattr', 'llistxattr', 'flistxattr', 'removexattr',  # 192
    'lremovexattr', 'fremovexattr', 'tkill', 'time', 'futex', 'sched_setaffinity',  # 198
    'sched_getaffinity', 'set_thread_area', 'io_setup', 'io_destroy', 'io_getevents', 'io_submit',  # 204
    'io_cancel', 'get_thread_area', 'lookup_dcookie', 'epoll_create', 'epoll_ctl_old', 'epoll_wait_old',  # 210
    'remap_file_pages', 'getdents64', 'set_tid_address', 'restart_syscall', 'semtimedop', 'fadvise64',  # 216
    'timer_create', 'timer_settime', 'timer_gettime', 'timer_getoverrun', 'timer_delete', 'clock_settime',  # 222
    'clock_gettime', 'clock_getres', 'clock_nanosleep', 'exit_group', 'epoll_wait', 'epoll_ctl',  # 228
    'tgkill', 'utimes', 'vserver', 'mbind', 'set_mempolicy', 'get_mempolicy',  # 234
    'mq_open', 'mq_unlink', 'mq_timedsend', 'mq_timedreceive', 'mq_notify', 'mq_getsetattr',  # 240
    'kexec_load', 'waitid', 'add_key', 'request_key', 'keyctl', 'ioprio_set',  # 246
    'ioprio_get', 'inotify_init', 'inotify_add_watch', 'inotify_rm_watch', 'migrate_pages', 'openat',  # 252
    'mkdirat', 'mknodat', 'fchownat', 'futimesat', 'newfstatat', 'unlinkat',  # 258
    'renameat', 'linkat', 'symlinkat', 'readlinkat', 'fchmodat', 'faccessat',  # 264
    'pselect6', 'ppoll', 'unshare', 'set_robust_list', 'get_robust_list', 'splice',  # 270
    'tee', 'sync_file_range', 'vmsplice', 'move_pages', 'utimensat', 'epoll_pwait',  # 276
    'signalfd', 'timerfd_create', 'eventfd', 'fallocate', 'timerfd_settime', 'timerfd_gettime',  # 282
    'accept4', 'signalfd4', 'eventfd2', 'epoll_create1', 'dup3', 'pipe2',  # 288
    'inotify_init1', 'preadv', 'pwritev', 'rt_tgsigqueueinfo', 'perf_event_open', 'recvmmsg',  # 294
    'fanotify_init', 'fanotify_mark', 'prlimit64', 'name_to_handle_at', 'open_by_handle_at', 'clock_adjtime',  # 300
    'syncfs', 'sendmmsg', 'setns', 'getcpu', 'process_vm_readv', 'process_vm_writev',  # 306
    'kcmp', 'finit_module', 'sched_setattr', 'sched_getattr', 'renameat2', 'seccomp',  # 312
    'getrandom', 'memfd_create', 'kexec_file_load', 'bpf', 'execveat', 'userfaultfd',  # 318
    'membarrier', 'mlock2', 'copy_file_range', 'preadv2', 'pwritev2', 'pkey_mprotect',  # 324
    'pkey_alloc', 'pkey_free', 'statx', 'io_pgetevents', 'rseq', None,  # 330
    None, None, None, None, None, None,  # 336
    None, None, None, None, None, None,  # 342
    None, None, None, None, None, None,  # 348
    None, None, None, None, None, None,  # 354
    None, None, None, None, None, None,  # 360
    None, None, None, None, None, None,  # 366
    None, None, None, None, None, None,  # 372
    None, None, None, None, None, None,  # 378
    None, None, None, None, None, None,  # 384
    None, None, None, None, None, None,  # 390
    None, None, None, None, None, None,  # 396
    None, None, None, None, None, None,  # 402
    None, None, None, None, None, None,  # 408
    None, None, None, None, None, None,  # 414
    None, None, None, None, 'pidfd_send_signal', 'io_uring_setup',  # 420
    'io_uring_enter', 'io_uring_register', 'open_tree', 'move_mount', 'fsopen', 'fsconfig',  # 426
    'fsmount', 'fspick', 'pidfd_open', 'clone3', 'close_range', 'openat2',  # 432
    'pidfd_getfd', 'faccessat2', 'process_madvise', 'epoll_pwait2', 'mount_setattr', 'quotactl_fd',  # 438
    'landlock_create_ruleset', 'landlock_add_rule', 'landlock_restrict_self', 'memfd_secret', 'process_mrelease', 'futex_waitv',  # 444
    'set_mempolicy_home_node',  # 450
)

I386_SYSCALL_NAMES = (
    'restart_syscall', 'exit', 'fork', 'read', 'write', 'open',  # 0
    'close', 'waitpid', 'creat', 'link', 'unlink', 'execve',  # 6
    'chdir', 'time', 'mknod', 'chmod', 'lchown', 'break',  # 12
    'oldstat', 'lseek', 'getpid', 'mount', 'umount', 'setuid',  # 18
    'getuid', 'stime', 'ptrace', 'alarm', 'oldfstat', 'pause',  # 24
    'utime', 'stty', 'gtty', 'access', 'nice', 'ftime',  # 30
    'sync', 'kill', 'rename', 'mkdir', 'rmdir', 'dup',  # 36
    'pipe', 'times', 'prof', 'brk', 'setgid', 'getgid',  # 42
    'signal', 'geteuid', 'getegid', 'acct', 'umount2', 'lock',  # 48
    'ioctl', 'fcntl', 'mpx', 'setpgid', 'ulimit', 'oldolduname',  # 54
    'umask', 'chroot', 'ustat', 'dup2', 'getppid', 'getpgrp',  # 60
    'setsid', 'sigaction', 'sgetmask', 'ssetmask', 'setreuid', 'setregid',  # 66
    'sigsuspend', 'sigpending', 'sethostname', 'setrlimit', 'getrlimit', 'getrusage',  # 72
    'gettimeofday', 'settimeofday', 'getgroups', 'setgroups', 'select', 'symlink',  # 78
    'oldlstat', 'readlink', 'uselib', 'swapon', 'reboot', 'readdir',  # 84
    'mmap', 'munmap', 'truncate', 'ftruncate', 'fchmod', 'fchown',  # 90
    'getpriority', 'setpriority', 'profil', 'statfs', 'fstatfs', 'ioperm',  # 96
    'socketcall', 'syslog', 'setitimer', 'getitimer', 'stat', 'lstat',  # 102
    'fstat', 'olduname', 'iopl', 'vhangup', 'idle', 'vm86old',  # 108
    'wait4', 'swapoff', 'sysinfo', 'ipc', 'fsync', 'sigreturn',  # 114
    'clone', 'setdomainname', 'uname', 'modify_ldt', 'adjtimex', 'mprotect',  # 120
    'sigprocmask', 'create_module', 'init_module', 'delete_module', 'get_kernel_syms', 'quotactl',  # 126
    'getpgid', 'fchdir', 'bdflush', 'sysfs', 'personality', 'afs_syscall',  # 132
    'setfsuid', 'setfsgid', '_llseek', 'getdents', '_newselect', 'flock',  # 138
    'msync', 'readv', 'writev', 'getsid', 'fdatasync', '_sysctl',  # 144
    'mlock', 'munlock', 'mlockall', 'munlockall', 'sched_setparam', 'sched_getparam',  # 150
    'sched_setscheduler', 'sched_getscheduler', 'sched_yield', 'sched_get_priority_max', 'sched_get_priority_min', 'sched_rr_get_interval',  # 156
    'nanosleep', 'mremap', 'setresuid', 'getresuid', 'vm86', 'query_module',  # 162
    'poll', 'nfsservctl', 'setresgid', 'getresgid', 'prctl', 'rt_sigreturn',  # 168
    'rt_sigaction', 'rt_sigprocmask', 'rt_sigpending', 'rt_sigtimedwait', 'rt_sigqueueinfo', 'rt_sigsuspend',  # 174
    'pread64', 'pwrite64', 'chown', 'getcwd', 'capget', 'capset',  # 180
    'sigaltstack', 'sendfile', 'getpmsg', 'putpmsg', 'vfork', 'ugetrlimit',  # 186
    'mmap2', 'truncate64', 'ftruncate64', 'stat64', 'lstat64', 'fstat64',  # 192
    'lchown32', 'getuid32', 'getgid32', 'geteuid32', 'getegid32', 'setreuid32',  # 198
    'setregid32', 'getgroups32', 'setgroups32', 'fchown32', 'setresuid32', 'getresuid32',  # 204
    'setresgid32', 'getresgid32', 'chown32', 'setuid32', 'setgid32', 'setfsuid32',  # 210
    'setfsgid32', 'pivot_root', 'mincore', 'madvise', 'getdents64', 'fcntl64',  # 216
    None, None, 'gettid', 'readahead', 'setxattr', 'lsetxattr',  # 222
    'fsetxattr', 'getxattr', 'lgetxattr', 'fgetxattr', 'listxattr', 'llistxattr',  # 228
    'flistxattr', 'removexattr', 'lremovexattr', 'fremovexattr', 'tkill', 'sendfile64',  # 234
    'futex', 'sched_setaffinity', 'sched_getaffinity', 'set_thread_area', 'get_thread_area', 'io_setup',  # 240
    'io_destroy', 'io_getevents', 'io_submit', 'io_cancel', 'fadvise64', None,  # 246
    'exit_group', 'lookup_dcookie', 'epoll_create', 'epoll_ctl', 'epoll_wait', 'remap_file_pages',  # 252
    'set_tid_address', 'timer_create', 'timer_settime', 'timer_gettime', 'timer_getoverrun', 'timer_delete',  # 258
    'clock_settime', 'clock_gettime', 'clock_getres', 'clock_nanosleep', 'statfs64', 'fstatfs64',  # 264
    'tgkill', 'utimes', 'fadvise64_64', 'vserver', 'mbind', 'get_mempolicy',  # 270
    'set_mempolicy', 'mq_open', 'mq_unlink', 'mq_timedsend', 'mq_timedreceive', 'mq_notify',  # 276
    'mq_getsetattr', 'kexec_load', 'waitid', None, 'add_key', 'request_key',  # 282
    'keyctl', 'ioprio_set', 'ioprio_get', 'inotify_init', 'inotify_add_watch', 'inotify_rm_watch',  # 288
    'migrate_pages', 'openat', 'mkdirat', 'mknodat', 'fchownat', 'futimesat',  # 294
    'fstatat64', 'unlinkat', 'renameat', 'linkat', 'symlinkat', 'readlinkat',  # 300
    'fchmodat', 'faccessat', 'pselect6', 'ppoll', 'unshare', 'set_robust_list',  # 306
    'get_robust_list', 'splice', 'sync_file_range', 'tee', 'vmsplice', 'move_pages',  # 312
    'getcpu', 'epoll_pwait', 'utimensat', 'signalfd', 'timerfd_create', 'eventfd',  # 318
    'fallocate', 'timerfd_settime', 'timerfd_gettime', 'signalfd4', 'eventfd2', 'epoll_create1',  # 324
    'dup3', 'pipe2', 'inotify_init1', 'preadv', 'pwritev', 'rt_tgsigqueueinfo',  # 330
    'perf_event_open', 'recvmmsg', 'fanotify_init', 'fanotify_mark', 'prlimit64', 'name_to_handle_at',  # 336
    'open_by_handle_at', 'clock_adjtime', 'syncfs', 'sendmmsg', 'setns', 'process_vm_readv',  # 342
    'process_vm_writev', 'kcmp', 'finit_module', 'sched_setattr', 'sched_getattr', 'renameat2',  # 348
    'seccomp', 'getrandom', 'memfd_create', 'bpf', 'execveat', 'socket',  # 354
    'socketpair', 'bind', 'connect', 'listen', 'accept4', 'getsockopt',  # 360
    'setsockopt', 'getsockname', 'getpeername', 'sendto', 'sendmsg', 'recvfrom',  # 366
    'recvmsg', 'shutdown', 'userfaultfd', 'membarrier', 'mlock2', 'copy_file_range',  # 372
    'preadv2', 'pwritev2', 'pkey_mprotect', 'pkey_alloc', 'pkey_free', 'statx',  # 378
    'arch_prctl', 'io_pgetevents', 'rseq', None, None, None,  # 384
    None, None, None, 'semget', 'semctl', 'shmget',  # 390
    'shmctl', 'shmat', 'shmdt', 'msgget', 'msgsnd', 'msgrcv',  # 396
    'msgctl', 'clock_gettime64', 'clock_settime64', 'clock_adjtime64', 'clock_getres_time64', 'clock_nanosleep_time64',  # 402
    'timer_gettime64', 'timer_settime64', 'timerfd_gettime64', 'timerfd_settime64', 'utimensat_time64', 'pselect6_time64',  # 408
    'ppoll_time64', None, 'io_pgetevents_time64', 'recvmmsg_time64', 'mq_timedsend_time64', 'mq_timedreceive_time64',  # 414
    'semtimedop_time64', 'rt_sigtimedwait_time64', 'futex_time64', 'sched_rr_get_interval_time64', 'pidfd_send_signal', 'io_uring_setup',  # 420
    'io_uring_enter', 'io_uring_register', 'open_tree', 'move_mount', 'fsopen', 'fsconfig',  # 426
    'fsmount', 'fspick', 'pidfd_open', 'clone3', 'close_range', 'openat2',  # 432
    'pidfd_getfd', 'faccessat2', 'process_madvise', 'epoll_pwait2', 'mount_setattr', 'quotactl_fd',  # 438
    'landlock_create_ruleset', 'landlock_add_rule', 'landlock_restrict_self', 'memfd_secret', 'process_mrelease', 'futex_waitv',  # 444
    'set_mempolicy_home_node',  # 450
)
