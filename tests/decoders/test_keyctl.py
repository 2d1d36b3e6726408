"""keyctl fed real bytes; the expected strings are strace 6.1's lines for the
same calls (fixtures/fam_keyctl.c, run with and without its "all" argument,
under strace with the options named in each test)."""
from __future__ import annotations

import struct

import pytest

import decoders
from tests.decoders.conftest import PROBE_BASE
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.conftest import whole_call as whole

BASE = PROBE_BASE
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38

decoders.load_all()

KEY = 284504691
BUF = 0x7FFFFFFFE5D0




def test_describe_omits_the_trailing_nul():
    memory = {BUF: b"user;0;0;3f010000;fam-key\0" + b"\xaa" * 230}
    assert whole("keyctl", (6, KEY, BUF, 256), memory, rv=26) == \
        'KEYCTL_DESCRIBE, 284504691, "user;0;0;3f010000;fam-key", 256'


def test_describe_in_hex_keeps_the_trailing_nul():
    memory = {BUF: b"user;0;0;3f010000;fam-key\0" + b"\xaa" * 230}
    assert whole("keyctl", (6, KEY, BUF, 256), memory, rv=26, hex_strings=1) == (
        'KEYCTL_DESCRIBE, 284504691, "\\x75\\x73\\x65\\x72\\x3b\\x30\\x3b\\x30\\x3b\\x33'
        '\\x66\\x30\\x31\\x30\\x30\\x30\\x30\\x3b\\x66\\x61\\x6d\\x2d\\x6b\\x65\\x79\\x00", 256')


def test_describe_into_a_short_buffer_prints_what_is_there():
    memory = {BUF: bytes(8)}
    assert whole("keyctl", (6, KEY, BUF, 8), memory, rv=26) == \
        'KEYCTL_DESCRIBE, 284504691, "\\0\\0\\0\\0\\0\\0\\0", 8'
    assert whole("keyctl", (6, KEY, BUF, 8), memory, rv=26, hex_strings=1) == \
        'KEYCTL_DESCRIBE, 284504691, "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00", 8'


def test_read_keeps_nuls_and_stops_at_the_length():
    memory = {BUF: b"secret\0data\1\n" + b"\xaa" * 100}
    assert whole("keyctl", (11, KEY, BUF, 256), memory, rv=13) == \
        'KEYCTL_READ, 284504691, "secret\\0data\\1\\n", 256'
    assert whole("keyctl", (11, KEY, BUF, 4), {BUF: bytes(4)}, rv=13) == \
        'KEYCTL_READ, 284504691, "\\0\\0\\0\\0", 4'


def test_failed_read_prints_the_address():
    assert whole("keyctl", (11, 2**64 - 1000, BUF, 256), errno=126) == \
        "KEYCTL_READ, -1000, 0x7fffffffe5d0, 256"


def test_special_key_ids_and_create_flag():
    assert whole("keyctl", (0, 2**64 - 3, 1)) == "KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 1"
    assert whole("keyctl", (0, 2**64 - 42, 0)) == "KEYCTL_GET_KEYRING_ID, -42, 0"


def test_setperm_flags_with_unknown_bits():
    assert whole("keyctl", (5, KEY, 0x3F030040)) == (
        "KEYCTL_SETPERM, 284504691, KEY_POS_VIEW|KEY_POS_READ|KEY_POS_WRITE|KEY_POS_SEARCH|"
        "KEY_POS_LINK|KEY_POS_SETATTR|KEY_USR_VIEW|KEY_USR_READ|0x40")


def test_reqkey_default_and_unknown():
    assert whole("keyctl", (14, 0)) == "KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_DEFAULT"
    assert whole("keyctl", (14, 42)) == "KEYCTL_SET_REQKEY_KEYRING, 42 /* KEY_REQKEY_DEFL_??? */"


def test_reject_names_the_errno():
    assert whole("keyctl", (19, KEY, 60, 128, 0)) == \
        "KEYCTL_REJECT, 284504691, 60, EKEYREVOKED, 0"


def test_instantiate_iov_strings():
    iov = struct.pack("<4Q", 0x1000, 3, 0x1010, 4)
    memory = {0x2000: iov, 0x1000: b"one", 0x1010: b"two\n"}
    assert whole("keyctl", (20, KEY, 0x2000, 2, 0), memory) == (
        'KEYCTL_INSTANTIATE_IOV, 284504691, [{iov_base="one", iov_len=3}, '
        '{iov_base="two\\n", iov_len=4}], 2, 0')


def test_dh_compute_reads_kdf_params_even_when_failing():
    dh = struct.pack("<3i", -1, -42, 7)
    kdf = struct.pack("<QQI8I4x", 0x3000, 0, 0, *([0] * 8))   # 56 bytes, as in C
    memory = {0x1000: dh, 0x2000: kdf, 0x3000: b"sha256\0"}
    assert whole("keyctl", (23, 0x1000, BUF, 256, 0x2000), memory, errno=95) == (
        "KEYCTL_DH_COMPUTE, {private=KEY_SPEC_THREAD_KEYRING, prime=-42, base=7}, "
        '0x7fffffffe5d0, 256, {hashname="sha256", otherinfo=NULL, otherinfolen=0}')


