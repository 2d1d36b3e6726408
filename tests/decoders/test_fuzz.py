"""Every registered decoder against random and truncated tracee memory: nothing raises.

A decoder sees whatever a tracee left at an address: garbage, a structure cut
short by the end of a mapping, pointers to more garbage.  Unreadable or absurd
memory must print as something (an address, a number), never raise.  The test
knows the decoders only through their registries, so that it follows them
wherever they live: every argument kind, every return kind, every whole-call
decoder, each with its own random calls.
"""
from __future__ import annotations

import os
import struct

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is in the test extra")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import decoders  # noqa: E402
from decoders import ARG_KINDS, RET_KINDS, SYSCALL_DECODERS, Call, DecodeOptions  # noqa: E402

decoders.load_all()

BASE = 0x7F0000001000      # where the fuzzed memory starts; all else is unreadable
SIZE = 1 << 12             # its largest size: pieces of it, cut anywhere, are the rest
EXAMPLES = int(os.environ.get("PYTRACE_FUZZ_EXAMPLES", "12"))   # more: a deeper run
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=list(HealthCheck))


def _absent_pid() -> int:
    """A pid no process has: decoders that look in /proc find nothing there."""
    pid = 4_000_000
    while os.path.exists("/proc/%d" % pid):
        pid += 1
    return pid


PID = _absent_pid()


class FuzzMemory:
    """Bytes at BASE, nothing anywhere else: reads that run past the end fail
    (read), come back short (read_partial, cstring), as a tracee's would."""

    def __init__(self, data: bytes):
        self.data = data

    def _at(self, addr: int) -> bytes | None:
        if not isinstance(addr, int) or not BASE <= addr < BASE + len(self.data):
            return None
        return self.data[addr - BASE:]

    def read(self, addr: int, size: int) -> bytes | None:
        data = self._at(addr)
        if data is None or size < 0 or len(data) < size:
            return None
        return data[:size]

    def read_partial(self, addr: int, size: int) -> bytes:
        data = self._at(addr)
        return b"" if data is None or size <= 0 else data[:size]

    def cstring(self, addr: int, limit: int):
        data = self._at(addr)
        if data is None:
            return None
        end = data.find(b"\0", 0, max(limit, 0) + 1)
        if end >= 0:
            return data[:end], True
        return data[:max(limit, 0)], False


class FuzzSockets:
    """The tracer's answers about sockets: one of each kind of answer."""

    def __init__(self, protocol, family):
        self._protocol, self._family = protocol, family

    def protocol(self, pid, fd):
        return self._protocol

    def netlink_family(self, pid, fd):
        return self._family

    def genl_families(self):
        return ((16, "nlctrl"), (0x1c, "devlink"))


# --- what a tracee may have: numbers of every size, and pointers into the memory

def _pointer(offset: int) -> int:
    return BASE + offset


register = st.one_of(
    st.integers(0, SIZE).map(_pointer),                       # into (or just past) the memory
    st.integers(0, 64),                                       # counts, lengths, small fds
    st.sampled_from([0, 1, 2, 3, 0xFFFFFFFF, 0xFFFFFF9C, 2**63, 2**64 - 1, 2**64 - 100]),
    st.integers(0, 2**64 - 1),
)
word = st.one_of(
    st.integers(0, SIZE).map(lambda off: struct.pack("<Q", _pointer(off))),
    st.integers(0, 64).map(lambda n: struct.pack("<I", n)),
    st.integers(0, 64).map(lambda n: struct.pack("<Q", n)),
    st.binary(min_size=1, max_size=24),
)
# random bytes and planted pointers and lengths, cut at a random length
memory = st.tuples(st.lists(word, max_size=160), st.integers(0, SIZE)).map(
    lambda parts: b"".join(parts[0])[:parts[1]])
options = st.builds(
    DecodeOptions,
    string_limit=st.sampled_from([0, 1, 4, 32, 4096]),
    hex_strings=st.integers(0, 2),
    verbose=st.booleans(),
    xlat_style=st.sampled_from(["abbrev", "raw", "verbose"]),
    decode_fds=st.sampled_from([frozenset(), frozenset({"path"}),
                                frozenset({"path", "socket", "dev", "pidfd"})]),
    decode_pids=st.sampled_from([frozenset(), frozenset({"comm"})]),
    structs_as_addresses=st.booleans(),
)
fd_path = st.sampled_from([None, lambda fd: None, lambda fd: "/dev/null",
                           lambda fd: "socket:[12345]", lambda fd: "TCP:[127.0.0.1:1->1.2.3.4:5]"])
sockets = st.one_of(st.none(), st.builds(FuzzSockets, st.sampled_from([None, "NETLINK", "TCP",
                                                                        "UNIX"]),
                                         st.sampled_from([None, 0, 4, 9, 12, 16])))
outcome = st.one_of(st.tuples(st.just(0), register.map(lambda v: v - 2**63 if v >= 2**63 else v)),
                    st.tuples(st.integers(1, 133), st.just(-1)),
                    st.tuples(st.sampled_from([512, 513, 514, 516]), st.just(-1)))


def _call(name, args, data, opts, paths, socket_info, result) -> Call:
    call = Call(PID, 0, name, tuple(args), FuzzMemory(data), opts, fd_path=paths,
                sockets=socket_info)
    call.errno, call.rv = result
    return call


def _exit(call: Call) -> None:
    """The same call, now at its exit (as the plan runs it: same saved state)."""
    call.exiting = True


def _shown(text) -> None:
    assert text is None or isinstance(text, str), type(text)


def _args():
    return st.lists(register, min_size=6, max_size=6)


@pytest.mark.parametrize("kind", sorted(ARG_KINDS))
@FUZZ
@given(args=_args(), index=st.integers(1, 3), data=memory, opts=options, paths=fd_path,
       socket_info=sockets, result=outcome)
def test_argument_kinds_never_raise(kind, args, index, data, opts, paths, socket_info, result):
    """``index``: where the argument sits; kinds read the arguments beside theirs
    (a length next to its buffer), which the table always gives them."""
    decode = ARG_KINDS[kind]
    call = _call("fuzz", args, data, opts, paths, socket_info, (0, None))
    call.index = index
    _shown(decode(args[index], call))              # at entry
    call.errno, call.rv = result
    _exit(call)
    _shown(decode(args[index], call))              # and at exit, as "<>" kinds are


@pytest.mark.parametrize("kind", sorted(RET_KINDS))
@FUZZ
@given(args=_args(), data=memory, opts=options, paths=fd_path, socket_info=sockets,
       value=register.map(lambda v: v - 2**63 if v >= 2**63 else v))
def test_return_kinds_never_raise(kind, args, data, opts, paths, socket_info, value):
    call = _call("fuzz", args, data, opts, paths, socket_info, (0, value))
    _exit(call)
    _shown(RET_KINDS[kind](value, call))


@pytest.mark.parametrize("name", sorted(SYSCALL_DECODERS))
@FUZZ
@given(args=_args(), data=memory, opts=options, paths=fd_path, socket_info=sockets,
       result=outcome)
def test_whole_call_decoders_never_raise(name, args, data, opts, paths, socket_info, result):
    entry, exit_ = SYSCALL_DECODERS[name]
    call = _call(name, args, data, opts, paths, socket_info, (0, None))
    _shown(entry(call))
    call.errno, call.rv = result
    _exit(call)
    _shown(exit_(call))
