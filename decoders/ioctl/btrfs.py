"""btrfs ioctls (BTRFS_IOC_*): volume and subvolume arguments, balance,
scrub, device replace and statistics, tree search, send, quota groups."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.files.stat import dev_text
from decoders.ioctl.btrfs_xlat import (
    BTRFS_BALANCE_ARGS, BTRFS_BALANCE_CTL_CMDS, BTRFS_BALANCE_FLAGS, BTRFS_BALANCE_STATE,
    BTRFS_COMPRESS_TYPES, BTRFS_CONT_READING_FROM_SRCDEV_MODE, BTRFS_CSUM_TYPES,
    BTRFS_DEFRAG_FLAGS, BTRFS_DEV_REPLACE_CMDS, BTRFS_DEV_REPLACE_RESULTS,
    BTRFS_DEV_REPLACE_STATE, BTRFS_DEV_STATS_FLAGS, BTRFS_DEV_STATS_VALUES,
    BTRFS_FEATURES_COMPAT, BTRFS_FEATURES_COMPAT_RO, BTRFS_FEATURES_INCOMPAT,
    BTRFS_FS_INFO_FLAGS, BTRFS_KEY_TYPES, BTRFS_LOGICAL_INO_ARGS_FLAGS, BTRFS_QGROUP_CTL_CMDS,
    BTRFS_QGROUP_INHERIT_FLAGS, BTRFS_QGROUP_LIMIT_FLAGS, BTRFS_SCRUB_FLAGS, BTRFS_SEND_FLAGS,
    BTRFS_SNAP_FLAGS_V2, BTRFS_SPACE_INFO_FLAGS, BTRFS_TREE_OBJECTIDS)
from decoders.ioctl.protocol import Later, in_out, number_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags, print_xval, u64_text
from decoders.render.layout import Layout
from decoders.render.numbers import U32, hexval, int32, signed
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address, path, quoted_cstring, uuid_text
from decoders.render.structs import comment, fetch, print_array, sprinttime

VOL_ARGS = Layout("fd:q name:4088s")
VOL_ARGS_V2 = Layout("fd:q transid:Q flags:Q size:Q qgroup_inherit:Q unused:16s name:4040s")
QGROUP_LIMIT = Layout("flags:Q max_rfer:Q max_excl:Q rsv_rfer:Q rsv_excl:Q")
QGROUP_INHERIT = Layout("flags:Q num_qgroups:Q num_ref_copies:Q num_excl_copies:Q lim:40s")
QGROUP_LIMIT_ARGS = Layout("qgroupid:Q lim:40s")
SCRUB_PROGRESS = Layout(
    "data_extents_scrubbed:Q tree_extents_scrubbed:Q data_bytes_scrubbed:Q "
    "tree_bytes_scrubbed:Q read_errors:Q csum_errors:Q verify_errors:Q no_csum:Q "
    "csum_discards:Q super_errors:Q malloc_errors:Q uncorrectable_errors:Q "
    "corrected_errors:Q last_physical:Q unverified_errors:Q")
SCRUB_ARGS = Layout("devid:Q start:Q end:Q flags:Q progress:120s unused:872s")
DEV_REPLACE_ARGS = Layout("cmd:Q result:Q params:2072s spare:512s")
REPLACE_START = Layout("srcdevid:Q cont_reading_from_srcdev_mode:Q srcdev_name:1025s "
                       "tgtdev_name:1025s")
REPLACE_STATUS = Layout("replace_state:Q progress_1000:Q time_started:Q time_stopped:Q "
                        "num_write_errors:Q num_uncorrectable_read_errors:Q")
DEV_INFO_ARGS = Layout("devid:Q uuid:16s bytes_used:Q total_bytes:Q unused:3032s path:1024s")
FS_INFO_ARGS = Layout("max_id:Q num_devices:Q fsid:16s nodesize:I sectorsize:I "
                      "clone_alignment:I csum_type:H csum_size:H flags:Q generation:Q "
                      "metadata_uuid:16s reserved:944s")
FEATURE_FLAGS = Layout("compat_flags:Q compat_ro_flags:Q incompat_flags:Q")
BALANCE_ARGS = Layout("profiles:Q usage:Q devid:Q pstart:Q pend:Q vstart:Q vend:Q target:Q "
                      "flags:Q limit:Q stripes_min:I stripes_max:I unused:48s", packed=True)
BALANCE_IOCTL_ARGS = Layout("flags:Q state:Q data:136s meta:136s sys:136s stat:24s unused:576s")
INO_LOOKUP_ARGS = Layout("treeid:Q objectid:Q name:4080s")
SEARCH_KEY = Layout("tree_id:Q min_objectid:Q max_objectid:Q min_offset:Q max_offset:Q "
                    "min_transid:Q max_transid:Q min_type:I max_type:I nr_items:I unused:I "
                    "unused1:Q unused2:Q unused3:Q unused4:Q")
SEARCH_HEADER = Layout("transid:Q objectid:Q offset:Q type:I len:I")
SEARCH_ARGS_BUFSIZE = 4096 - SEARCH_KEY.size
SEARCH_ARGS_V2 = Layout("key:104s buf_size:Q")
DEFRAG_RANGE_ARGS = Layout("start:Q len:Q flags:Q extent_thresh:I compress_type:I unused:16s")
SPACE_INFO = Layout("flags:Q total_bytes:Q used_bytes:Q")
SPACE_ARGS = Layout("space_slots:Q total_spaces:Q")
DATA_CONTAINER = Layout("bytes_left:I bytes_missing:I elem_cnt:I elem_missed:I")
INO_PATH_ARGS = Layout("inum:Q size:Q reserved:4Q fspath:Q")
LOGICAL_INO_ARGS = Layout("logical:Q size:Q reserved:3Q flags:Q inodes:Q")
GET_DEV_STATS = Layout("devid:Q nr_items:Q flags:Q values:5Q unused:968s")
QUOTA_CTL_ARGS = Layout("cmd:Q status:Q")
QUOTA_RESCAN_ARGS = Layout("flags:Q progress:Q reserved:48s")
QGROUP_ASSIGN_ARGS = Layout("assign:Q src:Q dst:Q")
QGROUP_CREATE_ARGS = Layout("create:Q qgroupid:Q")
RECEIVED_SUBVOL_ARGS = Layout("uuid:16s stransid:Q rtransid:Q stime_sec:Q stime_nsec:I "
                              "rtime_sec:Q rtime_nsec:I flags:Q reserved:128s")
SEND_ARGS = Layout("send_fd:q clone_sources_count:Q clone_sources:Q parent_root:Q flags:Q "
                   "version:I reserved:28s")

BTRFS_BALANCE_DATA, BTRFS_BALANCE_SYSTEM, BTRFS_BALANCE_METADATA = 1, 2, 4
BTRFS_FIRST_FREE_OBJECTID, BTRFS_LAST_FREE_OBJECTID = 256, (1 << 64) - 256
REPLACE_CMD_START, REPLACE_CMD_STATUS = 0, 1
FS_INFO_CSUM_INFO, FS_INFO_GENERATION, FS_INFO_METADATA_UUID = 1, 2, 4
BTRFS_SUBVOL_QGROUP_INHERIT = 1 << 2


def _c(name: str) -> int:
    return CODES["BTRFS_IOC_" + name]


def _objectid(value: int, style: str) -> str:
    return print_xval(value, BTRFS_TREE_OBJECTIDS, None, style, "u")


def _key_type(value: int, style: str) -> str:
    return print_xval(value, BTRFS_KEY_TYPES, None, style, "u")


def _fields(record, names: str) -> list[tuple[str, str]]:
    """PRINT_FIELD_U of each of the space-separated fields."""
    return [(name, str(getattr(record, name))) for name in names.split()]


def _timespec(sec: int, nsec: int) -> str:
    return "{sec=%d, nsec=%d}%s" % (sec, nsec, comment(sprinttime(signed(sec), nsec, 9)))


def _balance_args(data: bytes, style: str) -> str:
    b = BALANCE_ARGS.unpack(data)
    return struct_text([
        ("profiles", print_flags(b.profiles, BTRFS_SPACE_INFO_FLAGS, "BTRFS_BLOCK_GROUP_???",
                                 style)),
        ("usage", u64_text(b.usage, style)), ("devid", dev_text(b.devid, style))]
        + [(name, u64_text(getattr(b, name), style))
           for name in ("pstart", "pend", "vstart", "vend", "target")]
        + [("flags", print_flags(b.flags, BTRFS_BALANCE_ARGS, "BTRFS_BALANCE_ARGS_???", style))])


def _balance(call: Call, arg: int, out: bool) -> str:
    b = BALANCE_IOCTL_ARGS.fetch(call, arg)
    if b is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    fields = [("flags", print_flags(b.flags, BTRFS_BALANCE_FLAGS, "BTRFS_BALANCE_???", style))]
    if out:
        fields.append(("state", print_flags(b.state, BTRFS_BALANCE_STATE,
                                            "BTRFS_BALANCE_STATE_???", style)))
    for bit, name in ((BTRFS_BALANCE_DATA, "data"), (BTRFS_BALANCE_METADATA, "meta"),
                      (BTRFS_BALANCE_SYSTEM, "sys")):
        if b.flags & bit:
            fields.append((name, _balance_args(getattr(b, name), style)))
    return struct_text(fields)


def _features(data: bytes, style: str, offset: int = 0) -> str:
    f = FEATURE_FLAGS.unpack(data, offset)
    return struct_text((
        ("compat_flags", print_flags(f.compat_flags, BTRFS_FEATURES_COMPAT,
                                     "BTRFS_FEATURE_COMPAT_???", style)),
        ("compat_ro_flags", print_flags(f.compat_ro_flags, BTRFS_FEATURES_COMPAT_RO,
                                        "BTRFS_FEATURE_COMPAT_RO_???", style)),
        ("incompat_flags", print_flags(f.incompat_flags, BTRFS_FEATURES_INCOMPAT,
                                       "BTRFS_FEATURE_INCOMPAT_???", style))))


def _qgroup_limit(data: bytes, style: str) -> str:
    q = QGROUP_LIMIT.unpack(data)
    return struct_text([("flags", print_flags(q.flags, BTRFS_QGROUP_LIMIT_FLAGS,
                                              "BTRFS_QGROUP_LIMIT_???", style))]
                       + _fields(q, "max_rfer max_excl rsv_rfer rsv_excl"))


def _qgroup_inherit(call: Call, addr: int) -> str:
    q = QGROUP_INHERIT.fetch(call, addr)
    if q is None:
        return hex_address(addr)
    style = call.opts.xlat_style
    fields = [("flags", print_flags(q.flags, BTRFS_QGROUP_INHERIT_FLAGS,
                                    "BTRFS_QGROUP_INHERIT_???", style))]
    fields += _fields(q, "num_qgroups num_ref_copies num_excl_copies")
    fields.append(("lim", _qgroup_limit(q.lim, style)))
    if not call.opts.verbose:
        fields.append((None, "..."))
    else:
        fields.append(("qgroups", print_array(call, addr + QGROUP_INHERIT.size, q.num_qgroups, 8,
                                              lambda d: str(struct.unpack("<Q", d)[0]))))
    return struct_text(fields)


def _container(call: Call, addr: int, element) -> str:
    """A btrfs_data_container's header, and its values with -v."""
    c = DATA_CONTAINER.fetch(call, addr)
    if c is None:
        return hex_address(addr)
    fields = _fields(c, "bytes_left bytes_missing elem_cnt elem_missed")
    if not call.opts.verbose:
        fields.append((None, "..."))
    else:
        fields.append(("val", element(c, addr + DATA_CONTAINER.size)))
    return struct_text(fields)


