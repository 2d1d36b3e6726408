"""KVM ioctls (decoders/ioctl/kvm.py) against strace 6.1 on the same bytes,
and -e kvm=vcpu on a real vCPU: KVM_RUN's result says why the vCPU exited."""
from __future__ import annotations

import os
import re
import subprocess

import pytest

from tests.conftest import run_pytrace
from tests.decoders.ioctl.live import OPTION_SETS, build, mismatches, needs_tools

pytestmark = needs_tools


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    return build("kvm_probe", tmp_path_factory.mktemp("kvm"))


@pytest.mark.parametrize("option_set", list(OPTION_SETS))
def test_probe_lines_are_strace_lines(probe, tmp_path, option_set):
    assert mismatches(probe, option_set, tmp_path) == []


def _kvm_runs(stderr: str) -> list[str]:
    return [re.sub(r"\) +=", ") =", line) for line in stderr.splitlines() if "KVM_RUN" in line]


@pytest.mark.skipif(not os.access("/dev/kvm", os.R_OK | os.W_OK), reason="needs /dev/kvm")
def test_kvm_run_says_why_the_vcpu_exited(probe):
    options = ["-e", "trace=ioctl", "-e", "kvm=vcpu", str(probe), "run"]
    theirs = subprocess.run(["strace", *options], capture_output=True, text=True, timeout=60)
    if theirs.returncode == 77:
        pytest.skip("no vCPU to run")
    ours = run_pytrace(*options)
    assert _kvm_runs(ours.stderr) == _kvm_runs(theirs.stderr)
    assert any(re.search(r"= 0 \(KVM_EXIT_\w+\)$", line) for line in _kvm_runs(ours.stderr))
