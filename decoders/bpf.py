"""bpf(2): the command names the layout of the attribute union.

strace reads ``size`` bytes of the union (at most a page) and prints the
fields of the command's structure that fit in them, each structure growing
with kernel versions; bytes past the known structure that are not zero show
as ``...`` (``extra_data=`` with -v).  Most commands print everything at
entry; the ones whose attributes the kernel updates (next ids, queries,
batches, object info) finish at exit."""
from __future__ import annotations

import socket
import struct

from decoders import Call, ret_kind, syscall_decoder
from decoders.bpf_classic import instructions_text
from decoders.bpf_xlat import (
    BPF_ATTACH_FLAGS, BPF_ATTACH_TYPE, BPF_COMMANDS, BPF_FILE_MODE_FLAGS,
    BPF_LINK_CREATE_KPROBE_MULTI_FLAGS, BPF_MAP_FLAGS, BPF_MAP_LOOKUP_ELEM_FLAGS,
    BPF_MAP_TYPES, BPF_MAP_UPDATE_ELEM_FLAGS, BPF_OP_ALU, BPF_OP_JMP, BPF_PROG_FLAGS,
    BPF_PROG_TYPES, BPF_QUERY_FLAGS, BPF_SIZE, BPF_SRC, BPF_TASK_FD_TYPE,
    BPF_TEST_RUN_FLAGS, EBPF_CLASS, EBPF_MODE, EBPF_OP_ALU, EBPF_OP_JMP, EBPF_REGS,
    EBPF_SIZE)
from decoders.files.stat import dev_text
from decoders.memo import memoized
from decoders.render.flags import kernel_version_text, print_flags, print_xval
from decoders.render.numbers import U32, U64, hexval
from decoders.render.scalars import fd_return, fd_text, pid_text
from decoders.render.strings import (
    buffer, cstring, escape, hex_address, path, printstr_ex, quoted_cstring)
from decoders.render.structs import print_array

BPF_OBJ_NAME_LEN = 16
BPF_F_NUMA_NODE = 1 << 2
BPF_F_REPLACE = 1 << 2
BPF_TRACE_ITER, BPF_PERF_EVENT, BPF_TRACE_KPROBE_MULTI = 28, 41, 42


@memoized(1)
def _page_size() -> int:
    import os
    return os.sysconf("SC_PAGESIZE")


class Attr:
    """The command's structure: the first ``length`` bytes the caller gave
    (zero beyond), read as little-endian fields by offset."""

    __slots__ = ("data", "length", "size", "raw")

    def __init__(self, raw: bytes, struct_size: int):
        self.raw = raw
        self.size = len(raw)
        self.length = min(len(raw), struct_size)
        self.data = raw[:self.length] + bytes(struct_size - self.length)

    def u32(self, offset: int) -> int:
        return struct.unpack_from("<I", self.data, offset)[0]

    def u64(self, offset: int) -> int:
        return struct.unpack_from("<Q", self.data, offset)[0]

    def u16(self, offset: int) -> int:
        return struct.unpack_from("<H", self.data, offset)[0]

    def has(self, offset: int) -> bool:
        """strace's ``len > offsetof(field)``: the caller's size reaches the field."""
        return self.length > offset


def _extra_data(call: Call, attr: Attr, struct_size: int) -> str:
    """Non-zero bytes past the structure: ``, ...`` (``extra_data=`` with -v)."""
    if attr.size <= struct_size:
        return ""
    tail = attr.raw[struct_size:]
    if not tail.strip(b"\0"):
        return ""
    if not call.opts.verbose:
        return ", ..."
    return ', extra_data="%s" /* bytes %d..%d */' % (
        escape(tail, 2), struct_size, struct_size + len(tail) - 1)


def _fd(value: int, call: Call) -> str:
    return fd_text(value & U32, call)


def _addr64(value: int) -> str:
    return hex_address(value)


def _name(data: bytes, available: int, call: Call) -> str:
    """A 16-byte name field, of which only ``available`` bytes were given."""
    return quoted_cstring(data[:max(min(16, available), 0)], call.opts.hex_strings)


