"""Building the decoders' ``Call`` for one syscall: the one place every sink uses.

A sink that built its own Call would silently lose whichever per-call option it
forgot (-y's fd paths, -e abbrev=, restart_syscall's context...), and the text
and JSON outputs would disagree about the same call.  So both sessions ask a
``CallBuilder``, which owns everything a Call needs from outside the decoders:
the user's decode options, the tracee memories and the per-thread context.
"""
from __future__ import annotations

from decoders import Call, DecodeOptions
from pytrace.engine.memory import TraceeMemories


class _SocketsOnDemand:
    """``call.sockets``: decode/sockets.py's SocketQueries, imported when a
    decoder first asks (a trace that prints no socket buffer never does)."""

    def __getattr__(self, name: str):
        from pytrace.decode.sockets import SocketQueries
        queries = SocketQueries()
        for method in ("protocol", "netlink_family", "genl_families"):
            setattr(self, method, getattr(queries, method))   # asked directly from now on
        return getattr(queries, name)


class CallBuilder:
    """Makes the Call a sink decodes, with every decode option applied."""

    def __init__(self, decode_options: DecodeOptions = DecodeOptions(),
                 unabbreviated: frozenset = frozenset()):
        self.options = decode_options
        # -e abbrev=SET: syscalls outside the set decode as with -v
        self.unabbreviated = unabbreviated
        self.full_options = decode_options.replace(verbose=True)
        # -e verbose=SET: syscalls outside the set print their structures as addresses
        self.not_verbose = decode_options.not_verbose
        self.addresses_options = decode_options.replace(structs_as_addresses=True)
        self.full_addresses_options = self.full_options.replace(structs_as_addresses=True)
        self.memories = TraceeMemories()
        self.sockets = _SocketsOnDemand()
        # pid -> the last syscall the sink printed: restart_syscall names it
        self.last_printed: dict[int, str] = {}
        # -Y, --pidns-translation: pids as pytrace's namespace knows them
        self.pids = None
        if decode_options.decode_pids:
            from pytrace.decode.pidns import PidTranslator
            self.pids = PidTranslator()
        # no per-call option in play: every Call is built alike (the common case)
        self._alike = not unabbreviated and not self.not_verbose \
            and not decode_options.decode_fds and self.pids is None

    def at_entry(self, record, plan) -> Call:
        """The Call for a syscall at its entry stop, with the context only its entry knows."""
        call = self.build(record, plan)
        name = plan.name
        if name == "restart_syscall":
            call.saved["previous_syscall"] = self.last_printed.get(record.pid)
        elif name == "rt_sigreturn":
            call.saved["sp"] = record.sp   # the signal frame is at the stack pointer
        return call

    def build(self, record, plan) -> Call:
        """The bare Call; alone, for a syscall first seen at its exit (it entered
        before the attach), whose entry-time context is gone."""
        pid = record.pid
        if self._alike:
            return Call(pid, record.nr, plan.name, record.args, self.memories[pid], self.options,
                        None, self.sockets)
        options = self.options
        name = plan.name
        full = bool(self.unabbreviated) and name in self.unabbreviated
        if self.not_verbose and name in self.not_verbose:
            options = self.full_addresses_options if full else self.addresses_options
        elif full:
            options = self.full_options
        resolver = None
        if options.decode_fds:
            from pytrace.decode.fdinfo import FdResolver   # -y only
            resolver = FdResolver(pid, options.decode_fds, options.hex_strings,
                                  options.decode_pids)
        return Call(pid, record.nr, plan.name, record.args, self.memories[pid], options, resolver,
                    self.sockets, self.pid_translation(pid))

    def pid_translation(self, tracee: int):
        """``(pid, kind) -> pid`` from ``tracee``'s pid namespace to pytrace's, or None."""
        pids = self.pids
        if pids is None:
            return None
        return lambda pid, kind: pids.translate(tracee, pid, kind)

    def siginfo(self, data: bytes, tracee: int) -> str:
        """The ``{si_signo=...}`` of a signal line of ``tracee``, with -X and -Y applied."""
        from decoders.render.scalars import pid_comm_text
        from decoders.signals.siginfo import siginfo_text   # with the first signal shown
        options = self.options
        translate = self.pid_translation(tracee)
        return siginfo_text(data, options.xlat_style,
                            pid_text=lambda pid: pid_comm_text(pid, options, translate=translate))

    def printed(self, pid: int, name: str) -> None:
        """A sink printed the end of syscall ``name`` for ``pid``."""
        self.last_printed[pid] = name

    def execed(self, pid: int, old_pid: int) -> None:
        # a new address space: the mem file opened before the exec is stale
        self.memories.forget(pid)
        if old_pid != pid:
            self.memories.forget(old_pid)

    def exited(self, pid: int) -> None:
        self.memories.forget(pid)
        self.last_printed.pop(pid, None)
        if self.pids is not None:
            self.pids.forget(pid)
