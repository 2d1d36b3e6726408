"""The architecture-specific facts, chosen once at import.

Only x86_64 exists today; aarch64 will add a sibling module with the same names.
"""
import os

_machine = os.uname().machine
if _machine in ("x86_64", "amd64"):
    from pytrace.engine.arch.x86_64 import *  # noqa: F401,F403
else:
    raise ImportError("pytrace supports x86_64 only for now (this machine is %s)" % _machine)
