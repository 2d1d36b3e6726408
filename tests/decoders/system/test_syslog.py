"""decoders/system/syslog.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.conftest import shown_args as shown
from tests.decoders.observed import assert_in_its_style, row_id

EPERM = 1


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


# syslog: buffer and length depend on the action -------------------------------

SYSLOG = ("syslog_action", "syslog_buf", "syslog_len")


@pytest.mark.parametrize("args,expected", [
    # syslog(9 /* SYSLOG_ACTION_SIZE_UNREAD */) = -1 EPERM
    ((9, 0, 0), "9 /* SYSLOG_ACTION_SIZE_UNREAD */"),
    ((1, 0x10, 5), "1 /* SYSLOG_ACTION_OPEN */"),
    ((10, 0, 0), "10 /* SYSLOG_ACTION_SIZE_BUFFER */"),
    ((0, 0, 0), "0 /* SYSLOG_ACTION_CLOSE */"),
    ((8, 0x10, 9), "8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, 0x10, 9 /* LOGLEVEL_??? */"),
    ((8, 0x10, 0), "8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, 0x10, 0 /* LOGLEVEL_EMERG */"),
    ((8, 0, 8), "8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 8 /* LOGLEVEL_DEBUG+1 */"),
    ((8, 0, 0xFFFFFFFF), "8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, -1 /* LOGLEVEL_??? */"),
    ((3, 0x10, 20), "3 /* SYSLOG_ACTION_READ_ALL */, 0x10, 20"),
    ((2, 0, 10), "2 /* SYSLOG_ACTION_READ */, NULL, 10"),
    ((11, 0x1234, 5), "11 /* SYSLOG_ACTION_??? */, 0x1234, 5"),
    ((0xFFFFFFFFFFFFFFFF, 0x1234, 5), "-1 /* SYSLOG_ACTION_??? */, 0x1234, 5"),
])
@pytest.mark.parametrize("style", ["abbrev", "raw", "verbose"])
def test_syslog_arguments_follow_the_action(args, expected, style):
    # strace prints syslog's action and log levels the same way under every -X
    assert shown("syslog", SYSLOG, args, rv=None, errno=EPERM, xlat_style=style) == expected


def test_syslog_read_prints_what_was_read():
    # syslog(3 /* SYSLOG_ACTION_READ_ALL */, "<6>hello kernel\n", 100) = 16 (INJECTED)
    text = b"<6>hello kernel\n"
    memory = {0x5000: text + b"junk"}
    assert shown("syslog", SYSLOG, (3, 0x5000, 100), memory, rv=len(text)) == \
        '3 /* SYSLOG_ACTION_READ_ALL */, "<6>hello kernel\\n", 100'
