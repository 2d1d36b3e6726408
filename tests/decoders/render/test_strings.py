"""decoders.render.strings.printstr_ex fed the bytes of tests/decoders/render/printstr_probe.c;
each expected string is what strace 6.1 printed for the same bytes, under the
options given (bpf's raw_tracepoint name and log_buf are NUL-terminated
strings of a given length, keyctl's KEYCTL_DESCRIBE and KEYCTL_READ results
plain byte counts, jited_prog_insns always in hex)."""
from __future__ import annotations

import pytest

from decoders.render.strings import buffer, cstring, path, printstr_ex
from tests.decoders.conftest import make_call

ADDR = 0x7FFC0000
TP_NAME_SIZE = 128      # bpf's raw_tracepoint name
DESCRIPTION = b"user;0;0;3f010000;fam-key\0"
PAYLOAD = b"secret\0data\1\n"
JITED = bytes.fromhex("0f1f4400000f1f00554889e531c0c9e9ab200ec1")


def show(data: bytes, length: int, addr: int = ADDR, **options) -> str:
    flags = {k: options.pop(k) for k in ("zero_terminated", "omit_trailing_0", "force_hex")
             if k in options}
    call = make_call("test", memory={ADDR: data}, **options)
    return printstr_ex(call, addr, length, **flags)


def asciz(data: bytes, length: int, **options) -> str:
    return show(data, length, zero_terminated=True, **options)


NAME = [
    # bytes, options, what strace printed
    (b"sys_enter\0", {}, '"sys_enter"'),
    (b"sys_enter\0", {"string_limit": 5}, '"sys_e"...'),
    (b"sys_enter\0", {"hex_strings": 2},
     '"\\x73\\x79\\x73\\x5f\\x65\\x6e\\x74\\x65\\x72"'),
    (b"abcdef\0", {"string_limit": 5}, '"abcde"...'),
    (b"abcde\0", {"string_limit": 5}, '"abcde"'),        # the NUL right after -s
    (b"\x012\t\"\\\xffx\0", {}, '"\\0012\\t\\"\\\\\\377x"'),
    (b"\x012\t\"\\\xffx\0", {"string_limit": 5}, '"\\0012\\t\\"\\\\"...'),
    (b"\x012\t\"\\\xffx\0", {"hex_strings": 1}, '"\\x01\\x32\\x09\\x22\\x5c\\xff\\x78"'),
    (b"\x012\t\"\\\xffx\0", {"hex_strings": 2}, '"\\x01\\x32\\x09\\x22\\x5c\\xff\\x78"'),
    (b"a" * 200, {}, '"' + "a" * 32 + '"...'),
    (b"a" * 200, {"string_limit": 25}, '"' + "a" * 25 + '"...'),
    (b"a" * 200, {"string_limit": 200}, '"' + "a" * 128 + '"...'),   # the length cuts it
    (b"a" * 200, {"hex_strings": 2}, '"' + "\\x61" * 32 + '"...'),
]


@pytest.mark.parametrize("data,options,expected", NAME)
def test_nul_terminated_name_of_128_bytes(data, options, expected):
    assert asciz(data, TP_NAME_SIZE, **options) == expected


def test_null_and_unreadable_addresses():
    assert asciz(b"", TP_NAME_SIZE, addr=0) == "NULL"
    assert asciz(b"", TP_NAME_SIZE, addr=0x1000) == "0x1000"
    assert show(b"", 13, addr=0x1000) == "0x1000"


LOG_BUF = [
    # bytes, log_size, options, what strace printed
    (b"abcdefgh\0", 4, {}, '"abcd"...'),
    (b"abcdefgh\0", 4, {"hex_strings": 2}, '"\\x61\\x62\\x63\\x64"...'),
    (b"abcdefgh\0", 0, {}, '""'),
    (b"abcdefgh\0", 0, {"hex_strings": 2}, '""'),
    (b"abcdefgh\0", 9, {}, '"abcdefgh"'),
    (b"abcdefgh\0", 9, {"string_limit": 5}, '"abcde"...'),
    (b"abcdefgh\0", 9, {"hex_strings": 2}, '"\\x61\\x62\\x63\\x64\\x65\\x66\\x67\\x68"'),
    (b"ab\0cdefgh\0", 6, {}, '"ab"'),
    (b"ab\0cdefgh\0", 6, {"hex_strings": 2}, '"\\x61\\x62"'),
]


@pytest.mark.parametrize("data,length,options,expected", LOG_BUF)
def test_nul_terminated_log_buffer_of_log_size_bytes(data, length, options, expected):
    assert asciz(data, length, **options) == expected


DESCRIBE = [
    # length (the return value, at most the buffer's size), options, strace's text
    (26, {}, '"user;0;0;3f010000;fam-key"'),
    (26, {"string_limit": 5}, '"user;"...'),
    (26, {"string_limit": 25}, '"user;0;0;3f010000;fam-key"...'),
    (26, {"string_limit": 26}, '"user;0;0;3f010000;fam-key"'),
    (26, {"hex_strings": 1},
     '"\\x75\\x73\\x65\\x72\\x3b\\x30\\x3b\\x30\\x3b\\x33\\x66\\x30\\x31\\x30\\x30\\x30\\x30'
     '\\x3b\\x66\\x61\\x6d\\x2d\\x6b\\x65\\x79\\x00"'),
    (8, {}, '"user;0;0"'),
    (8, {"string_limit": 5}, '"user;"...'),
    (8, {"hex_strings": 1}, '"user;0;0"'),
    (8, {"hex_strings": 2}, '"\\x75\\x73\\x65\\x72\\x3b\\x30\\x3b\\x30"'),
]


