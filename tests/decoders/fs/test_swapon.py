"""decoders/fs/swapon.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('swap_flags', 'swapon', 1, 0x0, 'abbrev', '0'),
    ('swap_flags', 'swapon', 1, 0x8005, 'abbrev', 'SWAP_FLAG_PREFER|5'),
    ('swap_flags', 'swapon', 1, 0x77fff, 'abbrev', 'SWAP_FLAG_DISCARD|SWAP_FLAG_DISCARD_ONCE|SWAP_FLAG_DISCARD_PAGES|32767'),
    ('swap_flags', 'swapon', 1, 0x80000, 'abbrev', '0x80000 /* SWAP_FLAG_??? */|0'),
    ('swap_flags', 'swapon', 1, 0x88003, 'abbrev', 'SWAP_FLAG_PREFER|0x80000|3'),
    ('swap_flags', 'swapon', 1, 0x0, 'raw', '0'),
    ('swap_flags', 'swapon', 1, 0x8005, 'raw', '0x8000|5'),
    ('swap_flags', 'swapon', 1, 0x77fff, 'raw', '0x70000|32767'),
    ('swap_flags', 'swapon', 1, 0x80000, 'raw', '0x80000|0'),
    ('swap_flags', 'swapon', 1, 0x88003, 'raw', '0x88000|3'),
    ('swap_flags', 'swapon', 1, 0x0, 'verbose', '0'),
    ('swap_flags', 'swapon', 1, 0x8005, 'verbose', '0x8000 /* SWAP_FLAG_PREFER */|5'),
    ('swap_flags', 'swapon', 1, 0x77fff, 'verbose', '0x70000 /* SWAP_FLAG_DISCARD|SWAP_FLAG_DISCARD_ONCE|SWAP_FLAG_DISCARD_PAGES */|32767'),
    ('swap_flags', 'swapon', 1, 0x80000, 'verbose', '0x80000 /* SWAP_FLAG_??? */|0'),
    ('swap_flags', 'swapon', 1, 0x88003, 'verbose', '0x88000 /* SWAP_FLAG_PREFER|0x80000 */|3'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
