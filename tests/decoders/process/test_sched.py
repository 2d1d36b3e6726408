"""decoders/process/sched.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_every_style, row_id
from decoders import RET_KINDS
from tests.decoders.conftest import make_call


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('sched_policy', 'sched_get_priority_min', 0, (0,), 'SCHED_OTHER', '0', '0 /* SCHED_OTHER */'),
    ('sched_policy', 'sched_get_priority_min', 0, (1,), 'SCHED_FIFO', '0x1', '0x1 /* SCHED_FIFO */'),
    ('sched_policy', 'sched_get_priority_min', 0, (2,), 'SCHED_RR', '0x2', '0x2 /* SCHED_RR */'),
    ('sched_policy', 'sched_get_priority_min', 0, (3,), 'SCHED_BATCH', '0x3', '0x3 /* SCHED_BATCH */'),
    ('sched_policy', 'sched_get_priority_min', 0, (5,), 'SCHED_IDLE', '0x5', '0x5 /* SCHED_IDLE */'),
    ('sched_policy', 'sched_get_priority_min', 0, (6,), 'SCHED_DEADLINE', '0x6', '0x6 /* SCHED_DEADLINE */'),
    ('sched_policy', 'sched_get_priority_min', 0, (7,), '0x7 /* SCHED_??? */', '0x7', '0x7 /* SCHED_??? */'),
    ('sched_policy', 'sched_get_priority_min', 0, (0x40000000,), '0x40000000 /* SCHED_??? */', '0x40000000', '0x40000000 /* SCHED_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


# Observed: strace [-X verbose] on sched_getscheduler(0).
@pytest.mark.parametrize("style", ["abbrev", "verbose"])
def test_sched_getscheduler_return_is_named(style):
    call = make_call("sched_getscheduler", rv=0, xlat_style=style)
    assert RET_KINDS["sched_policy"](0, call) == "0 (SCHED_OTHER)"
