"""Shared helpers for decoder tests: a tracee memory made of byte blocks."""
from __future__ import annotations

import shutil

import pytest

from decoders import Call, DecodeOptions


class FakeMemory:
    """Tracee memory for decoder tests: ``{address: bytes}`` blocks; everything else is unreadable."""

    def __init__(self, blocks: dict[int, bytes] | None = None):
        self.blocks = dict(blocks or {})

    def _find(self, addr: int):
        for base, data in self.blocks.items():
            if base <= addr < base + len(data):
                return data[addr - base:]
        return None

    def read(self, addr: int, size: int):
        data = self._find(addr)
        if data is None or len(data) < size:
            return None if size else (b"" if data is not None else None)
        return data[:size]

    def read_partial(self, addr: int, size: int) -> bytes:
        data = self._find(addr)
        return b"" if data is None else data[:size]

    def cstring(self, addr: int, limit: int):
        # as pytrace.engine.memory.TraceeMemory: a NUL right after ``limit`` bytes
        # still counts as found
        data = self._find(addr)
        if data is None:
            return None
        end = data.find(b"\0", 0, limit + 1)
        if end >= 0:
            return data[:end], True
        return data[:limit], False


PROBE_BASE = 0x10000000   # where the C probes of the structure tests map their pages
UNMAPPED = 0x10008000     # and a page they leave unmapped


class MemoryImage:
    """Four pages of tracee memory at PROBE_BASE, filled piece by piece."""

    def __init__(self):
        self.data = bytearray(0x4000)

    def put(self, offset: int, raw: bytes) -> int:
        """Write ``raw`` at ``offset`` and return its tracee address."""
        self.data[offset:offset + len(raw)] = raw
        return PROBE_BASE + offset

    def blocks(self) -> dict:
        return {PROBE_BASE: bytes(self.data)}


# The probes (tests/decoders/*/…_probe.c) are built with gcc and run under strace.
needs_probe_tools = pytest.mark.skipif(not (shutil.which("strace") and shutil.which("gcc")),
                                       reason="needs strace and gcc")

# strace's options that the probes' lines are compared under -> DecodeOptions fields
PROBE_OPTION_SETS = {
    "default": ([], {}),
    "verbose": (["-v"], {"verbose": True}),
    "raw": (["-X", "raw"], {"xlat_style": "raw"}),
    "xverbose": (["-X", "verbose"], {"xlat_style": "verbose"}),
    "s4": (["-s", "4"], {"string_limit": 4}),
    "xx": (["-xx"], {"hex_strings": 2}),
}


def make_call(name="test", args=(0, 0, 0, 0, 0, 0), memory=None, rv=None, errno=0,
              pid=1000, nr=0, **options) -> Call:
    """A Call as the session builds it; ``rv`` set means the call is at its exit."""
    args = tuple(args) + (0,) * (6 - len(args))
    call = Call(pid, nr, name, args, FakeMemory(memory), DecodeOptions(**options))
    if rv is not None or errno:
        call.exiting = True
        call.rv = -1 if errno else rv
        call.errno = errno
    return call


def decode_arg(kind, name, args, index, mem=None, rv=None, errno=0, inout=False, fds=None,
               **opts):
    """One argument of kind ``kind`` decoded from a MemoryImage ``mem``.

    ``rv``/``errno`` put the call at its exit; ``inout`` kinds are first shown
    their value at entry, as the plan does; ``fds`` maps descriptors to what
    -y prints for them."""
    from decoders import arg_decoder
    blocks = mem.blocks() if mem else {}
    if inout:
        call = make_call(name, args, memory=blocks, **opts)
        call.index = index
        arg_decoder(kind)(call.args[index], call)
        call.exiting = True
        call.rv = -1 if errno else rv
        call.errno = errno
    else:
        call = make_call(name, args, memory=blocks, rv=rv, errno=errno, **opts)
    if fds is not None:
        call.fd_path = fds.get
    call.index = index
    return arg_decoder(kind)(call.args[index], call)


def render_arg(kind, syscall, args, index, memory=None, **options):
    """One argument of kind ``kind``, with ``memory`` as ``{address: bytes}`` blocks."""
    from decoders import arg_decoder
    call = make_call(syscall, args, memory, **options)
    call.index = index
    return arg_decoder(kind)(args[index], call)


def shown_args(syscall, kinds, args, memory=None, rv=None, errno=0, **options):
    """The arguments a plan of ``kinds`` prints (None ones left out), joined."""
    from decoders import arg_decoder
    call = make_call(syscall, args, memory, rv=rv, errno=errno, **options)
    parts = []
    for index, kind in enumerate(kinds):
        call.index = index
        text = arg_decoder(kind)(args[index], call)
        if text is not None:
            parts.append(text)
    return ", ".join(parts)


def whole_call(name, args, memory=None, rv=None, errno=0, **opts):
    """What strace prints between a whole-call decoder's parentheses: the entry
    text, then the exit text unless the entry said it printed everything."""
    from decoders import whole_call_decoder
    entry, exit_ = whole_call_decoder(name)
    call = make_call(name, args, memory, **opts)
    text = entry(call)
    if call.saved.get("decoded"):
        return text
    call.exiting = True
    call.rv = -1 if errno else rv
    call.errno = errno
    return text + exit_(call)


def whole_call_entry(name, args, memory=None, **opts):
    """A whole-call decoder's entry text, and the Call it leaves for the exit."""
    from decoders import whole_call_decoder
    call = make_call(name, args, memory, **opts)
    return whole_call_decoder(name)[0](call), call


@pytest.fixture
def call_factory():
    return make_call


@pytest.fixture(scope="session")
def every_syscall_probe(tmp_path_factory):
    """tests/decoders/every_syscall_probe.c, built (see tests/decoders/probes.py)."""
    import shutil
    import subprocess
    from pathlib import Path
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None or shutil.which("strace") is None or shutil.which("setarch") is None:
        pytest.skip("no C compiler, strace or setarch")
    binary = tmp_path_factory.mktemp("every_syscall") / "every_syscall_probe"
    source = Path(__file__).with_name("every_syscall_probe.c")
    subprocess.run([cc, "-O1", "-o", str(binary), str(source)], check=True)
    return binary
