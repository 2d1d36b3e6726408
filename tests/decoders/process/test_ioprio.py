"""decoders/process/ioprio.py against strace 6.1."""
from __future__ import annotations

import pytest

import decoders
from tests.decoders.conftest import make_call
from tests.decoders.conftest import render_arg as render
from tests.decoders.observed import assert_in_its_style, row_id

RET = decoders.RET_KINDS


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('ioprio_which', 'ioprio_get', 0, 0x1, 'abbrev', 'IOPRIO_WHO_PROCESS'),
    ('ioprio_which', 'ioprio_get', 0, 0x2, 'abbrev', 'IOPRIO_WHO_PGRP'),
    ('ioprio_which', 'ioprio_get', 0, 0x3, 'abbrev', 'IOPRIO_WHO_USER'),
    ('ioprio_which', 'ioprio_get', 0, 0x4, 'abbrev', '0x4 /* IOPRIO_WHO_??? */'),
    ('ioprio_value', 'ioprio_set', 2, 0x4004, 'abbrev', 'IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)'),
    ('ioprio_value', 'ioprio_set', 2, 0xe009, 'abbrev', 'IOPRIO_PRIO_VALUE(0x7 /* IOPRIO_CLASS_??? */, 9)'),
    ('ioprio_which', 'ioprio_set', 0, 0x0, 'abbrev', '0 /* IOPRIO_WHO_??? */'),
    ('ioprio_value', 'ioprio_set', 2, 0xffffffffffffffff, 'abbrev', 'IOPRIO_PRIO_VALUE(0x7ffff /* IOPRIO_CLASS_??? */, 8191)'),
    ('ioprio_which', 'ioprio_get', 0, 0x1, 'raw', '0x1'),
    ('ioprio_which', 'ioprio_get', 0, 0x2, 'raw', '0x2'),
    ('ioprio_which', 'ioprio_get', 0, 0x3, 'raw', '0x3'),
    ('ioprio_which', 'ioprio_get', 0, 0x4, 'raw', '0x4'),
    ('ioprio_value', 'ioprio_set', 2, 0x4004, 'raw', '16388'),
    ('ioprio_value', 'ioprio_set', 2, 0xe009, 'raw', '57353'),
    ('ioprio_which', 'ioprio_set', 0, 0x0, 'raw', '0'),
    ('ioprio_value', 'ioprio_set', 2, 0xffffffffffffffff, 'raw', '-1'),
    ('ioprio_which', 'ioprio_get', 0, 0x1, 'verbose', '0x1 /* IOPRIO_WHO_PROCESS */'),
    ('ioprio_which', 'ioprio_get', 0, 0x2, 'verbose', '0x2 /* IOPRIO_WHO_PGRP */'),
    ('ioprio_which', 'ioprio_get', 0, 0x3, 'verbose', '0x3 /* IOPRIO_WHO_USER */'),
    ('ioprio_which', 'ioprio_get', 0, 0x4, 'verbose', '0x4 /* IOPRIO_WHO_??? */'),
    ('ioprio_value', 'ioprio_set', 2, 0x4004, 'verbose', '16388 /* IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4) */'),
    ('ioprio_value', 'ioprio_set', 2, 0xe009, 'verbose', '57353 /* IOPRIO_PRIO_VALUE(0x7 /* IOPRIO_CLASS_??? */, 9) */'),
    ('ioprio_which', 'ioprio_set', 0, 0x0, 'verbose', '0 /* IOPRIO_WHO_??? */'),
    ('ioprio_value', 'ioprio_set', 2, 0xffffffffffffffff, 'verbose', '-1 /* IOPRIO_PRIO_VALUE(0x7ffff /* IOPRIO_CLASS_??? */, 8191) */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)


# return values ------------------------------------------------------------------------

@pytest.mark.parametrize("rv,style,expected", [
    # ioprio_get(IOPRIO_WHO_PGRP, 0) = 16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))
    (0, "abbrev", "0 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0))"),
    (16388, "abbrev", "16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))"),
    (8196, "abbrev", "8196 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 4))"),
    (0, "raw", "0"),
    (16388, "raw", "16388"),
    (0, "verbose", "0 (IOPRIO_PRIO_VALUE(0 /* IOPRIO_CLASS_NONE */, 0))"),
    (16388, "verbose", "16388 (IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4))"),
    (8196, "verbose", "8196 (IOPRIO_PRIO_VALUE(0x1 /* IOPRIO_CLASS_RT */, 4))"),
])
def test_ioprio_get_return(rv, style, expected):
    call = make_call("ioprio_get", (1, 0), rv=rv, xlat_style=style)
    assert RET["ioprio_value"](rv, call) == expected


@pytest.mark.parametrize("value,style,expected", [
    (3 << 13, "abbrev", "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_IDLE, 0)"),
    ((1 << 13) | 7, "abbrev", "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 7)"),
    (3 << 13, "verbose", "24576 /* IOPRIO_PRIO_VALUE(0x3 /* IOPRIO_CLASS_IDLE */, 0) */"),
    ((1 << 13) | 7, "verbose", "8199 /* IOPRIO_PRIO_VALUE(0x1 /* IOPRIO_CLASS_RT */, 7) */"),
])
def test_ioprio_set_value(value, style, expected):
    assert render("ioprio_value", "ioprio_set", (1, 0, value), 2, xlat_style=style) == expected
