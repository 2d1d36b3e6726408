"""decoders/system/kexec.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, row_id


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
