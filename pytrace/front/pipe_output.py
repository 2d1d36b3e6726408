"""-o '|CMD' (or '!CMD'): the trace written into a pipe to a command of
the user's.  Loaded only by a run that pipes its output (front/cli.py)."""
from __future__ import annotations

import os
import subprocess

from pytrace.front.qualifiers import UsageError
from pytrace.sinks import output

TYPE_CHECKING = False
if TYPE_CHECKING:   # annotations only: collections costs every start its import
    from collections.abc import Callable


def open_pipe(target: str, report: Callable[[str], None]):
    """(the stream into the command's standard input, whether it is live,
    the command's process); write errors go to ``report`` (sinks/output.py)."""
    read_end, write_end = os.pipe()
    try:
        # as strace's popen: "sh -c CMD", so that sh's own messages say "sh: ..."
        proc = subprocess.Popen(["sh", "-c", target[1:]], executable="/bin/sh",
                                stdin=read_end)
    except OSError as err:
        raise UsageError("Can't execute '/bin/sh': %s" % err.strerror)
    finally:
        os.close(read_end)
    stream, live = output.open_stream(write_end, target, report)
    return stream, live, proc
