"""Classic BPF programs: struct sock_fprog and its struct sock_filter
instructions, as strace's bpf_filter.c prints them with -v:
``{len=2, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0x4), BPF_JUMP(...)]}``.

Socket filters and seccomp filters share the instruction set; each reads the
K operand of some instructions in its own terms (packet offsets, seccomp
actions), through a ``k_text(code, k, style)`` that returns None for the
plain hex."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.bpf_xlat import (
    BPF_CLASS, BPF_MISCOP, BPF_MODE, BPF_OP_ALU, BPF_OP_JMP, BPF_RVAL, BPF_SIZE, BPF_SRC)
from decoders.render.flags import print_xval
from decoders.render.numbers import hexval
from decoders.render.strings import hex_address
from decoders.render.structs import Last, fetch, print_array

BPF_LD, BPF_LDX, BPF_ST, BPF_STX, BPF_ALU, BPF_JMP, BPF_RET, BPF_MISC = range(8)
BPF_ABS = 0x20
BPF_MAXINSNS = 4096
_INSN = struct.Struct("<HBBI")
_FPROG = struct.Struct("<H6xQ")


def bpf_class(code: int) -> int:
    return code & 0x07


def bpf_mode(code: int) -> int:
    return code & 0xE0


def _unknown_bits(bits: int) -> str:
    return "|%s /* BPF_??? */" % hexval(bits) if bits else ""


def filter_code(code: int, style: str) -> str:
    """print_bpf_filter_code for classic BPF: ``BPF_LD|BPF_W|BPF_ABS``."""
    klass = bpf_class(code)
    rest = code & ~0x07
    text = print_xval(klass, BPF_CLASS, "BPF_???", style)
    if klass in (BPF_ST, BPF_STX):
        return text + _unknown_bits(rest)
    if klass in (BPF_LD, BPF_LDX):
        return "%s|%s|%s" % (text, print_xval(code & 0x18, BPF_SIZE, "BPF_???", style),
                             print_xval(code & 0xE0, BPF_MODE, "BPF_???", style))
    if klass == BPF_MISC:
        text += "|" + print_xval(code & 0xF8, BPF_MISCOP, "BPF_???", style)
        return text + _unknown_bits(rest & ~(code & 0xF8))
    if klass in (BPF_ALU, BPF_JMP):
        ops = BPF_OP_ALU if klass == BPF_ALU else BPF_OP_JMP
        return "%s|%s|%s" % (text, print_xval(code & 0x08, BPF_SRC, "BPF_???", style),
                             print_xval(code & 0xF0, ops, "BPF_???", style))
    text += "|" + print_xval(code & 0x18, BPF_RVAL, "BPF_???", style)
    return text + _unknown_bits(rest & ~(code & 0x18))


def instructions_text(call: Call, addr: int, count: int, size: int, render) -> str:
    """A BPF program, classic or extended: its ``count`` instructions of
    ``size`` bytes each rendered by ``render(bytes)``, with -v only (the
    address without), no more than the kernel takes and ``...`` after."""
    if not call.opts.verbose:
        return hex_address(addr)
    seen = [0]

    def one(chunk: bytes) -> str:
        if seen[0] >= BPF_MAXINSNS:
            return Last("...")
        seen[0] += 1
        return render(chunk)
    return print_array(call, addr, count, size, one)


def program_text(call: Call, addr: int, count: int, k_text) -> str:
    """print_bpf_fprog: the ``count`` instructions at ``addr``."""
    style = call.opts.xlat_style

    def one(chunk: bytes) -> str:
        code, jt, jf, k = _INSN.unpack(chunk)
        if jt or jf:
            return "BPF_JUMP(%s, %s, %s, %s)" % (filter_code(code, style), hexval(k),
                                                 hexval(jt), hexval(jf))
        operand = k_text(code, k, style)
        return "BPF_STMT(%s, %s)" % (filter_code(code, style),
                                     hexval(k) if operand is None else operand)
    return instructions_text(call, addr, count, _INSN.size, one)


def fprog_text(call: Call, addr: int, k_text) -> str:
    """decode_bpf_fprog: ``{len=N, filter=...}``, or the address."""
    data = fetch(call, addr, _FPROG.size)
    if data is None:
        return hex_address(addr)
    length, insns = _FPROG.unpack(data)
    return "{len=%d, filter=%s}" % (length, program_text(call, insns, length, k_text))
