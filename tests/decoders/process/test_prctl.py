"""decoders/process/prctl.py against strace 6.1.

Return values the kernel gives on arm64 (vector lengths, PAC keys, MTE modes)
but never here: the expected texts are strace 6.1's for
fixtures/fam_prctl_options.c run with ``-e inject=prctl:retval=N``
(tests/test_families.py compares whole runs once pytrace can inject)."""
from __future__ import annotations

import pytest

import decoders
from decoders import RET_KINDS, SYSCALL_DECODERS
from tests.decoders.conftest import make_call
from tests.decoders.conftest import whole_call_entry as entry

decoders.load_all()


def test_prctl_options():
    text, _ = entry("prctl", (15, 0x6000), {0x6000: b"a-name-that-is-far-too-long\0"})
    assert text == 'PR_SET_NAME, "a-name-that-is-"...'
    text, _ = entry("prctl", (0x12345678, 1, 2, 3, 4))
    assert text == "0x12345678 /* PR_??? */, 0x1, 0x2, 0x3, 0x4"
    text, _ = entry("prctl", (47, 1, 13))
    assert text == "PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_NET_RAW, 0, 0"
    ret = RET_KINDS["prctl"]
    assert ret(1, make_call("prctl", (3,), rv=1)) == "1 (SUID_DUMP_USER)"
    assert ret(2, make_call("prctl", (52, 0), rv=2)) == "0x2 (PR_SPEC_ENABLE)"

PR_GET_SECUREBITS, PR_GET_FP_MODE, PR_SVE_SET_VL, PR_SVE_GET_VL = 0x1b, 0x2e, 0x32, 0x33
PR_GET_SPECULATION_CTRL, PR_GET_TAGGED_ADDR_CTRL = 0x34, 0x38
PR_PAC_GET_ENABLED_KEYS, PR_SME_SET_VL, PR_SCHED_CORE = 0x3d, 0x3f, 0x3e


def returned(args, value, style="abbrev"):
    call = make_call("prctl", args, rv=value, xlat_style=style)
    return RET_KINDS["prctl"](value, call)


@pytest.mark.parametrize("args, value, style, text", [
    ((PR_SVE_GET_VL,), 0x2ea57, "abbrev", "0x2ea57 (PR_SVE_VL_INHERIT|0xea57)"),
    ((PR_SVE_GET_VL,), 0x57ae57f4, "verbose",
     "0x57ae57f4 (PR_SVE_SET_VL_ONEXEC|PR_SVE_VL_INHERIT|0x57a80000|0x57f4)"),
    ((PR_SVE_GET_VL,), 0x1f, "abbrev", "0x1f"),
    ((PR_SVE_GET_VL,), 0, "abbrev", "0"),
    ((PR_SVE_SET_VL, 0x400ff), 0x2ea57, "raw", "0x2ea57"),
    ((PR_SME_SET_VL, 0x400ff), 0x2ea57, "verbose", "0x2ea57 (PR_SME_VL_INHERIT|0xea57)"),
    ((PR_GET_TAGGED_ADDR_CTRL,), 0, "abbrev", "0 (!PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_NONE)"),
    ((PR_GET_TAGGED_ADDR_CTRL,), 0x1f, "verbose",
     "0x1f (PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_MASK|0x3<<PR_MTE_TAG_SHIFT)"),
    ((PR_GET_TAGGED_ADDR_CTRL,), 0x57ae57f4, "abbrev",
     "0x57ae57f4 (!PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_ASYNC|0xcafe<<PR_MTE_TAG_SHIFT|0x57a80000)"),
    ((PR_GET_TAGGED_ADDR_CTRL,), 0x1, "raw", "0x1"),
    ((PR_PAC_GET_ENABLED_KEYS,), 0, "abbrev", "0"),
    ((PR_PAC_GET_ENABLED_KEYS,), 0x2ea57, "abbrev",
     "0x2ea57 (PR_PAC_APIAKEY|PR_PAC_APIBKEY|PR_PAC_APDAKEY|0x2ea50)"),
    ((PR_GET_SECUREBITS,), 0x2ea57, "verbose", "0x2ea57 (SECBIT_NOROOT|SECBIT_NOROOT_LOCKED|"
     "SECBIT_NO_SETUID_FIXUP|SECBIT_KEEP_CAPS|SECBIT_NO_CAP_AMBIENT_RAISE|0x2ea00)"),
    ((PR_GET_SECUREBITS,), 0, "abbrev", "0"),
    ((PR_GET_FP_MODE,), 0x57ae57f4, "verbose", "0x57ae57f4"),
    ((PR_GET_FP_MODE,), 0x1f, "abbrev", "0x1f (PR_FP_MODE_FR|PR_FP_MODE_FRE|0x1c)"),
    ((PR_GET_SPECULATION_CTRL, 1), 0, "abbrev", "0 (PR_SPEC_NOT_AFFECTED)"),
    ((PR_GET_SPECULATION_CTRL, 1), 0x57ae57f4, "abbrev",
     "0x57ae57f4 (PR_SPEC_DISABLE|PR_SPEC_DISABLE_NOEXEC|0x57ae57e0)"),
    ((PR_GET_SPECULATION_CTRL, 7), 31, "abbrev", "31"),
])
def test_return_value_notes(args, value, style, text):
    assert returned(args, value, style) == text


def test_sched_core_get_prints_the_cookie_at_exit():
    cookie = 0x7000
    call = make_call("prctl", (PR_SCHED_CORE, 0, 1, 2, cookie),
                     {cookie: (0xdeadbeef).to_bytes(8, "little")})
    entry, exit_ = SYSCALL_DECODERS["prctl"]
    assert entry(call) == "PR_SCHED_CORE, PR_SCHED_CORE_GET, 1, 0x2 /* PIDTYPE_PGID */, "
    assert not call.saved.get("decoded")
    call.exiting, call.rv = True, 0
    assert exit_(call) == "[0xdeadbeef]"
    call.errno, call.rv = 14, -1
    assert exit_(call) == "0x7000"


def test_sched_core_other_commands_are_done_at_entry():
    call = make_call("prctl", (PR_SCHED_CORE, 2, 1, 2, 0x7000), xlat_style="raw")
    assert SYSCALL_DECODERS["prctl"][0](call) == "0x3e, 0x2, 1, 0x2, 0x7000"
    assert call.saved["decoded"]
