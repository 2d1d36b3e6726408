"""decoders/system/module.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('delete_module_flags', 'delete_module', 1, 0x0, 'abbrev', '0'),
    ('delete_module_flags', 'delete_module', 1, 0xa00, 'abbrev', 'O_NONBLOCK|O_TRUNC'),
    ('delete_module_flags', 'delete_module', 1, 0x1, 'abbrev', '0x1 /* O_??? */'),
    ('module_init_flags', 'finit_module', 2, 0x0, 'abbrev', '0'),
    ('module_init_flags', 'finit_module', 2, 0x7, 'abbrev', 'MODULE_INIT_IGNORE_MODVERSIONS|MODULE_INIT_IGNORE_VERMAGIC|MODULE_INIT_COMPRESSED_FILE'),
    ('module_init_flags', 'finit_module', 2, 0x8, 'abbrev', '0x8 /* MODULE_INIT_??? */'),
    ('delete_module_flags', 'delete_module', 1, 0x0, 'raw', '0'),
    ('delete_module_flags', 'delete_module', 1, 0xa00, 'raw', '0xa00'),
    ('delete_module_flags', 'delete_module', 1, 0x1, 'raw', '0x1'),
    ('module_init_flags', 'finit_module', 2, 0x0, 'raw', '0'),
    ('module_init_flags', 'finit_module', 2, 0x7, 'raw', '0x7'),
    ('module_init_flags', 'finit_module', 2, 0x8, 'raw', '0x8'),
    ('delete_module_flags', 'delete_module', 1, 0x0, 'verbose', '0'),
    ('delete_module_flags', 'delete_module', 1, 0xa00, 'verbose', '0xa00 /* O_NONBLOCK|O_TRUNC */'),
    ('delete_module_flags', 'delete_module', 1, 0x1, 'verbose', '0x1 /* O_??? */'),
    ('module_init_flags', 'finit_module', 2, 0x0, 'verbose', '0'),
    ('module_init_flags', 'finit_module', 2, 0x7, 'verbose', '0x7 /* MODULE_INIT_IGNORE_MODVERSIONS|MODULE_INIT_IGNORE_VERMAGIC|MODULE_INIT_COMPRESSED_FILE */'),
    ('module_init_flags', 'finit_module', 2, 0x8, 'verbose', '0x8 /* MODULE_INIT_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
