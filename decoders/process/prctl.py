"""prctl: each option has its own arguments and, for some, a named return value."""
from __future__ import annotations

import struct

from decoders import Call, ret_kind, syscall_decoder
from decoders.process.caps_xlat import CAP
from decoders.process.prctl_xlat import (
    PRCTL_OPTIONS, PR_CAP_AMBIENT, PR_DUMPABLE, PR_FP_MODE, PR_MCE_KILL,
    PR_MCE_KILL_POLICY, PR_SET_MM, PR_SET_VMA, PR_SPEC_CMDS,
    PR_SPEC_GET_STORE_BYPASS_FLAGS, PR_SPEC_SET_STORE_BYPASS_FLAGS, PR_SUD_CMDS, PR_TSC,
    PR_UNALIGN_FLAGS, SECBITS, SECCOMP_MODE)
from decoders.render.flags import lookup, print_flags, print_named, print_xval, sprint_flags
from decoders.render.numbers import U32, hexval, int32
from decoders.render.scalars import pid_text
from decoders.render.strings import cstring, hex_address, quote
from decoders.render.structs import fetch, ret_with_note
from decoders.seccomp import fprog_text
from decoders.signals.names import signal_text

_OPT = {name: value for value, name in PRCTL_OPTIONS}
_SPEC_STORE_BYPASS_LIKE = frozenset(v for v, n in PR_SPEC_CMDS if n in (
    "PR_SPEC_STORE_BYPASS", "PR_SPEC_INDIRECT_BRANCH", "PR_SPEC_L1D_FLUSH"))
PR_CAP_AMBIENT_WITH_CAP = frozenset(v for v, n in PR_CAP_AMBIENT if n in (
    "PR_CAP_AMBIENT_RAISE", "PR_CAP_AMBIENT_LOWER", "PR_CAP_AMBIENT_IS_SET"))
PR_MCE_KILL_SET = 1
SECCOMP_MODE_STRICT, SECCOMP_MODE_FILTER = 1, 2
TASK_COMM_LEN = 16
NARGS = 5


def _rest_hex(call: Call, first: int) -> list[str]:
    """print_prctl_args: the remaining arguments in hex."""
    return [hexval(call.args[i]) for i in range(first, NARGS)]


def _comm(call: Call, where: int, limit: int) -> str:
    if not where:
        return "NULL"
    got = call.mem.cstring(where, limit)
    if got is None:
        return hex_address(where)
    data, terminated = got
    return quote(data, call.opts.hex_strings, not terminated)


def _indirect(call: Call, where: int, render) -> str:
    data = fetch(call, where, 4)
    if data is None:
        return hex_address(where)
    return "[%s]" % render(struct.unpack("<I", data)[0])


def _o(name: str) -> int:
    return _OPT[name]


_DECODED_NO_ARGS = frozenset(_o(n) for n in ("PR_GET_KEEPCAPS", "PR_GET_SECCOMP",
                                             "PR_GET_TIMERSLACK", "PR_GET_TIMING",
                                             "PR_TASK_PERF_EVENTS_DISABLE",
                                             "PR_TASK_PERF_EVENTS_ENABLE"))
_GET_INT_OUT = frozenset(_o(n) for n in ("PR_GET_CHILD_SUBREAPER", "PR_GET_ENDIAN",
                                         "PR_GET_FPEMU", "PR_GET_FPEXC"))
_RET_ONLY = frozenset(_o(n) for n in ("PR_GET_DUMPABLE", "PR_GET_SECUREBITS", "PR_GET_FP_MODE",
                                      "PR_SVE_GET_VL", "PR_SME_GET_VL"))
_SET_U = frozenset(_o(n) for n in ("PR_SET_CHILD_SUBREAPER", "PR_SET_ENDIAN", "PR_SET_FPEMU",
                                   "PR_SET_FPEXC", "PR_SET_KEEPCAPS", "PR_SET_TIMING"))
_SET_U_REST = frozenset(_o(n) for n in ("PR_SET_NO_NEW_PRIVS", "PR_SET_THP_DISABLE",
                                        "PR_SET_IO_FLUSHER"))
