"""decoders/process/resource.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('rlimit_resource', 'getrlimit', 0, (0, 0), 'RLIMIT_CPU', '0', '0 /* RLIMIT_CPU */'),
    ('rlimit_resource', 'getrlimit', 0, (7, 0), 'RLIMIT_NOFILE', '0x7', '0x7 /* RLIMIT_NOFILE */'),
    ('rlimit_resource', 'getrlimit', 0, (0xf, 0), 'RLIMIT_RTTIME', '0xf', '0xf /* RLIMIT_RTTIME */'),
    ('rlimit_resource', 'getrlimit', 0, (0x10, 0), '0x10 /* RLIMIT_??? */', '0x10', '0x10 /* RLIMIT_??? */'),
    ('rlimit_resource', 'getrlimit', 0, (0x63, 0), '0x63 /* RLIMIT_??? */', '0x63', '0x63 /* RLIMIT_??? */'),
    ('prio_which', 'getpriority', 0, (0, 0xf423f), 'PRIO_PROCESS', '0', '0 /* PRIO_PROCESS */'),
    ('prio_which', 'getpriority', 0, (1, 0xf423f), 'PRIO_PGRP', '0x1', '0x1 /* PRIO_PGRP */'),
    ('prio_which', 'getpriority', 0, (2, 0xf423f), 'PRIO_USER', '0x2', '0x2 /* PRIO_USER */'),
    ('prio_which', 'getpriority', 0, (3, 0xf423f), '0x3 /* PRIO_??? */', '0x3', '0x3 /* PRIO_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)
