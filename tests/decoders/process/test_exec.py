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


def test_execve_env_counted_across_chunks_and_where_memory_ends():
    # 40 variables: more than one 256-byte read; then 3 before unreadable memory
    # (strace: "/* 3 vars, unterminated */"), and none readable at all (the address)
    many = struct.pack("<41Q", *([0x1100] * 40 + [0]))
    three = struct.pack("<3Q", 0x1100, 0x1100, 0x1100)
    memory = {0x500: b"/bin/x\0", 0x2000: struct.pack("<Q", 0), 0x3000: many, 0x9000: three,
              0x1100: b"A=1\0"}
    assert entry("execve", (0x500, 0x2000, 0x3000), memory)[0] == \
        '"/bin/x", [], 0x3000 /* 40 vars */'
    assert entry("execve", (0x500, 0x2000, 0x9000), memory)[0] == \
        '"/bin/x", [], 0x9000 /* 3 vars, unterminated */'
    assert entry("execve", (0x500, 0x2000, 0x7000), memory)[0] == '"/bin/x", [], 0x7000'
