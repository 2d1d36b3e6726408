"""Fault injection and tampering (strace's ``-e inject=`` and ``-e fault=``), in the engine.

A rule (:class:`InjectRule`, made from the command line by ``pytrace.front.inject``)
names the syscalls it tampers with, at which of their calls (strace's
``when=first..last+step``, counted per thread and per syscall number, from the
thread's first traced call on), and what it does:

- at the entry of a call it is due for, before the consumer decodes it: the
  signal to deliver as the tracee resumes (``signal=``), the syscall number
  replaced by -1 (the kernel skips the call and returns -ENOSYS) or by a pure
  call (``syscall=``) when the result is to be replaced, bytes written into the
  tracee where an argument points (``poke_enter=``), the tracee held for a while
  (``delay_enter=``);
- at its exit: ``poke_exit=``, ``delay_exit=``, and the result register set
  to the injected error or value.

Only traced calls are tampered with (``-e trace=``; with -P, those touching
the paths), never the command's own start-up before its first execve: as
strace does.  Held tracees are resumed by the waiter's timer queue, so that the
others go on being traced meanwhile.

The engine's syscall handlers are wrapped once, at start, only when rules
exist: a run without injection does no work for it at any stop.
"""
from __future__ import annotations

import os
import struct
import time

from decoders.record import Record
from pytrace.engine import binding as P
from pytrace.engine.arch import (RETURN_REGISTER_OFFSET, SYSCALL_NR_REGISTER_OFFSET,
                                 syscall_table)

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable

# strace's INJECT_LAST_INF: ``when=N+`` and friends count without an end
LAST_INF = 0xFFFF
_NR = struct.Struct("<q")
_ARGS = struct.Struct("<6Q")
_WORD = struct.Struct("<Q")
_MASK = 0xFFFFFFFFFFFFFFFF
_EPERM, _ESRCH, _EIO, _EFAULT, _EINVAL, _ENOSYS = 1, 3, 5, 14, 22, 38


class InjectRule(Record):
    """One ``-e inject=`` or ``-e fault=`` expression, parsed."""
    numbers: frozenset            # the syscall numbers it applies to
    first: int = 1                # when=: counted down per thread and syscall
    last: int = LAST_INF
    step: int = 1
    error: int = 0                # error=ERRNO (fault= defaults to ENOSYS)
    retval: int | None = None     # retval=VALUE, as the signed register value
    signo: int = 0                # signal=SIG
    scno: int | None = None       # syscall=NAME: the pure call run instead
    delay_enter_ns: int | None = None
    delay_exit_ns: int | None = None
    # poke_enter=/poke_exit=: (argument number from 1, bytes), in strace's order
    poke_enter: tuple = ()
    poke_exit: tuple = ()
    text: str = ""                # the expression as given (for --json)

    @property
    def replaces_result(self) -> bool:
        return bool(self.error) or self.retval is not None


def needs_syscall_stops(rules) -> bool:
    """Whether the seccomp fast path must stay off: the kernel drops a signal
    passed when resuming from a seccomp stop (strace --seccomp-bpf loses it), so
    signal= needs real syscall-entry stops."""
    return any(rule.signo for rule in rules)


class Tampering:
    """What was done to one call; ``record.tampered`` for the sinks."""
    __slots__ = ("rule", "nr", "args", "injected", "nofail", "poked", "delayed", "signo",
                 "kernel_rv", "kernel_error", "deadline")

    def __init__(self, rule: InjectRule, nr: int, args: tuple):
        self.rule = rule
        self.nr = nr
        self.args = args
        self.injected = False     # the result is replaced (strace's TCB_TAMPERED)
        self.nofail = False       # ... and another call ran instead of failing with ENOSYS
        self.poked = False
        self.delayed = False
        self.signo = 0
        self.kernel_rv: int | None = None      # what the kernel returned, when replaced
        self.kernel_error = False
        self.deadline = 0                      # monotonic ns the tracee is held until

    def notes(self) -> str:
        """strace's annotations after the result."""
        if self.injected:
            text = " (INJECTED: args, retval)" if self.poked else " (INJECTED)"
        else:
            text = " (INJECTED: args)" if self.poked else ""
        return text + " (DELAYED)" if self.delayed else text