_OUT_AT_EXIT = frozenset(_o(n) for n in ("PR_GET_NAME", "PR_GET_PDEATHSIG", "PR_GET_TID_ADDRESS",
                                         "PR_GET_TSC", "PR_GET_UNALIGN")) | _GET_INT_OUT
_ALL_HEX_RET = frozenset(_o(n) for n in ("PR_GET_TAGGED_ADDR_CTRL", "PR_MCE_KILL_GET",
                                         "PR_PAC_GET_ENABLED_KEYS"))


def _args_at_entry(call: Call, option: int) -> list[str]:
    """The arguments of the options printed whole at entry."""
    arg2, arg3, arg4, arg5 = call.args[1:5]
    style = call.opts.xlat_style
    parts: list[str] = []
    if option in _DECODED_NO_ARGS:
        pass
    elif option in _SET_U:
        parts.append(str(arg2))
    elif option in _SET_U_REST:
        parts += [str(arg2)] + _rest_hex(call, 2)
    elif option == _o("PR_SET_DUMPABLE"):
        parts.append(print_xval(arg2, PR_DUMPABLE, "SUID_DUMP_???", style))
    elif option in (_o("PR_CAPBSET_DROP"), _o("PR_CAPBSET_READ")):
        parts.append(print_xval(arg2, CAP, "CAP_???", style))
    elif option == _o("PR_CAP_AMBIENT"):
        parts.append(print_xval(arg2, PR_CAP_AMBIENT, "PR_CAP_AMBIENT_???", style))
        if arg2 in PR_CAP_AMBIENT_WITH_CAP:
            parts += [print_xval(arg3, CAP, "CAP_???", style)] + _rest_hex(call, 3)
        else:
            parts += _rest_hex(call, 2)
    elif option == _o("PR_MCE_KILL"):
        parts.append(print_xval(arg2, PR_MCE_KILL, "PR_MCE_KILL_???", style))
        parts.append(print_xval(arg3, PR_MCE_KILL_POLICY, "PR_MCE_KILL_???", style)
                     if arg2 == PR_MCE_KILL_SET else hexval(arg3))
        parts += _rest_hex(call, 3)
    elif option == _o("PR_SET_NAME"):
        parts.append(_comm(call, arg2, TASK_COMM_LEN - 1))
    elif option == _o("PR_SET_VMA"):
        parts.append(print_xval(arg2, PR_SET_VMA, "PR_SET_VMA_???", style))
        if arg2 == 0:   # PR_SET_VMA_ANON_NAME
            parts += [hex_address(arg3), str(arg4), cstring(arg5, call)]
        else:
            parts += _rest_hex(call, 2)
    elif option == _o("PR_SET_MM"):
        parts.append(print_xval(arg2 & U32, PR_SET_MM, "PR_SET_MM_???", style))
        parts += _rest_hex(call, 2)
    elif option == _o("PR_SET_PDEATHSIG"):
        parts.append(str(arg2) if arg2 > 128 else signal_text(arg2, style))
    elif option == _o("PR_SET_PTRACER"):
        parts.append(print_named(0xFFFFFFFF, "PR_SET_PTRACER_ANY", style).replace(
            "0xffffffff", "-1") if int32(arg2) == -1 else pid_text(arg2, call))
    elif option == _o("PR_SET_SECCOMP"):
        parts.append(print_xval(arg2, SECCOMP_MODE, "SECCOMP_MODE_???", style))
        if arg2 == SECCOMP_MODE_FILTER:
            parts.append(fprog_text(call, arg3))
        elif arg2 != SECCOMP_MODE_STRICT:
            parts += _rest_hex(call, 2)
    elif option == _o("PR_SET_SECUREBITS"):
        parts.append(print_flags(arg2, SECBITS, "SECBIT_???", style))
    elif option == _o("PR_SET_TIMERSLACK"):
        parts.append(str(arg2 - (1 << 64) if arg2 >> 63 else arg2))
    elif option == _o("PR_SET_TSC"):
        parts.append(print_xval(arg2 & U32, PR_TSC, "PR_TSC_???", style))
    elif option == _o("PR_SET_UNALIGN"):
        parts.append(print_flags(arg2 & U32, PR_UNALIGN_FLAGS, "PR_UNALIGN_???", style))
    elif option == _o("PR_SET_FP_MODE"):
        parts.append(print_flags(arg2 & U32, PR_FP_MODE, "PR_FP_MODE_???", style))
    elif option == _o("PR_SET_SPECULATION_CTRL"):
        parts.append(print_xval(arg2, PR_SPEC_CMDS, "PR_SPEC_???", style))
        parts.append(print_xval(arg3, PR_SPEC_SET_STORE_BYPASS_FLAGS, "PR_SPEC_???", style)
                     if arg2 in _SPEC_STORE_BYPASS_LIKE else hexval(arg3))
    elif option == _o("PR_SET_SYSCALL_USER_DISPATCH"):
        parts += [print_xval(arg2, PR_SUD_CMDS, "PR_SYS_DISPATCH_???", style),
                  hexval(arg3), hexval(arg4), hex_address(arg5)]
    else:
        parts += _rest_hex(call, 1)
    return parts


