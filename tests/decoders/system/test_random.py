"""decoders/system/random.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('grnd_flags', 'getrandom', 2, (0, 0, 0), '0', '0', '0'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 1), 'GRND_NONBLOCK', '0x1', '0x1 /* GRND_NONBLOCK */'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 2), 'GRND_RANDOM', '0x2', '0x2 /* GRND_RANDOM */'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 3), 'GRND_NONBLOCK|GRND_RANDOM', '0x3', '0x3 /* GRND_NONBLOCK|GRND_RANDOM */'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 4), 'GRND_INSECURE', '0x4', '0x4 /* GRND_INSECURE */'),
    ('grnd_flags', 'getrandom', 2, (0, 0, 8), '0x8 /* GRND_??? */', '0x8', '0x8 /* GRND_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)
