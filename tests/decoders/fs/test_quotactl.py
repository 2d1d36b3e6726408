"""decoders/fs/quotactl.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('quotactl_cmd', 'quotactl', 0, 0x80000700, 'abbrev', 'QCMD(Q_GETQUOTA, USRQUOTA)'),
    ('quotactl_cmd', 'quotactl', 0, 0x580302, 'abbrev', 'QCMD(Q_XGETQUOTA, PRJQUOTA)'),
    ('quotactl_cmd', 'quotactl', 0, 0x12307, 'abbrev', 'QCMD(0x123 /* Q_??? */, 0x7 /* ???QUOTA */)'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000200, 'abbrev', 'QCMD(Q_QUOTAON, USRQUOTA)'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000700, 'raw', '2147485440'),
    ('quotactl_cmd', 'quotactl', 0, 0x580302, 'raw', '5767938'),
    ('quotactl_cmd', 'quotactl', 0, 0x12307, 'raw', '74503'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000200, 'raw', '2147484160'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000700, 'verbose', '2147485440 /* QCMD(Q_GETQUOTA, USRQUOTA) */'),
    ('quotactl_cmd', 'quotactl', 0, 0x580302, 'verbose', '5767938 /* QCMD(Q_XGETQUOTA, PRJQUOTA) */'),
    ('quotactl_cmd', 'quotactl', 0, 0x12307, 'verbose', '74503 /* QCMD(0x123 /* Q_??? */, 0x7 /* ???QUOTA */) */'),
    ('quotactl_cmd', 'quotactl', 0, 0x80000200, 'verbose', '2147484160 /* QCMD(Q_QUOTAON, USRQUOTA) */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
