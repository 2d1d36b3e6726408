"""Plans load only the decoders that the traced calls can reach.

Most of pytrace's start-up is imports, so a run imports the decoder modules
of the calls it may print and no other: ``decoders/index.py`` says which
module registers each kind, and a plan imports the modules of its kinds when
it is compiled.  The index is generated from the registries; it must be what
``python3 -m decoders.make_index`` would write now, or a new decoder would be
loaded by no run.
"""
from __future__ import annotations

import subprocess
import sys

from decoders import index, make_index
from decoders.syscalls_x86_64 import BY_NAME
from tests.conftest import pytrace_env

# Runs pytrace as ``python3 -m pytrace`` would, then writes the names of the
# modules it imported into the file named first (as it ends: pytrace leaves
# by os._exit, skipping Python's finalization and atexit).
LIST_MODULES_AT_EXIT = """
import os, sys
listing = sys.argv.pop(1)
exit_now = os._exit
def list_and_exit(status):
    with open(listing, "w") as f:
        f.write("\\n".join(sorted(sys.modules)))
    exit_now(status)
os._exit = list_and_exit
"""
_RUN_AND_LIST_MODULES = LIST_MODULES_AT_EXIT + """
import runpy
sys.argv[0] = "pytrace"
runpy.run_module("pytrace", run_name="__main__", alter_sys=True)
"""

DECODER_MODULES = (frozenset(index.ARG_KINDS.values()) | frozenset(index.RET_KINDS.values())
                   | frozenset(index.SYSCALL_DECODERS.values()))


def modules_imported(tmp_path, *args: str) -> frozenset[str]:
    listing = tmp_path / "modules"
    result = subprocess.run([sys.executable, "-c", _RUN_AND_LIST_MODULES, str(listing), *args],
                            env=pytrace_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return frozenset(listing.read_text().split())


def decoder_modules_of(names: list[str]) -> frozenset[str]:
    """The decoder modules that printing the syscalls ``names`` may import:
    those registering their kinds, and the decoder modules they import."""
    modules = set()
    for name in names:
        sig = BY_NAME[name]
        kinds = [arg.kind for arg in sig.args]
        modules.update(index.ARG_KINDS[kind] for kind in kinds if kind in index.ARG_KINDS)
        modules.update(index.RET_KINDS[k] for k in (sig.ret,) if k in index.RET_KINDS)
        if name in index.SYSCALL_DECODERS:
            modules.add(index.SYSCALL_DECODERS[name])
    code = "import sys\n%s\nprint('\\n'.join(sys.modules))" % "\n".join(
        "import " + module for module in sorted(modules))
    listed = subprocess.run([sys.executable, "-c", code], env=pytrace_env(), check=True,
                            capture_output=True, text=True, timeout=60).stdout.split()
    return frozenset(listed) & DECODER_MODULES


def test_index_is_what_make_index_writes():
    with open(make_index.PATH) as f:
        assert f.read() == make_index.index_text(), "run python3 -m decoders.make_index"


def test_summary_imports_no_decoder(tmp_path):
    # -c decodes nothing: it needs the names of the calls only
    assert modules_imported(tmp_path, "-c", "-o", "/dev/null", "--", "true") & DECODER_MODULES \
        == frozenset()


def test_filtered_trace_imports_only_the_decoders_of_its_calls(tmp_path):
    everything = modules_imported(tmp_path, "-o", "/dev/null", "--", "true") & DECODER_MODULES
    none = modules_imported(tmp_path, "-e", "trace=none", "-o", "/dev/null", "--", "true")
    filtered = modules_imported(tmp_path, "-e", "trace=open", "-o", "/dev/null", "--", "true")
    # what every text trace needs (descriptors, strings, errno and signal names)
    common = none & DECODER_MODULES
    assert filtered & DECODER_MODULES <= common | decoder_modules_of(["open"])
    # true makes calls of other kinds: traced, they would have loaded more
    assert everything - common - decoder_modules_of(["open"])
