"""decoders/memory/membarrier.py against strace 6.1."""
from __future__ import annotations

import pytest

from decoders import ARG_KINDS, RET_KINDS
from tests.decoders.conftest import make_call
from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('membarrier_cmd', 'membarrier', 0, (0x200, 0, 0), '0x200 /* MEMBARRIER_CMD_??? */', '0x200', '0x200 /* MEMBARRIER_CMD_??? */'),
    ('membarrier_cmd', 'membarrier', 0, (0x1000, 0, 0), '0x1000 /* MEMBARRIER_CMD_??? */', '0x1000', '0x1000 /* MEMBARRIER_CMD_??? */'),
    ('membarrier_cmd', 'membarrier', 0, (0x40, 0, 0), 'MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE', '0x40', '0x40 /* MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


def test_membarrier_cpu_id_only_with_flag_cpu():
    # Observed: membarrier(MEMBARRIER_CMD_QUERY, MEMBARRIER_CMD_FLAG_CPU, 5)
    call = make_call("membarrier", args=(0, 1, 5))
    call.index = 1
    assert ARG_KINDS["membarrier_flags"](1, call) == "MEMBARRIER_CMD_FLAG_CPU"
    call.index = 2
    assert ARG_KINDS["membarrier_cpu_id"](5, call) == "5"
    call = make_call("membarrier", args=(0, 0, 5))
    call.index = 2
    assert ARG_KINDS["membarrier_cpu_id"](5, call) is None


_QUERY_RESULT = ("MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_GLOBAL_EXPEDITED|"
                 "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED|"
                 "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE|"
                 "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE|"
                 "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ|"
                 "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ|0x200")


# Observed: strace [-X verbose] on membarrier(MEMBARRIER_CMD_QUERY, 0) on kernel 6.18.
@pytest.mark.parametrize("style, expected", [
    ("abbrev", "0x3ff (%s)" % _QUERY_RESULT),
    ("verbose", "0x3ff (0x3ff /* %s */)" % _QUERY_RESULT),
])
def test_query_return_names_the_commands(style, expected):
    assert RET_KINDS["membarrier_cmd"](0x3ff, make_call("membarrier", rv=0x3ff, xlat_style=style)) == expected
