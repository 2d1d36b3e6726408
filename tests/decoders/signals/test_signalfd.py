"""decoders/signals/signalfd.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('signalfd_flags', 'signalfd4', 3, 0x0, 'abbrev', '0'),
    ('signalfd_flags', 'signalfd4', 3, 0x80801, 'abbrev', 'SFD_CLOEXEC|SFD_NONBLOCK|0x1'),
    ('signalfd_flags', 'signalfd4', 3, 0x2, 'abbrev', '0x2 /* SFD_??? */'),
    ('signalfd_flags', 'signalfd4', 3, 0x0, 'raw', '0'),
    ('signalfd_flags', 'signalfd4', 3, 0x80801, 'raw', '0x80801'),
    ('signalfd_flags', 'signalfd4', 3, 0x2, 'raw', '0x2'),
    ('signalfd_flags', 'signalfd4', 3, 0x0, 'verbose', '0'),
    ('signalfd_flags', 'signalfd4', 3, 0x80801, 'verbose', '0x80801 /* SFD_CLOEXEC|SFD_NONBLOCK|0x1 */'),
    ('signalfd_flags', 'signalfd4', 3, 0x2, 'verbose', '0x2 /* SFD_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