def _logical_ino_values(call: Call, c, values: int) -> str:
    def record(data: bytes) -> str:
        return "{inum=%d, offset=%d, root=%d}" % struct.unpack("<3Q", data)
    return print_array(call, values, c.elem_cnt // 3, 24, record)


def _ino_path_values(call: Call, c, values: int) -> str:
    return print_array(call, values, c.elem_cnt, 8,
                       lambda d: path(values + struct.unpack("<Q", d)[0], call))


def _search_key(k, entering: bool, verbose: bool, style: str) -> str:
    if not entering:
        return "{nr_items=%d}" % k.nr_items
    fields = [("tree_id", _objectid(k.tree_id, style))]
    if k.min_objectid != BTRFS_FIRST_FREE_OBJECTID or verbose:
        fields.append(("min_objectid", _objectid(k.min_objectid, style)))
    if k.max_objectid != BTRFS_LAST_FREE_OBJECTID or verbose:
        fields.append(("max_objectid", _objectid(k.max_objectid, style)))
    fields += [(name, u64_text(getattr(k, name), style))
               for name in ("min_offset", "max_offset", "min_transid", "max_transid")]
    fields += [("min_type", _key_type(k.min_type, style)),
               ("max_type", _key_type(k.max_type, style)), ("nr_items", str(k.nr_items))]
    return struct_text(fields)


def _search_buf(call: Call, addr: int, size: int, nr_items: int) -> str:
    """The search results' headers (each followed by its item's bytes)."""
    if not call.opts.verbose:
        return "..."
    items, offset = [], 0
    style = call.opts.xlat_style
    for i in range(nr_items):
        here = addr + offset
        if offset + SEARCH_HEADER.size > size or i > call.opts.string_limit:
            items.append("...")
            break
        data = fetch(call, here, SEARCH_HEADER.size)
        if data is None:
            items.append("... /* %s */" % hex_address(here))
            break
        h = SEARCH_HEADER.unpack(data)
        items.append(struct_text((
            ("transid", str(h.transid)), ("objectid", _objectid(h.objectid, style)),
            ("offset", str(h.offset)), ("type", _key_type(h.type, style)),
            ("len", str(h.len)))))
        offset += SEARCH_HEADER.size + h.len
    return "buf=[" + ", ".join(items) + "]"


def _tree_search(call: Call, code: int, arg: int):
    lead = " => " if call.exiting else ", "
    v2 = code == _c("TREE_SEARCH_V2")
    if call.exiting and call.failed:
        if v2 and call.errno == 75:    # EOVERFLOW: the size the buffer needs
            data = call.mem.read(arg, SEARCH_ARGS_V2.size) if arg else None
            if data is None:
                return lead + hex_address(arg)
            return lead + "{buf_size=%d}" % SEARCH_ARGS_V2.unpack(data).buf_size
        return ""
    data = fetch(call, arg, SEARCH_ARGS_V2.size if v2 else SEARCH_KEY.size)
    if data is None:
        return lead + hex_address(arg)
    key = SEARCH_KEY.unpack(data)
    parts = [("key", _search_key(key, not call.exiting, call.opts.verbose,
                                 call.opts.xlat_style))]
    if v2:
        buf_size = SEARCH_ARGS_V2.unpack(data).buf_size
        parts.append(("buf_size", str(buf_size)))
        buf, size = arg + SEARCH_ARGS_V2.size, buf_size
    else:
        buf, size = arg + SEARCH_KEY.size, SEARCH_ARGS_BUFSIZE
    if call.exiting:
        parts.append((None, _search_buf(call, buf, size, key.nr_items)))
        return lead + struct_text(parts)
    return Later(lead + struct_text(parts))


def _send(call: Call, arg: int) -> str:
    s = SEND_ARGS.fetch(call, arg)
    if s is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    fields = [("send_fd", fd_text(int32(s.send_fd), call)),
              ("clone_sources_count", str(s.clone_sources_count))]
    if not call.opts.verbose:
        fields.append(("clone_sources", hex_address(s.clone_sources)))
    else:
        fields.append(("clone_sources", print_array(
            call, s.clone_sources, s.clone_sources_count, 8,
            lambda d: _objectid(struct.unpack("<Q", d)[0], style))))
    fields += [("parent_root", _objectid(s.parent_root, style)),
               ("flags", print_flags(s.flags, BTRFS_SEND_FLAGS, "BTRFS_SEND_FLAGS_???", style))]
    return struct_text(fields)


def _vol_args(call: Call, arg: int) -> str:
    v = VOL_ARGS.fetch(call, arg)
    if v is None:
        return hex_address(arg)
    return struct_text((("fd", fd_text(int32(v.fd), call)),
                        ("name", quoted_cstring(v.name, call.opts.hex_strings))))


def _defrag_range(call: Call, arg: int) -> str:
    d = DEFRAG_RANGE_ARGS.fetch(call, arg)
    if d is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    return struct_text((
        ("start", str(d.start)), ("len", u64_text(d.len, style)),
        ("flags", print_flags(d.flags, BTRFS_DEFRAG_FLAGS, "BTRFS_DEFRAG_RANGE_???", style)),
        ("extent_thresh", str(d.extent_thresh)),
        ("compress_type", print_xval(d.compress_type, BTRFS_COMPRESS_TYPES,
                                     "BTRFS_COMPRESS_???", style))))


def _fs_info(call: Call, arg: int) -> str:
    f = FS_INFO_ARGS.fetch(call, arg)
    if f is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    fields = _fields(f, "max_id num_devices") + [("fsid", uuid_text(f.fsid))]
    fields += _fields(f, "nodesize sectorsize clone_alignment")
    if f.flags & FS_INFO_CSUM_INFO:
        fields += [("csum_type", print_xval(f.csum_type, BTRFS_CSUM_TYPES,
                                            "BTRFS_CSUM_TYPE_???", style)),
                   ("csum_size", str(f.csum_size))]
    fields.append(("flags", print_flags(f.flags, BTRFS_FS_INFO_FLAGS, "BTRFS_FS_INFO_FLAG_???",
                                        style)))
    if f.flags & FS_INFO_GENERATION:
        fields.append(("generation", str(f.generation)))
    if f.flags & FS_INFO_METADATA_UUID:
        fields.append(("metadata_uuid", uuid_text(f.metadata_uuid)))
    return struct_text(fields)


def _feature_array(call: Call, arg: int, count: int) -> str:
    data = fetch(call, arg, FEATURE_FLAGS.size * count)
    if data is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    notes = ("supported", "safe to set", "safe to clear") if count == 3 else ("", "")
    return "[" + ", ".join(_features(data, style, i * FEATURE_FLAGS.size) + comment(notes[i])
                           for i in range(count)) + "]"


def _replace_start(data: bytes, style: str, hex_strings: int) -> str:
    s = REPLACE_START.unpack(data)
    return struct_text((
        ("srcdevid", dev_text(s.srcdevid, style)),
        ("cont_reading_from_srcdev_mode", print_xval(
            s.cont_reading_from_srcdev_mode, BTRFS_CONT_READING_FROM_SRCDEV_MODE,
            "BTRFS_IOCTL_DEV_REPLACE_CONT_READING_FROM_SRCDEV_MODE_???", style)),
        ("srcdev_name", quoted_cstring(s.srcdev_name, hex_strings)),
        ("tgtdev_name", quoted_cstring(s.tgtdev_name, hex_strings))))


def _replace_status(data: bytes, style: str) -> str:
    s = REPLACE_STATUS.unpack(data)
    progress = str(s.progress_1000)
    if s.progress_1000 <= 1000:
        progress += " /* %d.%d%% */" % (s.progress_1000 // 10, s.progress_1000 % 10)
    return struct_text((
        ("replace_state", print_xval(s.replace_state, BTRFS_DEV_REPLACE_STATE,
                                     "BTRFS_IOCTL_DEV_REPLACE_STATE_???", style)),
        ("progress_1000", progress),
        ("time_started", str(s.time_started) + comment(sprinttime(signed(s.time_started)))),
        ("time_stopped", str(s.time_stopped) + comment(sprinttime(signed(s.time_stopped)))),
        ("num_write_errors", str(s.num_write_errors)),
        ("num_uncorrectable_read_errors", str(s.num_uncorrectable_read_errors))))


# The in/out requests: their input at entry, `` => `` and their output at exit
# (nothing when the call failed).  Each takes (call, record, style) and
# returns the fields to print.

def _dev_replace_in(call: Call, r, style: str) -> list:
    fields = [("cmd", print_xval(r.cmd, BTRFS_DEV_REPLACE_CMDS,
                                 "BTRFS_IOCTL_DEV_REPLACE_CMD_???", style))]
    if r.cmd == REPLACE_CMD_START:
        fields.append(("start", _replace_start(r.params, style, call.opts.hex_strings)))
    return fields


def _dev_replace_out(call: Call, r, style: str) -> list:
    fields = [("result", print_xval(r.result, BTRFS_DEV_REPLACE_RESULTS,
                                    "BTRFS_IOCTL_DEV_REPLACE_RESULT_???", style))]
    if r.cmd == REPLACE_CMD_STATUS:
        fields.append(("status", _replace_status(r.params, style)))
    return fields


def _dev_info_in(call: Call, d, style: str) -> list:
    fields = [("devid", dev_text(d.devid, style))]
    if any(d.uuid):
        fields.append(("uuid", uuid_text(d.uuid)))
    return fields


def _dev_info_out(call: Call, d, style: str) -> list:
    fields = [("uuid", uuid_text(d.uuid))] if any(d.uuid) else []
    return fields + _fields(d, "bytes_used total_bytes") + [
        ("path", quoted_cstring(d.path, call.opts.hex_strings))]


def _dev_stats_in(call: Call, d, style: str) -> list:
    return [("devid", dev_text(d.devid, style))] + _dev_stats_common(d, style)


def _dev_stats_common(d, style: str) -> list:
    return [("nr_items", str(d.nr_items)),
            ("flags", print_flags(d.flags, BTRFS_DEV_STATS_FLAGS, "BTRFS_DEV_STATS_???", style))]


def _dev_stats_out(call: Call, d, style: str) -> list:
    values = []
    for i in range(d.nr_items):
        if i >= len(d.values):
            values.append("...")
            break
        values.append("[%s]=%d" % (print_xval(i, BTRFS_DEV_STATS_VALUES, None, style, "u"),
                                   d.values[i]))
    return _dev_stats_common(d, style) + [(None, "[" + ", ".join(values) + "]")]


def _ino_lookup_in(call: Call, a, style: str) -> list:
    # with a tree id of 0 the kernel fills in the containing subvolume's
    call.saved["btrfs_treeid"] = a.treeid == 0
    return [("treeid", _objectid(a.treeid, style)), ("objectid", _objectid(a.objectid, style))]


def _ino_lookup_out(call: Call, a, style: str) -> list:
    fields = [("treeid", _objectid(a.treeid, style))] if call.saved.get("btrfs_treeid") else []
    return fields + [("name", quoted_cstring(a.name, call.opts.hex_strings))]


def _ino_paths_in(call: Call, a, style: str) -> list:
    return _fields(a, "inum size") + [("fspath", hex_address(a.fspath))]


def _ino_paths_out(call: Call, a, style: str) -> list:
    return [("fspath", _container(call, a.fspath,
                                  lambda c, v: _ino_path_values(call, c, v)))]


def _logical_ino_in(call: Call, a, style: str) -> list:
    fields = _fields(a, "logical size")
    if any(a.reserved):
        fields.append(("reserved", "[" + ", ".join(hexval(v) for v in a.reserved) + "]"))
    return fields + [("flags", print_flags(a.flags, BTRFS_LOGICAL_INO_ARGS_FLAGS,
                                           "BTRFS_LOGICAL_INO_ARGS_???", style)),
                     ("inodes", hex_address(a.inodes))]


def _logical_ino_out(call: Call, a, style: str) -> list:
    return [("inodes", _container(call, a.inodes,
                                  lambda c, v: _logical_ino_values(call, c, v)))]


def _received_subvol_in(call: Call, a, style: str) -> list:
    return [("uuid", uuid_text(a.uuid)), ("stransid", str(a.stransid)),
            ("stime", _timespec(a.stime_sec, a.stime_nsec)), ("flags", str(a.flags))]


def _received_subvol_out(call: Call, a, style: str) -> list:
    return [("rtransid", str(a.rtransid)), ("rtime", _timespec(a.rtime_sec, a.rtime_nsec))]


def _scrub_in(call: Call, a, style: str) -> list:
    fields = [("devid", dev_text(a.devid, style))]
    if call.saved["btrfs_code"] == _c("SCRUB"):
        fields += [("start", str(a.start)), ("end", u64_text(a.end, style)),
                   ("flags", print_flags(a.flags, BTRFS_SCRUB_FLAGS, "BTRFS_SCRUB_???", style))]
    return fields


def _scrub_out(call: Call, a, style: str) -> list:
    p = SCRUB_PROGRESS.unpack(a.progress)
    return [("progress", struct_text(_fields(p, " ".join(SCRUB_PROGRESS.fields))))]


def _space_info_in(call: Call, a, style: str) -> list:
    return [("space_slots", str(a.space_slots))]


def _space_info_out(call: Call, a, style: str) -> list:
    fields = [("total_spaces", str(a.total_spaces))]
    if a.space_slots == 0 and a.total_spaces:
        return fields
    if not call.opts.verbose:
        return fields + [(None, "...")]

    def info(data: bytes) -> str:
        i = SPACE_INFO.unpack(data)
        return struct_text([("flags", print_flags(i.flags, BTRFS_SPACE_INFO_FLAGS,
                                                  "BTRFS_SPACE_INFO_???", style))]
                           + _fields(i, "total_bytes used_bytes"))
    return fields + [("spaces", print_array(call, call.args[2] + SPACE_ARGS.size, a.total_spaces,
                                            SPACE_INFO.size, info))]


def _vol_v2_in(call: Call, a, style: str) -> list:
    fields = [("fd", fd_text(int32(a.fd), call)),
              ("flags", print_flags(a.flags, BTRFS_SNAP_FLAGS_V2, "BTRFS_SUBVOL_???", style))]
    if a.flags & BTRFS_SUBVOL_QGROUP_INHERIT:
        fields += [("size", str(a.size)),
                   ("qgroup_inherit", _qgroup_inherit(call, a.qgroup_inherit))]
    return fields + [("name", quoted_cstring(a.name, call.opts.hex_strings))]


def _vol_v2_out(call: Call, a, style: str) -> list:
    return [("transid", str(a.transid))]


def _balance_in(call: Call, a, style: str):
    return _balance(call, call.args[2], False)


def _balance_out(call: Call, a, style: str):
    return _balance(call, call.args[2], True)


_IN_OUT = {
    "DEV_REPLACE": (DEV_REPLACE_ARGS, _dev_replace_in, _dev_replace_out),
    "DEV_INFO": (DEV_INFO_ARGS, _dev_info_in, _dev_info_out),
    "GET_DEV_STATS": (GET_DEV_STATS, _dev_stats_in, _dev_stats_out),
    "INO_LOOKUP": (INO_LOOKUP_ARGS, _ino_lookup_in, _ino_lookup_out),
    "INO_PATHS": (INO_PATH_ARGS, _ino_paths_in, _ino_paths_out),
    "LOGICAL_INO": (LOGICAL_INO_ARGS, _logical_ino_in, _logical_ino_out),
    "SET_RECEIVED_SUBVOL": (RECEIVED_SUBVOL_ARGS, _received_subvol_in, _received_subvol_out),
    "SCRUB": (SCRUB_ARGS, _scrub_in, _scrub_out),
    "SCRUB_PROGRESS": (SCRUB_ARGS, _scrub_in, _scrub_out),
    "SPACE_INFO": (SPACE_ARGS, _space_info_in, _space_info_out),
    "SNAP_CREATE_V2": (VOL_ARGS_V2, _vol_v2_in, _vol_v2_out),
    "SUBVOL_CREATE_V2": (VOL_ARGS_V2, _vol_v2_in, _vol_v2_out),
    "BALANCE_V2": (None, _balance_in, _balance_out),
}
_IN_OUT_CODES = {_c(name): spec for name, spec in _IN_OUT.items()}


def _in_out(call: Call, code: int, arg: int, spec):
    layout, entry, exit_ = spec
    call.saved["btrfs_code"] = code
    style = call.opts.xlat_style
    if layout is None:    # balance: the whole text comes from one printer
        if call.exiting:
            return "" if call.failed else " => " + exit_(call, None, style)
        return Later(", " + entry(call, None, style))
    return in_out(call, arg, layout, lambda r: entry(call, r, style),
                  lambda r: exit_(call, r, style))


_NO_ARG = frozenset(_c(n) for n in ("TRANS_START", "TRANS_END", "SYNC", "SCRUB_CANCEL",
                                    "QUOTA_RESCAN_WAIT", "DEFRAG", "BALANCE"))
_VOL_ARGS = frozenset(_c(n) for n in ("SNAP_CREATE", "RESIZE", "SCAN_DEV", "FORGET_DEV",
                                      "ADD_DEV", "RM_DEV", "SUBVOL_CREATE", "SNAP_DESTROY",
                                      "DEVICES_READY"))
_U64_IN = frozenset(_c(n) for n in ("DEFAULT_SUBVOL", "WAIT_SYNC"))
# requests whose whole argument the kernel writes: printed at exit
_AT_EXIT = frozenset(_c(n) for n in ("START_SYNC", "SUBVOL_GETFLAGS", "BALANCE_PROGRESS",
                                     "GET_FEATURES", "GET_SUPPORTED_FEATURES", "FS_INFO",
                                     "QGROUP_LIMIT", "QUOTA_RESCAN_STATUS"))


def _simple(call: Call, code: int, arg: int) -> str | None:
    """The text of the requests decoded in one go (at entry, or at exit for
    those in _AT_EXIT)."""
    style = call.opts.xlat_style
    if code == _c("BALANCE_CTL"):
        return print_xval(arg & U32, BTRFS_BALANCE_CTL_CMDS, "BTRFS_BALANCE_CTL_???", style)
    if code in _U64_IN or code == _c("START_SYNC"):
        return number_at(call, arg, "Q", str)
    if code in (_c("SUBVOL_GETFLAGS"), _c("SUBVOL_SETFLAGS")):
        data = fetch(call, arg, 8)
        if data is None:
            return hex_address(arg)
        return print_flags(struct.unpack("<Q", data)[0], BTRFS_SNAP_FLAGS_V2,
                           "BTRFS_SUBVOL_???", style)
    if code == _c("BALANCE_PROGRESS"):
        return _balance(call, arg, True)
    if code == _c("DEFRAG_RANGE"):
        return _defrag_range(call, arg)
    if code == _c("GET_FEATURES"):
        data = fetch(call, arg, FEATURE_FLAGS.size)
        return hex_address(arg) if data is None else _features(data, style)
    if code == _c("SET_FEATURES"):
        return _feature_array(call, arg, 2)
    if code == _c("GET_SUPPORTED_FEATURES"):
        return _feature_array(call, arg, 3)
    if code == _c("FS_INFO"):
        return _fs_info(call, arg)
    if code in _VOL_ARGS:
        return _vol_args(call, arg)
    if code == _c("SEND"):
        return _send(call, arg)
    return _quota(call, code, arg, style)


def _quota(call: Call, code: int, arg: int, style: str) -> str | None:
    layout = {_c("QGROUP_ASSIGN"): QGROUP_ASSIGN_ARGS, _c("QGROUP_CREATE"): QGROUP_CREATE_ARGS,
              _c("QGROUP_LIMIT"): QGROUP_LIMIT_ARGS, _c("QUOTA_CTL"): QUOTA_CTL_ARGS,
              _c("QUOTA_RESCAN"): QUOTA_RESCAN_ARGS,
              _c("QUOTA_RESCAN_STATUS"): QUOTA_RESCAN_ARGS}.get(code)
    if layout is None:
        return None
    q = layout.fetch(call, arg)
    if q is None:
        return hex_address(arg)
    if layout is QGROUP_LIMIT_ARGS:
        return struct_text((("qgroupid", str(q.qgroupid)), ("lim", _qgroup_limit(q.lim, style))))
    if layout is QUOTA_CTL_ARGS:
        return "{cmd=%s}" % print_xval(q.cmd, BTRFS_QGROUP_CTL_CMDS, "BTRFS_QUOTA_CTL_???", style)
    if code == _c("QUOTA_RESCAN"):
        return "{flags=%d}" % q.flags
    if code == _c("QUOTA_RESCAN_STATUS"):
        return "{flags=%d, progress=%s}" % (q.flags, _objectid(q.progress, style))
    return struct_text(_fields(q, " ".join(layout.fields)))


def decode(call: Call, code: int, arg: int):
    """strace's btrfs_ioctl (see protocol.py)."""
    if code in _NO_ARG:
        return ""
    spec = _IN_OUT_CODES.get(code)
    if spec is not None:
        return _in_out(call, code, arg, spec)
    if code in (_c("TREE_SEARCH"), _c("TREE_SEARCH_V2")):
        return _tree_search(call, code, arg)
    if code in _AT_EXIT and not call.exiting:
        return Later("")
    text = _simple(call, code, arg)
    return None if text is None else ", " + text
