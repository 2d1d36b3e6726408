"""decoders/net/netlink/message.py: message headers and chains, NLMSG_ERROR
(with extended acks) and NLMSG_DONE, truncated and unreadable buffers, each
printed from the probe's bytes as strace printed them."""
from __future__ import annotations

import pytest

from tests.decoders.net.netlink.live import OPTION_SETS, needs_tools


@needs_tools
@pytest.mark.parametrize("option_set", sorted(OPTION_SETS))
def test_messages_print_as_strace_prints_them(netlink_mismatches, option_set):
    assert netlink_mismatches("message_probe", option_set, "message-") == []