def _ifindex(index: int, style: str) -> str:
    try:
        name = socket.if_indextoname(index)
    except OSError:
        name = None
    if name is None or style == "raw":
        return str(index)
    text = 'if_nametoindex("%s")' % escape(name.encode(), 0)
    return "%d /* %s */" % (index, text) if style == "verbose" else text


def _u64_max(value: int, style: str) -> str:
    """PRINT_FIELD_U64: UINT64_MAX by name."""
    if value != U64:
        return str(value)
    if style == "raw":
        return str(value)
    return "%d /* UINT64_MAX */" % value if style == "verbose" else "UINT64_MAX"


def _array(call: Call, addr: int, count: int, size: int, render) -> str:
    return print_array(call, addr, count, size, render)


# eBPF instructions (printed with -v only) -----------------------------------

def _xvals(value: int, tables, dflt: str, style: str) -> str:
    for table in tables:
        if any(v == value for v, _ in table):
            return print_xval(value, table, dflt, style)
    return print_xval(value, (), dflt, style)


def ebpf_code(code: int, style: str) -> str:
    """print_bpf_filter_code for eBPF: ``BPF_ALU64|BPF_K|BPF_MOV``."""
    klass = code & 0x07
    rest = code & ~0x07
    text = print_xval(klass, EBPF_CLASS, "BPF_???", style)
    if klass in (0, 1, 2, 3):       # LD LDX ST STX
        text += "|" + _xvals(code & 0x18, (BPF_SIZE, EBPF_SIZE), "BPF_???", style)
        text += "|" + print_xval(code & 0xE0, EBPF_MODE, "BPF_???", style)
    elif klass in (4, 7):           # ALU ALU64
        text += "|" + print_xval(code & 0x08, BPF_SRC, "BPF_???", style)
        text += "|" + _xvals(code & 0xF0, (BPF_OP_ALU, EBPF_OP_ALU), "BPF_???", style)
    elif klass == 5:                # JMP
        text += "|" + print_xval(code & 0x08, BPF_SRC, "BPF_???", style)
        text += "|" + _xvals(code & 0xF0, (BPF_OP_JMP, EBPF_OP_JMP), "BPF_???", style)
    elif rest:                      # JMP32 (class 6) and the rest
        text += "|%s /* BPF_??? */" % hexval(rest)
    return text


def _ebpf_prog(call: Call, addr: int, count: int) -> str:
    style = call.opts.xlat_style

    def one(chunk: bytes) -> str:
        code, regs, off, imm = struct.unpack("<BBhi", chunk)
        return "{code=%s, dst_reg=%s, src_reg=%s, off=%d, imm=%s}" % (
            ebpf_code(code, style),
            print_xval(regs & 0xF, EBPF_REGS, "BPF_REG_???", style),
            print_xval(regs >> 4, EBPF_REGS, "BPF_REG_???", style),
            off, hexval(imm & U32))
    return instructions_text(call, addr, count, 8, one)


# One function per command: (call, attr) -> text, True when the call is
# complete at entry.  The struct sizes are strace 6.1's.

def _map_create(call: Call, a: Attr):
    style = call.opts.xlat_style
    parts = ["map_type=" + print_xval(a.u32(0), BPF_MAP_TYPES, "BPF_MAP_TYPE_???", style),
             "key_size=%d" % a.u32(4), "value_size=%d" % a.u32(8),
             "max_entries=%d" % a.u32(12)]
    done = False
    while True:
        if not a.has(16):
            break
        flags = a.u32(16)
        parts.append("map_flags=" + print_flags(flags, BPF_MAP_FLAGS, "BPF_F_???", style))
        if not a.has(20):
            break
        parts.append("inner_map_fd=" + _fd(a.u32(20), call))
        if not a.has(24):
            break
        if flags & BPF_F_NUMA_NODE:
            node = a.u32(24)
            name = "NUMA_NO_NODE" if node == U32 else None
            parts.append("numa_node=" + (str(node) if style == "raw" or name is None
                                          else "%d /* %s */" % (node, name)))
        if not a.has(28):
            break
        parts.append("map_name=" + _name(a.data[28:44], a.length - 28, call))
        if not a.has(44):
            break
        parts.append("map_ifindex=" + _ifindex(a.u32(44), style))
        if not a.has(48):
            break
        parts += ["btf_fd=" + _fd(a.u32(48), call), "btf_key_type_id=%d" % a.u32(52),
                  "btf_value_type_id=%d" % a.u32(56)]
        if not a.has(60):
            break
        parts.append("btf_vmlinux_value_type_id=%d" % a.u32(60))
        if not a.has(64):
            break
        parts.append("map_extra=" + _u64_max(a.u64(64), style))
        done = True
        break
    return "{" + ", ".join(parts) + (_extra_data(call, a, 72) if done else "") + "}", True


