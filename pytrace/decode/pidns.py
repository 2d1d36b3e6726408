"""Process ids across pid namespaces, as strace's pidns.c translates them.

A tracee in a nested pid namespace sees other ids than pytrace: ``getpid() =
2`` in it is process 12345 here.  ``--pidns-translation`` (``--decode-pids=pidns``)
adds ``/* 12345 in strace's PID NS */`` after such ids, and ``-Y`` looks the
comm up under the translated id.

/proc tells the ids of a process in each namespace from /proc's own down to
the process's (the ``NSpid:``, ``NStgid:``, ``NSpgid:`` and ``NSsid:`` lines
of its status), and which namespace each one is (the inode of ``ns/pid``
and of its parents, ``NS_GET_PARENT``).  An id seen in a tracee's namespace is
found by looking for the process that has it at that namespace's level, first
where it was found before, then among the processes seen before, then in all
of /proc, as strace does.  /proc may be another namespace's than pytrace's
(``unshare -pf pytrace ...``): its directory names are then translated too.
"""
from __future__ import annotations

import fcntl
import os

from decoders import PID_PGID, PID_SID, PID_TGID, PID_TID

# the line of /proc/PID/status that lists each kind of id, per namespace
_STATUS_KEYS = {PID_TID: b"NSpid:", PID_TGID: b"NStgid:", PID_PGID: b"NSpgid:", PID_SID: b"NSsid:"}
_NS_GET_PARENT = 0xB702          # _IO(0xb7, 0x2)
_MAX_NS_DEPTH = 32
_ENOTTY = 25


_shared: PidTranslator | None = None
_proc_ours: bool | None = None


def proc_is_ours() -> bool:
    """Whether /proc is of pytrace's pid namespace: it knows this process by one id."""
    global _proc_ours
    if _proc_ours is None:
        _proc_ours = len(_status_ids("self", PID_TID)) <= 1
    return _proc_ours


def proc_pid(pid: int) -> int:
    """The name under /proc of the process pytrace knows as ``pid`` (0 if
    none): itself, unless /proc is another pid namespace's (``unshare -pf``)."""
    global _shared
    if proc_is_ours():
        return pid
    if _shared is None:
        _shared = PidTranslator()
    return _shared.proc_pid(pid)


def _status_ids(proc_pid: int | str, kind: int) -> list[int]:
    """The ids of a process in each namespace, /proc's first; [] if it is gone
    (or ``kind`` is none of strace's)."""
    key = _STATUS_KEYS.get(kind)
    if key is None:
        return []
    try:
        with open("/proc/%s/status" % proc_pid, "rb") as f:
            for line in f:
                if line.startswith(key):
                    return [int(word) for word in line.split()[1:]]
    except (OSError, ValueError):
        pass
    return []


