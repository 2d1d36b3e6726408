"""prctl: each option has its own arguments and, for some, a named return value.

Each option's entry printer returns the texts of the arguments after the
option; a trailing "" leaves ``, `` for what the exit prints.  The options in
``_PENDING`` are not done at entry (strace's decoder does not return
RVAL_DECODED for them): their exit prints an argument or their return value
gets a note."""
from __future__ import annotations

import struct

from decoders import Call, ret_kind, syscall_decoder
from decoders.process.caps_xlat import CAP
from decoders.process.prctl_xlat import (
    PRCTL_OPTIONS, PR_CAP_AMBIENT, PR_DUMPABLE, PR_FP_MODE, PR_MCE_KILL,
    PR_MCE_KILL_POLICY, PR_MTE_TCF, PR_PAC_ENABLED_KEYS, PR_PAC_KEYS, PR_SCHED_CORE_CMDS,
    PR_SCHED_CORE_PIDTYPES, PR_SET_MM, PR_SET_VMA, PR_SME_VL_FLAGS, PR_SPEC_CMDS,
    PR_SPEC_GET_STORE_BYPASS_FLAGS, PR_SPEC_SET_STORE_BYPASS_FLAGS, PR_SUD_CMDS,
    PR_SVE_VL_FLAGS, PR_TAGGED_ADDR_ENABLE, PR_TSC, PR_UNALIGN_FLAGS, SECBITS, SECCOMP_MODE)
from decoders.render.flags import (
    lookup, print_flags, print_xval, sprint_flags, symbolic)
from decoders.render.numbers import U32, U64, hexval, int32, int64
from decoders.render.scalars import PID_NONE, PID_PGID, PID_SID, PID_TGID, PID_TID, pid_text
from decoders.render.strings import cstring, hex_address, printstr_ex
from decoders.render.structs import fetch, ret_with_note
from decoders.seccomp import fprog_text
from decoders.signals.names import signal_text

_OPT = {name: value for value, name in PRCTL_OPTIONS}
_SPEC_STORE_BYPASS_LIKE = frozenset(v for v, n in PR_SPEC_CMDS if n in (
    "PR_SPEC_STORE_BYPASS", "PR_SPEC_INDIRECT_BRANCH", "PR_SPEC_L1D_FLUSH"))
PR_CAP_AMBIENT_WITH_CAP = frozenset(v for v, n in PR_CAP_AMBIENT if n in (
    "PR_CAP_AMBIENT_RAISE", "PR_CAP_AMBIENT_LOWER", "PR_CAP_AMBIENT_IS_SET"))
PR_MCE_KILL_SET = 1
PR_SET_VMA_ANON_NAME = 0
PR_SCHED_CORE_GET = 0
SECCOMP_MODE_STRICT, SECCOMP_MODE_FILTER = 1, 2
TASK_COMM_LEN = 16
NARGS = 5
VL_LEN_MASK = 0xFFFF                    # PR_SVE_VL_LEN_MASK, PR_SME_VL_LEN_MASK
PR_MTE_TCF_MASK = 0x6
PR_MTE_TAG_SHIFT = 3
PR_MTE_TAG_MASK = 0xFFFF << PR_MTE_TAG_SHIFT


def _o(*names: str) -> frozenset:
    return frozenset(_OPT[n] for n in names)


def _rest_hex(call: Call, first: int) -> list[str]:
    """print_prctl_args: the arguments from index ``first`` on, in hex."""
    return [hexval(call.args[i]) for i in range(first, NARGS)]


def _indirect(call: Call, where: int, render) -> str:
    data = fetch(call, where, 4)
    if data is None:
        return hex_address(where)
    return "[%s]" % render(struct.unpack("<I", data)[0])


# ---- values with their own layout -------------------------------------------

