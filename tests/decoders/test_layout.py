"""The shape of decoders/ and pytrace/: their import graphs have no cycle,
decoders/ never reaches pytrace/, no function (or whole-call decoder class) in decoders/ or pytrace/
runs past 100 lines, no module name tells the order the code was written in,
and ``python3 -m decoders NAME`` finds a syscall's or a request's decoder."""
from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LONGEST = 100


def _modules(package: str) -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(path: Path, known: dict[str, Path]) -> set[str]:
    """Every module ``path`` imports, at its top or inside a function."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                sub = node.module + "." + alias.name
                out.add(sub if sub in known else node.module)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


@pytest.mark.parametrize("package", ["decoders", "pytrace"])
def test_the_import_graph_has_no_cycle(package):
    # imports inside functions count: a lazy import is still a dependency
    known = _modules(package)
    graph = {name: {m for m in _imports(path, known) if m in known and m != name}
             for name, path in known.items()}
    assert _cycle(graph) is None


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_decoders_import_nothing_from_pytrace():
    known = _modules("decoders")
    offenders = {name: sorted(m for m in _imports(path, known) if m.split(".")[0] == "pytrace")
                 for name, path in known.items()}
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def _long_definitions(package: str, kinds: tuple) -> list[str]:
    long = []
    for name, path in _modules(package).items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, kinds):
                length = node.end_lineno - node.lineno + 1
                if length > LONGEST:
                    long.append("%s.%s: %d lines" % (name, node.name, length))
    return long


def test_no_function_in_decoders_or_pytrace_is_longer_than_100_lines():
    # Data tables are assignments, not functions: they may be as long as they are.
    # A whole-call decoder class is one decoder split in two: it counts as one.
    functions = (ast.FunctionDef, ast.AsyncFunctionDef)
    assert _long_definitions("decoders", functions + (ast.ClassDef,)) == []
    assert _long_definitions("pytrace", functions) == []


def test_module_names_tell_what_they_hold():
    # a number is history too, except in the name of an architecture
    history = re.compile(r"(^|_)(more|special\d*|s\d+)_|^(flags2|structs2|xlat|special)$|\d")
    names = [part.replace("x86_64", "").replace("i386", "")
             for name in _modules("decoders") for part in name.split(".")]
    assert [name for name in names if history.search(name)] == []


def _whereis(name: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "decoders", name], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_whereis_a_syscall_names_the_row_and_every_kind():
    done = _whereis("openat")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == ('257 openat "dirfd:dirfd, pathname:path, flags:open_flags, '
                        'mode:open_mode" returns fd')
    where = {line.split()[0]: line.split()[-1] for line in lines[1:]}
    assert where["flags"].startswith("decoders/files/open.py:")
    assert where["pathname"].startswith("decoders/render/strings.py:")
    assert where["return"].startswith("decoders/render/scalars.py:")
    # each place is the line that registers the kind
    path, line = where["flags"].split(":")
    assert 'arg_kind("open_flags")' in (ROOT / path).read_text().splitlines()[int(line) - 1]


def test_whereis_a_syscall_with_a_whole_call_decoder():
    done = _whereis("msgctl")
    assert done.returncode == 0, done.stderr
    assert "decoders/ipc/msg.py:" in done.stdout
    done = _whereis("prctl")
    assert re.search(r"whole-call decoder +decoders/process/prctl\.py:\d+", done.stdout)


def test_whereis_an_ioctl_request_names_its_number_and_family():
    done = _whereis("TCGETS")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["TCGETS 0x5401",
                                        "  family                            decoders/ioctl/term.py"]
    assert "decoders/ioctl/uffd.py" in _whereis("UFFDIO_API").stdout


def test_whereis_an_unknown_name_is_one_line_and_exit_1():
    done = _whereis("no_such_call")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == "decoders: no syscall or ioctl request named 'no_such_call'\n"
