"""decoders/process/kcmp.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

import decoders
from tests.decoders.conftest import make_call
from tests.decoders.conftest import shown_args as shown
from tests.decoders.observed import assert_in_its_style, row_id

ARG = decoders.ARG_KINDS


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('kcmp_type', 'kcmp', 2, 0x0, 'abbrev', 'KCMP_FILE'),
    ('kcmp_type', 'kcmp', 2, 0x8, 'abbrev', '0x8 /* KCMP_??? */'),
    ('kcmp_type', 'kcmp', 2, 0x7, 'abbrev', 'KCMP_EPOLL_TFD'),
    ('kcmp_type', 'kcmp', 2, 0x0, 'raw', '0'),
    ('kcmp_type', 'kcmp', 2, 0x8, 'raw', '0x8'),
    ('kcmp_type', 'kcmp', 2, 0x7, 'raw', '0x7'),
    ('kcmp_type', 'kcmp', 2, 0x0, 'verbose', '0 /* KCMP_FILE */'),
    ('kcmp_type', 'kcmp', 2, 0x8, 'verbose', '0x8 /* KCMP_??? */'),
    ('kcmp_type', 'kcmp', 2, 0x7, 'verbose', '0x7 /* KCMP_EPOLL_TFD */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)


# kcmp: the indexes depend on the comparison type -------------------------------

KCMP = ("pid", "pid", "kcmp_type", "kcmp_idx", "kcmp_idx")


ME = 7706


@pytest.mark.parametrize("args,memory,expected", [
    # the slot is {efd, tfd, toff}, three u32s (the program stored 123456789012
    # in a 64-bit toff; strace read its low half)
    ((ME, ME, 7, 1, 0x5000), {0x5000: struct.pack("<IIQ", 3, 4, 123456789012)},
     "7706, 7706, KCMP_EPOLL_TFD, 1, {efd=3, tfd=4, toff=3197704724}"),
    ((ME, 1, 7, 1, 0x10), None, "7706, 1, KCMP_EPOLL_TFD, 1, 0x10"),
    ((0, 0, 7, 3, 0), None, "0, 0, KCMP_EPOLL_TFD, 3, NULL"),
    ((ME, ME, 0, 0, 1), None, "7706, 7706, KCMP_FILE, 0, 1"),
    ((0, 0, 0, 1, 2), None, "0, 0, KCMP_FILE, 1, 2"),
    ((ME, ME, 2, 0, 1), None, "7706, 7706, KCMP_FILES"),
    ((0, 0, 1, 3, 4), None, "0, 0, KCMP_VM"),
    ((0, 0, 6, 3, 4), None, "0, 0, KCMP_SYSVSEM"),
    ((0, 0, 8, 3, 4), None, "0, 0, 0x8 /* KCMP_??? */, 0x3, 0x4"),
    ((ME, ME, 0xFFFFFFFF, 0, 1), None, "7706, 7706, 0xffffffff /* KCMP_??? */, 0, 0x1"),
])
def test_kcmp(args, memory, expected):
    assert shown("kcmp", KCMP, args, memory) == expected


def test_kcmp_raw_style():
    # kcmp(7710, 7710, 0x7, 1, {efd=3, tfd=4, toff=3197704724}) under -X raw
    memory = {0x5000: struct.pack("<IIQ", 3, 4, 123456789012)}
    assert shown("kcmp", KCMP, (ME, ME, 7, 1, 0x5000), memory, xlat_style="raw") == \
        "7706, 7706, 0x7, 1, {efd=3, tfd=4, toff=3197704724}"
    assert shown("kcmp", KCMP, (ME, ME, 2, 0, 1), xlat_style="raw") == "7706, 7706, 0x2"


def test_kcmp_fds_of_the_tracee_get_paths_with_y():
    # strace -y: kcmp(30993, 30993, KCMP_FILE, 0</dev/null>, 1</dev/null>)
    #            kcmp(30993, 1, KCMP_FILE, 2</tmp/.../stderr>, 1)   (another process's fd: no path)
    paths = {0: "</dev/null>", 1: "</dev/null>", 2: "</tmp/stderr>"}
    for args, expected in (((30993, 30993, 0, 0, 1), "0</dev/null>, 1</dev/null>"),
                           ((30993, 1, 0, 2, 1), "2</tmp/stderr>, 1")):
        call = make_call("kcmp", args, pid=30993, decode_fds=frozenset({"path"}))
        call.fd_path = paths.get
        texts = []
        for index in (3, 4):
            call.index = index
            texts.append(ARG["kcmp_idx"](args[index], call))
        assert ", ".join(texts) == expected
