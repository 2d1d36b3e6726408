"""-t / -tt / -ttt / -r line prefixes, as strace's printleader writes them."""
from __future__ import annotations

import time


def prefix_maker(opts):
    """A function ``ns -> prefix`` for the options given, or None without timestamps."""
    absolute = opts.timestamps
    relative = opts.relative
    if not absolute and not relative:
        return None
    if absolute >= 3:
        fmt, width = None, 6 if opts.timestamp_precision is None else opts.timestamp_precision
    elif absolute == 2:
        fmt, width = "%H:%M:%S", 6 if opts.timestamp_precision is None else opts.timestamp_precision
    elif absolute == 1:
        fmt, width = "%H:%M:%S", 0 if opts.timestamp_precision is None else opts.timestamp_precision
    rel_width = 6 if opts.relative_precision is None else opts.relative_precision
    last = [0]

    def prefix(ns: int) -> str:
        if not ns:
            ns = time.time_ns()
        text = ""
        if absolute:
            seconds, nanos = divmod(ns, 1_000_000_000)
            head = str(seconds) if fmt is None else time.strftime(fmt, time.localtime(seconds))
            if width:
                text = "%s.%0*d " % (head, width, nanos // 10 ** (9 - width))
            else:
                text = head + " "
        if relative:
            if not last[0]:
                last[0] = ns
            delta = ns - last[0]
            last[0] = ns
            seconds, nanos = divmod(delta, 1_000_000_000)
            text += "%s%6d" % ("(+" if absolute else "", seconds)
            if rel_width:
                text += ".%0*d" % (rel_width, nanos // 10 ** (9 - rel_width))
            text += ") " if absolute else " "
        return text

    return prefix
