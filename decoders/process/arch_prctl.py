"""arch_prctl: x86_64's FS/GS bases, CPUID faulting and XSAVE permissions."""
from __future__ import annotations

import struct

from decoders import Call, ret_kind, syscall_decoder
from decoders.render.flags import flag_names, print_flags, print_xval
from decoders.render.numbers import U32, U64, hexval
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

# arch_prctl's codes, in strace 6.1's order (its xlat/archvals.in)
ARCHVALS = (
    (0x1001, 'ARCH_SET_GS'),
    (0x1002, 'ARCH_SET_FS'),
    (0x1003, 'ARCH_GET_FS'),
    (0x1004, 'ARCH_GET_GS'),
    (0x1011, 'ARCH_GET_CPUID'),
    (0x1012, 'ARCH_SET_CPUID'),
    (0x1021, 'ARCH_GET_XCOMP_SUPP'),
    (0x1022, 'ARCH_GET_XCOMP_PERM'),
    (0x1023, 'ARCH_REQ_XCOMP_PERM'),
    (0x1024, 'ARCH_GET_XCOMP_GUEST_PERM'),
    (0x1025, 'ARCH_REQ_XCOMP_GUEST_PERM'),
    (0x2001, 'ARCH_MAP_VDSO_X32'),
    (0x2002, 'ARCH_MAP_VDSO_32'),
    (0x2003, 'ARCH_MAP_VDSO_64'),
)

ARCH_GET_FS = 0x1003
ARCH_GET_GS = 0x1004
ARCH_GET_CPUID = 0x1011
ARCH_GET_XCOMP_SUPP = 0x1021
ARCH_GET_XCOMP_PERM = 0x1022
ARCH_REQ_XCOMP_PERM = 0x1023
ARCH_GET_XCOMP_GUEST_PERM = 0x1024
ARCH_REQ_XCOMP_GUEST_PERM = 0x1025

# The kernel's XFEATURE_MASK_* (arch/x86/include/asm/fpu/types.h, not in
# UAPI), composite masks before their parts, as strace lists them
XFEATURE_MASKS = (
    (0x3, "XFEATURE_MASK_FPSSE"),
    (0x1, "XFEATURE_MASK_FP"),
    (0x2, "XFEATURE_MASK_SSE"),
    (0x4, "XFEATURE_MASK_YMM"),
    (0x8, "XFEATURE_MASK_BNDREGS"),
    (0x10, "XFEATURE_MASK_BNDCSR"),
    (0xe0, "XFEATURE_MASK_AVX512"),
    (0x20, "XFEATURE_MASK_OPMASK"),
    (0x40, "XFEATURE_MASK_ZMM_Hi256"),
    (0x80, "XFEATURE_MASK_Hi16_ZMM"),
    (0x100, "XFEATURE_MASK_PT"),
    (0x200, "XFEATURE_MASK_PKRU"),
    (0x400, "XFEATURE_MASK_PASID"),
    (0x8000, "XFEATURE_MASK_LBR"),
    (0x60000, "XFEATURE_MASK_XTILE"),
    (0x20000, "XFEATURE_MASK_XTILE_CFG"),
    (0x40000, "XFEATURE_MASK_XTILE_DATA"),
)

# ... and their XFEATURE_* bit numbers
XFEATURE_BITS = (
    (0, "XFEATURE_FP"),
    (1, "XFEATURE_SSE"),
    (2, "XFEATURE_YMM"),
    (3, "XFEATURE_BNDREGS"),
    (4, "XFEATURE_BNDCSR"),
    (5, "XFEATURE_OPMASK"),
    (6, "XFEATURE_ZMM_Hi256"),
    (7, "XFEATURE_Hi16_ZMM"),
    (8, "XFEATURE_PT_UNIMPLEMENTED_SO_FAR"),
    (9, "XFEATURE_PKRU"),
    (10, "XFEATURE_PASID"),
    (15, "XFEATURE_LBR"),
    (17, "XFEATURE_XTILE_CFG"),
    (18, "XFEATURE_XTILE_DATA"),
)


def _not_public_style(call: Call) -> str:
    """strace comments the names of these kernel-internal values: the verbose
    style, unless -X raw."""
    return "raw" if call.opts.xlat_style == "raw" else "verbose"


@syscall_decoder("arch_prctl")
class ArchPrctl:
    @staticmethod
    def entry(call: Call) -> str:
        option = call.args[0] & U32
        name = print_xval(option, ARCHVALS, "ARCH_???", call.opts.xlat_style)
        if option == ARCH_GET_CPUID:
            call.saved["decoded"] = True
            return name
        if option in (ARCH_GET_FS, ARCH_GET_GS, ARCH_GET_XCOMP_SUPP, ARCH_GET_XCOMP_PERM,
                      ARCH_GET_XCOMP_GUEST_PERM):
            return name + ", "
        if option in (ARCH_REQ_XCOMP_PERM, ARCH_REQ_XCOMP_GUEST_PERM):
            return "%s, %s" % (name, print_xval(call.args[1] & U64, XFEATURE_BITS,
                                                "XFEATURE_???", _not_public_style(call)))
        call.saved["decoded"] = True
        return "%s, %s" % (name, hexval(call.args[1]))

    @staticmethod
    def exit(call: Call) -> str:
        option = call.args[0] & U32
        where = call.args[1]
        if option in (ARCH_GET_FS, ARCH_GET_GS):
            data = fetch(call, where, 8)
            if data is None:
                return hex_address(where)
            return "[%s]" % hex_address(struct.unpack("<Q", data)[0])
        if option in (ARCH_GET_XCOMP_SUPP, ARCH_GET_XCOMP_PERM, ARCH_GET_XCOMP_GUEST_PERM):
            data = fetch(call, where, 8)
            if data is None:
                return hex_address(where)
            return "[%s]" % print_flags(struct.unpack("<Q", data)[0], XFEATURE_MASKS,
                                        "XFEATURE_MASK_???", _not_public_style(call))
        return ""


@ret_kind("arch_prctl")
def _arch_prctl_ret(value: int, call: Call) -> str:
    """ARCH_REQ_XCOMP_*'s positive result is a mask of features, in hex with
    their names (unless -X raw); everything else a number."""
    if call.args[0] & U32 not in (ARCH_REQ_XCOMP_PERM, ARCH_REQ_XCOMP_GUEST_PERM) \
            or value <= 0:
        return str(value)
    names, rest = flag_names(value & U64, XFEATURE_MASKS)
    if not names or call.opts.xlat_style == "raw":
        return hexval(value & U64)
    if rest:
        names.append(hexval(rest))
    return "%s (%s)" % (hexval(value & U64), "|".join(names))
