"""-e read=/write=: which descriptors are dumped, and how, against strace 6.1
on fixtures/fam_mmsg.c (socketpair descriptors 3 and 4)."""
from __future__ import annotations

import re

import pytest

from tests.conftest import run_pytrace, run_strace

_ADDRESS = re.compile(r"0x7f[0-9a-f]{10}")

EXPRESSIONS = ["!!!0,0,1", "!3", "!all", "!!none", "3,,4", " 4", "x", "3,all"]


@pytest.mark.parametrize("expression", EXPRESSIONS)
def test_descriptor_sets_as_strace_reads_them(expression, fixture_bin):
    exe = fixture_bin["fam_mmsg"]
    options = ["-e", "trace=sendmmsg,recvmmsg", "-e", "read=" + expression,
               "-e", "write=" + expression]
    expected = run_strace(*options, exe)
    got = run_pytrace(*options, "--", exe)
    assert got.returncode == expected.returncode
    assert _ADDRESS.sub("ADDR", got.stderr.replace("pytrace:", "strace:")) == \
        _ADDRESS.sub("ADDR", expected.stderr)
