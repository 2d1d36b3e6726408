"""pytrace started by its launcher (``bin/launcher.c`` compiled, or the shell
``bin/pytrace`` where there is no C compiler; installed as ``pytrace``), which
passes the name it was invoked by and the signals that were ignored when it
started, read from /proc before Python ignored SIGPIPE and SIGXFSZ itself::

    python3 -c 'from pytrace.front.entry import launched; launched()' ARGV0 SIGIGN ARGS...

``python3 -m pytrace`` has no such note: its command gets those two signals
at their default disposition, the usual case.

The launcher of an editable install starts Python without site.py (``-S``)
and puts the source tree on the path itself (``launched(site=False)``):
site's work, the site-packages and their .pth files, is done only when a
module is found nowhere else, which on most runs is never (rich is imported
for --color only).
"""
from __future__ import annotations

import sys


def launched(site: bool = True) -> None:
    if not site:
        from pytrace.front.deferred_site import SiteOnDemand
        sys.meta_path.append(SiteOnDemand)
    argv0, ignored = sys.argv[1:3]
    sys.argv[:3] = [argv0]         # the name the messages start with
    try:
        mask = int(ignored, 16)
    except ValueError:
        mask = None
    if mask is not None:
        from pytrace.engine import launch
        launch.note_ignored_at_start(mask)
    from pytrace.front.cli import leave, main
    leave(main())
