"""decoders/memory/userfaultfd.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('uffd_flags', 'userfaultfd', 0, 0x0, 'abbrev', '0'),
    ('uffd_flags', 'userfaultfd', 0, 0x80801, 'abbrev', 'UFFD_USER_MODE_ONLY|O_NONBLOCK|O_CLOEXEC'),
    ('uffd_flags', 'userfaultfd', 0, 0x2, 'abbrev', '0x2 /* UFFD_??? */'),
    ('uffd_flags', 'userfaultfd', 0, 0x0, 'raw', '0'),
    ('uffd_flags', 'userfaultfd', 0, 0x80801, 'raw', '0x80801'),
    ('uffd_flags', 'userfaultfd', 0, 0x2, 'raw', '0x2'),
    ('uffd_flags', 'userfaultfd', 0, 0x0, 'verbose', '0'),
    ('uffd_flags', 'userfaultfd', 0, 0x80801, 'verbose', '0x80801 /* UFFD_USER_MODE_ONLY|O_NONBLOCK|O_CLOEXEC */'),
    ('uffd_flags', 'userfaultfd', 0, 0x2, 'verbose', '0x2 /* UFFD_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