def test_pkey_encrypt_and_verify():
    params = struct.pack("<iII7I", -1, 4, 5, *([0] * 7))
    memory = {0x1000: params, 0x2000: b"enc=raw\0", 0x3000: b"data", 0x4000: b"sig01"}
    assert whole("keyctl", (25, 0x1000, 0x2000, 0x3000, BUF), memory, errno=95) == (
        'KEYCTL_PKEY_ENCRYPT, {key_id=KEY_SPEC_THREAD_KEYRING, in_len=4, out_len=5}, '
        '"enc=raw", "data", 0x7fffffffe5d0')
    assert whole("keyctl", (28, 0x1000, 0x2000, 0x3000, 0x4000), memory, errno=95) == (
        'KEYCTL_PKEY_VERIFY, {key_id=KEY_SPEC_THREAD_KEYRING, in_len=4, in2_len=5}, '
        '"enc=raw", "data", "sig01"')


def test_capabilities_bytes_as_flags():
    memory = {0x1000: bytes([0xEB, 0x03, 0, 0])}   # what this kernel answered
    caps0 = ("KEYCTL_CAPS0_CAPABILITIES|KEYCTL_CAPS0_PERSISTENT_KEYRINGS|KEYCTL_CAPS0_PUBLIC_KEY|"
             "KEYCTL_CAPS0_INVALIDATE|KEYCTL_CAPS0_RESTRICT_KEYRING|KEYCTL_CAPS0_MOVE")
    assert whole("keyctl", (31, 0x1000, 4), memory, rv=2) == \
        "KEYCTL_CAPABILITIES, [%s, KEYCTL_CAPS1_NS_KEYRING_NAME|KEYCTL_CAPS1_NS_KEY_TAG], 4" % caps0
    assert whole("keyctl", (31, 0x1000, 1), memory, rv=2) == "KEYCTL_CAPABILITIES, [%s], 1" % caps0


def test_move_and_unknown_command():
    assert whole("keyctl", (30, KEY, 2**64 - 3, 2**64 - 2, 1)) == (
        "KEYCTL_MOVE, 284504691, KEY_SPEC_SESSION_KEYRING, KEY_SPEC_PROCESS_KEYRING, "
        "KEYCTL_MOVE_EXCL")
    assert whole("keyctl", (0x7777, 1, 2, 3, 4)) == "0x7777 /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4"
    assert whole("keyctl", (18,)) == "KEYCTL_SESSION_TO_PARENT"


def test_raw_and_verbose_styles():
    assert whole("keyctl", (0, 2**64 - 3, 1), xlat_style="raw") == "0, -3, 1"
    assert whole("keyctl", (0, 2**64 - 3, 1), xlat_style="verbose") == \
        "0 /* KEYCTL_GET_KEYRING_ID */, -3 /* KEY_SPEC_SESSION_KEYRING */, 1"


# ---- add_key / request_key keyrings ---------------------------------------------------------------

@pytest.mark.parametrize("value, opts, text", [
    # add_key("s2bogus", "desc", "payload", 7, KEY_SPEC_SESSION_KEYRING) = -1 ENODEV
    (0xFFFFFFFD, {}, "KEY_SPEC_SESSION_KEYRING"),
    (0xFFFFFFFFFFFFFFFD, {}, "KEY_SPEC_SESSION_KEYRING"),
    # strace -X verbose: ..., -3 /* KEY_SPEC_SESSION_KEYRING */)
    (0xFFFFFFFD, {"xlat_style": "verbose"}, "-3 /* KEY_SPEC_SESSION_KEYRING */"),
    # strace -X raw: ..., -3)
    (0xFFFFFFFD, {"xlat_style": "raw"}, "-3"),
    # add_key("s2bogus", "desc", NULL, 0, 12345) = -1 ENOKEY
    (12345, {}, "12345"),
    # add_key("s2bogus", "desc", NULL, 0, 0) = -1 EINVAL
    (0, {}, "0"),
    # add_key("s2bogus", "desc", NULL, 0, -100) = -1 EINVAL
    (0xFFFFFF9C, {}, "-100"),
])
def test_key_serial_add_key(value, opts, text):
    args = (BASE, BASE + 8, 0, 0, value)
    assert decode("key_serial", "add_key", args, 4, **opts) == text


@pytest.mark.parametrize("value, text", [
    # request_key("s2bogus", "desc", "info", KEY_SPEC_REQUESTOR_KEYRING) = -1 ENOKEY
    (0xFFFFFFF8, "KEY_SPEC_REQUESTOR_KEYRING"),
    # request_key("s2bogus", "desc", NULL, KEY_SPEC_THREAD_KEYRING) = -1 ENOKEY
    (0xFFFFFFFF, "KEY_SPEC_THREAD_KEYRING"),
])
def test_key_serial_request_key(value, text):
    assert decode("key_serial", "request_key", (BASE, BASE, 0, value), 3) == text
