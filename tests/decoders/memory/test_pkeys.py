"""decoders/memory/pkeys.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('pkey_access', 'pkey_alloc', 1, 0x0, 'abbrev', '0'),
    ('pkey_access', 'pkey_alloc', 1, 0x7, 'abbrev', 'PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE|PKEY_DISABLE_EXECUTE'),
    ('pkey_access', 'pkey_alloc', 1, 0x8, 'abbrev', '0x8 /* PKEY_??? */'),
    ('pkey_access', 'pkey_alloc', 1, 0x100000001, 'abbrev', 'PKEY_DISABLE_ACCESS|0x100000000'),
    ('pkey_access', 'pkey_alloc', 1, 0x0, 'raw', '0'),
    ('pkey_access', 'pkey_alloc', 1, 0x7, 'raw', '0x7'),
    ('pkey_access', 'pkey_alloc', 1, 0x8, 'raw', '0x8'),
    ('pkey_access', 'pkey_alloc', 1, 0x100000001, 'raw', '0x100000001'),
    ('pkey_access', 'pkey_alloc', 1, 0x0, 'verbose', '0'),
    ('pkey_access', 'pkey_alloc', 1, 0x7, 'verbose', '0x7 /* PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE|PKEY_DISABLE_EXECUTE */'),
    ('pkey_access', 'pkey_alloc', 1, 0x8, 'verbose', '0x8 /* PKEY_??? */'),
    ('pkey_access', 'pkey_alloc', 1, 0x100000001, 'verbose', '0x100000001 /* PKEY_DISABLE_ACCESS|0x100000000 */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
