"""decoders/landlock.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.observed import assert_in_its_style, row_id


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x0, 'abbrev', '0'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x1, 'abbrev', 'LANDLOCK_CREATE_RULESET_VERSION'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x6, 'abbrev', '0x6 /* LANDLOCK_CREATE_RULESET_??? */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x1, 'abbrev', 'LANDLOCK_RULE_PATH_BENEATH'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x2, 'abbrev', '0x2 /* LANDLOCK_RULE_??? */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x0, 'abbrev', '0 /* LANDLOCK_RULE_??? */'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x0, 'raw', '0'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x1, 'raw', '0x1'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x6, 'raw', '0x6'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x1, 'raw', '0x1'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x2, 'raw', '0x2'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x0, 'raw', '0'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x0, 'verbose', '0'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x1, 'verbose', '0x1 /* LANDLOCK_CREATE_RULESET_VERSION */'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x6, 'verbose', '0x6 /* LANDLOCK_CREATE_RULESET_??? */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x1, 'verbose', '0x1 /* LANDLOCK_RULE_PATH_BENEATH */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x2, 'verbose', '0x2 /* LANDLOCK_RULE_??? */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x0, 'verbose', '0 /* LANDLOCK_RULE_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)
