"""front/getopt.py against glibc's getopt_long itself, through ctypes, on
strace's option table: the same options, arguments, operands and messages."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from pytrace.front.getopt import GetoptError, getopt_long
from pytrace.front.long_options import LONG_OPTIONS
from pytrace.front.options import SHORT_OPTIONS

OPTSTRING = "+" + "".join(letter + ":" * has_arg for letter, has_arg in SHORT_OPTIONS.items())

# Runs glibc's getopt_long over argv (given as JSON) in a process of its own
# (getopt keeps global state, and prints to the C stderr); prints one JSON
# line: the options as [val, optarg, longindex], and the operands.
_GLIBC = r"""
import ctypes, json, sys
argv, optstring, longs = json.loads(sys.argv[1])
libc = ctypes.CDLL(None)
class Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("has_arg", ctypes.c_int),
                ("flag", ctypes.c_void_p), ("val", ctypes.c_int)]
table = (Option * (len(longs) + 1))(*[Option(n.encode(), h, None, v) for n, h, v in longs])
words = [w.encode("utf-8", "surrogateescape") for w in ["pytrace"] + argv]
c_argv = (ctypes.c_char_p * (len(words) + 1))(*words, None)
index = ctypes.c_int(-1)
found = []
while True:
    index.value = -1
    c = libc.getopt_long(len(words), c_argv, optstring.encode(), table, ctypes.byref(index))
    if c == -1:
        break
    arg = ctypes.c_char_p.in_dll(libc, "optarg").value
    found.append([c, None if arg is None else arg.decode("utf-8", "surrogateescape"), index.value])
    if c == ord("?"):
        break
optind = ctypes.c_int.in_dll(libc, "optind").value
print(json.dumps([found, [w.decode("utf-8", "surrogateescape") for w in words[optind:]]]))
"""

_CODES: dict[str, int] = {}


def _code(key: str) -> int:
    """getopt's val for a key: the letter itself, or a number of its own."""
    if len(key) == 1:
        return ord(key)
    return _CODES.setdefault(key, 0x100 + len(_CODES))


_LONGS = [(option.name, option.has_arg, _code(option.key)) for option in LONG_OPTIONS]


def glibc(argv: list[str]):
    """(options as (key, arg, long name), operands, error message or None)."""
    done = subprocess.run([sys.executable, "-c", _GLIBC, json.dumps([argv, OPTSTRING, _LONGS])],
                          capture_output=True, text=True, errors="surrogateescape", check=True)
    found, operands = json.loads(done.stdout)
    keys = {code: key for key, code in _CODES.items()}
    parsed = []
    for c, arg, index in found:
        if c == ord("?"):
            message = done.stderr.removeprefix("pytrace: ").rstrip("\n")
            return parsed, None, message
        name = LONG_OPTIONS[index].name if index >= 0 else None
        parsed.append((keys.get(c, chr(c)), arg, name))
    return parsed, operands, None


def ours(argv: list[str]):
    parsed, operands = [], []
    try:
        for option in getopt_long(argv, SHORT_OPTIONS, lambda: LONG_OPTIONS, operands):
            parsed.append(tuple(option))
    except GetoptError as err:
        return parsed, None, str(err)
    return parsed, operands, None


CASES = [
    ["-f", "-o", "x", "ls", "-l"],
    ["-fo", "x", "--", "-ls"],
    ["-oxyz", "-e", "trace=open", "prog"],
    ["-e"], ["-Q"], ["-fQ"], ["-:"], ["-"], ["-", "-f"], ["--", "-f"],
    ["--summ"], ["--sum=1"], ["--summary"], ["--summary-on"], ["--d"], ["--daemoni"],
    ["--daemonize", "-p", "1"], ["--daemonize=pgroup"], ["--absolute-timestamps", "-eexecve"],
    ["--decode-fds", "-P", "/"], ["--decode-fds=path"], ["--output"], ["--output", "-x"],
    ["--output=x", "y"], ["--help=3"], ["--he"], ["--silen"], ["--qu=exit"],
    ["--foo=bar"], ["--=x"], ["--"], ["--colour=never", "--col=auto"], ["--c"],
    ["--k"], ["--no"], ["--json"], ["-p"], ["-s", "--"], ["--trace", "--", "x"],
]


@pytest.mark.parametrize("argv", CASES, ids=[" ".join(c) for c in CASES])
def test_the_same_as_glibc(argv):
    assert ours(argv) == glibc(argv)


_WORDS = st.sampled_from(
    ["-f", "-ff", "-o", "-e", "-p", "-q", "-x", "-Q", "-fo", "-s1", "--", "-", "prog", "x",
     "--output", "--output=f", "--out", "--summ", "--summary", "--d", "--decode-fds",
     "--decode-fds=all", "--tips", "--tips=id:1", "--silent", "--sil", "--help=1", "--json",
     "--colo", "--k", "--trace=open", "--tr", "--no", "--=", "---f", "-\u00e9", "-e\u00e9"])


@settings(max_examples=40, deadline=None, database=None)
@given(st.lists(_WORDS, max_size=6))
def test_random_lines_as_glibc(argv):
    assert ours(argv) == glibc(argv)
