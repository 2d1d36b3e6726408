"""arch_prctl: x86_64's FS/GS bases, CPUID faulting and XSAVE permissions."""
from __future__ import annotations

import struct

from decoders import Call, syscall_decoder
from decoders.process.prctl_xlat import ARCHVALS
from decoders.render.flags import print_xval
from decoders.render.numbers import U32, hexval
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

ARCH_GET_FS = 0x1003
ARCH_GET_GS = 0x1004
ARCH_GET_CPUID = 0x1011
ARCH_GET_XCOMP_SUPP = 0x1021
ARCH_GET_XCOMP_PERM = 0x1022
ARCH_REQ_XCOMP_PERM = 0x1023
ARCH_GET_XCOMP_GUEST_PERM = 0x1024
ARCH_REQ_XCOMP_GUEST_PERM = 0x1025


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
            value = call.args[1]
            return "%s, %s" % (name, hexval(value) if call.opts.xlat_style == "raw"
                               else hexval(value))
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
            return "[%s]" % hexval(struct.unpack("<Q", data)[0])
        return ""
