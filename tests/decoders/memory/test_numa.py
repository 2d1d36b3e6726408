"""decoders/memory/numa.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('mpol_mode', 'mbind', 2, 0x0, 'abbrev', 'MPOL_DEFAULT'),
    ('mbind_flags', 'mbind', 5, 0x0, 'abbrev', '0'),
    ('mpol_mode', 'mbind', 2, 0x8002, 'abbrev', 'MPOL_BIND|MPOL_F_STATIC_NODES'),
    ('mbind_flags', 'mbind', 5, 0x7, 'abbrev', 'MPOL_MF_STRICT|MPOL_MF_MOVE|MPOL_MF_MOVE_ALL'),
    ('mpol_mode', 'mbind', 2, 0x6003, 'abbrev', 'MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING'),
    ('mbind_flags', 'mbind', 5, 0x8, 'abbrev', '0x8 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x9, 'abbrev', '0x9 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x8009, 'abbrev', 'MPOL_F_STATIC_NODES|0x9'),
    ('mpol_mode', 'mbind', 2, 0x10001, 'abbrev', '0x10001 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x100000001, 'abbrev', '0x100000001 /* MPOL_??? */'),
    ('mbind_flags', 'mbind', 5, 0x100000001, 'abbrev', 'MPOL_MF_STRICT'),
    ('mpol_mode', 'set_mempolicy', 0, 0x5, 'abbrev', 'MPOL_PREFERRED_MANY'),
    ('mpol_mode', 'set_mempolicy', 0, 0x100008001, 'abbrev', 'MPOL_PREFERRED|MPOL_F_STATIC_NODES'),
    ('mpol_mode', 'set_mempolicy', 0, 0x9000, 'abbrev', 'MPOL_F_STATIC_NODES|0x1000'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x7, 'abbrev', 'MPOL_F_NODE|MPOL_F_ADDR|MPOL_F_MEMS_ALLOWED'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x8, 'abbrev', '0x8 /* MPOL_??? */'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x100000001, 'abbrev', 'MPOL_F_NODE|0x100000000'),
    ('move_pages_flags', 'move_pages', 5, 0x0, 'abbrev', '0'),
    ('move_pages_flags', 'move_pages', 5, 0x6, 'abbrev', 'MPOL_MF_MOVE|MPOL_MF_MOVE_ALL'),
    ('move_pages_flags', 'move_pages', 5, 0x1, 'abbrev', '0x1 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x0, 'raw', '0'),
    ('mbind_flags', 'mbind', 5, 0x0, 'raw', '0'),
    ('mpol_mode', 'mbind', 2, 0x8002, 'raw', '0x8002'),
    ('mbind_flags', 'mbind', 5, 0x7, 'raw', '0x7'),
    ('mpol_mode', 'mbind', 2, 0x6003, 'raw', '0x6003'),
    ('mbind_flags', 'mbind', 5, 0x8, 'raw', '0x8'),
    ('mpol_mode', 'mbind', 2, 0x9, 'raw', '0x9'),
    ('mpol_mode', 'mbind', 2, 0x8009, 'raw', '0x8009'),
    ('mpol_mode', 'mbind', 2, 0x10001, 'raw', '0x10001'),
    ('mpol_mode', 'mbind', 2, 0x100000001, 'raw', '0x100000001'),
    ('mbind_flags', 'mbind', 5, 0x100000001, 'raw', '0x1'),
    ('mpol_mode', 'set_mempolicy', 0, 0x5, 'raw', '0x5'),
    ('mpol_mode', 'set_mempolicy', 0, 0x100008001, 'raw', '0x8001'),
    ('mpol_mode', 'set_mempolicy', 0, 0x9000, 'raw', '0x9000'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x7, 'raw', '0x7'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x8, 'raw', '0x8'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x100000001, 'raw', '0x100000001'),
    ('move_pages_flags', 'move_pages', 5, 0x0, 'raw', '0'),
    ('move_pages_flags', 'move_pages', 5, 0x6, 'raw', '0x6'),
    ('move_pages_flags', 'move_pages', 5, 0x1, 'raw', '0x1'),
    ('mpol_mode', 'mbind', 2, 0x0, 'verbose', '0 /* MPOL_DEFAULT */'),
    ('mbind_flags', 'mbind', 5, 0x0, 'verbose', '0'),
    ('mpol_mode', 'mbind', 2, 0x8002, 'verbose', '0x8002 /* MPOL_BIND|MPOL_F_STATIC_NODES */'),
    ('mbind_flags', 'mbind', 5, 0x7, 'verbose', '0x7 /* MPOL_MF_STRICT|MPOL_MF_MOVE|MPOL_MF_MOVE_ALL */'),
    ('mpol_mode', 'mbind', 2, 0x6003, 'verbose', '0x6003 /* MPOL_INTERLEAVE|MPOL_F_RELATIVE_NODES|MPOL_F_NUMA_BALANCING */'),
    ('mbind_flags', 'mbind', 5, 0x8, 'verbose', '0x8 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x9, 'verbose', '0x9 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x8009, 'verbose', '0x8009 /* MPOL_F_STATIC_NODES|0x9 */'),
    ('mpol_mode', 'mbind', 2, 0x10001, 'verbose', '0x10001 /* MPOL_??? */'),
    ('mpol_mode', 'mbind', 2, 0x100000001, 'verbose', '0x100000001 /* MPOL_??? */'),
    ('mbind_flags', 'mbind', 5, 0x100000001, 'verbose', '0x1 /* MPOL_MF_STRICT */'),
    ('mpol_mode', 'set_mempolicy', 0, 0x5, 'verbose', '0x5 /* MPOL_PREFERRED_MANY */'),
    ('mpol_mode', 'set_mempolicy', 0, 0x100008001, 'verbose', '0x8001 /* MPOL_PREFERRED|MPOL_F_STATIC_NODES */'),
    ('mpol_mode', 'set_mempolicy', 0, 0x9000, 'verbose', '0x9000 /* MPOL_F_STATIC_NODES|0x1000 */'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x7, 'verbose', '0x7 /* MPOL_F_NODE|MPOL_F_ADDR|MPOL_F_MEMS_ALLOWED */'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x8, 'verbose', '0x8 /* MPOL_??? */'),
    ('get_mempolicy_flags', 'get_mempolicy', 4, 0x100000001, 'verbose', '0x100000001 /* MPOL_F_NODE|0x100000000 */'),
    ('move_pages_flags', 'move_pages', 5, 0x0, 'verbose', '0'),
    ('move_pages_flags', 'move_pages', 5, 0x6, 'verbose', '0x6 /* MPOL_MF_MOVE|MPOL_MF_MOVE_ALL */'),
    ('move_pages_flags', 'move_pages', 5, 0x1, 'verbose', '0x1 /* MPOL_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