class Tamperer:
    """Applies the rules at syscall stops; ``report`` prints strace's
    ``Failed to tamper ...`` diagnostics, ``hold(pid, deadline_ns, request,
    signo)`` resumes a tracee later."""

    def __init__(self, rules, selected, report: Callable[[str], None], hold,
                 entry_filter=None):
        self.by_number: dict[int, InjectRule] = {}
        for rule in rules:   # a later expression replaces an earlier one, per syscall
            for nr in rule.numbers:
                self.by_number[nr] = rule
        self.selected = selected
        self.report = report
        self.hold = hold
        # -P: only calls touching the paths are tampered with, as only they are traced
        self.entry_filter = entry_filter
        self.override: tuple[int, int] | None = None   # the exit being counted by -c
        self.table = syscall_table().SYSCALLS

    # -- the engine's handlers, wrapped ------------------------------------------

    def wrap_entry(self, handler):
        """A syscall-entry (or seccomp) stop handler that tampers with the call it enters."""
        def on_entry(tracee, *stop):
            was_in, was_hidden = tracee.in_syscall, tracee.hidden
            result = handler(tracee, *stop)
            if was_in or was_hidden or not tracee.in_syscall:
                return result
            return self._entered(tracee, result)
        return on_entry

    def wrap_exit(self, handler):
        def on_exit(tracee, status, cpu_us):
            tampering = tracee.tamper
            if tampering is None:
                return handler(tracee, status, cpu_us)
            tracee.tamper = None
            override = self.override = self._exiting(tracee.pid, tampering)
            event, request, signo = handler(tracee, status, cpu_us)
            self.override = None
            if event is not None and override is not None:
                event.record.rv, event.record.errno = override
            if tampering.deadline and request > 0:
                self.hold(tracee.pid, tampering.deadline, request, signo)
                request = 0
            return event, request, signo
        return on_exit

    def wrap_tally(self, tally):
        """-c: an injected result counts as the program sees it, as strace counts it."""
        def counted(pid, nr, failed, cpu_ns, wall_ns):
            override = self.override
            if override is not None:
                failed = override[1] != 0
            tally(pid, nr, failed, cpu_ns, wall_ns)
        return counted

    # -- entry ---------------------------------------------------------------------

    def _entered(self, tracee, result):
        """A traced call was just entered (its syscall info is in the shared buffer)."""
        tracee.tamper = None
        event, request, signo = result
        nr = _NR.unpack_from(P.info_view, 24)[0]
        rule = self.by_number.get(nr)
        if rule is None or (self.selected is not None and nr not in self.selected):
            return result
        record = event.record if event is not None else None
        if record is not None and self.entry_filter is not None \
                and not self.entry_filter(record):
            return result
        if not _due(tracee, nr, rule):
            return result
        args = record.args if record is not None else _ARGS.unpack_from(P.info_view, 32)
        tampering = tracee.tamper = self._tamper_entering(tracee.pid, nr, rule, args)
        if record is not None:
            record.tampered = tampering
        if rule.signo:
            signo = rule.signo
        if rule.delay_enter_ns is not None and request > 0:
            self.hold(tracee.pid, tampering.deadline, request, signo)
            tampering.deadline = 0
            request = 0
        return event, request, signo

    def _tamper_entering(self, pid: int, nr: int, rule: InjectRule, args: tuple) -> Tampering:
        tampering = Tampering(rule, nr, args)
        tampering.signo = rule.signo
        if rule.replaces_result:
            scno = -1 if rule.scno is None else rule.scno
            if P.poke_user(pid, SYSCALL_NR_REGISTER_OFFSET, scno):
                tampering.injected = True
                tampering.nofail = rule.scno is not None
        if rule.poke_enter:
            tampering.poked = self._poke(pid, nr, args, rule.poke_enter)
        if rule.delay_enter_ns is not None:
            tampering.delayed = True
            tampering.deadline = time.monotonic_ns() + rule.delay_enter_ns
        return tampering

    # -- exit ----------------------------------------------------------------------

    def _exiting(self, pid: int, tampering: Tampering) -> tuple[int, int] | None:
        """poke_exit, delay_exit, then the injected result: (rv, errno) as the
        program sees it, or None when the result stays the kernel's."""
        rule = tampering.rule
        if rule.poke_exit and self._poke(pid, tampering.nr, tampering.args, rule.poke_exit):
            tampering.poked = True
        if rule.delay_exit_ns is not None:
            tampering.delayed = True
            tampering.deadline = time.monotonic_ns() + rule.delay_exit_ns
        if not tampering.injected:
            return None
        info = P.syscall_info(pid)
        if info is None:
            return None
        rv, is_error = _EXIT.unpack_from(info, 24)
        if (not is_error) != tampering.nofail:
            self.report("Failed to tamper with process %d: unexpectedly got %serror "
                        "(return value %s, error %d)"
                        % (pid, "" if tampering.nofail else "no ",
                           _c_hex(-1 if is_error else rv), -rv if is_error else 0))
            return None
        tampering.kernel_rv, tampering.kernel_error = rv, bool(is_error)
        if rule.retval is not None:
            P.poke_user(pid, RETURN_REGISTER_OFFSET, rule.retval)
            return rule.retval, 0
        P.poke_user(pid, RETURN_REGISTER_OFFSET, -rule.error)
        return -rule.error, rule.error

    # -- poking ----------------------------------------------------------------------

    def _poke(self, pid: int, nr: int, args: tuple, pokes) -> bool:
        """strace's poke_tcb: every payload written where its argument points."""
        poked = False
        sig = self.table.get(nr)
        nargs = len(sig.args) if sig is not None else 6
        for argno, data in pokes:
            if nargs < argno:
                self.report("poke_tcb: Failed to tamper with process %d: requested to tamper"
                            " with argument #%d, but system call '%s' has only %d arguments"
                            % (pid, argno, sig.name if sig else nr, nargs))
                continue
            if write_tracee(pid, args[argno - 1], data, self.report):
                poked = True
            else:
                self.report("poke_tcb: Failed to tamper with process %d: couldn't poke" % pid)
        return poked


