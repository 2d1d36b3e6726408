"""decoders/system/kexec.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.observed import assert_in_every_style, row_id

EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38

BASE = PROBE_BASE
Mem = MemoryImage


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x30000), 'KEXEC_ARCH_386', '0x30000', '0x30000 /* KEXEC_ARCH_386 */'),
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x30001), 'KEXEC_ARCH_386|KEXEC_ON_CRASH', '0x30000|0x1', '0x30000 /* KEXEC_ARCH_386 */|0x1 /* KEXEC_ON_CRASH */'),
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x30102), 'KEXEC_ARCH_386|KEXEC_PRESERVE_CONTEXT|0x100', '0x30000|0x102', '0x30000 /* KEXEC_ARCH_386 */|0x102 /* KEXEC_PRESERVE_CONTEXT|0x100 */'),
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x123), 'KEXEC_ARCH_DEFAULT|KEXEC_ON_CRASH|KEXEC_PRESERVE_CONTEXT|0x120', '0|0x123', '0 /* KEXEC_ARCH_DEFAULT */|0x123 /* KEXEC_ON_CRASH|KEXEC_PRESERVE_CONTEXT|0x120 */'),
    ('kexec_flags', 'kexec_load', 3, (0, 0, 0, 0x12340000), '0x12340000 /* KEXEC_ARCH_??? */', '0x12340000', '0x12340000 /* KEXEC_ARCH_??? */'),
    ('kexec_flags', 'kexec_file_load', 4, (0xffffffffffffffff, 0xffffffffffffffff, 0, 0, 0x10), '0x10 /* KEXEC_FILE_??? */', '0x10', '0x10 /* KEXEC_FILE_??? */'),
    ('kexec_flags', 'kexec_file_load', 4, (0xffffffffffffffff, 0xffffffffffffffff, 0, 0, 0x26), 'KEXEC_FILE_ON_CRASH|KEXEC_FILE_NO_INITRAMFS|0x20', '0x26', '0x26 /* KEXEC_FILE_ON_CRASH|KEXEC_FILE_NO_INITRAMFS|0x20 */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


# ---- kexec_load ------------------------------------------------------------------------------

SEG1 = "{buf=0x10000000, bufsz=16, mem=0x100000, memsz=4096}"


SEG2 = "{buf=NULL, bufsz=0, mem=0x200000, memsz=8192}"


@pytest.mark.parametrize("count, addr, text", [
    # kexec_load(0x1000, 2, [{buf=0x10000000, ...}, {buf=NULL, ...}], KEXEC_ARCH_386)
    (2, BASE + 0x1C00, "[%s, %s]" % (SEG1, SEG2)),
    # kexec_load(0x1000, 17, 0x10001c00, KEXEC_ARCH_386)
    (17, BASE + 0x1C00, "0x10001c00"),
    # kexec_load(0x1000, 0, NULL, KEXEC_ARCH_386)
    (0, 0, "NULL"),
    # kexec_load(0x1000, 3, [..., ..., {buf=NULL, bufsz=0, mem=NULL, memsz=0}], KEXEC_ARCH_386)
    (3, BASE + 0x1C00, "[%s, %s, {buf=NULL, bufsz=0, mem=NULL, memsz=0}]" % (SEG1, SEG2)),
])
def test_kexec_segments(count, addr, text):
    mem = Mem()
    mem.put(0x1C00, struct.pack("<8Q", BASE, 16, 0x100000, 4096, 0, 0, 0x200000, 8192))
    args = (0x1000, count, addr, 0x30000)
    assert decode("kexec_segments", "kexec_load", args, 2, mem) == text


# ---- kexec_file_load command line --------------------------------------------------------------------

@pytest.mark.parametrize("addr, length, opts, text", [
    # kexec_file_load(-1, -1, 21, "root=/dev/sda1 quiet\0", 0) = -1 ENOSYS
    (BASE + 0x1D00, 21, {}, '"root=/dev/sda1 quiet\\0"'),
    # kexec_file_load(-1, -1, 5, "root=", 0) = -1 ENOSYS
    (BASE + 0x1D00, 5, {}, '"root="'),
    # strace -s 4: kexec_file_load(-1, -1, 21, "root"..., 0)
    (BASE + 0x1D00, 21, {"string_limit": 4}, '"root"...'),
    # kexec_file_load(-1, -1, 0, NULL, 0) = -1 ENOSYS
    (0, 0, {}, "NULL"),
])
def test_cmdline(addr, length, opts, text):
    mem = Mem()
    mem.put(0x1D00, b"root=/dev/sda1 quiet\0")
    args = (0xFFFFFFFF, 0xFFFFFFFF, length, addr, 0)
    assert decode("cmdline", "kexec_file_load", args, 3, mem, **opts) == text