def _map_lookup_elem(call: Call, a: Attr):
    parts = ["map_fd=" + _fd(a.u32(0), call), "key=" + _addr64(a.u64(8)),
             "value=" + _addr64(a.u64(16))]
    extra = ""
    if a.has(24):
        parts.append("flags=" + print_flags(a.u64(24), BPF_MAP_LOOKUP_ELEM_FLAGS, "BPF_???",
                                            call.opts.xlat_style))
        extra = _extra_data(call, a, 32)
    return "{" + ", ".join(parts) + extra + "}", True


def _map_update_elem(call: Call, a: Attr):
    return "{map_fd=%s, key=%s, value=%s, flags=%s%s}" % (
        _fd(a.u32(0), call), _addr64(a.u64(8)), _addr64(a.u64(16)),
        print_xval(a.u64(24), BPF_MAP_UPDATE_ELEM_FLAGS, "BPF_???", call.opts.xlat_style),
        _extra_data(call, a, 32)), True


def _map_delete_elem(call: Call, a: Attr):
    return "{map_fd=%s, key=%s%s}" % (_fd(a.u32(0), call), _addr64(a.u64(8)),
                                      _extra_data(call, a, 16)), True


def _map_get_next_key(call: Call, a: Attr):
    return "{map_fd=%s, key=%s, next_key=%s%s}" % (
        _fd(a.u32(0), call), _addr64(a.u64(8)), _addr64(a.u64(16)),
        _extra_data(call, a, 24)), True


def _map_freeze(call: Call, a: Attr):
    return "{map_fd=%s%s}" % (_fd(a.u32(0), call), _extra_data(call, a, 4)), True


def _prog_load(call: Call, a: Attr):
    style = call.opts.xlat_style
    parts = ["prog_type=" + print_xval(a.u32(0), BPF_PROG_TYPES, "BPF_PROG_TYPE_???", style),
             "insn_cnt=%d" % a.u32(4), "insns=" + _ebpf_prog(call, a.u64(8), a.u32(4)),
             "license=" + cstring(a.u64(16), call)]
    done = False
    while True:
        if not a.has(24):
            break
        log_size = a.u32(28)
        parts += ["log_level=%d" % a.u32(24), "log_size=%d" % log_size,
                  "log_buf=" + printstr_ex(call, a.u64(32), log_size, zero_terminated=True)]
        if not a.has(40):
            break
        parts.append("kern_version=" + kernel_version_text(a.u32(40), style))
        if not a.has(44):
            break
        parts.append("prog_flags=" + print_flags(a.u32(44), BPF_PROG_FLAGS, "BPF_F_???",
                                                 style))
        if not a.has(48):
            break
        parts.append("prog_name=" + _name(a.data[48:64], a.length - 48, call))
        if not a.has(64):
            break
        parts.append("prog_ifindex=" + _ifindex(a.u32(64), style))
        if not a.has(68):
            break
        parts.append("expected_attach_type=" + print_xval(a.u32(68), BPF_ATTACH_TYPE,
                                                          "BPF_???", style))
        if not a.has(72):
            break
        parts += ["prog_btf_fd=" + _fd(a.u32(72), call), "func_info_rec_size=%d" % a.u32(76),
                  "func_info=" + _addr64(a.u64(80)), "func_info_cnt=%d" % a.u32(88),
                  "line_info_rec_size=%d" % a.u32(92), "line_info=" + _addr64(a.u64(96)),
                  "line_info_cnt=%d" % a.u32(104)]
        if not a.has(108):
            break
        parts.append("attach_btf_id=%d" % a.u32(108))
        if not a.has(112):
            break
        parts.append("attach_prog_fd=" + _fd(a.u32(112), call))
        if not a.has(120):
            break
        parts.append("fd_array=" + _addr64(a.u64(120)))
        done = True
        break
    return "{" + ", ".join(parts) + (_extra_data(call, a, 128) if done else "") + "}", True


