"""Socket filters (SO_ATTACH_FILTER, PACKET_DIAG_FILTER): classic BPF
programs whose absolute loads may address the kernel's special areas,
printed as ``SKF_AD_OFF+SKF_AD_PROTOCOL`` (strace's print_sock_filter_k)."""
from __future__ import annotations

from decoders import Call
from decoders.bpf_classic import BPF_ABS, BPF_LD, bpf_class, bpf_mode, fprog_text, program_text
from decoders.render.flags import print_named, print_xval

SKF_AD_OFF, SKF_NET_OFF, SKF_LL_OFF = 0xFFFFF000, 0xFFF00000, 0xFFE00000
SKF_AD = (
    (0, "SKF_AD_PROTOCOL"), (4, "SKF_AD_PKTTYPE"), (8, "SKF_AD_IFINDEX"),
    (12, "SKF_AD_NLATTR"), (16, "SKF_AD_NLATTR_NEST"), (20, "SKF_AD_MARK"),
    (24, "SKF_AD_QUEUE"), (28, "SKF_AD_HATYPE"), (32, "SKF_AD_RXHASH"), (36, "SKF_AD_CPU"),
    (40, "SKF_AD_ALU_XOR_X"), (44, "SKF_AD_VLAN_TAG"), (48, "SKF_AD_VLAN_TAG_PRESENT"),
    (52, "SKF_AD_PAY_OFFSET"), (56, "SKF_AD_RANDOM"), (60, "SKF_AD_VLAN_TPID"),
)


def _k_text(code: int, k: int, style: str) -> str | None:
    """A packet offset of an absolute load, relative to the special areas."""
    if bpf_class(code) != BPF_LD or bpf_mode(code) != BPF_ABS:
        return None
    if k >= SKF_AD_OFF:
        return "%s+%s" % (print_named(SKF_AD_OFF, "SKF_AD_OFF", style),
                          print_xval(k - SKF_AD_OFF, SKF_AD, "SKF_AD_???", style))
    if k >= SKF_NET_OFF:
        return "%s+%d" % (print_named(SKF_NET_OFF, "SKF_NET_OFF", style), k - SKF_NET_OFF)
    if k >= SKF_LL_OFF:
        return "%s+%d" % (print_named(SKF_LL_OFF, "SKF_LL_OFF", style), k - SKF_LL_OFF)
    return None


def sock_filter_text(call: Call, addr: int, count: int) -> str:
    """The ``count`` instructions at ``addr`` (-v), or the address."""
    return program_text(call, addr, count, _k_text)


def sock_fprog_text(call: Call, addr: int) -> str:
    """A struct sock_fprog: ``{len=N, filter=[...]}``."""
    return fprog_text(call, addr, _k_text)
