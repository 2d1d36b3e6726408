"""-P PATH: which calls touch one of the traced paths, decided as strace does.

strace compares strings, never resolving the tracee's paths: a path argument
matches when the bytes the tracee passed equal a -P path as given (or its
realpath, which strace adds to the set at start), a descriptor when its
/proc link (without the `` (deleted)`` the kernel appends) does.  Which
arguments it looks at is strace's own rule (pathtrace_match_set): the first
argument of a %file call as a path, of a %desc or %network call as a
descriptor, except for the calls listed below.
"""
from __future__ import annotations

import os
import struct

from decoders.table import TD, TF, TN
from pytrace.decode.fdinfo import strip_deleted
from pytrace.decode.pidns import proc_pid

PATH_MAX = 4096

# The arguments strace tests where they are not just the first one: "fd" and
# "path" by position, "-" for an argument it skips.
_ARGUMENTS = {
    **dict.fromkeys(("dup2", "dup3", "kexec_file_load", "sendfile", "tee"), "fd fd"),
    **dict.fromkeys((
        "execveat", "faccessat", "faccessat2", "fchmodat", "fchownat", "fspick", "newfstatat",
        "futimesat", "inotify_add_watch", "mkdirat", "mknodat", "mount_setattr",
        "name_to_handle_at", "open_tree", "openat", "openat2", "readlinkat", "statx",
        "unlinkat", "utimensat"), "fd path"),
    **dict.fromkeys(("link", "mount", "pivot_root"), "path path"),
    **dict.fromkeys(("quotactl", "symlink"), "- path"),
    **dict.fromkeys(("linkat", "move_mount", "renameat2", "renameat"), "fd path fd path"),
    "mmap": "- - - - fd",
    "symlinkat": "- fd path",
    **dict.fromkeys(("copy_file_range", "splice"), "fd - fd"),
    "epoll_ctl": "- - fd",
    "fanotify_mark": "- - - fd path",
    # the calls of these classes with no descriptor or path to test
    **dict.fromkeys((
        "accept4", "accept", "bpf", "epoll_create", "epoll_create1", "eventfd2", "eventfd",
        "fanotify_init", "fsmount", "fsopen", "inotify_init", "inotify_init1",
        "io_uring_enter", "io_uring_register", "io_uring_setup", "landlock_add_rule",
        "landlock_create_ruleset", "landlock_restrict_self", "memfd_create", "memfd_secret",
        "mq_getsetattr", "mq_notify", "mq_open", "mq_timedreceive", "mq_timedsend",
        "perf_event_open", "pidfd_open", "pipe", "pipe2", "signalfd4", "signalfd", "socket",
        "socketpair", "timerfd_create", "timerfd_gettime", "timerfd_settime", "userfaultfd",
        # strace prints these with printargs, which it lists here too
        "getpmsg", "putpmsg", "afs_syscall", "tuxcall", "security", "vserver",
        "epoll_ctl_old", "epoll_wait_old"), ""),
}
_FD_SETS = ("select", "pselect6")
_POLL_FDS = ("poll", "ppoll")
FSCONFIG_SET_PATH, FSCONFIG_SET_PATH_EMPTY, FSCONFIG_SET_FD = 3, 4, 5


def selected_paths(given: list[str]) -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    """The set -P compares with: each path as given and, when it exists under
    another name, its realpath; and the (given, resolved) pairs strace reports."""
    chosen: list[str] = []
    resolved = []
    for path in given:
        if path not in chosen:
            chosen.append(path)
        if not os.path.exists(path):
            continue
        real = os.path.realpath(path)
        if real != path:
            resolved.append((path, real))
            if real not in chosen:
                chosen.append(real)
    return tuple(chosen), resolved


def report_resolved_paths(paths: list[str], hex_strings: int, warn) -> None:
    """-P: where a path leads when that differs, as strace's pathtrace_select
    reports it (both are traced then)."""
    from decoders.render.strings import quote
    for path, real in selected_paths(paths)[1]:
        warn("Requested path %s resolved into %s" % (quote(os.fsencode(path), hex_strings),
                                                     quote(os.fsencode(real), hex_strings)))


class PathMatcher:
    """``matcher(plan, record, memory) -> bool`` for one set of -P paths."""

    def __init__(self, paths: tuple[str, ...]):
        self.paths = frozenset(os.fsencode(p) for p in paths)

    def __call__(self, name: str, classes: int, args: tuple, pid: int, mem) -> bool:
        if not classes & (TF | TD | TN):
            return False
        if name in _FD_SETS:
            return self._fd_sets(args, pid, mem)
        if name in _POLL_FDS:
            return self._poll_fds(args, pid, mem)
        if name == "fsconfig":
            return self._fsconfig(args, pid, mem)
        spec = _ARGUMENTS.get(name)
        if spec is None:
            spec = "path" if classes & TF else "fd"
        for value, kind in zip(args, spec.split()):
            if kind == "path" and self._path(value, mem):
                return True
            if kind == "fd" and self._fd(value, pid):
                return True
        return False

    def _path(self, addr: int, mem) -> bool:
        got = mem.cstring(addr, PATH_MAX)
        return got is not None and got[1] and got[0] in self.paths

    def _fd(self, value: int, pid: int) -> bool:
        fd = value & 0xFFFFFFFF
        if fd >= 0x80000000:
            return False
        link = "/proc/%d/fd/%d" % (proc_pid(pid), fd)
        try:
            target = os.readlink(link)
        except OSError:
            return False
        return os.fsencode(strip_deleted(link, target)[0]) in self.paths

    def _fd_sets(self, args: tuple, pid: int, mem) -> bool:
        nfds = struct.unpack("<i", struct.pack("<I", args[0] & 0xFFFFFFFF))[0]
        if nfds <= 0:
            return False
        nfds = min(nfds, 1024 * 1024)
        size = ((nfds + 7) // 8 + 7) & ~7
        for addr in args[1:4]:
            data = mem.read(addr, size) if addr else None
            if data is None:
                continue
            bits = int.from_bytes(data, "little")
            for fd in range(nfds):
                if bits >> fd & 1 and self._fd(fd, pid):
                    return True
        return False

    def _poll_fds(self, args: tuple, pid: int, mem) -> bool:
        start, nfds = args[0], min(args[1] & 0xFFFFFFFF, 1024 * 1024)
        if nfds == 0 or start + 8 * nfds > 0xFFFFFFFFFFFFFFFF:
            return False
        for index in range(nfds):
            entry = mem.read(start + 8 * index, 8)
            if entry is None:
                break
            if self._fd(struct.unpack_from("<i", entry)[0] & 0xFFFFFFFF, pid):
                return True
        return False

    def _fsconfig(self, args: tuple, pid: int, mem) -> bool:
        cmd = args[1] & 0xFFFFFFFF
        if cmd in (FSCONFIG_SET_PATH, FSCONFIG_SET_PATH_EMPTY):
            return self._fd(args[4], pid) or self._path(args[3], mem)
        if cmd == FSCONFIG_SET_FD:
            return self._fd(args[4], pid)
        return False
