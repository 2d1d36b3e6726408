"""decoders/net/sockaddr.py fed the bytes of fixtures/fam_sockaddr.c; the
expected texts are strace 6.1's for them (tests/test_families.py runs the
whole fixture under both tracers in each -X style)."""
from __future__ import annotations

import struct

from decoders.net.sockaddr import sockaddr_text
from tests.decoders.conftest import make_call

AX25 = struct.pack("<H", 3) + bytes(c << 1 for c in b"AB1C  ") + bytes([5 << 1, 0, 0, 0]) \
    + struct.pack("<i", 2) + bytes(c << 1 for c in b"DIG   ") + b"\0" + bytes([0x40] * 6) + b"\0"


def text(data, length, style="abbrev", **opts):
    return sockaddr_text(data, length, make_call(xlat_style=style, **opts))


def test_ax25_callsigns_and_digipeaters():
    assert text(AX25, 30) == ("{sa_family=AF_AX25, fsa_ax25={sax25_call=AB1C-5, sax25_ndigis=2}, "
                              "fsa_digipeater=[DIG-0, *]}")
    assert text(AX25, 17) == ("{sa_family=AF_AX25, fsa_ax25={sax25_call=AB1C-5, sax25_ndigis=2}, "
                              "fsa_digipeater=[...], ...}")
    lower = AX25[:3] + bytes([ord("a") << 1]) + AX25[4:]
    assert text(lower, 16) == ('{sa_family=AF_AX25, fsa_ax25={sax25_call={ax25_call='
                               '"\\x82\\xc2\\x62\\x86\\x40\\x40\\x0a"} /* Aa1C-5 */, '
                               'sax25_ndigis=2}, fsa_digipeater=[...]}')


def test_bluetooth_address_kind_follows_the_length():
    l2 = struct.pack("<HH6sHB", 31, 0x1005, bytes([3, 0, 0x11, 0x22, 0x33, 0x44]), 0x1005, 0x41)
    assert text(l2, 14, "verbose") == (
        '{sa_family=0x1f /* AF_BLUETOOTH */, l2_psm=htobs(0x1005 /* 0x1001 /* '
        'L2CAP_PSM_DYN_START */+4 */), l2_bdaddr="\\x03\\x00\\x11\\x22\\x33\\x44" /* '
        '03:00:11:22:33:44 */, l2_cid=htobs(0x1005 /* 0x40 /* L2CAP_CID_DYN_START */+4037 */), '
        'l2_bdaddr_type=0x41 /* BDADDR_??? */}')
    fixture = struct.pack("<H", 31) + bytes([1, 0, 3, 0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x41])
    assert text(fixture, 13) == '{sa_family=AF_BLUETOOTH, sa_data="\\1\\0\\3\\0\\21\\"3DUfA"}'
    assert text(fixture, 4) == "{sa_family=AF_BLUETOOTH, hci_dev=htobs(1)}"


def test_packet_hardware_address_cut_at_the_length():
    ll = struct.pack("<H2sIHBB8s", 17, b"\x08\x00", 1, 1, 0, 12, bytes.fromhex("aabbccddeeff0102"))
    assert text(ll, 22) == (
        '{sa_family=AF_PACKET, sll_protocol=htons(ETH_P_IP), sll_ifindex=if_nametoindex("lo"), '
        'sll_hatype=ARPHRD_ETHER, sll_pkttype=PACKET_HOST, sll_halen=12, '
        'sll_addr=[0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x1, 0x2, 00, 00, ...]}')


def test_too_short_for_the_family_prints_bytes():
    assert text(struct.pack("<H", 40) + bytes(13), 15) == \
        '{sa_family=AF_VSOCK, sa_data="\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0"}'
