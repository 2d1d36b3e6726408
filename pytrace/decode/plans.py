"""Compiled decoding plans: one per syscall number, built on first use.

A plan binds each argument's decoder function once (importing the decoder
modules it needs, and only those: see ``decoders/index.py``), so that decoding a
printed syscall is a loop over ``(position, function)`` pairs with no lookups
by name.  Everything up to the first argument the kernel writes is decoded at
entry; that argument and everything after it at exit, which is how strace
splits a line into its ``<unfinished ...>`` and ``<... resumed>`` halves.
"""
from __future__ import annotations

from decoders import Call, arg_decoder, ret_decoder, whole_call_decoder
from decoders.render.numbers import hexval
from decoders.table import Signature, unknown
from pytrace.engine.arch import I386_NR_BASE, compat_signature, syscall_table
from pytrace.engine.events import UNAVAILABLE_NR

SYSCALLS: dict[int, Signature] = syscall_table().SYSCALLS


# A syscall whose entry could not be read: strace names it ``???`` and prints
# none of its arguments.
UNAVAILABLE = Signature(UNAVAILABLE_NR, "???", (), "none", 0)


def signature(nr: int) -> Signature:
    sig = SYSCALLS.get(nr)
    if sig is not None:
        return sig
    if nr >= I386_NR_BASE:
        return compat_signature(nr)
    return UNAVAILABLE if nr == UNAVAILABLE_NR else unknown(nr)


def _raw_arg(value: int, call: Call) -> str:
    return hexval(value)


def _raw_ret(value: int, call: Call) -> str:
    return "%#x" % (value & 0xFFFFFFFFFFFFFFFF) if value < 0 else hexval(value)


def _decimal_ret(value: int, call: Call) -> str:
    # strace's RVAL_UDECIMAL: a successful result is unsigned (an injected
    # retval=-1 prints as 18446744073709551615)
    return str(value) if value >= 0 else str(value & 0xFFFFFFFFFFFFFFFF)


class Plan:
    __slots__ = ("name", "entry", "exit", "capture", "ret", "whole", "returns", "classes")

    def __init__(self, sig: Signature, raw: bool = False, native: bool = True):
        self.name = sig.name
        self.returns = sig.ret != "none"
        self.classes = sig.classes   # -P starts from them
        # the whole-call decoders read the 64-bit layouts: an i386 call of the
        # same name prints its arguments one by one (decoders/syscalls_i386.py)
        self.whole = None if raw or not native else whole_call_decoder(sig.name)
        entry, exit_, capture = [], [], []
        split = False
        # a whole-call decoder prints the arguments itself: their kinds only
        # document them (and say where the line splits)
        per_argument = not raw and self.whole is None
        for index, arg in enumerate(sig.args):
            fn = arg_decoder(arg.kind) or _raw_arg if per_argument else _raw_arg
            if arg.at_exit and not split:
                split = True
            if split:
                exit_.append((index, fn, arg.at_exit))
                if arg.at_entry and arg.at_exit and not raw:
                    capture.append((index, fn))
            else:
                entry.append((index, fn))
        self.entry = tuple(entry)
        self.exit = tuple(exit_)
        self.capture = tuple(capture)   # in/out arguments that look at their value at entry
        if raw:
            self.ret = _raw_ret
        else:
            self.ret = ret_decoder(sig.ret) or _decimal_ret

    def entry_args(self, call: Call) -> list[tuple[int, str]]:
        """``(position, text)`` of the arguments printed at entry."""
        return self._decode_entry(call, True)

    def exit_args(self, call: Call) -> list[tuple[int, str]]:
        """``(position, text)`` of the arguments printed at exit."""
        return self._decode_exit(call, True)

    def _decode_entry(self, call: Call, positioned: bool) -> list:
        """The texts of the arguments printed at entry, with their positions
        when ``positioned`` (the text sink, run for every printed call, wants
        none)."""
        args = call.args
        parts = []
        for index, fn in self.entry:
            call.index = index
            text = fn(args[index], call)
            if text is not None:
                parts.append((index, text) if positioned else text)
        for index, fn in self.capture:
            call.index = index
            fn(args[index], call)
        return parts

    def _decode_exit(self, call: Call, positioned: bool) -> list:
        args = call.args
        parts = []
        for index, fn, writes in self.exit:
            call.index = index
            call.writes = writes
            text = fn(args[index], call)
            if text is not None:
                parts.append((index, text) if positioned else text)
        call.writes = True
        return parts

    def entry_text(self, call: Call) -> str:
        """What prints at entry, with the ``, `` that announces exit arguments.

        An exit argument may turn out to print nothing (syslog's buffer for an
        action without one): the exit text then starts by taking the
        separator back, see ``exit_text``.
        """
        if self.whole is not None:
            return self.whole[0](call)
        texts = self._decode_entry(call, False)
        if texts and self.exit:
            return ", ".join(texts) + ", "
        return ", ".join(texts)

    def exit_text(self, call: Call) -> str:
        if self.whole is not None:
            return self.whole[1](call)
        return ", ".join(self._decode_exit(call, False))

    def exit_drops_separator(self, call: Call, exit_text: str) -> bool:
        """True when the entry promised exit arguments that all printed nothing."""
        return self.whole is None and not exit_text and bool(self.exit) and bool(self.entry)


class PlanCache(dict):
    """nr -> Plan, compiled on first use."""

    def __init__(self, raw_names: frozenset = frozenset(), raw_all: bool = False):
        super().__init__()
        self.raw_names = raw_names
        self.raw_all = raw_all

    def __missing__(self, nr: int) -> Plan:
        sig = signature(nr)
        plan = self[nr] = Plan(sig, raw=self.raw_all or sig.name in self.raw_names,
                               native=nr < I386_NR_BASE)
        return plan