def _obj_pin(call: Call, a: Attr):
    parts = ["pathname=" + path(a.u64(0), call), "bpf_fd=" + _fd(a.u32(8), call)]
    extra = ""
    if a.has(12):
        parts.append("file_flags=" + print_flags(a.u32(12), BPF_FILE_MODE_FLAGS, "BPF_F_???",
                                                 call.opts.xlat_style))
        extra = _extra_data(call, a, 16)
    return "{" + ", ".join(parts) + extra + "}", True


def _prog_attach(call: Call, a: Attr):
    style = call.opts.xlat_style
    parts = ["target_fd=" + _fd(a.u32(0), call), "attach_bpf_fd=" + _fd(a.u32(4), call),
             "attach_type=" + print_xval(a.u32(8), BPF_ATTACH_TYPE, "BPF_???", style),
             "attach_flags=" + print_flags(a.u32(12), BPF_ATTACH_FLAGS, "BPF_F_???", style)]
    extra = ""
    if a.has(16):
        parts.append("replace_bpf_fd=" + _fd(a.u32(16), call))
        extra = _extra_data(call, a, 20)
    return "{" + ", ".join(parts) + extra + "}", True


def _prog_detach(call: Call, a: Attr):
    return "{target_fd=%s, attach_type=%s%s}" % (
        _fd(a.u32(0), call),
        print_xval(a.u32(8), BPF_ATTACH_TYPE, "BPF_???", call.opts.xlat_style),
        _extra_data(call, a, 12)), True


def _prog_test_run(call: Call, a: Attr):
    parts = ["prog_fd=" + _fd(a.u32(0), call), "retval=%d" % a.u32(4),
             "data_size_in=%d" % a.u32(8), "data_size_out=%d" % a.u32(12),
             "data_in=" + _addr64(a.u64(16)), "data_out=" + _addr64(a.u64(24)),
             "repeat=%d" % a.u32(32), "duration=%d" % a.u32(36)]
    if a.has(40):
        parts += ["ctx_size_in=%d" % a.u32(40), "ctx_size_out=%d" % a.u32(44),
                  "ctx_in=" + _addr64(a.u64(48)), "ctx_out=" + _addr64(a.u64(56))]
    if a.has(64):
        parts += ["flags=" + print_flags(a.u32(64), BPF_TEST_RUN_FLAGS, "BPF_F_???",
                                         call.opts.xlat_style), "cpu=%d" % a.u32(68)]
    if a.has(72):
        parts.append("batch_size=%d" % a.u32(72))
    return "{test={" + ", ".join(parts) + "}" + _extra_data(call, a, 76) + "}", True


def _get_next_id(call: Call, a: Attr):
    if not call.exiting:
        call.saved["bpf_next_id"] = a.u32(4)
        return "{start_id=%d, next_id=%d" % (a.u32(0), a.u32(4)), False
    text = ""
    if call.saved.get("bpf_next_id") != a.u32(4):
        text += " => %d" % a.u32(4)
    if not a.has(8):
        return text + "}", True
    text += ", open_flags=" + print_flags(a.u32(8), BPF_FILE_MODE_FLAGS, "BPF_F_???",
                                          call.opts.xlat_style)
    return text + _extra_data(call, a, 12) + "}", True


def _get_fd_by_id(name: str):
    def decode(call: Call, a: Attr):
        parts = ["%s=%d" % (name, a.u32(0)), "next_id=%d" % a.u32(4)]
        extra = ""
        if a.has(8):
            parts.append("open_flags=" + print_flags(a.u32(8), BPF_FILE_MODE_FLAGS,
                                                     "BPF_F_???", call.opts.xlat_style))
            extra = _extra_data(call, a, 12)
        return "{" + ", ".join(parts) + extra + "}", True
    return decode


