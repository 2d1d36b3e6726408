"""decoders/net/netlink/crypto.py: NETLINK_CRYPTO messages: struct crypto_user_alg
and its reports.  This kernel has no NETLINK_CRYPTO sockets for strace to
be asked about, so the expected texts are written out here, from the
kernel's structures and strace's printers (PRINT_FIELD_CSTRING, _X, _U)."""
from __future__ import annotations

import struct

from decoders.net.netlink.message import decode_netlink
from tests.decoders.conftest import make_call

NETLINK_CRYPTO, CRYPTO_MSG_GETALG, CRYPTO_MSG_DELRNG = 21, 0x13, 0x14
BASE = 0x10000000


def _message(msg_type: int, flags: int, payload: bytes) -> bytes:
    return struct.pack("<IHHII", 16 + len(payload), msg_type, flags, 0, 0) + payload


def _alg(name: bytes) -> bytes:
    """struct crypto_user_alg: three char[64], type, mask, refcnt, flags."""
    return struct.pack("<64s64s64sIIII", name, name + b"-generic", b"kernel", 0xe, 0, 1, 0x4a)


def _decode(data: bytes, length: int | None = None, **options) -> str:
    call = make_call(memory={BASE: data}, **options)
    return decode_netlink(call, NETLINK_CRYPTO, BASE, len(data) if length is None else length)


HEADER = ("{nlmsg_len=%d, nlmsg_type=CRYPTO_MSG_GETALG, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, "
          "nlmsg_seq=0, nlmsg_pid=0}")
ALG = ('{cru_name="sha1", cru_driver_name="sha1-generic", cru_module_name="kernel", '
       "cru_type=0xe, cru_mask=0, cru_refcnt=1, cru_flags=0x4a}")


def test_an_algorithm_with_its_priority_and_hash_report():
    hash_report = struct.pack("<64sII", b"shash", 64, 20)
    attrs = (struct.pack("<HHI", 8, 1, 100)
             + struct.pack("<HH", 4 + len(hash_report), 3) + hash_report)
    data = _message(CRYPTO_MSG_GETALG, 0x301, _alg(b"sha1") + attrs)
    assert _decode(data) == "[%s, %s, %s]" % (
        HEADER % len(data), ALG,
        "[[{nla_len=8, nla_type=CRYPTOCFGA_PRIORITY_VAL}, 100], "
        '[{nla_len=76, nla_type=CRYPTOCFGA_REPORT_HASH}, {type="shash", blocksize=64, '
        "digestsize=20}]]")


def test_short_and_unreadable_algorithms():
    data = _message(CRYPTO_MSG_GETALG, 0x301, _alg(b"sha1"))
    # too short for the structure: its bytes as a string
    assert _decode(data[:24]) == '[%s, "sha1\\0\\0\\0\\0"]' % (HEADER % len(data))
    # the structure runs into unreadable memory: its address
    assert _decode(data[:100], len(data)) == "[%s, %#x]" % (HEADER % len(data), BASE + 16)


def test_other_messages_print_their_bytes_with_their_own_flags():
    data = _message(CRYPTO_MSG_DELRNG, 0x104, b"\x01\x02")
    assert _decode(data) == ("[{nlmsg_len=18, nlmsg_type=CRYPTO_MSG_DELRNG, "
                             "nlmsg_flags=NLM_F_ACK|NLM_F_NONREC, nlmsg_seq=0, nlmsg_pid=0}, "
                             '"\\x01\\x02"]')
