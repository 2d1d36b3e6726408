"""decoders/system/reboot.py against strace 6.1."""
from __future__ import annotations

import pytest

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
