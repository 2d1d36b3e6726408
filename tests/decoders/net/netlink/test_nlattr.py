"""decoders/net/netlink/nlattr.py: attributes with NLA_F_* flags in their
types, lengths that lie, more attributes than -s prints, attributes cut by
the end of the message or of readable memory, as strace prints them."""
from __future__ import annotations

import pytest

from tests.decoders.net.netlink.live import OPTION_SETS, needs_tools


@needs_tools
@pytest.mark.parametrize("option_set", sorted(OPTION_SETS))
def test_attributes_print_as_strace_prints_them(netlink_mismatches, option_set):
    assert netlink_mismatches("message_probe", option_set, "nlattr-") == []
