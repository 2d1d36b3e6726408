"""Build hook: the `pytrace` command, the engine's C accelerator, and bytecode
for an editable install.

The command is bin/launcher.c compiled, when the machine has a C compiler, and
otherwise bin/pytrace, a shell script doing the same but for SIGCHLD (a shell
catches it before the script runs).  Why a launcher at all: see either file.
For an editable install the launcher also knows the source tree, so that
Python starts without site.py (see bin/launcher.c).

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
except ImportError:   # run as a script (below) or imported by the tests, outside a build
    BuildHookInterface = object

PACKAGES = ("pytrace", "decoders")


class LauncherHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        # an editable install runs the source tree, which its .pth names
        package_root = self.root if version == "editable" else None
        launcher = self._compiled(package_root) or self._shell_launcher(package_root)
        build_data["shared_scripts"][launcher] = "pytrace"
        accelerator = compile_accelerator(self.root)
        if accelerator and version != "editable":
            build_data["force_include"][os.path.join(self.root, accelerator)] = accelerator
            build_data["pure_python"] = False
            build_data["infer_tag"] = True
        if package_root is not None:
            compile_bytecode(package_root)

    def _compiled(self, package_root: str | None) -> str | None:
        """The launcher compiled into build/launcher/, relative to the root; None if it cannot be."""
        compiler = _compiler()
        if not compiler:
            return None
        relative = os.path.join("build", "launcher", "pytrace")
        target = os.path.join(self.root, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        done = subprocess.run(launcher_command(compiler, self.root, target, package_root),
                              capture_output=True)
        return relative if done.returncode == 0 else None

    def _shell_launcher(self, package_root: str | None) -> str:
        """bin/pytrace, or a copy of it in build/launcher/ that knows the package root."""
        if package_root is None:
            return "bin/pytrace"
        relative = os.path.join("build", "launcher", "pytrace.sh")
        os.makedirs(os.path.join(self.root, "build", "launcher"), exist_ok=True)
        with open(os.path.join(self.root, "bin", "pytrace")) as source:
            text = shell_launcher_text(source.read(), package_root)
        with open(os.path.join(self.root, relative), "w") as script:
            script.write(text)
        os.chmod(os.path.join(self.root, relative), 0o755)
        return relative


def _compiler() -> str | None:
    return os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")


def launcher_command(compiler: str, root: str, target: str,
                     package_root: str | None = None) -> list[str]:
    """The command compiling ``root``'s bin/launcher.c into ``target``; with
    ``package_root`` (the directory holding pytrace/ and decoders/), the
    launcher puts it on Python's path itself and starts Python without site.py."""
    command = [compiler, "-O2", "-o", target, os.path.join(root, "bin", "launcher.c")]
    if package_root is not None:
        command.append("-DPYTRACE_ROOT=" + c_string(package_root))
    return command


def c_string(text: str) -> str:
    """A C string literal of ``text``'s bytes (all but the plainest in octal)."""
    return '"%s"' % "".join(chr(byte) if chr(byte).isalnum() or chr(byte) in "/._-+"
                            else "\\%03o" % byte for byte in os.fsencode(text))


def shell_launcher_text(script: str, package_root: str) -> str:
    """bin/pytrace's text with its empty ``root=`` line set to ``package_root``."""
    quoted = "'%s'" % package_root.replace("'", "'\\''")
    return script.replace("\nroot=\n", "\nroot=%s\n" % quoted, 1)


def compile_bytecode(root: str) -> None:
    """The packages' bytecode written beside their sources, which an editable
    install leaves without: under PYTHONDONTWRITEBYTECODE (as on some CI
    machines) every run would compile each module it imports anew."""
    import compileall
    for package in PACKAGES:
        compileall.compile_dir(os.path.join(root, package), quiet=1)


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
