"""decoders/system/reboot.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.conftest import shown_args as shown
from tests.decoders.observed import assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('reboot_magic1', 'reboot', 0, 0xfee1dead, 'abbrev', 'LINUX_REBOOT_MAGIC1'),
    ('reboot_magic2', 'reboot', 1, 0x5121996, 'abbrev', 'LINUX_REBOOT_MAGIC2A'),
    ('reboot_cmd', 'reboot', 2, 0xa1b2c3d4, 'abbrev', 'LINUX_REBOOT_CMD_RESTART2'),
    ('reboot_magic1', 'reboot', 0, 0xfee1dead, 'raw', '0xfee1dead'),
    ('reboot_magic2', 'reboot', 1, 0x5121996, 'raw', '0x5121996'),
    ('reboot_cmd', 'reboot', 2, 0xa1b2c3d4, 'raw', '0xa1b2c3d4'),
    ('reboot_magic1', 'reboot', 0, 0xfee1dead, 'verbose', '0xfee1dead /* LINUX_REBOOT_MAGIC1 */'),
    ('reboot_magic2', 'reboot', 1, 0x5121996, 'verbose', '0x5121996 /* LINUX_REBOOT_MAGIC2A */'),
    ('reboot_cmd', 'reboot', 2, 0xa1b2c3d4, 'verbose', '0xa1b2c3d4 /* LINUX_REBOOT_CMD_RESTART2 */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)


# reboot: the command string exists only with RESTART2 ------------------------

REBOOT = ("reboot_magic1", "reboot_magic2", "reboot_cmd", "reboot_arg")


LONG_REASON = b"a-very-long-reboot-reason-longer-than-thirty-two\0"


@pytest.mark.parametrize("args,memory,expected", [
    ((0xFEE1DEAD, 672274793, 0x01234567, 0x5000), {0x5000: b"x\0"},
     "LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART"),
    ((0xFEE1DEAD, 85072278, 0xA1B2C3D4, 0x5000), {0x5000: b"reason\0"},
     'LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2A, LINUX_REBOOT_CMD_RESTART2, "reason"'),
    ((0xFEE1DEAD, 672274793, 0xA1B2C3D4, 0x5000), {0x5000: LONG_REASON},
     'LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, '
     '"a-very-long-reboot-reason-longer"...'),
    ((0xFEE1DEAD, 672274793, 0xA1B2C3D4, 0), None,
     "LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, NULL"),
    ((0xFEE1DEAD, 672274793, 0xA1B2C3D4, 0x10), None,
     "LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, 0x10"),
    ((1, 2, 3, 0), None,
     "0x1 /* LINUX_REBOOT_MAGIC_??? */, 0x2 /* LINUX_REBOOT_MAGIC_??? */, "
     "0x3 /* LINUX_REBOOT_CMD_??? */"),
])
def test_reboot(args, memory, expected):
    assert shown("reboot", REBOOT, args, memory) == expected
