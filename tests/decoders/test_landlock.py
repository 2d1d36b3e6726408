"""decoders/landlock.py against strace 6.1."""
from __future__ import annotations

import os
import shutil
import struct
import sys

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.observed import assert_in_its_style, row_id
from tests.parity import _pytrace_argv, run_traced

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38
Mem = MemoryImage


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
STYLE_ROWS = [
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x0, 'abbrev', '0'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x1, 'abbrev', 'LANDLOCK_CREATE_RULESET_VERSION'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x6, 'abbrev', '0x6 /* LANDLOCK_CREATE_RULESET_??? */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x1, 'abbrev', 'LANDLOCK_RULE_PATH_BENEATH'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x2, 'abbrev', '0x2 /* LANDLOCK_RULE_??? */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x0, 'abbrev', '0 /* LANDLOCK_RULE_??? */'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x0, 'raw', '0'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x1, 'raw', '0x1'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x6, 'raw', '0x6'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x1, 'raw', '0x1'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x2, 'raw', '0x2'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x0, 'raw', '0'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x0, 'verbose', '0'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x1, 'verbose', '0x1 /* LANDLOCK_CREATE_RULESET_VERSION */'),
    ('landlock_create_flags', 'landlock_create_ruleset', 2, 0x6, 'verbose', '0x6 /* LANDLOCK_CREATE_RULESET_??? */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x1, 'verbose', '0x1 /* LANDLOCK_RULE_PATH_BENEATH */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x2, 'verbose', '0x2 /* LANDLOCK_RULE_??? */'),
    ('landlock_rule_type', 'landlock_add_rule', 1, 0x0, 'verbose', '0 /* LANDLOCK_RULE_??? */'),
]


@pytest.mark.parametrize("row", STYLE_ROWS, ids=row_id)
def test_style_rows_match_strace(row):
    assert_in_its_style(row)


# ---- landlock_create_ruleset ------------------------------------------------------------------

ACCESS = "LANDLOCK_ACCESS_FS_EXECUTE|LANDLOCK_ACCESS_FS_READ_FILE|0x10000000000"


@pytest.mark.parametrize("addr, size, value, opts, text", [
    # landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE|
    #                          LANDLOCK_ACCESS_FS_READ_FILE|0x10000000000}, 8, 0) = -1 EINVAL
    (BASE + 0x2A00, 8, 0x10000000005, {}, "{handled_access_fs=%s}" % ACCESS),
    # landlock_create_ruleset({handled_access_fs=..., ...}, 16, 0) = -1 EINVAL
    (BASE + 0x2A00, 16, 0x10000000005, {}, "{handled_access_fs=%s, ...}" % ACCESS),
    (BASE + 0x2A00, 16, 0x10000000005, {"xlat_style": "verbose"},
     "{handled_access_fs=0x10000000005 /* %s */, ...}" % ACCESS),
    (BASE + 0x2A00, 16, 0x10000000005, {"xlat_style": "raw"},
     "{handled_access_fs=0x10000000005, ...}"),
    # landlock_create_ruleset(0x10002a00, 4, 0) = -1 EINVAL
    (BASE + 0x2A00, 4, 0x10000000005, {}, "0x10002a00"),
    # landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION) = 7
    (0, 0, 0, {}, "NULL"),
    # landlock_create_ruleset(0x10008000, 8, 0) = -1 EFAULT
    (UNMAPPED, 8, 0, {}, "0x10008000"),
    # landlock_create_ruleset({handled_access_fs=0}, 8, 0) = -1 ENOMSG
    (BASE + 0x2A00, 8, 0, {}, "{handled_access_fs=0}"),
])
def test_landlock_ruleset_attr(addr, size, value, opts, text):
    mem = Mem()
    mem.put(0x2A00, struct.pack("<QQ", value, 0))
    assert decode("landlock_ruleset_attr", "landlock_create_ruleset", (addr, size, 0), 0, mem,
                  **opts) == text


# ---- landlock_create_ruleset's result, traced -------------------------------------------------
# A ruleset fd, or with LANDLOCK_CREATE_RULESET_VERSION the ABI version, which -y must
# not take for a descriptor.

# fd 7 is open, so that -y would have something to show if it took the result for an fd
PROGRAM = ("import ctypes, os\nos.dup2(0, 7)\n"
           "ctypes.CDLL(None).syscall(444, 0, 0, 1)\n"     # the ABI version
           "ctypes.CDLL(None).syscall(444, 0, 0, 0)\n")    # an attr of NULL: a failed ruleset


@pytest.mark.skipif(shutil.which("strace") is None, reason="no strace")
@pytest.mark.parametrize("inject", [[], ["-e", "inject=landlock_create_ruleset:retval=7"]],
                         ids=["as the kernel answers", "answer injected"])
def test_version_is_a_number_and_a_ruleset_an_fd(inject):
    options = ["-y", "-e", "trace=landlock_create_ruleset", *inject]
    command = [os.path.realpath(sys.executable), "-c", PROGRAM]
    theirs = run_traced(["strace"], options, command)[0]
    ours = run_traced(_pytrace_argv(), options, command)[0]
    assert ours == theirs
    if inject:
        assert ours[0].endswith("= 7 (INJECTED)") and ours[1].endswith("= 7</dev/null> (INJECTED)")