def _obj_get_info_by_fd(call: Call, a: Attr):
    info_len = a.u32(4)
    if not call.exiting:
        call.saved["bpf_info_len"] = info_len
        if call.opts.verbose:
            _info_entry(call, a.u32(0), a.u64(8), info_len)
        return "{info={bpf_fd=%s, info_len=%d" % (_fd(a.u32(0), call), info_len), False
    text = ""
    if call.saved.get("bpf_info_len", info_len) != info_len:
        text += " => %d" % info_len
    text += ", info=" + _info_exit(call, a.u64(8), info_len) + "}"
    return text + _extra_data(call, a, 16) + "}", True


# BPF_OBJ_GET_INFO_BY_FD with -v: strace recognises the object by the path of
# its fd and prints struct bpf_map_info or bpf_prog_info; for a program it
# shows which of the counts and pointers the kernel changed.

MAP_INFO_SIZE = 88
PROG_INFO_SIZE = 220


def _fetch_info(call: Call, addr: int, size: int):
    if not size or size > _page_size() or not addr:
        return None
    return call.mem.read(addr, size)


def _info_entry(call: Call, fd: int, addr: int, size: int) -> None:
    import os
    try:
        target = os.readlink("/proc/%d/fd/%d" % (call.pid, fd))
    except OSError:
        return
    kind = {"anon_inode:bpf-map": "map", "anon_inode:bpf-prog": "prog"}.get(target)
    if kind is None:
        return
    call.saved["bpf_info_kind"] = kind
    if kind == "prog":
        data = _fetch_info(call, addr, size)
        if data is not None:
            call.saved["bpf_prog_info"] = Attr(data, PROG_INFO_SIZE)


def _info_exit(call: Call, addr: int, size: int) -> str:
    kind = call.saved.get("bpf_info_kind")
    data = _fetch_info(call, addr, size) if kind else None
    if data is None:
        return _addr64(addr)
    if kind == "map":
        return _map_info(call, Attr(data, MAP_INFO_SIZE))
    return _prog_info(call, Attr(data, PROG_INFO_SIZE), call.saved.get("bpf_prog_info"))


def _map_info(call: Call, i: Attr) -> str:
    style = call.opts.xlat_style
    parts = ["type=" + print_xval(i.u32(0), BPF_MAP_TYPES, "BPF_MAP_TYPE_???", style),
             "id=%d" % i.u32(4), "key_size=%d" % i.u32(8), "value_size=%d" % i.u32(12),
             "max_entries=%d" % i.u32(16),
             "map_flags=" + print_flags(i.u32(20), BPF_MAP_FLAGS, "BPF_F_???", style)]
    extra = ""
    while True:
        if not i.has(24):
            break
        parts.append("name=" + _name(i.data[24:40], 16, call))
        if not i.has(40):
            break
        parts += ["ifindex=" + _ifindex(i.u32(40), style),
                  "btf_vmlinux_value_type_id=%d" % i.u32(44),
                  "netns_dev=" + dev_text(i.u64(48), style), "netns_ino=%d" % i.u64(56)]
        if not i.has(64):
            break
        parts += ["btf_id=%d" % i.u32(64), "btf_key_type_id=%d" % i.u32(68),
                  "btf_value_type_id=%d" % i.u32(72)]
        extra = _extra_data(call, i, MAP_INFO_SIZE)
        break
    return "{" + ", ".join(parts) + extra + "}"


def _boottime_comment(ns: int, style: str) -> str:
    """The approximate wall-clock time of a boot-time stamp, to the second."""
    import time
    if style == "raw":
        return ""
    offset = time.clock_gettime_ns(time.CLOCK_REALTIME) - \
        time.clock_gettime_ns(time.CLOCK_BOOTTIME)
    seconds = (ns + offset) // 1_000_000_000
    return " /* %s */" % time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(seconds))


