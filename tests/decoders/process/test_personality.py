"""decoders/process/personality.py against strace 6.1."""
from __future__ import annotations

import pytest

from decoders import RET_KINDS
from tests.decoders.conftest import make_call
from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('personality', 'personality', 0, (0xffffffff,), '0xffffffff', '0xffffffff', '0xffffffff'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


# Observed: strace [-X verbose] on personality(0xffffffff),
# personality(READ_IMPLIES_EXEC|ADDR_NO_RANDOMIZE), personality(0xffffffff).
@pytest.mark.parametrize("rv, style, expected", [
    (0, "abbrev", "0 (PER_LINUX)"),
    (0x440000, "abbrev", "0x440000 (PER_LINUX|ADDR_NO_RANDOMIZE|READ_IMPLIES_EXEC)"),
    (0, "verbose", "0 (0 /* PER_LINUX */)"),
    (0x440000, "verbose",
     "0x440000 (0 /* PER_LINUX */|0x440000 /* ADDR_NO_RANDOMIZE|READ_IMPLIES_EXEC */)"),
])
def test_return_value_names_the_previous_personality(rv, style, expected):
    assert RET_KINDS["personality"](rv, make_call("personality", rv=rv, xlat_style=style)) == expected