class PidTranslator:
    """Ids seen by tracees, in pytrace's pid namespace; all lookups cached."""

    def __init__(self):
        self._parent_unsupported = False
        self._our_ns = self._hierarchy("self", 1)
        self._our_ns = self._our_ns[0] if self._our_ns else 0
        self._tracee_ns: dict[int, int] = {}                 # tracee tid -> its namespace
        self._found: dict[tuple[int, int, int], int] = {}    # (ns, kind, id) -> /proc's pid
        self._known: dict[int, tuple[list[int], dict[int, list[int]]]] = {}

    # -- what the decoders ask -----------------------------------------------

    def translate(self, tracee: int | None, pid: int, kind: int) -> int:
        """``pid`` as ``tracee`` sees it (None: as pytrace sees it), in
        pytrace's namespace; 0 when no process has it."""
        if pid <= 0 or kind not in _STATUS_KEYS:
            return 0
        if tracee is None or self.namespace_of(tracee) == self._our_ns:
            return pid
        return self._translate(self.namespace_of(tracee), pid, kind)[0]

    def proc_pid(self, pid: int) -> int:
        """The name under /proc of the process pytrace knows as ``pid``; 0 if none."""
        if proc_is_ours() or pid <= 0:
            return pid
        return self._translate(self._our_ns, pid, PID_TID)[1]

    def namespace_of(self, tracee: int) -> int:
        ns = self._tracee_ns.get(tracee)
        if ns is None:
            proc_pid = self.proc_pid(tracee)
            found = self._hierarchy(proc_pid, 1) if proc_pid else []
            ns = self._tracee_ns[tracee] = found[0] if found else 0
        return ns

    def forget(self, tracee: int) -> None:
        """The tracee is gone (or its id is another thread's now)."""
        self._tracee_ns.pop(tracee, None)

    # -- strace's translate_pid ---------------------------------------------

    def _translate(self, from_ns: int, from_id: int, kind: int) -> tuple[int, int]:
        """(id in our namespace, /proc's pid) of the process that has
        ``from_id`` in namespace ``from_ns``; (0, 0) if none."""
        if not from_ns or self._parent_unsupported:
            return 0, 0
        key = (from_ns, kind, from_id)
        cached = self._found.get(key)
        candidates = [cached] if cached else []
        candidates += [p for p in self._known if p != cached]
        for proc_pid in candidates:
            found = self._match(proc_pid, from_ns, from_id, kind, cached=proc_pid != cached)
            if found:
                self._found[key] = proc_pid
                return found, proc_pid
        for proc_pid in _all_tasks():
            found = self._match(proc_pid, from_ns, from_id, kind)
            if found:
                self._found[key] = proc_pid
                return found, proc_pid
        return 0, 0

    def _match(self, proc_pid: int, from_ns: int, from_id: int, kind: int,
               cached: bool = False) -> int:
        """Our id for process ``proc_pid`` if it has ``from_id`` in ``from_ns``, else 0.
        ``cached``: try what was read of it before; re-read it if that matches."""
        if cached:
            known = self._known.get(proc_pid)
            if known is None or kind not in known[1] \
                    or not _id_at(known[0], known[1][kind], from_ns, from_id):
                return 0
        ids = _status_ids(proc_pid, kind)
        if from_id not in ids:
            return 0
        hierarchy = self._hierarchy(proc_pid, _MAX_NS_DEPTH)
        if not hierarchy:
            self._known.pop(proc_pid, None)
            return 0
        known = self._known.get(proc_pid)
        kinds = known[1] if known is not None else {}
        kinds[kind] = ids
        self._known[proc_pid] = (hierarchy, kinds)
        return _id_at(hierarchy, ids, from_ns, from_id)

    def _hierarchy(self, proc_pid: int | str, depth: int) -> list[int]:
        """The namespaces of a process, its own first, up to ours (the kernel
        shows none above): the inodes of ``ns/pid`` and of its parents."""
        try:
            fd = os.open("/proc/%s/ns/pid" % proc_pid, os.O_RDONLY)
        except OSError:
            return []
        found = []
        try:
            while len(found) < depth:
                found.append(os.fstat(fd).st_ino)
                if len(found) >= depth or self._parent_unsupported:
                    break
                try:
                    parent = fcntl.ioctl(fd, _NS_GET_PARENT)
                except OSError as err:
                    if err.errno == _ENOTTY:
                        self._parent_unsupported = True
                    break
                os.close(fd)
                fd = parent
        finally:
            os.close(fd)
        return found


def _id_at(hierarchy: list[int], ids: list[int], from_ns: int, from_id: int) -> int:
    """With a process's namespaces (own first) and its ids (/proc's first):
    its id in our namespace if its id in ``from_ns`` is ``from_id``, else 0."""
    if len(ids) < len(hierarchy):
        return 0
    ours = ids[len(ids) - len(hierarchy)]
    for level, ns in enumerate(hierarchy):
        if ns == from_ns:
            return ours if ids[len(ids) - level - 1] == from_id else 0
    return 0


def _all_tasks():
    """Every process and thread under /proc, each process's threads first."""
    try:
        processes = os.listdir("/proc")
    except OSError:
        return
    for name in processes:
        if not name.isdigit():
            continue
        try:
            threads = os.listdir("/proc/%s/task" % name)
        except OSError:
            threads = []
        for thread in threads:
            if thread.isdigit() and thread != name:
                yield int(thread)
        yield int(name)
