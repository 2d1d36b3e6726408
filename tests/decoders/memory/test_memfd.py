"""decoders/memory/memfd.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import (
    assert_in_every_style,
    assert_in_its_style,
    mem,
    row_id,
)

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b50, "7800"), 0), '0', '0', '0'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b60, "7800"), 1), 'MFD_CLOEXEC', '0x1', '0x1 /* MFD_CLOEXEC */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b70, "7800"), 3), 'MFD_CLOEXEC|MFD_ALLOW_SEALING', '0x3', '0x3 /* MFD_CLOEXEC|MFD_ALLOW_SEALING */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b80, "7800"), 0x54000104), 'MFD_HUGETLB|0x100|21<<MFD_HUGE_SHIFT', '0x54000104', '0x54000104 /* MFD_HUGETLB|0x100|21<<MFD_HUGE_SHIFT */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7b90, "7800"), 0x78000005), 'MFD_CLOEXEC|MFD_HUGETLB|30<<MFD_HUGE_SHIFT', '0x78000005', '0x78000005 /* MFD_CLOEXEC|MFD_HUGETLB|30<<MFD_HUGE_SHIFT */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7ba0, "7800"), 0x100), '0x100 /* MFD_??? */', '0x100', '0x100 /* 0x100 /* MFD_??? */ */'),
    ('memfd_flags', 'memfd_create', 1, (mem(0x4a7bb0, "7800"), 4), 'MFD_HUGETLB', '0x4', '0x4 /* MFD_HUGETLB */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('memfd_secret_flags', 'memfd_secret', 0, 0x0, 'abbrev', '0'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x80000, 'abbrev', 'O_CLOEXEC'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x1, 'abbrev', '0x1'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x80001, 'abbrev', 'O_CLOEXEC|0x1'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x0, 'raw', '0'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x80000, 'raw', '0x80000'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x1, 'raw', '0x1'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x80001, 'raw', '0x80001'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x0, 'verbose', '0'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x80000, 'verbose', '0x80000 /* O_CLOEXEC */'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x1, 'verbose', '0x1'),
    ('memfd_secret_flags', 'memfd_secret', 0, 0x80001, 'verbose', '0x80001 /* O_CLOEXEC|0x1 */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