@pytest.mark.parametrize("length,options,expected", DESCRIBE)
def test_description_drops_its_trailing_nul(length, options, expected):
    data = DESCRIPTION + b"\xaa" * 230
    assert show(data, length, omit_trailing_0=True, **options) == expected


READ = [
    (13, {}, '"secret\\0data\\1\\n"'),
    (13, {"string_limit": 5}, '"secre"...'),
    (13, {"string_limit": 25}, '"secret\\0data\\1\\n"'),
    (13, {"hex_strings": 1}, '"\\x73\\x65\\x63\\x72\\x65\\x74\\x00\\x64\\x61\\x74\\x61\\x01\\x0a"'),
    (4, {}, '"secr"'),
    (4, {"hex_strings": 1}, '"secr"'),
    (4, {"hex_strings": 2}, '"\\x73\\x65\\x63\\x72"'),
    (0, {}, '""'),
    (0, {"string_limit": 5}, '""'),
]


@pytest.mark.parametrize("length,options,expected", READ)
def test_payload_keeps_its_nuls(length, options, expected):
    assert show(PAYLOAD + b"\xaa" * 243, length, **options) == expected


@pytest.mark.parametrize("options,expected", [
    ({}, '"' + "".join("\\x%02x" % c for c in JITED) + '"'),
    ({"hex_strings": 1}, '"' + "".join("\\x%02x" % c for c in JITED) + '"'),
    ({"string_limit": 4}, '"\\x0f\\x1f\\x44\\x00"...'),
])
def test_forced_hex_whatever_x_says(options, expected):
    assert show(JITED + b"\xaa" * 236, len(JITED), force_hex=True, **options) == expected


# -- where the memory ends or the string's NUL falls just outside it ----------
# (strace's lines for tests/decoders/render/printstr_probe.c's last part; the bytes end
# where the probe's mapping ends, as FakeMemory's block does)

@pytest.mark.parametrize("data,length,expected", [
    (b"abcd\0", 4, '"abcd"...'),     # the NUL right after log_size bytes is not the string's
    (b"abcd\0", 5, '"abcd"'),
    (b"abcd\0", 6, '"abcd"'),
    (b"bcd\0", 4, '"bcd"'),
    (b"bcd\0", 5, '"bcd"'),
])
def test_nul_terminated_string_of_a_given_length(data, length, expected):
    assert asciz(data, length) == expected


def test_string_running_into_unreadable_memory_prints_the_address():
    # strace's umovestr fails once it has read some bytes but no NUL
    assert asciz(b"xyz", TP_NAME_SIZE) == "0x7ffc0000"
    assert asciz(b"xyz", TP_NAME_SIZE, string_limit=5) == "0x7ffc0000"


DIGITS = b"0123456789abcdef0123456789abcdef"


def test_printstr_running_into_unreadable_memory_prints_the_address():
    # delete_module's name: strace reads -s + 1 bytes
    assert cstring(ADDR, make_call(memory={ADDR: DIGITS})) == "0x7ffc0000"
    assert cstring(ADDR + 1, make_call(memory={ADDR: DIGITS})) == "0x7ffc0001"
    assert cstring(ADDR, make_call(memory={ADDR: DIGITS[:31] + b"\0"})) == \
        '"0123456789abcdef0123456789abcde"'


def test_printstrn_reads_one_byte_past_the_limit():
    # write(-1, buf, 100) with 32, then 33, readable bytes at buf
    assert buffer(ADDR, 100, make_call(memory={ADDR: b"w" * 32})) == "0x7ffc0000"
    assert buffer(ADDR, 100, make_call(memory={ADDR: b"w" * 33})) == '"' + "w" * 32 + '"...'
    assert buffer(ADDR, 32, make_call(memory={ADDR: b"w" * 32})) == '"' + "w" * 32 + '"'


def test_path_is_cut_at_path_max_less_one():
    call = lambda data: make_call(memory={ADDR: data})
    assert path(ADDR, call(b"a" * 4095 + b"\0")) == '"' + "a" * 4095 + '"'
    assert path(ADDR, call(b"a" * 4096 + b"\0")) == '"' + "a" * 4095 + '"...'
    assert path(ADDR, call(b"a" * 5000 + b"\0")) == '"' + "a" * 4095 + '"...'
    assert path(ADDR, call(b"w" * 40)) == "0x7ffc0000"


ALL_BYTES = ("import os; os.write(1, bytes(range(256)) + b'\\x01' + b'7' + b'\\x1b0'"
             " + b'\\n8\\t9\\\\\\\"x' + b'\\x7f' + b'5')")


@pytest.mark.parametrize("options", [[], ["-x"], ["-xx"]])
def test_every_byte_value_is_escaped_as_strace_escapes_it(options):
    # octal escapes grow to three digits before a digit, named ones never do
    import subprocess
    import sys

    from tests.conftest import pytrace_command, pytrace_env
    argv = options + ["-e", "trace=write", "-s", "1024", "--", sys.executable, "-c", ALL_BYTES]
    lines = []
    for command in (["strace", *argv], pytrace_command(*argv)):
        done = subprocess.run(command, env=pytrace_env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, timeout=60)
        lines.append([l for l in done.stderr.splitlines() if l.startswith("write(1, ")])
    assert lines[0] and lines[1] == lines[0]
