"""Classic BPF socket filters (struct sock_filter arrays), as strace's
print_sock_fprog prints them: ``[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, SKF_AD_OFF+
SKF_AD_PROTOCOL), BPF_JUMP(...), ...]`` with -v, the address without."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.bpf_xlat import (
    BPF_CLASS, BPF_MISCOP, BPF_MODE, BPF_OP_ALU, BPF_OP_JMP, BPF_RVAL, BPF_SIZE, BPF_SRC)
from decoders.render.flags import print_named, print_xval
from decoders.render.numbers import hexval
from decoders.render.strings import hex_address
from decoders.render.structs import Last, print_array

BPF_LD, BPF_LDX, BPF_ST, BPF_STX, BPF_ALU, BPF_JMP, BPF_RET, BPF_MISC = range(8)
BPF_ABS = 0x20
BPF_MAXINSNS = 4096
SKF_AD_OFF, SKF_NET_OFF, SKF_LL_OFF = 0xFFFFF000, 0xFFF00000, 0xFFE00000
SKF_AD = (
    (0, "SKF_AD_PROTOCOL"), (4, "SKF_AD_PKTTYPE"), (8, "SKF_AD_IFINDEX"),
    (12, "SKF_AD_NLATTR"), (16, "SKF_AD_NLATTR_NEST"), (20, "SKF_AD_MARK"),
    (24, "SKF_AD_QUEUE"), (28, "SKF_AD_HATYPE"), (32, "SKF_AD_RXHASH"), (36, "SKF_AD_CPU"),
    (40, "SKF_AD_ALU_XOR_X"), (44, "SKF_AD_VLAN_TAG"), (48, "SKF_AD_VLAN_TAG_PRESENT"),
    (52, "SKF_AD_PAY_OFFSET"), (56, "SKF_AD_RANDOM"), (60, "SKF_AD_VLAN_TPID"),
)
_INSN = struct.Struct("<HBBI")


def _unknown_bits(bits: int, style: str) -> str:
    return "|%s /* BPF_??? */" % hexval(bits) if bits else ""


def filter_code(code: int, style: str) -> str:
    """print_bpf_filter_code for classic BPF: ``BPF_LD|BPF_W|BPF_ABS``."""
    klass = code & 0x07
    rest = code & ~0x07
    text = print_xval(klass, BPF_CLASS, "BPF_???", style)
    if klass in (BPF_ST, BPF_STX):
        return text + _unknown_bits(rest, style)
    if klass in (BPF_LD, BPF_LDX):
        return "%s|%s|%s" % (text, print_xval(code & 0x18, BPF_SIZE, "BPF_???", style),
                             print_xval(code & 0xE0, BPF_MODE, "BPF_???", style))
    if klass == BPF_MISC:
        text += "|" + print_xval(code & 0xF8, BPF_MISCOP, "BPF_???", style)
        return text + _unknown_bits(rest & ~(code & 0xF8), style)
    if klass in (BPF_ALU, BPF_JMP):
        ops = BPF_OP_ALU if klass == BPF_ALU else BPF_OP_JMP
        return "%s|%s|%s" % (text, print_xval(code & 0x08, BPF_SRC, "BPF_???", style),
                             print_xval(code & 0xF0, ops, "BPF_???", style))
    text += "|" + print_xval(code & 0x18, BPF_RVAL, "BPF_???", style)
    return text + _unknown_bits(rest & ~(code & 0x18), style)


def _k_text(code: int, k: int, style: str) -> str:
    """A packet offset of an absolute load, relative to the special areas."""
    if code & 0x07 == BPF_LD and code & 0xE0 == BPF_ABS:
        if k >= SKF_AD_OFF:
            return "%s+%s" % (print_named(SKF_AD_OFF, "SKF_AD_OFF", style),
                              print_xval(k - SKF_AD_OFF, SKF_AD, "SKF_AD_???", style))
        if k >= SKF_NET_OFF:
            return "%s+%d" % (print_named(SKF_NET_OFF, "SKF_NET_OFF", style), k - SKF_NET_OFF)
        if k >= SKF_LL_OFF:
            return "%s+%d" % (print_named(SKF_LL_OFF, "SKF_LL_OFF", style), k - SKF_LL_OFF)
    return hexval(k)


def sock_filter_text(call: Call, addr: int, count: int) -> str:
    """The instructions at ``addr`` (-v), or the address."""
    if not call.opts.verbose:
        return hex_address(addr)
    style = call.opts.xlat_style
    seen = [0]

    def one(chunk: bytes) -> str:
        if seen[0] >= BPF_MAXINSNS:
            return Last("...")
        seen[0] += 1
        code, jt, jf, k = _INSN.unpack(chunk)
        if jt or jf:
            return "BPF_JUMP(%s, %s, %s, %s)" % (filter_code(code, style), hexval(k),
                                                 hexval(jt), hexval(jf))
        return "BPF_STMT(%s, %s)" % (filter_code(code, style), _k_text(code, k, style))
    return print_array(call, addr, count, _INSN.size, one)
