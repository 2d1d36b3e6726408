"""getdents and getdents64: the directory entries in a buffer."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import print_xval
from decoders.render.strings import PATH_MAX, escape, hex_address
from decoders.render.structs import comment

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
                entry += ", d_type=" + print_xval(fields[3], DIRENT_TYPES, "DT_???",
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
                    entry += ", d_type=" + print_xval(type_raw[0], DIRENT_TYPES, "DT_???",
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


DIRENT_TYPES = (
    (0, "DT_UNKNOWN"),
    (0x1, "DT_FIFO"),
    (0x2, "DT_CHR"),
    (0x4, "DT_DIR"),
    (0x6, "DT_BLK"),
    (0x8, "DT_REG"),
    (0xa, "DT_LNK"),
    (0xc, "DT_SOCK"),
    (0xe, "DT_WHT"),
)
