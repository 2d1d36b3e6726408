"""decoders/net/netlink/sock_diag.py: requests told from answers, and a
family no module decodes."""
from __future__ import annotations

import pytest

from tests.decoders.net.netlink.live import OPTION_SETS, needs_tools


@needs_tools
@pytest.mark.parametrize("option_set", sorted(OPTION_SETS))
def test_sock_diag_messages_print_as_strace_prints_them(netlink_mismatches, option_set):
    assert netlink_mismatches("sock_diag_probe", option_set, "sock_diag-") == []
