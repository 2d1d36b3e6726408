"""Small output structures: directory entries, wait status, int pointers,
fd pairs, time(2)'s result, utimbuf and ustat."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, ret_kind
from decoders.render.flags import print_xval
from decoders.render.scalars import fd_text
from decoders.render.strings import PATH_MAX, escape, hex_address
from decoders.render.structs import comment, fetch, sprinttime, time_comment
from decoders.signals import signal_name
from decoders.xlat import fs as xfs

# ---- directory entries ------------------------------------------------------------

D_NAME_LEN_MAX = 256
_DIRENT64_HEAD = struct.Struct("<QQHB")     # d_ino d_off d_reclen d_type; d_name follows
_DIRENT_HEAD = struct.Struct("<QQH")        # d_ino d_off d_reclen; d_name, d_type last


def _dirent_name(call: Call, addr: int, limit: int) -> str | None:
    """strace's printpathn: the name at ``addr`` cut at ``limit`` bytes, with
    ``...`` when longer (None: unreadable)."""
    limit = min(limit, PATH_MAX - 1)
    got = call.mem.cstring(addr, limit + 1)
    if got is None:
        return None
    data, terminated = got
    if terminated:
        return '"%s"' % escape(data, call.opts.hex_strings)
    return '"%s"...' % escape(data[:limit], call.opts.hex_strings)


def _dirents(value: int, call: Call, head: struct.Struct, new_style: bool) -> str:
    size = head.size
    count_arg = call.args[2] & 0xFFFFFFFF
    if (call.failed or call.rv is None or call.rv > count_arg
            or call.opts.structs_as_addresses):
        return hex_address(value)
    addr, left = value, call.rv
    verbose = call.opts.verbose
    out = []
    count = 0
    while True:
        if left < size:
            if verbose:
                if not left:
                    count += 1
                    out.append(None)       # marks an opened, possibly empty list
                else:
                    data = call.mem.read(addr, left) if addr else None
                    out.append('"%s"' % escape(data, 2) if data is not None
                               else hex_address(addr))
            break
        raw = call.mem.read(addr, size) if addr else None
        if raw is None:
            if verbose:
                out.append("..." + comment(hex_address(addr)) if count else hex_address(addr))
            break
        count += 1
        fields = head.unpack(raw)
        d_ino, d_off, reclen = fields[0], fields[1], fields[2]
        notes = ""
        next_addr = 0
        if reclen > left:
            notes = comment("%s%d bytes overflow" % ("" if verbose else "d_reclen ", reclen - left))
            reclen = left
            left = 0
        elif reclen < size:
            notes = comment("%s%d bytes underflow" % ("" if verbose else "d_reclen ", size - reclen))
            reclen = size
            left -= size
        else:
            left -= reclen
            if left:
                next_addr = addr + reclen
        if verbose:
            entry = "{d_ino=%d, d_off=%d, d_reclen=%d%s" % (d_ino, d_off, fields[2], notes)
            ok = True
            tail = reclen - size
            if new_style:
                entry += ", d_type=" + print_xval(fields[3], xfs.DIRENT_TYPES, "DT_???",
                                            call.opts.xlat_style)
                if tail:
                    name = _dirent_name(call, addr + size, min(tail, D_NAME_LEN_MAX) - 1)
                    ok = name is not None
                    entry += ", d_name=" + (name if ok else hex_address(addr + size))
            elif tail:
                name_len = tail - 1
                if name_len:
                    name = _dirent_name(call, addr + size, min(name_len, D_NAME_LEN_MAX) - 1)
                    ok = name is not None
                    entry += ", d_name=" + (name if ok else hex_address(addr + size))
                type_raw = call.mem.read(addr + size + tail - 1, 1)
                if type_raw is None:
                    ok = False
                    entry += ", d_type=" + hex_address(addr + size + tail - 1)
                else:
                    entry += ", d_type=" + print_xval(type_raw[0], xfs.DIRENT_TYPES, "DT_???",
                                                call.opts.xlat_style)
            out.append(entry + "}")
            if next_addr and not ok:
                out.append("...")
                break
        elif notes:
            out.append(notes)
        if not next_addr:
            break
        addr = next_addr
    if not verbose:
        return "%s%s /* %d%s entries */" % (hex_address(value), "".join(out), count,
                                            "+" if left else "")
    if not count:
        return "".join(x for x in out if x)
    return "[" + ", ".join(x for x in out if x is not None) + "]"


@arg_kind("dirents64")
def _dirents64(value: int, call: Call) -> str:
    """getdents64's buffer: ``/* N entries */`` abbreviated, the list with -v."""
    return _dirents(value, call, _DIRENT64_HEAD, True)


