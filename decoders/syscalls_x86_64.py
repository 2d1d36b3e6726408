"""The x86_64 signature table: one row per syscall, as strace 6.1 prints it.

Each row gives the number, strace's name, the arguments (``[dir]name:kind``,
see decoders/table.py), the return kind and the trace classes of strace's
x86_64 syscallent.h.  The row lists as many arguments as strace's table
declares; an argument strace decodes but never prints on x86_64 (the high
half of a split offset) is kind ``ignored``.

Rows name the kinds strace's own decoder would use.  Syscalls with a
whole-call decoder (ioctl, fcntl, futex, prctl...) still get sensible
per-argument kinds: they are what ``-e raw``-free fallback printing uses
until (or unless) the whole-call decoder is registered.

Everything a user option needs (``%file``, the seccomp list, the classes
``-P`` starts from) is derived from these rows; there is no second list.
"""
from __future__ import annotations

from decoders.table import (
    CLASS_BITS, PU, TC, TCL, TD, TF, TFSF, TFST, TI, TLST, TM, TN, TP, TS,
    TSF, TSFA, TST, TSTA, Signature, S, unknown,
)

ROWS = (
    S(0, "read", "fd:fd, >buf:buf_rv, count:size", "size", TD),
    S(1, "write", "fd:fd, buf:buf_next, count:size", "size", TD),
    S(2, "open", "pathname:path, flags:open_flags, mode:open_mode", "fd", TD | TF),
    S(3, "close", "fd:fd", "int", TD),
    S(4, "stat", "pathname:path, >statbuf:stat_ptr", "int", TF | TST | TSTA),
    S(5, "fstat", "fd:fd, >statbuf:stat_ptr", "int", TD | TFST | TSTA),
    S(6, "lstat", "pathname:path, >statbuf:stat_ptr", "int", TF | TLST | TSTA),
    # poll prints everything at entry; the revents come after the return value
    S(7, "poll", "fds:pollfd_array, nfds:uint, timeout:int", "poll_ret", TD),
    S(8, "lseek", "fd:fd, offset:off, whence:lseek_whence", "long", TD),
    S(9, "mmap", "addr:ptr, length:size, prot:mmap_prot, flags:mmap_flags, fd:fd, offset:hex",
      "hex", TD | TM),
    S(10, "mprotect", "addr:ptr, len:size, prot:mmap_prot", "int", TM),
    S(11, "munmap", "addr:ptr, length:size", "int", TM),
    S(12, "brk", "addr:ptr", "hex", TM),
    S(13, "rt_sigaction", "signum:signo, act:sigaction, >oldact:sigaction, sigsetsize:size",
      "int", TS),
    S(14, "rt_sigprocmask", "how:sigprocmask_how, set:sigset, >oldset:sigset, sigsetsize:size",
      "int", TS),
    # strace prints the signal mask found in the signal frame: a whole-call decoder
    S(15, "rt_sigreturn", "", "int", TS),
    S(16, "ioctl", "fd:fd, request:hex, arg:hex", "ioctl", TD),
    S(17, "pread64", "fd:fd, >buf:buf_rv, count:size, offset:off", "size", TD),
    S(18, "pwrite64", "fd:fd, buf:buf_next, count:size, offset:off", "size", TD),
    S(19, "readv", "fd:fd, >iov:iovec_out, iovcnt:ulong", "size", TD),
    S(20, "writev", "fd:fd, iov:iovec_in, iovcnt:ulong", "size", TD),
    S(21, "access", "pathname:path, mode:access_mode", "int", TF),
    S(22, "pipe", ">pipefd:fd_pair", "int", TD),
    # select prints the sets at entry; what is left comes after the return value
    S(23, "select", "nfds:int, readfds:fd_set, writefds:fd_set, exceptfds:fd_set, "
      "timeout:timeval_ptr", "select_ret", TD),
    S(24, "sched_yield", "", "int", 0),
    S(25, "mremap", "old_address:ptr, old_size:size, new_size:size, flags:mremap_flags, "
      "new_address:mremap_new_address", "hex", TM),
    S(26, "msync", "addr:ptr, length:size, flags:msync_flags", "int", TM),
    S(27, "mincore", "addr:ptr, length:size, >vec:mincore_vec", "int", TM),
    S(28, "madvise", "addr:ptr, length:size, advice:madvise_advice", "int", TM),
    S(29, "shmget", "key:ipc_key, size:size, shmflg:shmget_flags", "int", TI),
    S(30, "shmat", "shmid:int, shmaddr:ptr, shmflg:shmat_flags", "hex", TI | TM),
    S(31, "shmctl", "shmid:int, cmd:shmctl_cmd, buf:ptr", "int", TI),
    S(32, "dup", "oldfd:fd", "fd", TD),
    S(33, "dup2", "oldfd:fd, newfd:fd", "fd", TD),
    S(34, "pause", "", "int", TS),
    S(35, "nanosleep", "req:timespec_ptr, >rem:timespec_rem", "int", 0),
    S(36, "getitimer", "which:itimer_which, >curr_value:itimerval_ptr", "int", 0),
    S(37, "alarm", "seconds:uint", "int", 0),
    S(38, "setitimer", "which:itimer_which, new_value:itimerval_ptr, "
      ">old_value:itimerval_ptr", "int", 0),
    S(39, "getpid", "", "pid", PU),
    S(40, "sendfile", "out_fd:fd, in_fd:fd, <>offset:off_ptr_update, count:size", "size",
      TD | TN),
    S(41, "socket", "domain:socket_domain, type:socket_type, protocol:socket_protocol", "fd", TN),
    S(42, "connect", "sockfd:fd, addr:sockaddr_in, addrlen:int", "int", TN),
    S(43, "accept", "sockfd:fd, >addr:sockaddr_out, <>addrlen:socklen_ptr", "fd", TN),
    S(44, "sendto", "sockfd:fd, buf:sockbuf_next, len:size, flags:msg_flags, "
      "dest_addr:sockaddr_in, addrlen:int", "size", TN),
    S(45, "recvfrom", "sockfd:fd, >buf:sockbuf_rv, len:size, flags:msg_flags, "
      ">src_addr:sockaddr_out, <>addrlen:socklen_ptr", "size", TN),
    S(46, "sendmsg", "sockfd:fd, msg:msghdr_in, flags:msg_flags", "size", TN),
    S(47, "recvmsg", "sockfd:fd, <>msg:msghdr_out, flags:msg_flags", "size", TN),
    S(48, "shutdown", "sockfd:fd, how:shutdown_how", "int", TN),
    S(49, "bind", "sockfd:fd, addr:sockaddr_in, addrlen:int", "int", TN),
    S(50, "listen", "sockfd:fd, backlog:int", "int", TN),
    S(51, "getsockname", "sockfd:fd, >addr:sockaddr_out, <>addrlen:socklen_ptr", "int", TN),
    S(52, "getpeername", "sockfd:fd, >addr:sockaddr_out, <>addrlen:socklen_ptr", "int", TN),
    S(53, "socketpair", "domain:socket_domain, type:socket_type, protocol:ulong, >sv:fd_pair",
      "int", TN),
    S(54, "setsockopt", "sockfd:fd, level:sockopt_level, optname:int, optval:ptr, optlen:int",
      "int", TN),
    S(55, "getsockopt", "sockfd:fd, level:sockopt_level, optname:int, >optval:ptr, "
      "<>optlen:socklen_ptr", "int", TN),
    S(56, "clone", "flags:clone_flags, stack:ptr, parent_tid:ptr, child_tid:ptr, tls:hex",
      "tid", TP),
    S(57, "fork", "", "pid", TP),
    S(58, "vfork", "", "pid", TP),
    S(59, "execve", "pathname:path, argv:ptr, envp:ptr", "int", TF | TP),
    S(60, "exit", "status:int", "none", TP),
    S(61, "wait4", "pid:pid_or_pgid, >wstatus:wait_status, options:wait_options, >rusage:rusage_ptr",
      "pid", TP),
    S(62, "kill", "pid:pid_or_pgid, sig:signo", "int", TS | TP),
    S(63, "uname", ">buf:utsname_ptr", "int", 0),
    S(64, "semget", "key:ipc_key, nsems:int, semflg:ipc_get_flags", "int", TI),
    S(65, "semop", "semid:int, sops:sembuf_array, nsops:uint", "int", TI),
    S(66, "semctl", "semid:int, semnum:int, cmd:semctl_cmd, arg:hex", "int", TI),
    S(67, "shmdt", "shmaddr:ptr", "int", TI | TM),
    S(68, "msgget", "key:ipc_key, msgflg:ipc_get_flags", "int", TI),
    S(69, "msgsnd", "msqid:int, msgp:msgbuf_in, msgsz:size, msgflg:ipc_msg_flags", "int", TI),
    S(70, "msgrcv", "msqid:int, >msgp:msgbuf_out, msgsz:size, msgtyp:long, "
      "msgflg:ipc_msg_flags", "size", TI),
    S(71, "msgctl", "msqid:int, cmd:msgctl_cmd, buf:ptr", "int", TI),
    S(72, "fcntl", "fd:fd, cmd:int, arg:hex", "fcntl", TD),
    S(73, "flock", "fd:fd, operation:flock_op", "int", TD),
    S(74, "fsync", "fd:fd", "int", TD),
    S(75, "fdatasync", "fd:fd", "int", TD),
    S(76, "truncate", "path:path, length:ulong", "int", TF),
    S(77, "ftruncate", "fd:fd, length:ulong", "int", TD),
    S(78, "getdents", "fd:fd, >dirp:dirents, count:uint", "size", TD),
    S(79, "getcwd", ">buf:path_rv, size:size", "size", TF),
    S(80, "chdir", "path:path", "int", TF),
    S(81, "fchdir", "fd:fd", "int", TD),
    S(82, "rename", "oldpath:path, newpath:path", "int", TF),
    S(83, "mkdir", "pathname:path, mode:octal", "int", TF),
    S(84, "rmdir", "pathname:path", "int", TF),
    S(85, "creat", "pathname:path, mode:octal", "fd", TD | TF),
    S(86, "link", "oldpath:path, newpath:path", "int", TF),
    S(87, "unlink", "pathname:path", "int", TF),
    S(88, "symlink", "target:path, linkpath:path", "int", TF),
    S(89, "readlink", "pathname:path, >buf:buf_rv, bufsiz:size", "size", TF),
    S(90, "chmod", "pathname:path, mode:octal", "int", TF),
    S(91, "fchmod", "fd:fd, mode:octal", "int", TD),
    S(92, "chown", "pathname:path, owner:uid, group:gid", "int", TF),
    S(93, "fchown", "fd:fd, owner:uid, group:gid", "int", TD),
    S(94, "lchown", "pathname:path, owner:uid, group:gid", "int", TF),
    S(95, "umask", "mask:umask", "octal", 0),
    S(96, "gettimeofday", ">tv:timeval_ptr, >tz:timezone_ptr", "int", TCL),
    S(97, "getrlimit", "resource:rlimit_resource, >rlim:rlimit_out", "int", 0),
    S(98, "getrusage", "who:rusage_who, >usage:rusage_ptr", "int", 0),
    S(99, "sysinfo", ">info:sysinfo_ptr", "int", 0),
    S(100, "times", ">buf:tms_ptr", "long", 0),
    S(101, "ptrace", "request:ptrace_request, pid:pid, addr:hex, data:hex", "long", 0),
    S(102, "getuid", "", "uid", TC | PU),
    S(103, "syslog", "type:syslog_action, >bufp:syslog_buf, len:syslog_len", "int", 0),
    S(104, "getgid", "", "uid", TC | PU),
    S(105, "setuid", "uid:uid", "int", TC),
    S(106, "setgid", "gid:gid", "int", TC),
    S(107, "geteuid", "", "uid", TC | PU),
    S(108, "getegid", "", "uid", TC | PU),
    S(109, "setpgid", "pid:pid, pgid:pgid", "int", 0),
    S(110, "getppid", "", "pid", PU),
    S(111, "getpgrp", "", "pgid", PU),
    S(112, "setsid", "", "int", 0),
    S(113, "setreuid", "ruid:uid, euid:uid", "int", TC),
    S(114, "setregid", "rgid:gid, egid:gid", "int", TC),
    S(115, "getgroups", "size:int, >list:gid_array_rv", "int", TC),
    S(116, "setgroups", "size:int, list:gid_array", "int", TC),
    S(117, "setresuid", "ruid:uid, euid:uid, suid:uid", "int", TC),
    S(118, "getresuid", ">ruid:uid_ptr, >euid:uid_ptr, >suid:uid_ptr", "int", TC),
    S(119, "setresgid", "rgid:gid, egid:gid, sgid:gid", "int", TC),
    S(120, "getresgid", ">rgid:uid_ptr, >egid:uid_ptr, >sgid:uid_ptr", "int", TC),
    S(121, "getpgid", "pid:pid", "pgid", 0),
    S(122, "setfsuid", "fsuid:uid", "uid", TC),
    S(123, "setfsgid", "fsgid:gid", "uid", TC),
    S(124, "getsid", "pid:pid", "sid", 0),
    S(125, "capget", "hdrp:cap_header, >datap:cap_data", "int", TC),
    S(126, "capset", "hdrp:cap_header, datap:cap_data", "int", TC),
    S(127, "rt_sigpending", ">set:sigset, sigsetsize:size", "int", TS),
    S(128, "rt_sigtimedwait", "set:sigset, >info:siginfo, timeout:timespec_ptr, "
      "sigsetsize:size", "signo", TS),
    S(129, "rt_sigqueueinfo", "tgid:pid, sig:signo, info:siginfo", "int", TS | TP),
    S(130, "rt_sigsuspend", "mask:sigset, sigsetsize:size", "int", TS),
    S(131, "sigaltstack", "ss:sigaltstack, >old_ss:sigaltstack", "int", TS),
    S(132, "utime", "filename:path, times:utimbuf_ptr", "int", TF),
    S(133, "mknod", "pathname:path, mode:mode_type, dev:dev", "int", TF),
    S(134, "uselib", "library:path", "int", TF),
    S(135, "personality", "persona:personality", "personality", 0),
    S(136, "ustat", "dev:dev_t, >ubuf:ustat_ptr", "int", TSFA),
    S(137, "statfs", "path:path, >buf:statfs_ptr", "int", TF | TSF | TSFA),
    S(138, "fstatfs", "fd:fd, >buf:statfs_ptr", "int", TD | TFSF | TSFA),
    S(139, "sysfs", "option:hex, arg1:hex, arg2:hex", "int", 0),
    S(140, "getpriority", "which:prio_which, who:prio_who", "int", 0),
    S(141, "setpriority", "which:prio_which, who:prio_who, prio:int", "int", 0),
    S(142, "sched_setparam", "pid:pid, param:int_ptr_in", "int", 0),
    S(143, "sched_getparam", "pid:pid, >param:int_ptr", "int", 0),
    S(144, "sched_setscheduler", "pid:pid, policy:sched_policy, param:int_ptr_in", "int", 0),
    S(145, "sched_getscheduler", "pid:pid", "sched_policy", 0),
    S(146, "sched_get_priority_max", "policy:sched_policy", "int", 0),
    S(147, "sched_get_priority_min", "policy:sched_policy", "int", 0),
    S(148, "sched_rr_get_interval", "pid:pid, >tp:timespec_ptr", "int", 0),
    S(149, "mlock", "addr:ptr, len:size", "int", TM),
    S(150, "munlock", "addr:ptr, len:size", "int", TM),
    S(151, "mlockall", "flags:mlockall_flags", "int", TM),
    S(152, "munlockall", "", "int", TM),
    S(153, "vhangup", "", "int", 0),
    S(154, "modify_ldt", "func:int, ptr:ldt_ptr, bytecount:ulong", "modify_ldt", 0),
    S(155, "pivot_root", "new_root:path, put_old:path", "int", TF),
    S(156, "_sysctl", "args:sysctl_args", "int", 0),
    S(157, "prctl", "option:prctl_option, arg2:hex, arg3:hex, arg4:hex, arg5:hex", "prctl",
      TC),
    S(158, "arch_prctl", "code:arch_prctl_code, addr:hex", "arch_prctl", 0),
    S(159, "adjtimex", "<>buf:timex_ptr", "adjtimex_state", TCL),
    S(160, "setrlimit", "resource:rlimit_resource, rlim:rlimit_in", "int", 0),
    S(161, "chroot", "path:path", "int", TF),
    S(162, "sync", "", "int", 0),
    S(163, "acct", "filename:path", "int", TF),
    S(164, "settimeofday", "tv:timeval_ptr, tz:timezone_ptr", "int", TCL),
    S(165, "mount", "source:path, target:path, filesystemtype:mount_fstype, "
      "mountflags:mount_flags, data:mount_data", "int", TF),
    S(166, "umount2", "target:path, flags:umount_flags", "int", TF),
    S(167, "swapon", "path:path, swapflags:swap_flags", "int", TF),
    S(168, "swapoff", "path:path", "int", TF),
    S(169, "reboot", "magic:reboot_magic1, magic2:reboot_magic2, cmd:reboot_cmd, "
      "arg:reboot_arg", "int", 0),
    S(170, "sethostname", "name:hostname, len:uint", "int", 0),
    S(171, "setdomainname", "name:hostname, len:uint", "int", 0),
    S(172, "iopl", "level:int", "int", 0),
    S(173, "ioperm", "from:hex, num:hex, turn_on:int", "int", 0),
    S(174, "create_module", "name:hex, size:hex", "int", 0),
    S(175, "init_module", "module_image:ptr, len:size, param_values:string", "int", 0),
    S(176, "delete_module", "name:string, flags:delete_module_flags", "int", 0),
    S(177, "get_kernel_syms", "table:hex", "int", 0),
    S(178, "query_module", "name:hex, which:hex, buf:hex, bufsize:hex, ret:hex", "int", 0),
    S(179, "quotactl", "cmd:quotactl_cmd, special:path, id:quotactl_id, <>addr:quotactl_addr", "int", TF),
    S(180, "nfsservctl", "cmd:hex, argp:hex, resp:hex", "int", 0),
    S(181, "getpmsg", "arg0:hex, arg1:hex, arg2:hex, arg3:hex, arg4:hex", "int", TN),
    S(182, "putpmsg", "arg0:hex, arg1:hex, arg2:hex, arg3:hex, arg4:hex", "int", TN),
    S(183, "afs_syscall", "arg0:hex, arg1:hex, arg2:hex, arg3:hex, arg4:hex", "int", 0),
    S(184, "tuxcall", "arg0:hex, arg1:hex, arg2:hex", "int", 0),
    S(185, "security", "arg0:hex, arg1:hex, arg2:hex", "int", 0),
    S(186, "gettid", "", "tid", PU),
    S(187, "readahead", "fd:fd, offset:off, count:size", "int", TD),
    S(188, "setxattr", "path:path, name:string, value:xattr_value, size:size, "
      "flags:xattr_flags", "int", TF),
    S(189, "lsetxattr", "path:path, name:string, value:xattr_value, size:size, "
      "flags:xattr_flags", "int", TF),
    S(190, "fsetxattr", "fd:fd, name:string, value:xattr_value, size:size, "
      "flags:xattr_flags", "int", TD),
    S(191, "getxattr", "path:path, name:string, >value:xattr_value, size:size", "size", TF),
    S(192, "lgetxattr", "path:path, name:string, >value:xattr_value, size:size", "size", TF),
    S(193, "fgetxattr", "fd:fd, name:string, >value:xattr_value, size:size", "size", TD),
    S(194, "listxattr", "path:path, >list:xattr_list, size:size", "size", TF),
    S(195, "llistxattr", "path:path, >list:xattr_list, size:size", "size", TF),
    S(196, "flistxattr", "fd:fd, >list:xattr_list, size:size", "size", TD),
    S(197, "removexattr", "path:path, name:string", "int", TF),
    S(198, "lremovexattr", "path:path, name:string", "int", TF),
    S(199, "fremovexattr", "fd:fd, name:string", "int", TD),
    S(200, "tkill", "tid:tid, sig:signo", "int", TS | TP),
    S(201, "time", ">tloc:time_ptr", "time", TCL),
    S(202, "futex", "uaddr:ptr, futex_op:futex_op, val:int, timeout:timespec_ptr, "
      "uaddr2:ptr, val3:int", "int", 0),
    S(203, "sched_setaffinity", "pid:pid, cpusetsize:uint, mask:cpu_set", "int", 0),
    S(204, "sched_getaffinity", "pid:pid, cpusetsize:uint, >mask:cpu_set_rv", "int", 0),
    S(205, "set_thread_area", "<>u_info:user_desc", "thread_area", 0),
    S(206, "io_setup", "nr_events:uint, >ctx_idp:ptr_ptr", "int", TM),
    S(207, "io_destroy", "ctx_id:ptr", "int", TM),
    S(208, "io_getevents", "ctx_id:ptr, min_nr:long, nr:long, >events:io_events, "
      "timeout:timespec_ptr", "int", 0),
    S(209, "io_submit", "ctx_id:ptr, nr:long, iocbpp:iocbpp", "int", 0),
    S(210, "io_cancel", "ctx_id:ptr, iocb:iocb, >result:io_event", "int", 0),
    S(211, "get_thread_area", "<>u_info:user_desc", "int", 0),
    S(212, "lookup_dcookie", "cookie:ulong, >buffer:buf_rv, len:size", "int", 0),
    S(213, "epoll_create", "size:int", "fd", TD),
    S(214, "epoll_ctl_old", "arg0:hex, arg1:hex, arg2:hex, arg3:hex", "int", 0),
    S(215, "epoll_wait_old", "arg0:hex, arg1:hex, arg2:hex, arg3:hex", "int", 0),
    S(216, "remap_file_pages", "addr:ptr, size:size, prot:mmap_prot, pgoff:size, "
      "flags:mmap_flags", "int", TM),
    S(217, "getdents64", "fd:fd, >dirp:dirents64, count:uint", "size", TD),
    S(218, "set_tid_address", "tidptr:hex", "int", 0),
    # strace prints "<... resuming interrupted NAME ...>": a whole-call decoder
    S(219, "restart_syscall", "", "int", 0),
    S(220, "semtimedop", "semid:int, sops:sembuf_array, nsops:uint, timeout:timespec_ptr",
      "int", TI),
    S(221, "fadvise64", "fd:fd, offset:off, len:ulong, advice:fadvise_advice", "int", TD),
    S(222, "timer_create", "clockid:clockid, sevp:sigevent, >timerid:int_ptr", "int", 0),
    S(223, "timer_settime", "timerid:int, flags:timer_flags, new_value:itimerspec_ptr, "
      ">old_value:itimerspec_ptr", "int", 0),
    S(224, "timer_gettime", "timerid:int, >curr_value:itimerspec_ptr", "int", 0),
    S(225, "timer_getoverrun", "timerid:int", "int", 0),
    S(226, "timer_delete", "timerid:int", "int", 0),
    S(227, "clock_settime", "clockid:clockid, tp:timespec_ptr", "int", TCL),
    S(228, "clock_gettime", "clockid:clockid, >tp:timespec_ptr", "int", TCL),
    S(229, "clock_getres", "clockid:clockid, >res:timespec_ptr", "int", TCL),
    S(230, "clock_nanosleep", "clockid:clockid, flags:timer_flags, request:timespec_ptr, "
      ">remain:timespec_rem", "int", 0),
    S(231, "exit_group", "status:int", "none", TP),
    S(232, "epoll_wait", "epfd:fd, >events:epoll_events_out, maxevents:int, timeout:int",
      "int", TD),
    S(233, "epoll_ctl", "epfd:fd, op:epoll_op, fd:fd, event:epoll_event_in", "int", TD),
    S(234, "tgkill", "tgid:pid, tid:tid, sig:signo", "int", TS | TP),
    S(235, "utimes", "filename:path, times:timeval_pair", "int", TF),
    S(236, "vserver", "arg0:hex, arg1:hex, arg2:hex, arg3:hex, arg4:hex", "int", 0),
    S(237, "mbind", "addr:ptr, len:size, mode:mpol_mode, nodemask:nodemask, maxnode:ulong, "
      "flags:mbind_flags", "int", TM),
    S(238, "set_mempolicy", "mode:mpol_mode, nodemask:nodemask, maxnode:ulong", "int", TM),
    S(239, "get_mempolicy", ">mode:mpol_mode_ptr, >nodemask:nodemask, maxnode:ulong, "
      "addr:ptr, flags:get_mempolicy_flags", "int", TM),
    S(240, "mq_open", "name:path, oflag:open_flags, mode:mq_mode, attr:mq_attr_creat", "fd",
      TD),
    S(241, "mq_unlink", "name:path", "int", 0),
    S(242, "mq_timedsend", "mqdes:fd, msg_ptr:buf_next, msg_len:size, msg_prio:uint, "
      "abs_timeout:timespec_ptr", "int", TD),
    S(243, "mq_timedreceive", "mqdes:fd, >msg_ptr:buf_rv, msg_len:size, >msg_prio:uint_ptr, "
      "abs_timeout:timespec_ptr", "size", TD),
    S(244, "mq_notify", "mqdes:fd, sevp:sigevent", "int", TD),
    S(245, "mq_getsetattr", "mqdes:fd, newattr:mq_attr, >oldattr:mq_attr", "int", TD),
    S(246, "kexec_load", "entry:ptr, nr_segments:ulong, segments:kexec_segments, "
      "flags:kexec_flags", "int", 0),
    S(247, "waitid", "idtype:waitid_which, id:waitid_id, >infop:siginfo, "
      "options:wait_options, >rusage:rusage_ptr", "int", TP),
    S(248, "add_key", "type:string, description:string, payload:buf_next, plen:size, "
      "keyring:key_serial", "int", 0),
    S(249, "request_key", "type:string, description:string, callout_info:string, "
      "dest_keyring:key_serial", "int", 0),
    S(250, "keyctl", "operation:keyctl_cmd, arg2:hex, arg3:hex, arg4:hex, arg5:hex", "int", 0),
    S(251, "ioprio_set", "which:ioprio_which, who:ioprio_who, ioprio:ioprio_value", "int", 0),
    S(252, "ioprio_get", "which:ioprio_which, who:ioprio_who", "ioprio_value", 0),
    S(253, "inotify_init", "", "fd", TD),
    S(254, "inotify_add_watch", "fd:fd, pathname:path, mask:inotify_mask", "int", TD | TF),
    S(255, "inotify_rm_watch", "fd:fd, wd:int", "int", TD),
    S(256, "migrate_pages", "pid:pid, maxnode:ulong, old_nodes:nodemask, new_nodes:nodemask",
      "int", TM),
    S(257, "openat", "dirfd:dirfd, pathname:path, flags:open_flags, mode:open_mode", "fd",
      TD | TF),
    S(258, "mkdirat", "dirfd:dirfd, pathname:path, mode:octal", "int", TD | TF),
    S(259, "mknodat", "dirfd:dirfd, pathname:path, mode:mode_type, dev:dev", "int", TD | TF),
    S(260, "fchownat", "dirfd:dirfd, pathname:path, owner:uid, group:gid, flags:at_flags",
      "int", TD | TF),
    S(261, "futimesat", "dirfd:dirfd, pathname:path, times:timeval_pair", "int", TD | TF),
    S(262, "newfstatat", "dirfd:dirfd, pathname:path, >statbuf:stat_ptr, flags:at_flags",
      "int", TD | TF | TFST | TSTA),
    S(263, "unlinkat", "dirfd:dirfd, pathname:path, flags:unlinkat_flags", "int", TD | TF),
    S(264, "renameat", "olddirfd:dirfd, oldpath:path, newdirfd:dirfd, newpath:path", "int",
      TD | TF),
    S(265, "linkat", "olddirfd:dirfd, oldpath:path, newdirfd:dirfd, newpath:path, "
      "flags:at_flags", "int", TD | TF),
    S(266, "symlinkat", "target:path, newdirfd:dirfd, linkpath:path", "int", TD | TF),
    S(267, "readlinkat", "dirfd:dirfd, pathname:path, >buf:buf_rv, bufsiz:size", "size",
      TD | TF),
    S(268, "fchmodat", "dirfd:dirfd, pathname:path, mode:octal", "int", TD | TF),
    S(269, "faccessat", "dirfd:dirfd, pathname:path, mode:access_mode", "int", TD | TF),
    S(270, "pselect6", "nfds:int, readfds:fd_set, writefds:fd_set, exceptfds:fd_set, "
      "timeout:timespec_ptr, sigmask:pselect6_sigmask", "select_ret", TD),
    S(271, "ppoll", "fds:pollfd_array, nfds:uint, tmo_p:timespec_ptr, sigmask:sigset, "
      "sigsetsize:size", "poll_ret", TD),
    S(272, "unshare", "flags:unshare_flags", "int", 0),
    S(273, "set_robust_list", "head:ptr, len:size", "int", 0),
    S(274, "get_robust_list", "pid:tid, >head_ptr:ptr_ptr, >len_ptr:ulong_ptr", "int", 0),
    S(275, "splice", "fd_in:fd, off_in:off_ptr, fd_out:fd, off_out:off_ptr, len:size, "
      "flags:splice_flags", "size", TD),
    S(276, "tee", "fd_in:fd, fd_out:fd, len:size, flags:splice_flags", "size", TD),
    S(277, "sync_file_range", "fd:fd, offset:off, nbytes:off, flags:sync_file_range_flags",
      "int", TD),
    S(278, "vmsplice", "fd:fd, iov:iovec_in, nr_segs:ulong, flags:splice_flags", "size", TD),
    S(279, "move_pages", "pid:pid, count:ulong, pages:ptr_array, nodes:int_array, "
      ">status:move_pages_status, flags:move_pages_flags", "int", TM),
    S(280, "utimensat", "dirfd:dirfd, pathname:path, times:timespec_pair, flags:at_flags",
      "int", TD | TF),
    S(281, "epoll_pwait", "epfd:fd, >events:epoll_events_out, maxevents:int, timeout:int, "
      "sigmask:sigset, sigsetsize:size", "int", TD),
    S(282, "signalfd", "fd:fd, mask:sigset, sizemask:size", "fd", TD | TS),
    S(283, "timerfd_create", "clockid:clockid, flags:timerfd_flags", "fd", TD),
    S(284, "eventfd", "initval:uint", "fd", TD),
    S(285, "fallocate", "fd:fd, mode:fallocate_mode, offset:off, len:off", "int", TD),
    S(286, "timerfd_settime", "fd:fd, flags:timerfd_flags, new_value:itimerspec_ptr, "
      ">old_value:itimerspec_ptr", "int", TD),
    S(287, "timerfd_gettime", "fd:fd, >curr_value:itimerspec_ptr", "int", TD),
    S(288, "accept4", "sockfd:fd, >addr:sockaddr_out, <>addrlen:socklen_ptr, "
      "flags:sock_flags", "fd", TN),
    S(289, "signalfd4", "fd:fd, mask:sigset, sizemask:size, flags:signalfd_flags", "fd",
      TD | TS),
    S(290, "eventfd2", "initval:uint, flags:eventfd_flags", "fd", TD),
    S(291, "epoll_create1", "flags:epoll_create_flags", "fd", TD),
    S(292, "dup3", "oldfd:fd, newfd:fd, flags:dup3_flags", "fd", TD),
    S(293, "pipe2", ">pipefd:fd_pair, flags:pipe_flags", "int", TD),
    S(294, "inotify_init1", "flags:inotify_init_flags", "fd", TD),
    S(295, "preadv", "fd:fd, >iov:iovec_out, iovcnt:ulong, offset:off", "size", TD),
    S(296, "pwritev", "fd:fd, iov:iovec_in, iovcnt:ulong, offset:off", "size", TD),
    S(297, "rt_tgsigqueueinfo", "tgid:pid, tid:tid, sig:signo, info:siginfo", "int",
      TP | TS),
    S(298, "perf_event_open", "attr:perf_event_attr, pid:int, cpu:int, group_fd:fd, "
      "flags:perf_flags", "fd", TD),
    S(299, "recvmmsg", "sockfd:fd, <>msgvec:mmsghdr_out, vlen:uint, flags:msg_flags, "
      "<>timeout:recvmmsg_timeout", "recvmmsg", TN),
    S(300, "fanotify_init", "flags:fanotify_init_flags, event_f_flags:open_flags", "fd", TD),
    S(301, "fanotify_mark", "fanotify_fd:fd, flags:fanotify_mark_flags, "
      "mask:fanotify_mask, dirfd:fanotify_dirfd, pathname:path", "int", TD | TF),
    S(302, "prlimit64", "pid:pid, resource:rlimit_resource, new_limit:rlimit_in, "
      ">old_limit:rlimit_out", "int", 0),
    S(303, "name_to_handle_at", "dirfd:dirfd, pathname:path, <>handle:file_handle, "
      ">mount_id:int_ptr, flags:at_flags", "int", TD | TF),
    S(304, "open_by_handle_at", "mount_fd:fd, handle:file_handle_in, flags:open_flags",
      "fd", TD),
    S(305, "clock_adjtime", "clk_id:clockid, <>buf:timex_ptr", "adjtimex_state", TCL),
    S(306, "syncfs", "fd:fd", "int", TD),
    S(307, "sendmmsg", "sockfd:fd, >msgvec:mmsghdr_in, vlen:uint, flags:msg_flags", "int",
      TN),
    S(308, "setns", "fd:fd, nstype:setns_flags", "int", TD),
    S(309, "getcpu", ">cpu:uint_ptr, >node:uint_ptr, >tcache:ptr", "int", 0),
    S(310, "process_vm_readv", "pid:pid, >local_iov:iovec_out, liovcnt:ulong, "
      "remote_iov:iovec_addr, riovcnt:ulong, flags:ulong", "size", 0),
    S(311, "process_vm_writev", "pid:pid, local_iov:iovec_in, liovcnt:ulong, "
      "remote_iov:iovec_addr, riovcnt:ulong, flags:ulong", "size", 0),
    S(312, "kcmp", "pid1:pid, pid2:pid, type:kcmp_type, idx1:kcmp_idx, idx2:kcmp_idx", "int", 0),
    S(313, "finit_module", "fd:fd, param_values:string, flags:module_init_flags", "int", TD),
    S(314, "sched_setattr", "pid:pid, attr:sched_attr, flags:uint", "int", 0),
    S(315, "sched_getattr", "pid:pid, >attr:sched_attr, size:uint, flags:uint", "int", 0),
    S(316, "renameat2", "olddirfd:dirfd, oldpath:path, newdirfd:dirfd, newpath:path, "
      "flags:renameat2_flags", "int", TD | TF),
    S(317, "seccomp", "operation:seccomp_op, flags:hex, args:ptr", "int", 0),
    S(318, "getrandom", ">buf:buf_rv_hex, buflen:size, flags:grnd_flags", "size", 0),
    S(319, "memfd_create", "name:memfd_name, flags:memfd_flags", "fd", TD),
    S(320, "kexec_file_load", "kernel_fd:fd, initrd_fd:fd, cmdline_len:size, "
      "cmdline:cmdline, flags:kexec_flags", "int", TD),
    S(321, "bpf", "cmd:bpf_cmd, attr:ptr, size:uint", "bpf", TD),
    S(322, "execveat", "dirfd:dirfd, pathname:path, argv:ptr, envp:ptr, flags:at_flags",
      "int", TD | TF | TP),
    S(323, "userfaultfd", "flags:uffd_flags", "fd", TD),
    S(324, "membarrier", "cmd:membarrier_cmd, flags:membarrier_flags, "
      "cpu_id:membarrier_cpu_id", "membarrier_cmd", 0),
    S(325, "mlock2", "addr:ptr, len:size, flags:mlock2_flags", "int", TM),
    S(326, "copy_file_range", "fd_in:fd, off_in:off_ptr, fd_out:fd, off_out:off_ptr, "
      "len:size, flags:uint", "size", TD),
    S(327, "preadv2", "fd:fd, >iov:iovec_out, iovcnt:ulong, offset:off, offset_high:ignored, "
      "flags:rwf_flags", "size", TD),
    S(328, "pwritev2", "fd:fd, iov:iovec_in, iovcnt:ulong, offset:off, offset_high:ignored, "
      "flags:rwf_flags", "size", TD),
    S(329, "pkey_mprotect", "addr:ptr, len:size, prot:mmap_prot, pkey:int", "int", TM),
    S(330, "pkey_alloc", "flags:hex, access_rights:pkey_access", "int", 0),
    S(331, "pkey_free", "pkey:int", "int", 0),
    S(332, "statx", "dirfd:dirfd, pathname:path, flags:at_flags, mask:statx_mask, "
      ">statxbuf:statx_ptr", "int", TD | TF | TFST | TSTA),
    S(333, "io_pgetevents", "ctx_id:ptr, min_nr:long, nr:long, >events:io_events, "
      "timeout:timespec_ptr, usig:pselect6_sigmask", "int", 0),
    S(334, "rseq", "rseq:hex, rseq_len:hex, flags:hex, sig:hex", "int", 0),
    # 335..423 are unused on x86_64
    S(424, "pidfd_send_signal", "pidfd:fd, sig:signo, info:siginfo, flags:hex32", "int",
      TD | TS | TP),
    S(425, "io_uring_setup", "entries:uint, <>p:io_uring_params", "fd", TD),
    S(426, "io_uring_enter", "fd:fd, to_submit:uint, min_complete:uint, "
      "flags:io_uring_enter_flags, sig:sigset, sigsz:size", "int", TD | TS),
    S(427, "io_uring_register", "fd:fd, opcode:io_uring_register_op, arg:ptr, nr_args:uint",
      "int", TD | TM),
    S(428, "open_tree", "dirfd:dirfd, path:path, flags:open_tree_flags", "fd", TD | TF),
    S(429, "move_mount", "from_dirfd:dirfd, from_path:path, to_dirfd:dirfd, to_path:path, "
      "flags:move_mount_flags", "int", TD | TF),
    S(430, "fsopen", "fs_name:string, flags:fsopen_flags", "fd", TD),
    S(431, "fsconfig", "fd:fd, cmd:fsconfig_cmd, key:fsconfig_key, value:fsconfig_value, aux:fsconfig_aux", "int",
      TD | TF),
    S(432, "fsmount", "fs_fd:fd, flags:fsmount_flags, attr_flags:mount_attr_flags", "fd",
      TD),
    S(433, "fspick", "dirfd:dirfd, path:path, flags:fspick_flags", "fd", TD | TF),
    S(434, "pidfd_open", "pid:pid, flags:pidfd_open_flags", "fd", TD),
    S(435, "clone3", "cl_args:clone_args, size:size", "tid", TP),
    S(436, "close_range", "first:uint, last:uint, flags:close_range_flags", "int", 0),
    S(437, "openat2", "dirfd:dirfd, pathname:path, how:open_how, size:size", "fd", TD | TF),
    S(438, "pidfd_getfd", "pidfd:fd, targetfd:pidfd_target_fd, flags:hex32", "fd", TD),
    S(439, "faccessat2", "dirfd:dirfd, pathname:path, mode:access_mode, flags:at_flags",
      "int", TD | TF),
    S(440, "process_madvise", "pidfd:fd, iovec:iovec_addr, vlen:ulong, "
      "advice:madvise_advice, flags:hex32", "size", TD),
    # the timeout prints at exit, fetched as the kernel's output is: an address on failure
    S(441, "epoll_pwait2", "epfd:fd, >events:epoll_events_out, maxevents:int, "
      ">timeout:timespec_ptr, sigmask:sigset, sigsetsize:size", "int", TD),
    S(442, "mount_setattr", "dirfd:dirfd, pathname:path, flags:mount_setattr_flags, "
      "uattr:mount_attr, usize:size", "fd", TD | TF),
    S(443, "quotactl_fd", "fd:fd, cmd:quotactl_cmd, id:quotactl_id, <>addr:quotactl_addr", "int", TD),
    S(444, "landlock_create_ruleset", "attr:landlock_ruleset_attr, size:size, "
      "flags:landlock_create_flags", "landlock_ruleset", TD),
    S(445, "landlock_add_rule", "ruleset_fd:fd, rule_type:landlock_rule_type, "
      "rule_attr:landlock_rule_attr, flags:hex32", "int", TD),
    S(446, "landlock_restrict_self", "ruleset_fd:fd, flags:hex32", "int", TD),
    S(447, "memfd_secret", "flags:memfd_secret_flags", "fd", TD),
    S(448, "process_mrelease", "pidfd:fd, flags:hex32", "int", TD),
    S(449, "futex_waitv", "waiters:futex_waiters, nr_futexes:uint, flags:hex32, "
      "timeout:timespec_ptr, clockid:clockid", "int", 0),
    S(450, "set_mempolicy_home_node", "start:ptr, len:ulong, home_node:ulong, flags:hex",
      "int", TM),
)

SYSCALLS: dict[int, Signature] = {sig.nr: sig for sig in ROWS}
BY_NAME: dict[str, Signature] = {sig.name: sig for sig in ROWS}

def signature(nr: int) -> Signature:
    """The row for syscall ``nr``; strace's ``syscall_0x...`` shape when there is none."""
    sig = SYSCALLS.get(nr)
    return sig if sig is not None else unknown(nr)


def names_in_class(class_name: str) -> set[str]:
    """Names of the syscalls in a trace class: ``file``, ``%file``, ``%%stat``...

    Raises KeyError for a class strace does not know.
    """
    name = class_name[1:] if class_name.startswith("%") else class_name
    bits = CLASS_BITS[name]
    return {sig.name for sig in ROWS if sig.classes & bits}
