"""kexec_load and kexec_file_load: flags, segments and the command line."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U64
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import print_array

KEXEC_LOAD_FLAGS = (
    (0x1, 'KEXEC_ON_CRASH'),
    (0x2, 'KEXEC_PRESERVE_CONTEXT'),
)

KEXEC_ARCH_VALUES = (
    (0x0, 'KEXEC_ARCH_DEFAULT'),
    (0x30000, 'KEXEC_ARCH_386'),
    (0x40000, 'KEXEC_ARCH_68K'),
    (0xf0000, 'KEXEC_ARCH_PARISC'),
    (0x3e0000, 'KEXEC_ARCH_X86_64'),
    (0x140000, 'KEXEC_ARCH_PPC'),
    (0x150000, 'KEXEC_ARCH_PPC64'),
    (0x320000, 'KEXEC_ARCH_IA_64'),
    (0x280000, 'KEXEC_ARCH_ARM'),
    (0x160000, 'KEXEC_ARCH_S390'),
    (0x2a0000, 'KEXEC_ARCH_SH'),
    (0xa0000, 'KEXEC_ARCH_MIPS_LE'),
    (0x80000, 'KEXEC_ARCH_MIPS'),
    (0xb70000, 'KEXEC_ARCH_AARCH64'),
    (0xf30000, 'KEXEC_ARCH_RISCV'),
    (0x1020000, 'KEXEC_ARCH_LOONGARCH'),
)

KEXEC_FILE_LOAD_FLAGS = (
    (0x1, 'KEXEC_FILE_UNLOAD'),
    (0x2, 'KEXEC_FILE_ON_CRASH'),
    (0x4, 'KEXEC_FILE_NO_INITRAMFS'),
)

KEXEC_ARCH_MASK = 0xFFFF0000


@arg_kind("kexec_flags")
def _kexec_flags(value: int, call: Call) -> str:
    style = call.opts.xlat_style
    if call.name == "kexec_file_load":
        return print_flags(value, KEXEC_FILE_LOAD_FLAGS, "KEXEC_FILE_???", style)
    text = print_xval(value & KEXEC_ARCH_MASK, KEXEC_ARCH_VALUES, "KEXEC_ARCH_???", style)
    rest = value & ~KEXEC_ARCH_MASK
    if rest:
        text += "|" + print_flags(rest, KEXEC_LOAD_FLAGS, "KEXEC_???", style)
    return text


KEXEC_SEGMENT_MAX = 16
KEXEC_SEGMENT = struct.Struct("<QQQQ")     # buf, bufsz, mem, memsz


def _kexec_segment(chunk: bytes) -> str:
    buf, bufsz, mem, memsz = KEXEC_SEGMENT.unpack(chunk)
    return "{buf=%s, bufsz=%d, mem=%s, memsz=%d}" % (
        hex_address(buf), bufsz, hex_address(mem), memsz)


@arg_kind("kexec_segments")
def _kexec_segments(value: int, call: Call) -> str:
    """kexec_load's segments; nr_segments is the argument before."""
    count = call.args[call.index - 1] & U64
    if count > KEXEC_SEGMENT_MAX:
        return hex_address(value)
    return print_array(call, value, count, KEXEC_SEGMENT.size, _kexec_segment)


@arg_kind("cmdline")
def _cmdline(value: int, call: Call) -> str:
    """kexec_file_load's command line: cmdline_len bytes (the argument
    before), NUL included."""
    return buffer(value, call.args[call.index - 1], call)
