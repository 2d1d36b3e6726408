"""decoders/net/netlink/route_netconf.py: per-device IP configuration: struct netconfmsg, whole,
cut short and running into unreadable memory, as strace prints them."""
from __future__ import annotations

import pytest

from tests.decoders.net.netlink.live import OPTION_SETS, needs_tools


@needs_tools
@pytest.mark.parametrize("option_set", sorted(OPTION_SETS))
def test_messages_print_as_strace_prints_them(netlink_mismatches, option_set):
    assert netlink_mismatches("route_probe", option_set, "route_netconf-") == []