def _prog_info(call: Call, i: Attr, before) -> str:
    style = call.opts.xlat_style
    before = before or i

    def changed(name: str, offset: int, wide: bool = False, address: bool = False) -> str:
        now = i.u64(offset) if wide else i.u32(offset)
        then = before.u64(offset) if wide else before.u32(offset)
        show = _addr64 if address else str
        return "%s=%s" % (name, show(now) if now == then else
                          "%s => %s" % (show(then), show(now)))

    parts = ["type=" + print_xval(i.u32(0), BPF_PROG_TYPES, "BPF_PROG_TYPE_???", style),
             "id=%d" % i.u32(4), 'tag="%s"' % escape(i.data[8:16], 2),
             changed("jited_prog_len", 16),
             "jited_prog_insns=" + printstr_ex(call, i.u64(24), i.u32(16), force_hex=True),
             changed("xlated_prog_len", 20),
             "xlated_prog_insns=" + _ebpf_prog(call, i.u64(32),
                                               min(before.u32(20), i.u32(20)) // 8)]
    extra = ""
    while True:
        if not i.has(40):
            break
        uid = i.u32(48)
        nr_maps = min(before.u32(52), i.u32(52))
        parts += ["load_time=%d%s" % (i.u64(40), _boottime_comment(i.u64(40), style)),
                  "created_by_uid=%s" % ("-1" if uid == U32 else uid),
                  changed("nr_map_ids", 52),
                  "map_ids=" + _array(call, i.u64(56), nr_maps, 4,
                                      lambda c: str(struct.unpack("<I", c)[0])),
                  "name=" + _name(i.data[64:80], 16, call)]
        if not i.has(80):
            break
        parts += ["ifindex=" + _ifindex(i.u32(80), style), "gpl_compatible=%d" % (i.u32(84) & 1),
                  "netns_dev=" + dev_text(i.u64(88), style), "netns_ino=%d" % i.u64(96)]
        if not i.has(104):
            break
        parts += [changed("nr_jited_ksyms", 104), changed("nr_jited_func_lens", 108),
                  changed("jited_ksyms", 112, True, True),
                  changed("jited_func_lens", 120, True, True)]
        if not i.has(128):
            break
        parts += ["btf_id=%d" % i.u32(128), changed("func_info_rec_size", 132),
                  "func_info=" + _addr64(i.u64(136)), changed("nr_func_info", 144),
                  changed("nr_line_info", 148), "line_info=" + _addr64(i.u64(152)),
                  changed("jited_line_info", 160, True, True),
                  changed("nr_jited_line_info", 168), changed("line_info_rec_size", 172),
                  changed("jited_line_info_rec_size", 176), changed("nr_prog_tags", 180),
                  "prog_tags=" + _addr64(i.u64(184))]
        if not i.has(192):
            break
        parts += ["run_time_ns=%d" % i.u64(192), "run_cnt=%d" % i.u64(200)]
        if not i.has(208):
            break
        parts.append("recursion_misses=" + _u64_max(i.u64(208), style))
        if not i.has(216):
            break
        parts.append("verified_insns=%d" % i.u32(216))
        extra = _extra_data(call, i, PROG_INFO_SIZE)
        break
    return "{" + ", ".join(parts) + extra + "}"


def _prog_query(call: Call, a: Attr):
    style = call.opts.xlat_style
    if not call.exiting:
        call.saved["bpf_prog_cnt"] = a.u32(24)
        return ("{query={target_fd=%s, attach_type=%s, query_flags=%s, attach_flags=%s, "
                "prog_ids=" % (
                    _fd(a.u32(0), call),
                    print_xval(a.u32(4), BPF_ATTACH_TYPE, "BPF_???", style),
                    print_flags(a.u32(8), BPF_QUERY_FLAGS, "BPF_F_QUERY_???", style),
                    print_flags(a.u32(12), BPF_ATTACH_FLAGS, "BPF_F_???", style))), False
    count = a.u32(24)
    ids = _array(call, a.u64(16), count, 4, lambda c: str(struct.unpack("<I", c)[0]))
    before = call.saved.get("bpf_prog_cnt", count)
    cnt = "%d => %d" % (before, count) if before != count else str(count)
    return ids + ", prog_cnt=" + cnt + "}" + _extra_data(call, a, 28) + "}", True


def _raw_tracepoint_open(call: Call, a: Attr):
    return "{raw_tracepoint={name=%s, prog_fd=%s}%s}" % (
        printstr_ex(call, a.u64(0), 128, zero_terminated=True), _fd(a.u32(8), call),
        _extra_data(call, a, 12)), True


def _btf_load(call: Call, a: Attr):
    return "{btf=%s, btf_log_buf=%s, btf_size=%d, btf_log_size=%d, btf_log_level=%d%s}" % (
        buffer(a.u64(0), a.u32(16), call), _addr64(a.u64(8)), a.u32(16), a.u32(20),
        a.u32(24), _extra_data(call, a, 28)), True


def _single_id(name: str, size: int = 4):
    def decode(call: Call, a: Attr):
        return "{%s=%d%s}" % (name, a.u32(0), _extra_data(call, a, size)), True
    return decode


def _task_fd_query(call: Call, a: Attr):
    if not call.exiting:
        call.saved["bpf_buf_len"] = a.u32(12)
        return "{task_fd_query={pid=%s, fd=%s, flags=%d, buf_len=%d" % (
            pid_text(a.u32(0), call), _fd(a.u32(4), call), a.u32(8), a.u32(12)), False
    saved = call.saved.get("bpf_buf_len", a.u32(12))
    text = ""
    if saved != a.u32(12):
        text += " => %d" % a.u32(12)
    text += ", buf=" + printstr_ex(call, a.u64(16), min(saved, a.u32(12)), zero_terminated=True)
    text += ", prog_id=%d, fd_type=%s, probe_offset=%s, probe_addr=%s}" % (
        a.u32(24), print_xval(a.u32(28), BPF_TASK_FD_TYPE, "BPF_FD_TYPE_???",
                              call.opts.xlat_style),
        hexval(a.u64(32)), hexval(a.u64(40)))
    return text + _extra_data(call, a, 48) + "}", True


def _batch(fields):
    def decode(call: Call, a: Attr):
        count = a.u32(32)
        if not call.exiting:
            call.saved["bpf_count"] = count
            values = {"in_batch": _addr64(a.u64(0)), "out_batch": _addr64(a.u64(8)),
                      "keys": _addr64(a.u64(16)), "values": _addr64(a.u64(24)),
                      "count": str(count), "map_fd": _fd(a.u32(36), call),
                      "elem_flags": print_flags(a.u64(40), BPF_MAP_LOOKUP_ELEM_FLAGS,
                                                "BPF_???", call.opts.xlat_style),
                      "flags": hexval(a.u64(48))}
            return "{batch={%s}%s}" % (", ".join("%s=%s" % (f, values[f]) for f in fields),
                                       _extra_data(call, a, 56)), False
        if call.saved.get("bpf_count") != count:
            return " => {batch={count=%d}}" % count, True
        return "", True
    return decode


def _link_create(call: Call, a: Attr):
    style = call.opts.xlat_style
    attach_type = a.u32(8)
    parts = ["prog_fd=" + _fd(a.u32(0), call), "target_fd=" + _fd(a.u32(4), call),
             "attach_type=" + print_xval(attach_type, BPF_ATTACH_TYPE, "BPF_???", style),
             "flags=" + hexval(a.u32(12))]
    known = 48
    if a.has(16):
        if attach_type == 0:
            if a.u32(16):
                parts.append("target_btf_id=%d" % a.u32(16))
            known = 20
        elif attach_type == BPF_TRACE_ITER:
            parts.append("iter_info=" + _array(
                call, a.u64(16), a.u32(24), 4,
                lambda c: "{map={map_fd=%s}}" % _fd(struct.unpack("<I", c)[0], call)))
            parts.append("iter_info_len=%d" % a.u32(24))
            known = 28
        elif attach_type == BPF_PERF_EVENT:
            parts.append("perf_event={bpf_cookie=%s}" % hexval(a.u64(16)))
            known = 24
        elif attach_type == BPF_TRACE_KPROBE_MULTI:
            cnt = a.u32(20)
            u64s = lambda c: hexval(struct.unpack("<Q", c)[0])  # noqa: E731
            parts.append("kprobe_multi={flags=%s, cnt=%d, syms=%s, addrs=%s, cookies=%s}" % (
                print_flags(a.u32(16), BPF_LINK_CREATE_KPROBE_MULTI_FLAGS, "BPF_F_???",
                            style), cnt,
                _array(call, a.u64(24), cnt, 8,
                       lambda c: cstring(struct.unpack("<Q", c)[0], call)),
                _array(call, a.u64(32), cnt, 8, u64s),
                _array(call, a.u64(40), cnt, 8, u64s)))
        else:
            known = 16
    return "{link_create={" + ", ".join(parts) + "}" + _extra_data(call, a, known) + "}", True


def _link_update(call: Call, a: Attr):
    flags = a.u32(8)
    parts = ["link_fd=" + _fd(a.u32(0), call), "new_prog_fd=" + _fd(a.u32(4), call),
             "flags=" + print_flags(flags, BPF_ATTACH_FLAGS, "BPF_F_???",
                                    call.opts.xlat_style)]
    if flags & BPF_F_REPLACE:
        parts.append("old_prog_fd=" + _fd(a.u32(12), call))
    return "{link_update={" + ", ".join(parts) + "}" + _extra_data(call, a, 16) + "}", True


_GET_NEXT_ID = (12, _get_next_id)
_LOOKUP_BATCH = (56, _batch(("in_batch", "out_batch", "keys", "values", "count", "map_fd",
                             "elem_flags", "flags")))

COMMANDS = {
    0: (72, _map_create),
    1: (32, _map_lookup_elem),
    2: (32, _map_update_elem),
    3: (16, _map_delete_elem),
    4: (24, _map_get_next_key),
    5: (128, _prog_load),
    6: (16, _obj_pin),
    7: (16, _obj_pin),
    8: (20, _prog_attach),
    9: (12, _prog_detach),
    10: (76, _prog_test_run),
    11: _GET_NEXT_ID,
    12: _GET_NEXT_ID,
    13: (12, _get_fd_by_id("prog_id")),
    14: (12, _get_fd_by_id("map_id")),
    15: (16, _obj_get_info_by_fd),
    16: (28, _prog_query),
    17: (12, _raw_tracepoint_open),
    18: (28, _btf_load),
    19: (4, _single_id("btf_id")),
    20: (48, _task_fd_query),
    21: (32, _map_lookup_elem),
    22: (4, _map_freeze),
    23: _GET_NEXT_ID,
    24: _LOOKUP_BATCH,
    25: _LOOKUP_BATCH,
    26: (56, _batch(("keys", "values", "count", "map_fd", "elem_flags", "flags"))),
    27: (56, _batch(("keys", "count", "map_fd", "elem_flags", "flags"))),
    28: (48, _link_create),
    29: (16, _link_update),
    30: (4, _single_id("link_id")),
    31: _GET_NEXT_ID,
}


def _attr_text(call: Call) -> tuple[str, bool]:
    """The attribute argument (or its part for this half of the call)."""
    cmd, addr, size = call.args[0] & U32, call.args[1], call.args[2] & U32
    known = COMMANDS.get(cmd)
    if not size or size > _page_size() or known is None:
        return hex_address(addr), True
    # strace reads the attributes even after a failed call: the kernel took them as input
    raw = call.mem.read(addr, size) if addr else None
    if raw is None:
        return hex_address(addr), True
    struct_size, decode = known
    if cmd in _RETURNS_FD:
        call.saved["bpf_returns_fd"] = True
    return decode(call, Attr(raw, struct_size))


# Commands whose result strace prints as a file descriptor (-y decorates
# it), when it decoded their attributes.
_RETURNS_FD = frozenset((0, 5, 6, 7, 13, 14, 18, 19, 28, 30))


@ret_kind("bpf")
def bpf_ret(value: int, call: Call) -> str:
    """bpf's result: an fd for the commands that create or open objects.
    (The signature table names this kind for bpf's return.)"""
    if call.saved.get("bpf_returns_fd"):
        return fd_return(value, call)
    return str(value)


@syscall_decoder("bpf")
class Bpf:
    @staticmethod
    def entry(call: Call) -> str:
        head = print_xval(call.args[0] & U32, BPF_COMMANDS, "BPF_???",
                          call.opts.xlat_style) + ", "
        text, done = _attr_text(call)
        if done:
            call.saved["decoded"] = True
            return head + text + ", %d" % (call.args[2] & U32)
        return head + text

    @staticmethod
    def exit(call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        text, _ = _attr_text(call)
        return text + ", %d" % (call.args[2] & U32)