def _vector_length(value: int, flags_table, style: str, note: bool) -> str | None:
    """sprint_sve_val/sprint_sme_val: a vector length and its flags,
    ``FLAGS|0xlen``; as a return-value note (``note``) only when flags are set."""
    if style == "raw":
        return None if note else hexval(value)
    length, flags = value & VL_LEN_MASK, value & ~VL_LEN_MASK
    if not flags and note:
        return None
    names = sprint_flags("", flags_table, flags, "abbrev")
    text = (names + "|" if names else "") + hexval(length)
    if not note and flags and style == "verbose":
        return "%s /* %s */" % (hexval(value), text)
    return text


def _tagged_addr(value: int, style: str, note: bool) -> str | None:
    """sprint_tagged_addr_val: the enable bit, the MTE fault mode, the tag
    mask and what is left."""
    head = "" if note or style == "abbrev" else hexval(value)
    if style == "raw":
        return None if note else head
    tag = value & PR_MTE_TAG_MASK
    rest = value & ~(1 | PR_MTE_TCF_MASK | PR_MTE_TAG_MASK) & U64
    text = "%s|%s" % (sprint_flags("", PR_TAGGED_ADDR_ENABLE, value & 1, "abbrev"),
                      print_xval(value & PR_MTE_TCF_MASK, PR_MTE_TCF))
    if tag:
        text += "|%s<<PR_MTE_TAG_SHIFT" % hexval(tag >> PR_MTE_TAG_SHIFT)
    if rest:
        text += "|" + hexval(rest)
    if not note and style == "verbose":
        return "%s /* %s */" % (head, text)
    return text


# ---- entry, option by option -------------------------------------------------

# PIDTYPE_PID, PIDTYPE_TGID, PIDTYPE_PGID, PIDTYPE_SID
_SCHED_CORE_PID_KINDS = {0: PID_TID, 1: PID_TGID, 2: PID_PGID, 3: PID_SID}


def _sched_core(call: Call, style: str) -> list[str]:
    cmd, pid, pidtype = call.args[1] & U32, call.args[2], call.args[3] & U32
    # the pid is a thread's, a process's, a group's or a session's
    parts = [print_xval(cmd, PR_SCHED_CORE_CMDS, "PR_SCHED_CORE_???", style),
             pid_text(pid, call, _SCHED_CORE_PID_KINDS.get(pidtype, PID_NONE)),
             print_xval(pidtype, PR_SCHED_CORE_PIDTYPES, "PIDTYPE_???",
                        "raw" if style == "raw" else "verbose")]
    # what PR_SCHED_CORE_GET writes to arg5 prints at exit
    return parts + ["" if cmd == PR_SCHED_CORE_GET else hex_address(call.args[4])]


def _cap_ambient(call: Call, style: str) -> list[str]:
    arg2 = call.args[1]
    parts = [print_xval(arg2, PR_CAP_AMBIENT, "PR_CAP_AMBIENT_???", style)]
    if arg2 in PR_CAP_AMBIENT_WITH_CAP:
        return parts + [print_xval(call.args[2], CAP, "CAP_???", style)] + _rest_hex(call, 3)
    return parts + _rest_hex(call, 2)


def _mce_kill(call: Call, style: str) -> list[str]:
    arg2, arg3 = call.args[1], call.args[2]
    return [print_xval(arg2, PR_MCE_KILL, "PR_MCE_KILL_???", style),
            print_xval(arg3, PR_MCE_KILL_POLICY, "PR_MCE_KILL_???", style)
            if arg2 == PR_MCE_KILL_SET else hexval(arg3)] + _rest_hex(call, 3)


def _set_vma(call: Call, style: str) -> list[str]:
    arg2 = call.args[1]
    parts = [print_xval(arg2, PR_SET_VMA, "PR_SET_VMA_???", style)]
    if arg2 != PR_SET_VMA_ANON_NAME:
        return parts + _rest_hex(call, 2)
    return parts + [hex_address(call.args[2]), str(call.args[3]), cstring(call.args[4], call)]


def _set_seccomp(call: Call, style: str) -> list[str]:
    mode = call.args[1]
    parts = [print_xval(mode, SECCOMP_MODE, "SECCOMP_MODE_???", style)]
    if mode == SECCOMP_MODE_STRICT:
        return parts
    if mode == SECCOMP_MODE_FILTER:
        return parts + [fprog_text(call, call.args[2])]
    return parts + _rest_hex(call, 2)


