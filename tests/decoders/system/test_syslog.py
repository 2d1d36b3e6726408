"""decoders/system/syslog.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('syslog_action', 'syslog', 0, 0x8, 'abbrev', '8 /* SYSLOG_ACTION_CONSOLE_LEVEL */'),
    ('syslog_action', 'syslog', 0, 0xb, 'abbrev', '11 /* SYSLOG_ACTION_??? */'),
    ('syslog_action', 'syslog', 0, 0xffffffffffffffff, 'abbrev', '-1 /* SYSLOG_ACTION_??? */'),
    ('syslog_action', 'syslog', 0, 0x2, 'abbrev', '2 /* SYSLOG_ACTION_READ */'),
    ('syslog_action', 'syslog', 0, 0x8, 'raw', '8 /* SYSLOG_ACTION_CONSOLE_LEVEL */'),
    ('syslog_action', 'syslog', 0, 0xb, 'raw', '11 /* SYSLOG_ACTION_??? */'),
    ('syslog_action', 'syslog', 0, 0xffffffffffffffff, 'raw', '-1 /* SYSLOG_ACTION_??? */'),
    ('syslog_action', 'syslog', 0, 0x2, 'raw', '2 /* SYSLOG_ACTION_READ */'),
    ('syslog_action', 'syslog', 0, 0x8, 'verbose', '8 /* SYSLOG_ACTION_CONSOLE_LEVEL */'),
    ('syslog_action', 'syslog', 0, 0xb, 'verbose', '11 /* SYSLOG_ACTION_??? */'),
    ('syslog_action', 'syslog', 0, 0xffffffffffffffff, 'verbose', '-1 /* SYSLOG_ACTION_??? */'),
    ('syslog_action', 'syslog', 0, 0x2, 'verbose', '2 /* SYSLOG_ACTION_READ */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
