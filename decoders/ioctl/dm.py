"""Device mapper ioctls (DM_*): struct dm_ioctl and the payload after it
(target specs, dependencies, device names, target versions, messages),
printed as strace prints them: ``[{version=[4, 0, 0], ...}, ...]``."""
from __future__ import annotations

import struct

from decoders import Call, read_bytes
from decoders.files.stat import dev_text
from decoders.ioctl.dm_xlat import DM_FLAGS
from decoders.ioctl.protocol import Later
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags
from decoders.render.layout import Layout
from decoders.render.strings import hex_address, printstr_ex, quoted_cstring
from decoders.render.structs import fetch, print_array

DM_IOCTL = Layout("version:3I data_size:I data_start:I target_count:I open_count:i flags:I "
                  "event_nr:I padding:I dev:Q name:128s uuid:129s")
DM_IOCTL_HEAD = 305          # offsetof(struct dm_ioctl, data)
DM_TARGET_SPEC = Layout("sector_start:Q length:Q status:i next:I target_type:16s")
DM_NAME_LIST = Layout("dev:Q next:I")
DM_TARGET_VERSIONS = Layout("next:I version:3I")
DM_VERSION_MAJOR = 4
DM_SUSPEND_FLAG, DM_DATA_OUT_FLAG = 1 << 1, 1 << 16
NAME_LIST_NAME, TARGET_VERSIONS_NAME, TARGET_DEPS_DEV, TARGET_MSG_MESSAGE = 12, 16, 8, 8


def _c(*names: str) -> frozenset:
    return frozenset(CODES["DM_" + n] for n in names)


_KNOWN = _c("VERSION", "REMOVE_ALL", "LIST_DEVICES", "DEV_CREATE", "DEV_REMOVE", "DEV_RENAME",
            "DEV_SUSPEND", "DEV_STATUS", "DEV_WAIT", "TABLE_LOAD", "TABLE_CLEAR", "TABLE_DEPS",
            "TABLE_STATUS", "LIST_VERSIONS", "TARGET_MSG", "DEV_SET_GEOMETRY", "DEV_ARM_POLL")
_NO_PARAMS = _c("VERSION", "REMOVE_ALL", "DEV_CREATE", "DEV_REMOVE", "DEV_SUSPEND",
                "DEV_STATUS", "TABLE_CLEAR", "DEV_ARM_POLL")
_NO_DEVICE = _c("REMOVE_ALL", "LIST_DEVICES", "LIST_VERSIONS")
_EVENT_IN = _c("DEV_RENAME", "DEV_REMOVE", "DEV_WAIT")
_COUNTS_OUT = _c("DEV_CREATE", "DEV_RENAME", "DEV_SUSPEND", "DEV_STATUS", "DEV_WAIT",
                 "TABLE_LOAD", "TABLE_CLEAR", "TABLE_DEPS", "TABLE_STATUS", "TARGET_MSG")


def _misplaced(what: str) -> str:
    return "??? /* misplaced %s */" % what


def _string(call: Call, addr: int, length: int) -> str:
    return printstr_ex(call, addr, length, zero_terminated=True)


def _header(call: Call, code: int, ioc) -> tuple[str, bool]:
    """The dm_ioctl fields, and whether the payload can be trusted."""
    text = "{version=[%d, %d, %d]" % tuple(ioc.version)
    if ioc.version[0] != DM_VERSION_MAJOR:
        return text + " /* unsupported device mapper ABI version */}", False
    text += ", data_size=%d" % ioc.data_size
    if ioc.data_size < DM_IOCTL_HEAD:
        return text + " /* data_size too small */}", False
    if code not in _NO_PARAMS:
        text += ", data_start=%d" % ioc.data_start
    if code not in _NO_DEVICE:
        if ioc.dev:
            text += ", dev=" + dev_text(ioc.dev, call.opts.xlat_style)
        if ioc.name[0]:
            text += ", name=" + quoted_cstring(ioc.name, call.opts.hex_strings)
        if ioc.uuid[0]:
            text += ", uuid=" + quoted_cstring(ioc.uuid, call.opts.hex_strings)
    if not call.exiting:
        if code == CODES["DM_TABLE_LOAD"]:
            text += ", target_count=%d" % ioc.target_count
        elif code in _EVENT_IN or (code == CODES["DM_DEV_SUSPEND"]
                                   and not ioc.flags & DM_SUSPEND_FLAG):
            text += ", event_nr=%d" % ioc.event_nr
    elif not call.failed and code in _COUNTS_OUT:
        text += ", target_count=%d, open_count=%d, event_nr=%d" % (
            ioc.target_count, ioc.open_count & 0xFFFFFFFF, ioc.event_nr)
    text += ", flags=" + print_flags(ioc.flags, DM_FLAGS, "DM_???", call.opts.xlat_style)
    return text + "}", True


