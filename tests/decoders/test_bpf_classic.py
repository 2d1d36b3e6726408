"""decoders/bpf_classic.py: classic BPF instructions as strace 6.1 prints
them (fixtures/fam_seccomp_filter.c and fam_sockopt.c show whole programs
under both tracers; these are the corners a fixture cannot reach)."""
from __future__ import annotations

import struct

from decoders.bpf_classic import BPF_MAXINSNS, filter_code, fprog_text, program_text
from tests.decoders.conftest import make_call

RET_K, LD_W_ABS = 0x06, 0x20


def no_k(code, k, style):
    return None


def test_codes_with_bits_no_field_names():
    assert filter_code(0x02 | 0x40, "abbrev") == "BPF_ST|0x40 /* BPF_??? */"
    assert filter_code(0x07 | 0x40, "abbrev") == "BPF_MISC|0x40 /* BPF_??? */"
    assert filter_code(0x06 | 0x10 | 0x40, "raw") == "0x6|0x10|0x40 /* BPF_??? */"
    assert filter_code(0x05 | 0x08 | 0x20, "verbose") == \
        "0x5 /* BPF_JMP */|0x8 /* BPF_X */|0x20 /* BPF_JGT */"


def test_programs_are_cut_at_the_kernel_limit():
    insns = struct.pack("<HBBI", RET_K, 0, 0, 0) * (BPF_MAXINSNS + 1)
    call = make_call(memory={0x10000: insns}, verbose=True)
    text = program_text(call, 0x10000, BPF_MAXINSNS + 1, no_k)
    assert text.count("BPF_STMT(BPF_RET|BPF_K, 0)") == BPF_MAXINSNS
    assert text.endswith("BPF_STMT(BPF_RET|BPF_K, 0), ...]")


def test_program_is_its_address_without_v_and_unreadable_tail():
    fprog = struct.pack("<H6xQ", 3, 0x20000)
    insn = struct.pack("<HBBI", LD_W_ABS, 0, 0, 4)
    call = make_call(memory={0x1000: fprog, 0x20000: insn})
    assert fprog_text(call, 0x1000, no_k) == "{len=3, filter=0x20000}"
    call = make_call(memory={0x1000: fprog, 0x20000: insn}, verbose=True)
    assert fprog_text(call, 0x1000, no_k) == \
        "{len=3, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0x4), ... /* 0x20008 */]}"