def _set_ptracer(call: Call, style: str) -> list[str]:
    if int32(call.args[1]) == -1:
        return [symbolic("-1", "PR_SET_PTRACER_ANY", style)]
    return [pid_text(call.args[1], call)]


def _set_pdeathsig(call: Call, style: str) -> list[str]:
    signo = call.args[1]
    return [str(signo) if signo > 128 else signal_text(signo, style)]


def _spec_ctrl_set(call: Call, style: str) -> list[str]:
    which, value = call.args[1], call.args[2]
    return [print_xval(which, PR_SPEC_CMDS, "PR_SPEC_???", style),
            print_xval(value, PR_SPEC_SET_STORE_BYPASS_FLAGS, "PR_SPEC_???", style)
            if which in _SPEC_STORE_BYPASS_LIKE else hexval(value)]


def _one(render):
    """An option whose one argument is arg2 rendered by ``render(arg2, style)``."""
    return lambda call, style: [render(call.args[1], style)]


def _one_then_hex(render):
    return lambda call, style: [render(call.args[1], style)] + _rest_hex(call, 2)


_NOTHING = lambda call, style: []               # noqa: E731
_OUT_LATER = lambda call, style: [""]           # noqa: E731
_ALL_HEX = lambda call, style: _rest_hex(call, 1)   # noqa: E731

_ENTRY = {}
for _names, _printer in (
        (("PR_GET_KEEPCAPS", "PR_GET_SECCOMP", "PR_GET_TIMERSLACK", "PR_GET_TIMING",
          "PR_TASK_PERF_EVENTS_DISABLE", "PR_TASK_PERF_EVENTS_ENABLE", "PR_GET_DUMPABLE",
          "PR_GET_SECUREBITS", "PR_GET_FP_MODE", "PR_SVE_GET_VL", "PR_SME_GET_VL"), _NOTHING),
        (("PR_GET_CHILD_SUBREAPER", "PR_GET_ENDIAN", "PR_GET_FPEMU", "PR_GET_FPEXC",
          "PR_GET_NAME", "PR_GET_PDEATHSIG", "PR_GET_TID_ADDRESS", "PR_GET_TSC",
          "PR_GET_UNALIGN"), _OUT_LATER),
        (("PR_GET_TAGGED_ADDR_CTRL", "PR_MCE_KILL_GET", "PR_PAC_GET_ENABLED_KEYS"), _ALL_HEX),
        (("PR_SET_CHILD_SUBREAPER", "PR_SET_ENDIAN", "PR_SET_FPEMU", "PR_SET_FPEXC",
          "PR_SET_KEEPCAPS", "PR_SET_TIMING"), _one(lambda v, s: str(v))),
        (("PR_SET_NO_NEW_PRIVS", "PR_SET_THP_DISABLE", "PR_SET_IO_FLUSHER"),
         _one_then_hex(lambda v, s: str(v))),
        (("PR_SET_DUMPABLE",), _one(lambda v, s: print_xval(v, PR_DUMPABLE, "SUID_DUMP_???", s))),
        (("PR_CAPBSET_DROP", "PR_CAPBSET_READ"),
         _one(lambda v, s: print_xval(v, CAP, "CAP_???", s))),
        (("PR_SET_MM",),
         _one_then_hex(lambda v, s: print_xval(v & U32, PR_SET_MM, "PR_SET_MM_???", s))),
        (("PR_SET_SECUREBITS",), _one(lambda v, s: print_flags(v, SECBITS, "SECBIT_???", s))),
        (("PR_SET_TIMERSLACK",), _one(lambda v, s: str(int64(v)))),
        (("PR_SET_TSC",), _one(lambda v, s: print_xval(v & U32, PR_TSC, "PR_TSC_???", s))),
        (("PR_SET_UNALIGN",),
         _one(lambda v, s: print_flags(v & U32, PR_UNALIGN_FLAGS, "PR_UNALIGN_???", s))),
        (("PR_SET_FP_MODE",),
         _one(lambda v, s: print_flags(v & U32, PR_FP_MODE, "PR_FP_MODE_???", s))),
        (("PR_GET_SPECULATION_CTRL",),
         _one(lambda v, s: print_xval(v, PR_SPEC_CMDS, "PR_SPEC_???", s))),
        (("PR_SVE_SET_VL",), _one(lambda v, s: _vector_length(v, PR_SVE_VL_FLAGS, s, False))),
        (("PR_SME_SET_VL",), _one(lambda v, s: _vector_length(v, PR_SME_VL_FLAGS, s, False))),
        (("PR_SET_TAGGED_ADDR_CTRL",), _one_then_hex(lambda v, s: _tagged_addr(v, s, False))),
        (("PR_PAC_RESET_KEYS",),
         _one_then_hex(lambda v, s: print_flags(v, PR_PAC_KEYS, "PR_PAC_???", s))),
        (("PR_PAC_SET_ENABLED_KEYS",), lambda call, style: [
            print_flags(call.args[i], PR_PAC_ENABLED_KEYS, "PR_PAC_???", style)
            for i in (1, 2)] + _rest_hex(call, 3)),
        (("PR_SET_SYSCALL_USER_DISPATCH",), lambda call, style: [
            print_xval(call.args[1], PR_SUD_CMDS, "PR_SYS_DISPATCH_???", style),
            hexval(call.args[2]), hexval(call.args[3]), hex_address(call.args[4])]),
        (("PR_SET_NAME",), lambda call, style: [
            printstr_ex(call, call.args[1], TASK_COMM_LEN - 1, zero_terminated=True)]),
        (("PR_SCHED_CORE",), _sched_core),
        (("PR_CAP_AMBIENT",), _cap_ambient),
        (("PR_MCE_KILL",), _mce_kill),
        (("PR_SET_VMA",), _set_vma),
        (("PR_SET_SECCOMP",), _set_seccomp),
        (("PR_SET_PTRACER",), _set_ptracer),
        (("PR_SET_PDEATHSIG",), _set_pdeathsig),
        (("PR_SET_SPECULATION_CTRL",), _spec_ctrl_set)):
    for _value in _o(*_names):
        _ENTRY[_value] = _printer

