"""libunwind-ptrace as -k loads it: when it is missing, one clear error."""
from __future__ import annotations

import ctypes
import subprocess
import time

from pytrace.engine import unwind
from pytrace.front import cli


def test_without_libunwind_k_is_one_error_naming_the_package(monkeypatch, capfd):
    real_cdll = ctypes.CDLL

    def no_libunwind(name, *args, **kwargs):
        if "unwind" in str(name):
            raise OSError("%s: cannot open shared object file: No such file or directory" % name)
        return real_cdll(name, *args, **kwargs)

    monkeypatch.setattr(unwind, "_library", None)
    monkeypatch.setattr(ctypes, "CDLL", no_libunwind)
    assert cli.main(["-k", "true"]) == 1
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and ": -k/--stack-traces needs " in err
    assert "libunwind8" in err


def test_maps_are_the_file_backed_mappings_in_order():
    sleeper = subprocess.Popen(["sleep", "5"])
    try:
        time.sleep(0.2)
        mappings = unwind.read_maps(sleeper.pid)
        with open("/proc/%d/maps" % sleeper.pid) as f:
            fields = [line.split(None, 5) for line in f.read().splitlines()]
    finally:
        sleeper.kill()
        sleeper.wait()
    expected = [(int(f[0].split("-")[0], 16), f[1][2] == "x", f[5]) for f in fields if len(f) == 6]
    assert [(m.start, m.executable, m.path) for m in mappings] == expected
    assert any(m.executable and m.path.endswith("/sleep") for m in mappings)