@arg_kind("dirents")
def _dirents_old(value: int, call: Call) -> str:
    return _dirents(value, call, _DIRENT_HEAD, False)


# ---- wait status ------------------------------------------------------------------


_PTRACE_EVENTS = (
    (1, "PTRACE_EVENT_FORK"), (2, "PTRACE_EVENT_VFORK"), (3, "PTRACE_EVENT_CLONE"),
    (4, "PTRACE_EVENT_EXEC"), (5, "PTRACE_EVENT_VFORK_DONE"), (6, "PTRACE_EVENT_EXIT"),
    (7, "PTRACE_EVENT_SECCOMP"), (0x80, "PTRACE_EVENT_STOP"),
)


def wait_status_text(status: int, style: str = "abbrev") -> str:
    """``[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]`` and its siblings."""
    status &= 0xFFFFFFFF
    low = status & 0x7F
    if status & 0xFF == 0x7F:
        sig = (status >> 8) & 0xFF
        text = "{WIFSTOPPED(s) && WSTOPSIG(s) == %s%s}" % (
            signal_name(sig & 0x7F), " | 0x80" if sig & 0x80 else "")
        status &= ~((sig << 8) | 0x7F)
    elif low and low != 0x7F:
        text = "{WIFSIGNALED(s) && WTERMSIG(s) == %s%s}" % (
            signal_name(low), " && WCOREDUMP(s)" if status & 0x80 else "")
        status &= ~(low | 0x80)
    elif low == 0:
        text = "{WIFEXITED(s) && WEXITSTATUS(s) == %d}" % ((status >> 8) & 0xFF)
        status &= ~(status & 0xFF00)
    elif status == 0xFFFF:
        text = "{WIFCONTINUED(s)}"
        status = 0
    else:
        return "[%s]" % ("%#x" % status if status else "0")
    if status:
        event = status >> 16
        if event:
            text += "|%s<<16" % print_xval(event, _PTRACE_EVENTS, "PTRACE_EVENT_???", style)
            status &= 0xFFFF
        if status:
            text += "|%#x" % status
    return "[%s]" % text


@arg_kind("wait_status")
def _wait_status(value: int, call: Call) -> str:
    if call.rv == 0:
        return hex_address(value)
    data = fetch(call, value, 4)
    if data is None:
        return hex_address(value)
    return wait_status_text(struct.unpack("<I", data)[0], call.opts.xlat_style)


# ---- numbers behind pointers -------------------------------------------------------

@arg_kind("int_ptr")
def _int_ptr(value: int, call: Call) -> str:
    """An int the kernel writes: ``[16]``."""
    data = fetch(call, value, 4)
    if data is None:
        return hex_address(value)
    return "[%d]" % struct.unpack("<i", data)[0]


@arg_kind("int_ptr_in")
def _int_ptr_in(value: int, call: Call) -> str:
    data = fetch(call, value, 4, ignore_failure=True)
    if data is None:
        return hex_address(value)
    return "[%d]" % struct.unpack("<i", data)[0]


@arg_kind("fd_pair")
def _fd_pair(value: int, call: Call) -> str:
    """pipe/socketpair's two descriptors: ``[3, 4]``, each decorated by -y/-yy."""
    data = fetch(call, value, 8)
    if data is None:
        return hex_address(value)
    first, second = struct.unpack("<ii", data)
    return "[%s, %s]" % (fd_text(first, call), fd_text(second, call))


# ---- time(2), utime, ustat ------------------------------------------------------------

@arg_kind("time_ptr")
def _time_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, 8)
    if data is None:
        return hex_address(value)
    seconds = struct.unpack("<q", data)[0]
    return "[%d%s]" % (seconds, comment(sprinttime(seconds)))


@ret_kind("time")
def _time_ret(value: int, call: Call) -> str:
    """time(2)'s result, with its date: ``1700000000 (2023-11-14T22:13:20+0000)``."""
    date = sprinttime(value)
    return "%d (%s)" % (value, date) if date else str(value)


@arg_kind("utimbuf_ptr")
def _utimbuf_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, 16, ignore_failure=True)
    if data is None:
        return hex_address(value)
    actime, modtime = struct.unpack("<qq", data)
    return "{actime=%d%s, modtime=%d%s}" % (actime, time_comment(actime),
                                            modtime, time_comment(modtime))


@arg_kind("ustat_ptr")
def _ustat_ptr(value: int, call: Call) -> str:
    # strace 6.1 as packaged is built without <ustat.h>: it always prints
    # the buffer's address (checked: ``ustat(makedev(0xfe, 0), 0x7ffc...) = 0``).
    return hex_address(value)