_PENDING = _o("PR_GET_CHILD_SUBREAPER", "PR_GET_ENDIAN", "PR_GET_FPEMU", "PR_GET_FPEXC",
              "PR_GET_NAME", "PR_GET_PDEATHSIG", "PR_GET_TID_ADDRESS", "PR_GET_TSC",
              "PR_GET_UNALIGN", "PR_GET_DUMPABLE", "PR_GET_SECUREBITS", "PR_GET_FP_MODE",
              "PR_SVE_SET_VL", "PR_SVE_GET_VL", "PR_SME_SET_VL", "PR_SME_GET_VL",
              "PR_GET_SPECULATION_CTRL", "PR_GET_TAGGED_ADDR_CTRL", "PR_MCE_KILL_GET",
              "PR_PAC_GET_ENABLED_KEYS")


# ---- exit ----------------------------------------------------------------------

def _get_name(call: Call, where: int, style: str) -> str:
    if call.failed:
        return hex_address(where)
    return printstr_ex(call, where, TASK_COMM_LEN, zero_terminated=True)


def _tid_address(call: Call, where: int, style: str) -> str:
    data = fetch(call, where, 8)
    if data is None:
        return hex_address(where)
    return "[%s]" % hex_address(struct.unpack("<Q", data)[0])


def _sched_core_cookie(call: Call, where: int, style: str) -> str:
    if call.args[1] & U32 != PR_SCHED_CORE_GET:
        return ""
    where = call.args[4]
    data = fetch(call, where, 8)
    if data is None:
        return hex_address(where)
    return "[%s]" % hexval(struct.unpack("<Q", data)[0])


