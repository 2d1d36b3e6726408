"""decoders/files/xattr.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, mem, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('xattr_flags', 'setxattr', 4, (mem(0x4a7bc0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7bd0, "757365722e7800"), 0, 0, 0), '0', '0', '0'),
    ('xattr_flags', 'setxattr', 4, (mem(0x4a7be0, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7bf0, "757365722e7800"), 0, 0, 1), 'XATTR_CREATE', '0x1', '0x1 /* XATTR_CREATE */'),
    ('xattr_flags', 'setxattr', 4, (mem(0x4a7c00, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7c10, "757365722e7800"), 0, 0, 2), 'XATTR_REPLACE', '0x2', '0x2 /* XATTR_REPLACE */'),
    ('xattr_flags', 'setxattr', 4, (mem(0x4a7c20, "2f6e6f6e6578697374656e742f7800"), mem(0x4a7c30, "757365722e7800"), 0, 0, 4), '0x4 /* XATTR_??? */', '0x4', '0x4 /* XATTR_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)