_EXIT = struct.Struct("<qB")


def _due(tracee, nr: int, rule: InjectRule) -> bool:
    """strace's counting: each thread counts each syscall from the rule's when=."""
    counts = tracee.inject_counts
    if counts is None:
        counts = tracee.inject_counts = {}
    state = counts.get(nr)
    if state is None:
        state = counts[nr] = [rule.first, rule.last]
    first, last = state
    if first == 0 or last == 0:
        return False
    if last != LAST_INF:
        state[1] = last - 1
    if first > 1:
        state[0] = first - 1
        return False
    state[0] = rule.step
    return True


def _c_hex(value: int) -> str:
    """C's ``%#lx``: ``0`` for zero, ``0x...`` otherwise."""
    value &= _MASK
    return "%#x" % value if value else "0"


# -- writing into the tracee: strace's upoken ----------------------------------------

_vm_writev_missing = False


def write_tracee(pid: int, addr: int, data: bytes, report) -> int:
    """``data`` at ``addr``: process_vm_writev, or word by word with
    PTRACE_POKEDATA where it is missing, refused or faults (ptrace writes
    through read-only mappings).  Returns the bytes written."""
    global _vm_writev_missing
    if _vm_writev_missing:
        return _poke_words(pid, addr, data, report)
    written, err = P.write_memory(pid, addr, data)
    if written == len(data):
        return written
    if written >= 0:
        report("upoken: pid:%d short write (%d < %d) @0x%x" % (pid, written, len(data), addr))
        return written
    if err == _ENOSYS:
        _vm_writev_missing = True
    if err in (_ENOSYS, _EPERM, _EFAULT, _EIO):
        return _poke_words(pid, addr, data, report)
    if err != _ESRCH:
        report("upoken: pid:%d @0x%x: %s" % (pid, addr, os.strerror(err)))
    return 0


def _poke_words(pid: int, addr: int, data: bytes, report) -> int:
    """strace's upoken_pokedata: an unaligned head and tail are read first and
    written back with the new bytes in them."""
    written = 0
    err = 0
    residue = addr & 7
    if data and residue:
        count = min(8 - residue, len(data))
        addr -= residue
        err = _poke_partial(pid, addr, data[:count], residue)
        if not err:
            addr += 8
            written += count
    while not err and len(data) - written >= 8:
        err = P.poke_word(pid, addr, _WORD.unpack_from(data, written)[0])
        if not err:
            addr += 8
            written += 8
    if not err and written < len(data):
        err = _poke_partial(pid, addr, data[written:], 0)
        if not err:
            written = len(data)
    if err in (_EFAULT, _EIO, _EPERM):
        if written:
            report("upoken_pokedata: pid:%d short write (%d < %d) @0x%x: %s"
                   % (pid, written, len(data), addr - written, os.strerror(err)))
    elif err and err not in (_ESRCH, _EINVAL):
        report("upoken_pokedata: pid:%d @0x%x: %s" % (pid, addr, os.strerror(err)))
    return written


def _poke_partial(pid: int, addr: int, data: bytes, offset: int) -> int:
    """Part of one word: peeked, changed, poked back.  Returns an errno or 0."""
    word, err = P.peek_word(pid, addr)
    if err:
        return err
    merged = bytearray(_WORD.pack(word))
    merged[offset:offset + len(data)] = data
    return P.poke_word(pid, addr, _WORD.unpack(merged)[0])
