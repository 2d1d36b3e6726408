"""decoders/net/sock_filter.py: classic BPF programs, printed from the bytes
of a program strace printed in SO_ATTACH_FILTER (sock_filter_probe.c)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from decoders.net.sock_filter import sock_filter_text
from tests.decoders.conftest import make_call

HERE = Path(__file__).parent
OPTION_SETS = {"v": (["-v"], {"verbose": True}),
               "v-raw": (["-v", "-X", "raw"], {"verbose": True, "xlat_style": "raw"}),
               "v-verbose": (["-v", "-X", "verbose"], {"verbose": True, "xlat_style": "verbose"}),
               "v-s4": (["-v", "-s", "4"], {"verbose": True, "string_limit": 4}),
               "default": ([], {})}


@pytest.mark.skipif(not (shutil.which("strace") and shutil.which("gcc")),
                    reason="needs strace and gcc")
@pytest.mark.parametrize("option_set", sorted(OPTION_SETS))
def test_programs_print_as_strace_prints_them(option_set, tmp_path):
    binary = tmp_path / "probe"
    subprocess.run(["gcc", "-w", "-o", str(binary), str(HERE / "sock_filter_probe.c")],
                   check=True)
    options, opts = OPTION_SETS[option_set]
    log = tmp_path / "log"
    out = subprocess.run(["strace", "-o", str(log), "-e", "trace=setsockopt", *options,
                          str(binary)], capture_output=True, text=True, check=True)
    addr, data = out.stdout.split()
    theirs = re.search(r"filter=(.*)\}, 16\)", log.read_text()).group(1)
    call = make_call(memory={int(addr, 16): bytes.fromhex(data)}, **opts)
    assert sock_filter_text(call, int(addr, 16), len(data) // 16) == theirs
