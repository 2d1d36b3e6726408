"""The i386 signature table: the calls of the 32-bit personality of x86_64,
as strace 6.1 built without mpers prints them.

A 32-bit call reads its arguments as 32-bit values.  Where its layout is the
64-bit call's of the same name (scalars, strings, buffers, and structures laid
out alike in both ABIs), the 64-bit row decodes it: ``derive`` takes those rows
and keeps their kinds that read the same from 32-bit values (``SAME_LAYOUT``),
turning 64-bit ``long`` scalars into 32-bit ones.  An argument of any other
kind (a structure with a ``long``, a pointer or a ``time_t`` in it) prints as
its address, never as the 64-bit layout read wrongly.  The calls only i386
has, and those whose registers differ (64-bit offsets split in two, other
argument orders, multiplexers), are the rows below; the ones nobody decodes
yet print their arguments raw, in hex.
"""
from __future__ import annotations

from decoders import index
from decoders.table import PU, TC, TD, TF, TFSF, TFST, TI, TLST, TM, TN, TP, TS, TSF, TSFA, \
    TST, TSTA, Arg, S, Signature

# Kinds that print a 32-bit value (or what it points to) as the 64-bit row's
# kind prints it: same size, same structure.
SAME_LAYOUT = frozenset((
    "fd", "dirfd", "path", "path_rv", "string", "hex", "hex32", "size", "int", "uint", "ptr",
    "pid", "tid", "pgid", "pid_or_pgid", "uid", "gid", "octal", "umask", "signo", "clockid",
    "buf_rv", "buf_rv_hex", "buf_next", "at_flags", "access_mode", "open_flags", "open_mode",
    "msg_flags", "mmap_prot", "mmap_flags", "madvise_advice", "mremap_flags", "msync_flags",
    "fd_pair", "int_ptr", "int_ptr_in", "uint_ptr", "uid_ptr", "off_ptr",
    "xattr_value", "xattr_list", "xattr_flags", "splice_flags", "socket_domain",
    "socket_type", "socket_protocol", "sockopt_level", "shutdown_how", "sock_flags",
    "wait_options", "ipc_key", "ipc_get_flags", "ipc_msg_flags", "shmget_flags",
    "shmat_flags", "mode_type", "prio_which", "prio_who", "hostname", "lseek_whence",
    "sigprocmask_how", "sigset", "flock_op", "rusage_who", "syslog_action", "syslog_buf",
    "syslog_len", "personality", "mlockall_flags", "mount_fstype", "mount_flags",
    "umount_flags", "swap_flags", "reboot_magic1", "reboot_magic2", "reboot_cmd",
    "delete_module_flags", "fadvise_advice", "epoll_op", "epoll_event_in",
    "epoll_events_out", "epoll_create_flags", "unlinkat_flags", "unshare_flags",
    "signalfd_flags", "eventfd_flags", "dup3_flags", "pipe_flags", "inotify_init_flags",
    "inotify_mask", "fanotify_init_flags", "setns_flags", "renameat2_flags", "grnd_flags",
    "memfd_name", "memfd_flags", "mlock2_flags", "pkey_access", "statx_mask", "statx_ptr",
    "dirents64", "open_tree_flags", "move_mount_flags",
    "fsopen_flags", "fsmount_flags", "fspick_flags", "fsconfig_cmd", "fsconfig_key",
    "pidfd_open_flags", "pidfd_target_fd", "close_range_flags", "mount_setattr_flags",
    "landlock_create_flags", "landlock_rule_type", "memfd_secret_flags", "rlimit_resource",
    "sched_policy", "timerfd_flags", "kcmp_type", "kcmp_idx", "module_init_flags",
    "membarrier_cmd", "membarrier_flags", "membarrier_cpu_id", "ioprio_which",
    "ioprio_who", "ioprio_value", "rwf_flags", "waitid_which", "waitid_id",
    "itimer_which", "mq_mode", "key_serial", "sync_file_range_flags", "fallocate_mode", "timer_flags", "get_mempolicy_flags",
    "mbind_flags", "mpol_mode", "uffd_flags", "ignored", "none", "fd_set", "pollfd_array",
    "sembuf_array", "iovec32_in", "iovec32_out", "iovec32_addr",
))
# The *_time64 calls (and sendfile64) are the 64-bit calls of their base
# names, 64-bit time structures (and offsets) included
TIME64_OF = {
    "clock_gettime64": "clock_gettime", "clock_settime64": "clock_settime",
    "clock_adjtime64": "clock_adjtime", "clock_getres_time64": "clock_getres",
    "clock_nanosleep_time64": "clock_nanosleep", "timer_gettime64": "timer_gettime",
    "timer_settime64": "timer_settime", "timerfd_gettime64": "timerfd_gettime",
    "timerfd_settime64": "timerfd_settime", "utimensat_time64": "utimensat",
    "pselect6_time64": "pselect6", "ppoll_time64": "ppoll",
    "io_pgetevents_time64": "io_pgetevents", "recvmmsg_time64": "recvmmsg",
    "mq_timedsend_time64": "mq_timedsend", "mq_timedreceive_time64": "mq_timedreceive",
    "semtimedop_time64": "semtimedop", "rt_sigtimedwait_time64": "rt_sigtimedwait",
    "futex_time64": "futex", "sched_rr_get_interval_time64": "sched_rr_get_interval",
    "sendfile64": "sendfile",
}
# The calls whose i386 timespec has 32-bit longs (the *_time64 ones take the 64-bit one)
TIMESPEC32_CALLS = frozenset(("nanosleep", "clock_gettime", "clock_settime", "clock_getres",
                              "clock_nanosleep", "sched_rr_get_interval"))
