"""The probes, built once, and their runs under strace, made once per option set."""
from __future__ import annotations

import pytest

from tests.decoders.net.netlink import live


@pytest.fixture(scope="session")
def netlink_mismatches(tmp_path_factory):
    """``mismatches(probe, option_set, prefix)``: the messages of ``probe``
    (tags starting with ``prefix``) that our decoders print otherwise than
    strace; each probe runs once per option set."""
    out = tmp_path_factory.mktemp("netlink-probes")
    built: dict = {}
    runs: dict = {}

    def mismatches(probe: str, option_set: str, prefix: str = ""):
        if probe not in built:
            built[probe] = live.build(probe, out)
        key = (probe, option_set)
        if key not in runs:
            runs[key] = live.run(built[probe], live.OPTION_SETS[option_set][0], out)
        return live.compare(*runs[key], option_set, prefix)
    return mismatches
