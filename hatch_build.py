"""Build hook: the `pytrace` command, and the engine's C accelerator.

The command is bin/launcher.c compiled, when the machine has a C compiler, and
otherwise bin/pytrace, a shell script doing the same but for SIGCHLD (a shell
catches it before the script runs).  Why a launcher at all: see either file.

The accelerator, pytrace/engine/_fast.c, needs the compiler and Python's
headers (Debian's python3-dev); without them pytrace runs on ctypes instead
(pytrace/engine/binding_ctypes.py), slower per stop but the same.  It is
compiled beside its source, where an editable install finds it, and put into
a wheel as well.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sysconfig

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:   # run as a script (below), outside a build
    BuildHookInterface = object


class LauncherHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        build_data["shared_scripts"][self._compiled() or "bin/pytrace"] = "pytrace"
        accelerator = compile_accelerator(self.root)
        if accelerator and version != "editable":
            build_data["force_include"][os.path.join(self.root, accelerator)] = accelerator
            build_data["pure_python"] = False
            build_data["infer_tag"] = True

    def _compiled(self) -> str | None:
        """The launcher compiled into build/launcher/, relative to the root; None if it cannot be."""
        compiler = _compiler()
        if not compiler:
            return None
        relative = os.path.join("build", "launcher", "pytrace")
        target = os.path.join(self.root, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        done = subprocess.run([compiler, "-O2", "-o", target,
                               os.path.join(self.root, "bin", "launcher.c")],
                              capture_output=True)
        return relative if done.returncode == 0 else None


def _compiler() -> str | None:
    return os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")


def compile_accelerator(root: str) -> str | None:
    """pytrace/engine/_fast.c compiled beside itself: its path relative to
    ``root``, or None when there is no compiler or no Python.h."""
    compiler = _compiler()
    include = sysconfig.get_paths().get("include")
    if not compiler or not include or not os.path.exists(os.path.join(include, "Python.h")):
        return None
    relative = os.path.join("pytrace", "engine",
                            "_fast" + sysconfig.get_config_var("EXT_SUFFIX"))
    done = subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-I", include,
                           "-o", os.path.join(root, relative),
                           os.path.join(root, "pytrace", "engine", "_fast.c")],
                          capture_output=True)
    return relative if done.returncode == 0 else None


if __name__ == "__main__":
    # Without an install, e.g. in a git worktree: `python3 hatch_build.py`
    # compiles the accelerator in place for the python3 that runs it.
    built = compile_accelerator(os.path.dirname(os.path.abspath(__file__)))
    print(built or "the accelerator could not be compiled (a C compiler and Python.h are needed)")
