"""rt_sigreturn's mask read from the signal frame; expected strings are
strace 6.1's lines for fixtures/fam_ptrace.c (SIGUSR1 handled while SIGUSR2
and SIGRTMIN+2 are blocked)."""
from __future__ import annotations

import os
import struct

import decoders

decoders.load_all()

SP = 0x7FFFFFFFD8F8
MASK_AT = SP - 8 + 304


def test_mask_from_the_frame_at_the_stack_pointer():
    mask = (1 << (12 - 1)) | (1 << (36 - 1))
    memory = {MASK_AT: struct.pack("<Q", mask)}
    for style, expected in (("abbrev", "{mask=[USR2 RT_4]}"),
                            ("verbose", "{mask=[12 /* USR2 */ 36 /* RT_4 */]}"),
                            ("raw", "{mask=[12 36]}")):
        call_text = _decode(memory, xlat_style=style)
        assert call_text == expected


def test_empty_mask_and_unreadable_frame():
    assert _decode({MASK_AT: bytes(8)}) == "{mask=[]}"
    assert _decode({}) == "{mask=%#x}" % MASK_AT


def test_stack_pointer_from_the_session_first_then_proc():
    from decoders.signals.sigreturn import stack_pointer
    from tests.decoders.conftest import make_call
    call = make_call("rt_sigreturn", (), pid=2**22 + 12345)   # above pid_max: no /proc entry
    assert stack_pointer(call) is None
    call.saved["sp"] = SP
    assert stack_pointer(call) == SP
    # a process inside a syscall: /proc/PID/syscall ends with "sp pc"
    own = make_call("rt_sigreturn", (), pid=os.getpid())
    assert stack_pointer(own) is not None and stack_pointer(own) > 0x7f0000000000


def _decode(memory, **opts):
    from decoders import SYSCALL_DECODERS
    from tests.decoders.conftest import make_call
    call = make_call("rt_sigreturn", (), memory, **opts)
    call.saved["sp"] = SP
    return SYSCALL_DECODERS["rt_sigreturn"][0](call)
