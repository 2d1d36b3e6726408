"""decoders/net/socket.py against strace 6.1."""
from __future__ import annotations

import decoders
from tests.decoders.conftest import make_call

decoders.load_all()


def test_socket_protocol_by_domain():
    from decoders import ARG_KINDS
    kind = ARG_KINDS["socket_protocol"]
    assert kind(6, make_call("socket", (2, 1, 6))) == "IPPROTO_TCP"
    assert kind(0, make_call("socket", (10, 2, 0))) == "IPPROTO_IP"
    assert kind(0x300, make_call("socket", (17, 3, 0x300))) == "htons(ETH_P_ALL)"
    assert kind(200, make_call("socket", (2, 1, 200))) == "0xc8 /* IPPROTO_??? */"
    assert kind(0, make_call("socket", (1, 1, 0))) == "0"


def test_ax25_protocols_always_name_themselves_in_comments():
    from decoders import ARG_KINDS
    kind = ARG_KINDS["socket_protocol"]
    assert kind(0xcc, make_call("socket", (3, 2, 0xcc), xlat_style="raw")) == \
        "0xcc /* AX25_P_IP */"
    assert kind(0x99, make_call("socket", (3, 2, 0x99))) == "0x99 /* AX25_P_??? */"