TIMESPEC32_KINDS = {"timespec_ptr": "timespec32_ptr", "timespec_rem": "timespec32_rem"}
TIMESPEC32_LAYOUT = SAME_LAYOUT | set(TIMESPEC32_KINDS.values())
# (sendfile's offset is an off_t of 32 bits, sendfile64's a loff_t)
TIME64_LAYOUT = SAME_LAYOUT | {"off_ptr_update", "timespec_ptr", "timespec_rem", "timespec_pair",
                               "itimerspec_ptr", "timex_ptr"}
# 64-bit scalars that are 32-bit on i386 (signed: a 32-bit -1 is -1), and
# structures whose i386 layout has a decoder of its own
NARROWED = {"long": "int", "off": "int", "ulong": "uint", "iovec_in": "iovec32_in",
            "iovec_out": "iovec32_out", "iovec_addr": "iovec32_addr"}
# The 64-bit row's whole-call decoders that read the same i386 arguments
SAME_WHOLE_CALL = frozenset()

_HEX = "a:hex, b:hex, c:hex, d:hex, e:hex, f:hex"

ROWS = (
    # 16-bit ids (strace's *16 decoders: a 16-bit -1 is -1)
    S(16, "lchown", "pathname:path, owner:uid16, group:uid16", "int", TF),
    S(23, "setuid", "uid:uid16", "int", TC),
    S(24, "getuid", "", "uid16", TC | PU),
    S(46, "setgid", "gid:uid16", "int", TC),
    S(47, "getgid", "", "uid16", TC | PU),
    S(49, "geteuid", "", "uid16", TC | PU),
    S(50, "getegid", "", "uid16", TC | PU),
    S(70, "setreuid", "ruid:uid16, euid:uid16", "int", TC),
    S(71, "setregid", "rgid:uid16, egid:uid16", "int", TC),
    S(95, "fchown", "fd:fd, owner:uid16, group:uid16", "int", TD),
    S(138, "setfsuid", "fsuid:uid16", "int", TC),
    S(139, "setfsgid", "fsgid:uid16", "int", TC),
    S(164, "setresuid", "ruid:uid16, euid:uid16, suid:uid16", "int", TC),
    S(170, "setresgid", "rgid:uid16, egid:uid16, sgid:uid16", "int", TC),
    S(182, "chown", "pathname:path, owner:uid16, group:uid16", "int", TF),
    # the 32-bit ids: the 64-bit calls' layout under another name
    S(198, "lchown32", "pathname:path, owner:uid, group:gid", "int", TF),
    S(199, "getuid32", "", "uid", TC | PU),
    S(200, "getgid32", "", "uid", TC | PU),
    S(201, "geteuid32", "", "uid", TC | PU),
    S(202, "getegid32", "", "uid", TC | PU),
    S(203, "setreuid32", "ruid:uid, euid:uid", "int", TC),
    S(204, "setregid32", "rgid:gid, egid:gid", "int", TC),
    S(205, "getgroups32", "size:int, >list:gid_array_rv", "int", TC),
    S(206, "setgroups32", "size:int, list:gid_array", "int", TC),
    S(207, "fchown32", "fd:fd, owner:uid, group:gid", "int", TD),
    S(208, "setresuid32", "ruid:uid, euid:uid, suid:uid", "int", TC),
    S(209, "getresuid32", ">ruid:uid_ptr, >euid:uid_ptr, >suid:uid_ptr", "int", TC),
    S(210, "setresgid32", "rgid:gid, egid:gid, sgid:gid", "int", TC),
    S(211, "getresgid32", ">rgid:uid_ptr, >egid:uid_ptr, >sgid:uid_ptr", "int", TC),
    S(212, "chown32", "pathname:path, owner:uid, group:gid", "int", TF),
    S(213, "setuid32", "uid:uid", "int", TC),
    S(214, "setgid32", "gid:gid", "int", TC),
    S(215, "setfsuid32", "fsuid:uid", "int", TC),
    S(216, "setfsgid32", "fsgid:gid", "int", TC),
    # 64-bit offsets in two registers
    S(140, "_llseek", "fd:fd, offset:offset_high_low, offset_low:ignored, >result:off_ptr, "
       "whence:lseek_whence", "int", TD),
    S(180, "pread64", "fd:fd, >buf:buf_rv, count:size, offset:offset_low_high, "
       "offset_high:ignored", "size", TD),
    S(181, "pwrite64", "fd:fd, buf:buf_next, count:size, offset:offset_low_high, "
       "offset_high:ignored", "size", TD),
    S(193, "truncate64", "path:path, length:offset_low_high, length_high:ignored", "int", TF),
    S(194, "ftruncate64", "fd:fd, length:offset_low_high, length_high:ignored", "int", TD),
    # struct stat64 has no 64-bit twin: strace without mpers prints its address
    S(195, "stat64", "pathname:path, >statbuf:ptr", "int", TF | TST | TSTA),
    S(196, "lstat64", "pathname:path, >statbuf:ptr", "int", TF | TLST | TSTA),
    S(197, "fstat64", "fd:fd, >statbuf:ptr", "int", TD | TFST | TSTA),
    S(300, "fstatat64", "dirfd:dirfd, pathname:path, >statbuf:ptr, flags:at_flags", "int",
      TD | TF | TFST | TSTA),
    S(268, "statfs64", "path:path, size:size, >buf:ptr", "int", TF | TSF | TSFA),
    S(269, "fstatfs64", "fd:fd, size:size, >buf:ptr", "int", TD | TFSF | TSFA),
    S(192, "mmap2", "addr:ptr, length:size, prot:mmap_prot, flags:mmap_flags, fd:fd, "
       "pgoffset:page_offset", "hex", TD | TM),
    S(221, "fcntl64", "fd:fd, cmd:int, arg:hex", "int", TD),
    S(225, "readahead", "fd:fd, offset:offset_low_high, offset_high:ignored, count:size", "int",
      TD),
    S(250, "fadvise64", "fd:fd, offset:offset_low_high, offset_high:ignored, len:size, "
       "advice:fadvise_advice", "int", TD),
    S(272, "fadvise64_64", "fd:fd, offset:offset_low_high, offset_high:ignored, "
       "len:offset_low_high, len_high:ignored, advice:fadvise_advice", "int", TD),
    S(314, "sync_file_range", "fd:fd, offset:offset_low_high, offset_high:ignored, "
       "nbytes:offset_low_high, nbytes_high:ignored, flags:sync_file_range_flags", "int", TD),
    S(324, "fallocate", "fd:fd, mode:fallocate_mode, offset:offset_low_high, offset_high:ignored, "
       "len:offset_low_high, len_high:ignored", "int", TD),
    S(333, "preadv", "fd:fd, >iov:iovec32_out, iovcnt:uint, offset:offset_low_high, "
       "offset_high:ignored", "size", TD),
    S(334, "pwritev", "fd:fd, iov:iovec32_in, iovcnt:uint, offset:offset_low_high, "
       "offset_high:ignored", "size", TD),
    S(378, "preadv2", "fd:fd, >iov:iovec32_out, iovcnt:uint, offset:offset_low_high, "
       "offset_high:ignored, flags:rwf_flags", "size", TD),
    S(379, "pwritev2", "fd:fd, iov:iovec32_in, iovcnt:uint, offset:offset_low_high, "
       "offset_high:ignored, flags:rwf_flags", "size", TD),
    S(22, "umount", "target:path", "int", TF),
    S(34, "nice", "inc:int", "int"),
    # not decoded yet: raw, with strace's argument count
    S(7, "waitpid", "a:hex, b:hex, c:hex", "hex", TP),
    S(18, "oldstat", "a:hex, b:hex", "hex", TF | TST | TSTA),
    S(28, "oldfstat", "a:hex, b:hex", "hex", TD | TFST | TSTA),
    S(48, "signal", "a:hex, b:hex", "hex", TS),
    S(55, "fcntl", "a:hex, b:hex, c:hex", "hex", TD),
    S(59, "oldolduname", "a:hex", "hex"),
    S(67, "sigaction", "a:hex, b:hex, c:hex", "hex", TS),
    S(72, "sigsuspend", "a:hex, b:hex, c:hex", "hex", TS),
    S(73, "sigpending", "a:hex", "hex", TS),
    S(80, "getgroups", "a:hex, b:hex", "hex", TC),
    S(81, "setgroups", "a:hex, b:hex", "hex", TC),
    S(82, "select", "a:hex", "hex", TD),
    S(84, "oldlstat", "a:hex, b:hex", "hex", TF | TLST | TSTA),
    S(90, "mmap", "a:hex", "hex", TD | TM),
    S(102, "socketcall", "a:hex, b:hex", "hex", TD),
    S(109, "olduname", "a:hex", "hex"),
    S(117, "ipc", _HEX, "hex", TI),
    S(119, "sigreturn", "", "hex", TS),
    S(120, "clone", "a:hex, b:hex, c:hex, d:hex, e:hex", "hex", TP),
    S(126, "sigprocmask", "a:hex, b:hex, c:hex", "hex", TS),
    S(142, "_newselect", "a:hex, b:hex, c:hex, d:hex, e:hex", "hex", TD),
    S(165, "getresuid", "a:hex, b:hex, c:hex", "hex", TC),
    S(171, "getresgid", "a:hex, b:hex, c:hex", "hex", TC),
    S(253, "lookup_dcookie", "a:hex, b:hex, c:hex, d:hex", "hex"),
    # old or never implemented calls, raw as strace's printargs prints them
    S(17, "break", "", "hex", TM),
    S(25, "stime", "a:hex", "hex"),
    S(31, "stty", "a:hex, b:hex", "hex"),
    S(32, "gtty", "a:hex, b:hex", "hex"),
    S(35, "ftime", "", "hex"),
    S(44, "prof", "", "hex"),
    S(53, "lock", "", "hex"),
    S(56, "mpx", "", "hex"),
    S(58, "ulimit", "a:hex, b:hex", "hex"),
    S(68, "sgetmask", "", "hex", TS),
    S(69, "ssetmask", "a:hex", "hex", TS),
    S(89, "readdir", "a:hex, b:hex, c:hex", "hex", TD),
    S(98, "profil", "a:hex, b:hex, c:hex, d:hex", "hex"),
    S(112, "idle", "", "hex"),
    S(113, "vm86old", "a:hex", "hex"),
    S(134, "bdflush", "a:hex, b:hex", "hex"),
    S(166, "vm86", "a:hex, b:hex, c:hex, d:hex, e:hex", "hex"),
    # struct rlimit of 32-bit longs: its address
    S(191, "ugetrlimit", "resource:rlimit_resource, >rlim:ptr", "int"),
    S(339, "fanotify_mark", _HEX, "hex", TD | TF),
)


