"""decoders/net/netlink/selinux.py: NETLINK_SELINUX notifications, as strace prints them."""
from __future__ import annotations

import pytest

from tests.decoders.net.netlink.live import OPTION_SETS, needs_tools


@needs_tools
@pytest.mark.parametrize("option_set", sorted(OPTION_SETS))
def test_messages_print_as_strace_prints_them(netlink_mismatches, option_set):
    assert netlink_mismatches("protocols_probe", option_set, "selinux-") == []
