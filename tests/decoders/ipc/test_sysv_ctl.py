"""msgctl, shmctl and semctl against strace 6.1 on the same bytes.

sysv_ctl_probe.c makes each call on a real queue, segment and semaphore set
and prints the buffer's bytes before and after it; strace traces the same run.
Each call is decoded from those bytes (the entry from the bytes before, the
exit from the bytes after) and must print what strace printed between the
parentheses, in each -X style and with -e verbose=none.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import decoders
from decoders import SYSCALL_DECODERS
from decoders.syscalls_x86_64 import signature
from tests.decoders.conftest import make_call
from tests.decoders.probes import run_probe

decoders.load_all()

pytestmark = pytest.mark.skipif(not (shutil.which("strace") and shutil.which("gcc")),
                                reason="needs strace and gcc")

OPTION_SETS = {
    "abbrev": ([], {}),
    "raw": (["-X", "raw"], {"xlat_style": "raw"}),
    "verbose": (["-X", "verbose"], {"xlat_style": "verbose"}),
    "not-verbose": (["-e", "verbose=none"], {"structs_as_addresses": True}),
}


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    binary = tmp_path_factory.mktemp("sysv_ctl") / "probe"
    source = Path(__file__).with_name("sysv_ctl_probe.c")
    subprocess.run(["gcc", "-O0", "-o", str(binary), str(source)], check=True)
    return binary


def decoded(record, opts: dict) -> str:
    """What the whole-call decoder prints between the parentheses."""
    name = signature(record.nr).name
    entry, exit_ = SYSCALL_DECODERS[name]
    call = make_call(name, record.args, record.before, nr=record.nr, **opts)
    text = entry(call)
    after = make_call(name, record.args, record.after, nr=record.nr, rv=record.rv,
                      errno=record.errno, **opts)
    after.saved = call.saved
    return text + exit_(after)


@pytest.mark.parametrize("option_set", list(OPTION_SETS))
def test_ctl_calls_print_as_strace(probe, tmp_path, option_set):
    options, opts = OPTION_SETS[option_set]
    records = run_probe(probe, options, tmp_path)
    assert {tag.split("_")[0] for tag in records} == {"msg", "shm", "sem"}
    for tag, record in records.items():
        expected = re.match(r"\w+\((.*)\) += ", record.line).group(1)
        assert decoded(record, opts) == expected, tag
