"""Build hook: the `pytrace` command.

It is bin/launcher.c compiled, when the machine has a C compiler, and
otherwise bin/pytrace, a shell script doing the same but for SIGCHLD (a shell
catches it before the script runs).  Why a launcher at all: see either file.
"""
from __future__ import annotations

import os
import shutil
import subprocess

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class LauncherHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        build_data["shared_scripts"][self._compiled() or "bin/pytrace"] = "pytrace"

    def _compiled(self) -> str | None:
        """The launcher compiled into build/launcher/, relative to the root; None if it cannot be."""
        compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
        if not compiler:
            return None
        relative = os.path.join("build", "launcher", "pytrace")
        target = os.path.join(self.root, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        done = subprocess.run([compiler, "-O2", "-o", target,
                               os.path.join(self.root, "bin", "launcher.c")],
                              capture_output=True)
        return relative if done.returncode == 0 else None