@syscall_decoder("prctl")
class Prctl:
    @staticmethod
    def entry(call: Call) -> str:
        option = call.args[0] & U32
        arg2, arg3, arg4, arg5 = call.args[1:5]
        style = call.opts.xlat_style
        parts = [print_xval(option, PRCTL_OPTIONS, "PR_???", style)]
        if option in _OUT_AT_EXIT:
            return parts[0] + ", "
        if option in _RET_ONLY or option == _o("PR_SCHED_CORE") and False:
            return parts[0]
        if option == _o("PR_GET_SPECULATION_CTRL"):
            return parts[0] + ", " + print_xval(arg2, PR_SPEC_CMDS, "PR_SPEC_???", style)
        if option in _ALL_HEX_RET:
            return ", ".join(parts + _rest_hex(call, 1))
        call.saved["decoded"] = True
        return ", ".join(parts + _args_at_entry(call, option))

    @staticmethod
    def exit(call: Call) -> str:
        option = call.args[0] & U32
        where = call.args[1]
        style = call.opts.xlat_style
        if option in _GET_INT_OUT:
            return _indirect(call, where, str)
        if option == _o("PR_GET_NAME"):
            if call.failed:
                return hex_address(where)
            return _comm(call, where, TASK_COMM_LEN)
        if option == _o("PR_GET_PDEATHSIG"):
            return _indirect(call, where, lambda v: signal_text(int32(v), style))
        if option == _o("PR_GET_TID_ADDRESS"):
            data = fetch(call, where, 8)
            if data is None:
                return hex_address(where)
            return "[%s]" % hex_address(struct.unpack("<Q", data)[0])
        if option == _o("PR_GET_TSC"):
            return _indirect(call, where, lambda v: print_xval(v, PR_TSC, "PR_TSC_???", style))
        if option == _o("PR_GET_UNALIGN"):
            return _indirect(call, where, lambda v: print_flags(v, PR_UNALIGN_FLAGS,
                                                                "PR_UNALIGN_???", style))
        return ""


@ret_kind("prctl")
def prctl_ret(value: int, call: Call) -> str:
    option = call.args[0] & U32
    style = call.opts.xlat_style
    if option == _o("PR_GET_DUMPABLE"):
        return ret_with_note(value, lookup(value, PR_DUMPABLE), hex_=False)
    if option == _o("PR_GET_SECUREBITS") and value:
        return ret_with_note(value, sprint_flags("", SECBITS, value, style, auxstr=True))
    if option == _o("PR_GET_FP_MODE") and value:
        return ret_with_note(value, sprint_flags("", PR_FP_MODE, value, style, auxstr=True))
    if option == _o("PR_MCE_KILL_GET"):
        return ret_with_note(value, lookup(value, PR_MCE_KILL_POLICY), hex_=False)
    if option == _o("PR_GET_SPECULATION_CTRL"):
        if call.args[1] in _SPEC_STORE_BYPASS_LIKE:
            return ret_with_note(value, sprint_flags("", PR_SPEC_GET_STORE_BYPASS_FLAGS,
                                                     value, style, auxstr=True))
        return str(value)
    return str(value)
