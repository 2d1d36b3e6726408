"""decoders/net/addrs.py: the address fields every network structure shares,
against strace 6.1's text for the same bytes (fixtures/fam_sockaddr.c)."""
from __future__ import annotations

import socket

import pytest

from decoders.net.addrs import ifindex_text, inet_addr_text, mac_text, net_port_text
from tests.decoders.conftest import make_call


def styled(style, **opts):
    return make_call(xlat_style=style, **opts)


@pytest.mark.parametrize("style, text", [
    ("abbrev", 'if_nametoindex("lo")'), ("raw", "1"), ("verbose", '1 /* if_nametoindex("lo") */')])
def test_loopback_ifindex(style, text):
    assert socket.if_indextoname(1) == "lo"
    assert ifindex_text(1, styled(style)) == text


def test_unknown_ifindex_is_a_number():
    assert ifindex_text(0x7fffffff, styled("verbose")) == "2147483647"


@pytest.mark.parametrize("style, text", [
    ("abbrev", "03:00:11:22:33:44"), ("raw", '"\\x03\\x00\\x11\\x22\\x33\\x44"'),
    ("verbose", '"\\x03\\x00\\x11\\x22\\x33\\x44" /* 03:00:11:22:33:44 */')])
def test_mac(style, text):
    assert mac_text(bytes([3, 0, 0x11, 0x22, 0x33, 0x44]), styled(style)) == text


def test_inet_addresses_in_each_style():
    v4 = socket.inet_pton(socket.AF_INET, "127.0.0.1")
    assert inet_addr_text(socket.AF_INET, v4, "sin_addr", styled("abbrev")) == \
        'sin_addr=inet_addr("127.0.0.1")'
    assert inet_addr_text(socket.AF_INET, v4, "sin_addr", styled("verbose")) == \
        'sin_addr="\\x7f\\x00\\x00\\x01" /* inet_addr("127.0.0.1") */'
    v6 = socket.inet_pton(socket.AF_INET6, "fe80::1")
    assert inet_addr_text(socket.AF_INET6, v6, "sin6_addr", styled("abbrev")) == \
        'inet_pton(AF_INET6, "fe80::1", &sin6_addr)'
    assert inet_addr_text(socket.AF_INET6, v6, None, styled("verbose")).endswith(
        '" /* inet_pton(AF_INET6, "fe80::1") */')
    # -xx spells the address text in hex too
    assert inet_addr_text(socket.AF_INET, v4, None, styled("abbrev", hex_strings=2)) == \
        'inet_addr("\\x31\\x32\\x37\\x2e\\x30\\x2e\\x30\\x2e\\x31")'


def test_port():
    assert net_port_text(b"\x1f\x90", styled("abbrev")) == "htons(8080)"
    assert net_port_text(b"\x1f\x90", styled("raw")) == '"\\x1f\\x90"'
