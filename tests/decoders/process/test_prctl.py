"""decoders/process/prctl.py against strace 6.1."""
from __future__ import annotations

from decoders import RET_KINDS
from tests.decoders.conftest import make_call
from tests.decoders.conftest import whole_call_entry as entry


def test_prctl_options():
    text, _ = entry("prctl", (15, 0x6000), {0x6000: b"a-name-that-is-far-too-long\0"})
    assert text == 'PR_SET_NAME, "a-name-that-is-"...'
    text, _ = entry("prctl", (0x12345678, 1, 2, 3, 4))
    assert text == "0x12345678 /* PR_??? */, 0x1, 0x2, 0x3, 0x4"
    text, _ = entry("prctl", (47, 1, 13))
    assert text == "PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_NET_RAW, 0, 0"
    ret = RET_KINDS["prctl"]
    assert ret(1, make_call("prctl", (3,), rv=1)) == "1 (SUID_DUMP_USER)"
    assert ret(2, make_call("prctl", (52, 0), rv=2)) == "0x2 (PR_SPEC_ENABLE)"
