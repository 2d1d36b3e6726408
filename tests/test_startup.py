"""Start-up loads only what the options use: the parts of pytrace that serve
one option are imported by a run that gives it, and by no other."""
from __future__ import annotations

import pytest

from tests.decode.test_plans import modules_imported

# module -> options that need it (each run traces `true`)
_OPTION_MODULES = {
    "pytrace.decode.pidns": ["-Y"],
    "pytrace.sinks.dumpio": ["-e", "read=all"],
    "pytrace.decode.fdinfo": ["-y"],
    "pytrace.engine.seccomp": ["-f", "--seccomp-bpf", "-e", "trace=open"],
    "pytrace.sinks.jsonl": ["--json"],
    "rich": ["--color=always"],
}


@pytest.fixture(scope="module")
def plain_run(tmp_path_factory) -> frozenset[str]:
    return modules_imported(tmp_path_factory.mktemp("plain"), "-o", "/dev/null", "--", "true")


@pytest.mark.parametrize("module", sorted(_OPTION_MODULES))
def test_a_module_is_loaded_by_its_option_only(module, plain_run, tmp_path):
    assert module not in plain_run
    assert module in modules_imported(tmp_path, *_OPTION_MODULES[module], "-o", "/dev/null",
                                      "--", "true")