def _target_specs(call: Call, arg: int, ioc) -> str:
    if not call.opts.verbose:
        return ", ..." if ioc.target_count else ""
    text, offset, offset_end = "", ioc.data_start, 0
    for i in range(ioc.target_count):
        text += ", "
        if i and offset <= offset_end:
            return text + _misplaced("struct dm_target_spec")
        offset_end = (offset + DM_TARGET_SPEC.size) & 0xFFFFFFFF
        if offset_end <= offset or offset_end > ioc.data_size:
            return text + _misplaced("struct dm_target_spec")
        if i >= call.opts.string_limit:
            return text + "..."
        s = DM_TARGET_SPEC.fetch(call, arg + offset)
        if s is None:
            return text + hex_address(arg + offset)
        text += "{sector_start=%d, length=%d" % (s.sector_start, s.length)
        if call.exiting:
            text += ", status=%d" % s.status
        text += ", target_type=%s, string=%s}" % (
            quoted_cstring(s.target_type, call.opts.hex_strings),
            _string(call, arg + offset_end, ioc.data_size - offset_end))
        offset = (offset + s.next if not call.exiting else ioc.data_start + s.next) & 0xFFFFFFFF
    return text


def _target_deps(call: Call, arg: int, ioc) -> str:
    if ioc.data_start == ioc.data_size:
        return ""
    if not call.opts.verbose:
        return ", ..."
    offset = ioc.data_start
    offset_end = (offset + TARGET_DEPS_DEV) & 0xFFFFFFFF
    if offset_end <= offset or offset_end > ioc.data_size:
        return ", " + _misplaced("struct dm_target_deps")
    data = fetch(call, arg + offset, TARGET_DEPS_DEV)
    if data is None:
        return ", " + hex_address(arg + offset)
    count = struct.unpack_from("<I", data)[0]
    if count > (ioc.data_size - offset_end) // 8:
        return ", " + _misplaced("struct dm_target_deps")
    style = call.opts.xlat_style
    deps = print_array(call, arg + offset_end, count, 8,
                       lambda d: dev_text(struct.unpack("<Q", d)[0], style))
    return ", {count=%d, deps=%s}" % (count, deps)


def _name_event(call: Call, arg: int, ioc, offset: int, offset_end: int, next_: int) -> str:
    """The event number the kernel (since DM 4.37) puts after a device's name."""
    if ioc.version[1] < 37:
        return ""
    size = min(call.opts.string_limit + 1, ioc.data_size - offset_end)
    got = call.mem.cstring(arg + offset_end, size) if size > 0 else None
    if got is None or not got[1] or len(got[0]) >= size:
        return ""
    event_addr = (arg + offset_end + len(got[0]) + 1 + 7) & ~7
    if event_addr + 4 > arg + offset + next_:
        return ""
    data = read_bytes(call, event_addr, 4)
    return "" if data is None else ", event_nr=%d" % struct.unpack("<I", data)[0]


def _linked(call: Call, arg: int, ioc, what: str, head: int, render) -> str:
    """A chain of records linked by their ``next`` offsets (names, versions)."""
    if ioc.data_start == ioc.data_size:
        return ""
    if not call.opts.verbose:
        return ", ..."
    text, offset, offset_end, count = "", ioc.data_start, 0, 0
    while True:
        text += ", "
        if count and offset <= offset_end:
            return text + _misplaced(what)
        offset_end = (offset + head) & 0xFFFFFFFF
        if offset_end <= offset or offset_end > ioc.data_size:
            return text + _misplaced(what)
        if count >= call.opts.string_limit:
            return text + "..."
        data = fetch(call, arg + offset, head)
        if data is None:
            return text + hex_address(arg + offset)
        item, next_ = render(data, offset, offset_end)
        text += item
        if not next_:
            return text
        offset = (offset + next_) & 0xFFFFFFFF
        count += 1


