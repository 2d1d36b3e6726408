"""decoders/process/pidfd.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('pidfd_open_flags', 'pidfd_open', 1, 0x0, 'abbrev', '0'),
    ('pidfd_open_flags', 'pidfd_open', 1, 0x800, 'abbrev', 'PIDFD_NONBLOCK'),
    ('pidfd_open_flags', 'pidfd_open', 1, 0x1, 'abbrev', '0x1 /* PIDFD_??? */'),
    ('pidfd_open_flags', 'pidfd_open', 1, 0x0, 'raw', '0'),
    ('pidfd_open_flags', 'pidfd_open', 1, 0x800, 'raw', '0x800'),
    ('pidfd_open_flags', 'pidfd_open', 1, 0x1, 'raw', '0x1'),
    ('pidfd_open_flags', 'pidfd_open', 1, 0x0, 'verbose', '0'),
    ('pidfd_open_flags', 'pidfd_open', 1, 0x800, 'verbose', '0x800 /* PIDFD_NONBLOCK */'),
    ('pidfd_open_flags', 'pidfd_open', 1, 0x1, 'verbose', '0x1 /* PIDFD_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
