"""tests/decoders/render/test_numbers.py."""
from __future__ import annotations

from decoders.render.numbers import octal as octal_mode


def test_octal_mode_is_c_percent_hash_03o():
    # The modes observed in OBSERVED: 000, 007, 0600, 0644, 01777, 04755.
    assert [octal_mode(v) for v in (0, 0o7, 0o600, 0o644, 0o1777, 0o4755)] == \
        ["000", "007", "0600", "0644", "01777", "04755"]