_EXIT = {}
for _names, _printer in (
        (("PR_GET_CHILD_SUBREAPER", "PR_GET_ENDIAN", "PR_GET_FPEMU", "PR_GET_FPEXC"),
         lambda call, where, style: _indirect(call, where, str)),
        (("PR_GET_PDEATHSIG",), lambda call, where, style: _indirect(
            call, where, lambda v: signal_text(int32(v), style))),
        (("PR_GET_TSC",), lambda call, where, style: _indirect(
            call, where, lambda v: print_xval(v, PR_TSC, "PR_TSC_???", style))),
        (("PR_GET_UNALIGN",), lambda call, where, style: _indirect(
            call, where, lambda v: print_flags(v, PR_UNALIGN_FLAGS, "PR_UNALIGN_???", style))),
        (("PR_GET_NAME",), _get_name),
        (("PR_GET_TID_ADDRESS",), _tid_address),
        (("PR_SCHED_CORE",), _sched_core_cookie)):
    for _value in _o(*_names):
        _EXIT[_value] = _printer


@syscall_decoder("prctl")
class Prctl:
    @staticmethod
    def entry(call: Call) -> str:
        option = call.args[0] & U32
        style = call.opts.xlat_style
        parts = [print_xval(option, PRCTL_OPTIONS, "PR_???", style)]
        parts += _ENTRY.get(option, _ALL_HEX)(call, style)
        pending = option in _PENDING or (option == _OPT["PR_SCHED_CORE"]
                                         and call.args[1] & U32 == PR_SCHED_CORE_GET)
        if not pending:
            call.saved["decoded"] = True
        return ", ".join(parts)

    @staticmethod
    def exit(call: Call) -> str:
        printer = _EXIT.get(call.args[0] & U32)
        if printer is None:
            return ""
        return printer(call, call.args[1], call.opts.xlat_style)


# ---- return values ---------------------------------------------------------------

def _flags_note(table):
    return lambda value, call, style: ret_with_note(
        value, sprint_flags("", table, value & U64, style, auxstr=True))


def _nonzero(note):
    """strace leaves a zero return value plain for these options."""
    return lambda value, call, style: str(value) if value == 0 else note(value, call, style)


def _speculation(value: int, call: Call, style: str) -> str:
    if call.args[1] in _SPEC_STORE_BYPASS_LIKE:
        return _flags_note(PR_SPEC_GET_STORE_BYPASS_FLAGS)(value, call, style)
    return str(value)


_RET = {}
for _names, _printer in (
        (("PR_GET_DUMPABLE",), lambda value, call, style: ret_with_note(
            value, lookup(value, PR_DUMPABLE), hex_=False)),
        (("PR_MCE_KILL_GET",), lambda value, call, style: ret_with_note(
            value, lookup(value, PR_MCE_KILL_POLICY), hex_=False)),
        (("PR_GET_SECUREBITS",), _nonzero(_flags_note(SECBITS))),
        (("PR_GET_FP_MODE",), _nonzero(_flags_note(PR_FP_MODE))),
        (("PR_SVE_SET_VL", "PR_SVE_GET_VL"), _nonzero(lambda value, call, style: ret_with_note(
            value, _vector_length(value & U64, PR_SVE_VL_FLAGS, style, True)))),
        (("PR_SME_SET_VL", "PR_SME_GET_VL"), _nonzero(lambda value, call, style: ret_with_note(
            value, _vector_length(value & U64, PR_SME_VL_FLAGS, style, True)))),
        (("PR_GET_TAGGED_ADDR_CTRL",), lambda value, call, style: ret_with_note(
            value, _tagged_addr(value & U64, style, True))),
        (("PR_PAC_GET_ENABLED_KEYS",), _flags_note(PR_PAC_ENABLED_KEYS)),
        (("PR_GET_SPECULATION_CTRL",), _speculation)):
    for _value in _o(*_names):
        _RET[_value] = _printer


@ret_kind("prctl")
def prctl_ret(value: int, call: Call) -> str:
    printer = _RET.get(call.args[0] & U32)
    if printer is None:
        return str(value)
    return printer(value, call, call.opts.xlat_style)