def _narrowed(sig: Signature, nr: int, name: str, layout: frozenset = SAME_LAYOUT,
              narrowed: dict = NARROWED) -> Signature:
    """The 64-bit row read from 32-bit registers, under the i386 name (its
    arguments made when first asked for, as the 64-bit row's are)."""
    def args() -> tuple:
        return tuple(Arg(arg.name, _kind_for_i386(narrowed.get(arg.kind, arg.kind), layout),
                         arg.at_entry, arg.at_exit)
                     for arg in sig.args)
    ret = NARROWED.get(sig.ret, sig.ret)
    return Signature(nr, name, args, ret if ret in layout else "hex", sig.classes)


def _kind_for_i386(kind: str, layout: frozenset) -> str:
    """The kind itself where it reads an i386 value alike; else the value in
    hex where no decoder has the kind (the row's whole-call decoder printed
    it), and the address where a decoder would read a 64-bit layout there."""
    if kind in layout:
        return kind
    return "ptr" if kind in index.ARG_KINDS else "hex"


def derive(names: dict[int, str], native: dict[int, Signature]) -> dict[int, Signature]:
    """{i386 number: row}: the rows above, the 64-bit rows of the same names
    for the rest, and for a call no row describes, the unknown call's."""
    by_name = {sig.name: sig for sig in native.values()}
    own = {sig.nr: sig for sig in ROWS}
    table = {}
    for nr, name in names.items():
        sig = own.get(nr)
        if sig is None and name in TIME64_OF:
            sig = _narrowed(by_name[TIME64_OF[name]], nr, name, TIME64_LAYOUT)
        elif sig is None and name in TIMESPEC32_CALLS:
            sig = _narrowed(by_name[name], nr, name, TIMESPEC32_LAYOUT,
                            {**NARROWED, **TIMESPEC32_KINDS})
        if sig is None:
            twin = by_name.get(name)
            sig = _narrowed(twin, nr, name) if twin is not None else S(nr, name, _HEX, "hex")
        table[nr] = sig
    return table
