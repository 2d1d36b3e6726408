"""The i386 table (decoders/syscalls_i386.py, completed from the 64-bit rows)
against the kernel's unistd_32.h and strace 6.1's own i386 table."""
from __future__ import annotations

import os
import re
import subprocess

import pytest

import decoders
from pytrace.engine.arch import i386_rows
from decoders.syscalls_i386 import ROWS
from tests.decoders.test_table import _FLAG_BITS, STRACE_REPO, needs_mirror

UNISTD_32 = "/usr/include/x86_64-linux-gnu/asm/unistd_32.h"


@pytest.mark.skipif(not os.path.exists(UNISTD_32), reason="no kernel UAPI headers")
def test_own_rows_are_at_the_kernels_numbers():
    with open(UNISTD_32) as f:
        header = {int(nr): name for name, nr in re.findall(r"#define __NR_(\w+)\s+(\d+)", f.read())}
    assert {sig.nr: sig.name for sig in ROWS} == {sig.nr: header[sig.nr] for sig in ROWS}
    assert {nr: sig.name for nr, sig in i386_rows().items()} == header


def _strace_i386_table() -> dict[int, tuple[str, str, str]]:
    """nr -> (argument count, class flags, name) from strace v6.1's i386 table."""
    text = ""
    for path in ("src/linux/i386/syscallent.h", "src/linux/32/syscallent-common-32.h",
                 "src/linux/generic/syscallent-common.h"):
        text += subprocess.run(["git", "-C", STRACE_REPO, "show", "v6.1:" + path],
                               capture_output=True, text=True, check=True).stdout
    return {int(m[1]): (m[2], m[3].strip(), m[4]) for m in re.finditer(
        r'\[(?:BASE_NR \+ )?\s*(\d+)\]\s*=\s*\{\s*(\d+|MA),\s*([^,]+),\s*SEN\(\w+\),\s*"(\w+)"',
        text)}


@needs_mirror
def test_names_argument_counts_and_classes_match_strace():
    rows = i386_rows()
    wrong = {}
    for nr, (count, flags, name) in _strace_i386_table().items():
        bits = 0
        for flag in flags.split("|"):
            bits |= _FLAG_BITS.get(flag.strip(), 0)
        sig = rows[nr]
        ours = (sig.name, len(sig.args) if count != "MA" else "MA", sig.classes)
        if ours != (name, int(count) if count != "MA" else "MA", bits):
            wrong[nr] = (ours, (name, count, bits))
    assert wrong == {}


def test_every_kind_is_registered():
    """No whole-call decoder reads an i386 call: every kind is printed by one."""
    decoders.load_all()
    rows = i386_rows().values()
    missing = sorted({arg.kind for sig in rows for arg in sig.args} - set(decoders.ARG_KINDS))
    missing_ret = sorted({sig.ret for sig in rows} - set(decoders.RET_KINDS))
    assert (missing, missing_ret) == ([], [])
