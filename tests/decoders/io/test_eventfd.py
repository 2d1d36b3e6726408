"""decoders/io/eventfd.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('eventfd_flags', 'eventfd2', 1, (0, 2), '0x2 /* EFD_??? */', '0x2', '0x2 /* EFD_??? */'),
    ('eventfd_flags', 'eventfd2', 1, (0, 0x80805), 'EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK|0x4', '0x80805', '0x80805 /* EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK|0x4 */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)
