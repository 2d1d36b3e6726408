"""Video4Linux2 ioctls (decoders/ioctl/videodev.py) against strace 6.1 on the same bytes."""
from __future__ import annotations

import pytest

from tests.decoders.ioctl.live import OPTION_SETS, build, mismatches, needs_tools

pytestmark = needs_tools


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    return build("videodev_probe", tmp_path_factory.mktemp("videodev"))


@pytest.mark.parametrize("option_set", list(OPTION_SETS))
def test_probe_lines_are_strace_lines(probe, tmp_path, option_set):
    assert mismatches(probe, option_set, tmp_path) == []
