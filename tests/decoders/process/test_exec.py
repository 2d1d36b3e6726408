"""decoders/process/exec.py against strace 6.1."""
from __future__ import annotations

import struct

from tests.decoders.conftest import whole_call_entry as entry


def test_execve_argv_and_env_count():
    argv = struct.pack("<4Q", 0x1000, 0x1010, 0x1020, 0)
    envp = struct.pack("<3Q", 0x1100, 0x1110, 0)
    memory = {0x500: b"./fam_process\0", 0x2000: argv, 0x3000: envp,
              0x1000: b"./fam_process\0", 0x1010: b"again\0", 0x1020: b'a "quoted"\targ\0'}
    text, call = entry("execve", (0x500, 0x2000, 0x3000), memory)
    assert text == ('"./fam_process", ["./fam_process", "again", "a \\"quoted\\"\\targ"], '
                    '0x3000 /* 2 vars */')
    assert call.saved["decoded"]


def test_execve_argv_cut_after_s_elements():
    words = struct.pack("<4Q", 0x1000, 0x1000, 0x1000, 0)
    memory = {0x500: b"/bin/x\0", 0x2000: words, 0x1000: b"a\0"}
    text, _ = entry("execve", (0x500, 0x2000, 0), memory, string_limit=2)
    assert text == '"/bin/x", ["a", "a", ...], NULL'