def _name_list(call: Call, arg: int, ioc) -> str:
    def render(data: bytes, offset: int, offset_end: int):
        n = DM_NAME_LIST.unpack(data.ljust(DM_NAME_LIST.size, b"\0"))
        name = _string(call, arg + offset_end, ioc.data_size - offset_end)
        event = _name_event(call, arg, ioc, offset, offset_end, n.next)
        return "{dev=%s, name=%s%s}" % (dev_text(n.dev, call.opts.xlat_style), name, event), \
            n.next
    return _linked(call, arg, ioc, "struct dm_name_list", NAME_LIST_NAME, render)


def _target_versions(call: Call, arg: int, ioc) -> str:
    def render(data: bytes, offset: int, offset_end: int):
        v = DM_TARGET_VERSIONS.unpack(data)
        name = _string(call, arg + offset_end, ioc.data_size - offset_end)
        return "{name=%s, version=[%d, %d, %d]}" % ((name,) + tuple(v.version)), v.next
    return _linked(call, arg, ioc, "struct dm_target_versions", TARGET_VERSIONS_NAME, render)


def _target_msg(call: Call, arg: int, ioc) -> str:
    if ioc.data_start == ioc.data_size:
        return ""
    if not call.opts.verbose:
        return ", ..."
    offset = ioc.data_start
    offset_end = (offset + TARGET_MSG_MESSAGE) & 0xFFFFFFFF
    if not (offset_end > offset and offset_end <= ioc.data_size):
        return ", " + _misplaced("struct dm_target_msg")
    data = fetch(call, arg + offset, TARGET_MSG_MESSAGE)
    if data is None:
        return ", " + hex_address(arg + offset)
    return ", {sector=%d, message=%s}" % (struct.unpack("<Q", data)[0], _string(
        call, arg + offset_end, ioc.data_size - offset_end))


def _dm_string(call: Call, arg: int, ioc) -> str:
    if not call.opts.verbose:
        return ", ..."
    if ioc.data_start <= ioc.data_size:
        return ", {string=%s}" % _string(call, arg + ioc.data_start,
                                         ioc.data_size - ioc.data_start)
    return ", ??? /* misplaced string */"


def _payload(call: Call, code: int, arg: int, ioc) -> str:
    out = call.exiting and not call.failed
    if code in _c("DEV_WAIT", "TABLE_STATUS"):
        return _target_specs(call, arg, ioc) if out else ""
    if code == CODES["DM_TABLE_LOAD"]:
        return _target_specs(call, arg, ioc) if not call.exiting else ""
    if code == CODES["DM_TABLE_DEPS"]:
        return _target_deps(call, arg, ioc) if out else ""
    if code == CODES["DM_LIST_DEVICES"]:
        return _name_list(call, arg, ioc) if out else ""
    if code == CODES["DM_LIST_VERSIONS"]:
        return _target_versions(call, arg, ioc) if out else ""
    if code == CODES["DM_TARGET_MSG"]:
        if not call.exiting:
            return _target_msg(call, arg, ioc)
        return _dm_string(call, arg, ioc) if out and ioc.flags & DM_DATA_OUT_FLAG else ""
    if code in _c("DEV_RENAME", "DEV_SET_GEOMETRY"):
        return _dm_string(call, arg, ioc) if not call.exiting else ""
    return ""


def decode(call: Call, code: int, arg: int):
    """strace's dm_ioctl (see protocol.py)."""
    if code not in _KNOWN:
        return None
    # the header is read as strace's plain umoven reads it
    data = read_bytes(call, arg, DM_IOCTL_HEAD) if arg else None
    ioc = None if data is None else DM_IOCTL.unpack(data.ljust(DM_IOCTL.size, b"\0"))
    if ioc is None or ioc.data_size < 12:
        return Later("") if not call.exiting else None
    if not call.exiting:
        call.saved["dm_ioctl"] = ioc
    else:
        entered = call.saved.get("dm_ioctl")
        changed = entered is None or (tuple(ioc.version), ioc.data_size, ioc.data_start,
                                      ioc.flags) != (tuple(entered.version), entered.data_size,
                                                     entered.data_start, entered.flags)
        if call.failed and not changed:
            return ""
    header, trusted = _header(call, code, ioc)
    text = "[" + header + (_payload(call, code, arg, ioc) if trusted else "") + "]"
    if call.exiting:
        return " => " + text
    return Later(", " + text)
