"""What -Y and --pidns-translation print after a pid: the process's comm,
and its id in pytrace's own pid namespace.  Loaded only when one of them is
asked for (scalars.pid_comm_text)."""
from __future__ import annotations

from decoders import PID_NONE, PID_TGID, PID_TID, DecodeOptions
from decoders.render.strings import angle_bracket_text

# strace reads a comm into 16 bytes, its NUL included: a longer name (the
# kernel shows some kernel threads' in full) is cut there
_COMM_MAX = 15


def task_comm(pid: int, hex_strings: int = 0) -> str | None:
    """The escaped /proc/PID/comm of a task (what -Y puts in ``<...>``), or None."""
    try:
        with open("/proc/%d/comm" % pid, "rb") as f:
            comm = f.readline(_COMM_MAX).rstrip(b"\n")
    except OSError:
        return None
    return angle_bracket_text(comm, hex_strings) if comm else None


def pid_decoration(pid: int, kind: int, opts: DecodeOptions, translate=None) -> str:
    """What strace prints after a pid (its printpid_translation): with -Y
    ``<comm>``, with --pidns-translation `` /* 12345 in strace's PID NS */``
    when the tracee's namespace calls the process otherwise.

    ``translate(pid, kind)`` gives the id in the tracer's namespace (0 when
    no process has it); without it the tracee shares the tracer's namespace."""
    decode = opts.decode_pids
    if kind == PID_NONE:   # an id of no known kind is never translated
        return ""
    comm = "comm" in decode and kind in (PID_TID, PID_TGID)
    in_ns = "pidns" in decode
    if not (comm or in_ns):
        return ""
    ours = translate(pid, kind) if translate is not None else max(pid, 0)
    if not ours:
        return ""
    text = ""
    if comm:
        name = task_comm(ours, opts.hex_strings)
        if name is not None:
            text += "<%s>" % name
    if in_ns and ours != pid:
        text += " /* %d in strace's PID NS */" % ours
    return text
