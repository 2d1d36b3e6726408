"""decoders/process/kcmp.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('kcmp_type', 'kcmp', 2, 0x0, 'abbrev', 'KCMP_FILE'),
    ('kcmp_type', 'kcmp', 2, 0x8, 'abbrev', '0x8 /* KCMP_??? */'),
    ('kcmp_type', 'kcmp', 2, 0x7, 'abbrev', 'KCMP_EPOLL_TFD'),
    ('kcmp_type', 'kcmp', 2, 0x0, 'raw', '0'),
    ('kcmp_type', 'kcmp', 2, 0x8, 'raw', '0x8'),
    ('kcmp_type', 'kcmp', 2, 0x7, 'raw', '0x7'),
    ('kcmp_type', 'kcmp', 2, 0x0, 'verbose', '0 /* KCMP_FILE */'),
    ('kcmp_type', 'kcmp', 2, 0x8, 'verbose', '0x8 /* KCMP_??? */'),
    ('kcmp_type', 'kcmp', 2, 0x7, 'verbose', '0x7 /* KCMP_EPOLL_TFD */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
