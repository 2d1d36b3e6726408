"""bpf fed real attribute bytes; the expected strings are strace 6.1's lines
for fixtures/fam_bpf.c (with -v or -X where a test says so)."""
from __future__ import annotations

import struct

import decoders
from decoders import SYSCALL_DECODERS
from tests.decoders.conftest import make_call
from tests.decoders.conftest import whole_call as whole

decoders.load_all()

A = 0x555555558060
KEY, VALUE = 0x7FFFFFFFE69C, 0x7FFFFFFFE690


def map_create(flags=0, numa=0, name=b"", ifindex=0):
    return struct.pack("<7I16s5IQ", 2, 4, 8, 4, flags, 0, numa, name, ifindex, 0, 0, 0, 0, 0)


def test_map_create_full_and_cut_by_size():
    memory = {A: map_create(0x80, 0, b"fam_map")}
    assert whole("bpf", (0, A, 72), memory, rv=3) == (
        'BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, max_entries=4, '
        'map_flags=BPF_F_RDONLY_PROG, inner_map_fd=0, map_name="fam_map", map_ifindex=0, '
        'btf_fd=0, btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_value_type_id=0, '
        'map_extra=0}, 72')
    memory = {A: map_create(0x100004, 0xFFFFFFFF, b"0123456789abcdef", 0)}
    assert whole("bpf", (0, A, 16), memory, rv=4) == (
        "BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, "
        "max_entries=4}, 16")
    assert whole("bpf", (0, A, 36), memory, errno=22) == (
        "BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, max_entries=4, "
        "map_flags=BPF_F_NUMA_NODE|0x100000, inner_map_fd=0, "
        'numa_node=4294967295 /* NUMA_NO_NODE */, map_name="0123456"...}, 36')


def test_map_create_extra_bytes():
    data = map_create(0x100004, 0xFFFFFFFF, b"0123456789abcdef") + b"\0\0\0\0\1\0\0\0"
    text = whole("bpf", (0, A, 80), {A: data}, errno=22)
    assert text.endswith(', map_name="0123456789abcde"..., map_ifindex=0, btf_fd=0, '
                         "btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_value_type_id=0, "
                         "map_extra=0, ...}, 80")
    text = whole("bpf", (0, A, 80), {A: data}, errno=22, verbose=True)
    assert text.endswith('map_extra=0, extra_data="\\x00\\x00\\x00\\x00\\x01\\x00\\x00\\x00" '
                         "/* bytes 72..79 */}, 80")


def test_element_commands():
    elem = struct.pack("<I4xQQQ", 3, KEY, VALUE, 4)
    assert whole("bpf", (1, A, 32), {A: elem}, errno=22) == \
        "BPF_MAP_LOOKUP_ELEM, {map_fd=3, key=0x7fffffffe69c, value=0x7fffffffe690, flags=BPF_F_LOCK}, 32"
    assert whole("bpf", (1, A, 24), {A: elem}, rv=0) == \
        "BPF_MAP_LOOKUP_ELEM, {map_fd=3, key=0x7fffffffe69c, value=0x7fffffffe690}, 24"
    elem = struct.pack("<I4xQQQ", 3, KEY, VALUE, 0)
    assert whole("bpf", (2, A, 32), {A: elem}, rv=0) == \
        "BPF_MAP_UPDATE_ELEM, {map_fd=3, key=0x7fffffffe69c, value=0x7fffffffe690, flags=BPF_ANY}, 32"
    assert whole("bpf", (3, A, 16), {A: elem}, errno=22) == \
        "BPF_MAP_DELETE_ELEM, {map_fd=3, key=0x7fffffffe69c}, 16"
    assert whole("bpf", (22, A, 4), {A: elem}, rv=0) == "BPF_MAP_FREEZE, {map_fd=3}, 4"


def test_batch_count_changed_at_exit():
    batch = struct.pack("<4QIIQQ", 0, 0x7fffffffe698, KEY, VALUE, 4, 3, 0, 0)
    entry, exit_ = SYSCALL_DECODERS["bpf"]
    call = make_call("bpf", (24, A, 56), {A: batch})
    assert entry(call) == (
        "BPF_MAP_LOOKUP_BATCH, {batch={in_batch=NULL, out_batch=0x7fffffffe698, "
        "keys=0x7fffffffe69c, values=0x7fffffffe690, count=4, map_fd=3, elem_flags=BPF_ANY, "
        "flags=0}}")
    call.exiting, call.rv = True, 0
    assert exit_(call) == ", 56"
    call.mem.blocks[A] = batch[:32] + struct.pack("<I", 1) + batch[36:]
    assert exit_(call) == " => {batch={count=1}}, 56"


PROG = struct.pack("<IIQQIIQII16sIIIIQIIQIIIIQ", 0x77, 2, 0x7fffffffe680, 0x55556004, 1, 64,
                   0x7fffffffe600, 0x50a01, 0x80001, b"fam_prog", 0, 1, 0xFFFFFFFF, 0, 0, 0, 0,
                   0, 0, 0, 0, 0, 0)


def test_prog_load_fields_and_log():
    memory = {A: PROG, 0x55556004: b"GPL\0", 0x7fffffffe600: b"max_states_per_insn 0 total_states"}
    assert whole("bpf", (5, A, 128), memory, errno=22) == (
        'BPF_PROG_LOAD, {prog_type=0x77 /* BPF_PROG_TYPE_??? */, insn_cnt=2, '
        'insns=0x7fffffffe680, license="GPL", log_level=1, log_size=64, '
        'log_buf="max_states_per_insn 0 total_stat"..., kern_version=KERNEL_VERSION(5, 10, 1), '
        'prog_flags=BPF_F_STRICT_ALIGNMENT|0x80000, prog_name="fam_prog", prog_ifindex=0, '
        'expected_attach_type=BPF_CGROUP_INET_EGRESS, prog_btf_fd=-1, func_info_rec_size=0, '
        'func_info=NULL, func_info_cnt=0, line_info_rec_size=0, line_info=NULL, '
        'line_info_cnt=0, attach_btf_id=0, attach_prog_fd=0, fd_array=NULL}, 128')
    assert whole("bpf", (5, A, 20), {A: PROG}, errno=14) == (
        "BPF_PROG_LOAD, {prog_type=0x77 /* BPF_PROG_TYPE_??? */, insn_cnt=2, "
        "insns=0x7fffffffe680, license=0x55556004}, 20")


def test_prog_load_instructions_with_v():
    insns = struct.pack("<BBhi", 0xb7, 0, 0, 0) + struct.pack("<BBhi", 0x95, 0, 0, 0)
    memory = {A: PROG[:48], 0x7fffffffe680: insns, 0x55556004: b"GPL\0",
              0x7fffffffe600: b"\0"}
    text = whole("bpf", (5, A, 48), memory, errno=22, verbose=True)
    assert text.startswith(
        "BPF_PROG_LOAD, {prog_type=0x77 /* BPF_PROG_TYPE_??? */, insn_cnt=2, "
        "insns=[{code=BPF_ALU64|BPF_K|BPF_MOV, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, "
        "imm=0}, {code=BPF_JMP|BPF_K|BPF_EXIT, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, "
        'imm=0}], license="GPL", ')


def test_next_id_and_query_finish_at_exit():
    assert whole("bpf", (11, A, 12), {A: struct.pack("<3I", 0xfffffff0, 0, 0)}, errno=22) == \
        "BPF_PROG_GET_NEXT_ID, {start_id=4294967280, next_id=0, open_flags=0}, 12"
    assert whole("bpf", (12, A, 8), {A: struct.pack("<3I", 0xfffffff0, 0, 0)}, errno=22) == \
        "BPF_MAP_GET_NEXT_ID, {start_id=4294967280, next_id=0}, 8"
    query = struct.pack("<4IQI", 3, 3, 1, 0, 0x5555555580e0, 4)
    assert whole("bpf", (16, A, 28), {A: query}, errno=9) == (
        "BPF_PROG_QUERY, {query={target_fd=3, attach_type=BPF_CGROUP_SOCK_OPS, "
        "query_flags=BPF_F_QUERY_EFFECTIVE, attach_flags=0, prog_ids=0x5555555580e0, "
        "prog_cnt=4}}, 28")


def test_info_len_written_back():
    entry, exit_ = SYSCALL_DECODERS["bpf"]
    call = make_call("bpf", (15, A, 16), {A: struct.pack("<IIQ", 3, 200, 0x5555555580a0)})
    assert entry(call) == "BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=3, info_len=200"
    call.mem.blocks[A] = struct.pack("<IIQ", 3, 104, 0x5555555580a0)
    call.exiting, call.rv = True, 0
    assert exit_(call) == " => 104, info=0x5555555580a0}}, 16"


def test_misc_commands():
    memory = {A: struct.pack("<QI", 0x1000, 0xFFFFFFFF), 0x1000: b"sys_enter\0"}
    assert whole("bpf", (17, A, 12), memory, errno=9) == \
        'BPF_RAW_TRACEPOINT_OPEN, {raw_tracepoint={name="sys_enter", prog_fd=-1}}, 12'
    memory = {A: struct.pack("<QQIII", 0x1000, 0, 11, 0, 0), 0x1000: b"\x9f\xeb\x01\0not btf"}
    assert whole("bpf", (18, A, 28), memory, errno=22) == (
        'BPF_BTF_LOAD, {btf="\\237\\353\\1\\0not btf", btf_log_buf=NULL, btf_size=11, '
        "btf_log_size=0, btf_log_level=0}, 28")
    memory = {A: struct.pack("<QII", 0x1000, 3, 8), 0x1000: b"/nonexistent/fam_bpf\0"}
    assert whole("bpf", (6, A, 16), memory, errno=22) == \
        'BPF_OBJ_PIN, {pathname="/nonexistent/fam_bpf", bpf_fd=3, file_flags=BPF_F_RDONLY}, 16'
    assert whole("bpf", (7, A, 12), memory, errno=22) == \
        'BPF_OBJ_GET, {pathname="/nonexistent/fam_bpf", bpf_fd=3}, 12'
    assert whole("bpf", (0x63, A, 4), errno=22) == "0x63 /* BPF_??? */, 0x555555558060, 4"
    assert whole("bpf", (0, A, 8192), errno=7) == "BPF_MAP_CREATE, 0x555555558060, 8192"
    assert whole("bpf", (0, 0, 72), errno=14) == "BPF_MAP_CREATE, NULL, 72"


def test_link_create_by_attach_type():
    base = struct.pack("<4I", 0xFFFFFFFF, 0xFFFFFFFF, 41, 0) + struct.pack("<Q", 0xabc) + bytes(24)
    assert whole("bpf", (28, A, 48), {A: base}, errno=9) == (
        "BPF_LINK_CREATE, {link_create={prog_fd=-1, target_fd=-1, attach_type=BPF_PERF_EVENT, "
        "flags=0, perf_event={bpf_cookie=0xabc}}}, 48")
    other = base[:8] + struct.pack("<I", 3) + base[12:]
    assert whole("bpf", (28, A, 48), {A: other}, errno=9) == (
        "BPF_LINK_CREATE, {link_create={prog_fd=-1, target_fd=-1, "
        "attach_type=BPF_CGROUP_SOCK_OPS, flags=0}, ...}, 48")
    update = struct.pack("<4I", 0xFFFFFFFF, 0xFFFFFFFF, 4, 0xFFFFFFFF)
    assert whole("bpf", (29, A, 16), {A: update}, errno=9) == (
        "BPF_LINK_UPDATE, {link_update={link_fd=-1, new_prog_fd=-1, flags=BPF_F_REPLACE, "
        "old_prog_fd=-1}}, 16")


def test_raw_style():
    memory = {A: map_create(0x80, 0, b"fam_map")}
    assert whole("bpf", (0, A, 16), memory, rv=3, xlat_style="raw") == \
        "0, {map_type=0x2, key_size=4, value_size=8, max_entries=4}, 16"


def test_object_info_with_v():
    """What BPF_OBJ_GET_INFO_BY_FD shows with -v once the fd is known to be a
    map or a program (strace finds that out from /proc/PID/fd)."""
    from decoders.bpf import Attr, _map_info, _prog_info
    call = make_call("bpf", (15, A, 16), verbose=True)
    info = struct.pack("<6I16sIIQQIII", 2, 61, 4, 8, 2, 0, b"m", 0, 0, 0, 0, 0, 0, 0)
    assert _map_info(call, Attr(info, 88)) == (
        '{type=BPF_MAP_TYPE_ARRAY, id=61, key_size=4, value_size=8, max_entries=2, map_flags=0, '
        'name="m", ifindex=0, btf_vmlinux_value_type_id=0, netns_dev=makedev(0, 0), '
        'netns_ino=0, btf_id=0, btf_key_type_id=0, btf_value_type_id=0}')
    assert _map_info(call, Attr(info[:40], 88)) == (
        '{type=BPF_MAP_TYPE_ARRAY, id=61, key_size=4, value_size=8, max_entries=2, map_flags=0, '
        'name="m"}')
    tag = bytes.fromhex("59f4a931744dcdc6")
    before = bytes(100)
    after = (struct.pack("<II8sIIQQ", 1, 97, tag, 20, 16, 0, 0)
             + struct.pack("<QIIQ16sII", 6297560699084, 0, 0, 0, b"p", 0, 1) + bytes(4))
    text = _prog_info(make_call("bpf", (15, A, 16), verbose=True, xlat_style="raw"),
                      Attr(after, 220), Attr(before, 220))
    assert text == (
        '{type=0x1, id=97, tag="\\x59\\xf4\\xa9\\x31\\x74\\x4d\\xcd\\xc6", '
        "jited_prog_len=0 => 20, jited_prog_insns=NULL, xlated_prog_len=0 => 16, "
        "xlated_prog_insns=NULL, load_time=6297560699084, created_by_uid=0, nr_map_ids=0, "
        'map_ids=NULL, name="p", ifindex=0, gpl_compatible=1, netns_dev=0, netns_ino=0}')


def test_result_is_an_fd_for_commands_that_open_objects():
    """strace -y: ``= 3<anon_inode:bpf-map>`` after BPF_MAP_CREATE, a plain
    number after BPF_MAP_UPDATE_ELEM or when the attributes were unreadable."""
    from decoders import RET_KINDS
    ret = RET_KINDS["bpf"]
    created = make_call("bpf", (0, A, 16), {A: map_create()}, decode_fds=frozenset({"path"}))
    created.fd_path = lambda fd: "<anon_inode:bpf-map>" if fd == 3 else None
    SYSCALL_DECODERS["bpf"][0](created)
    assert ret(3, created) == "3<anon_inode:bpf-map>"
    unreadable = make_call("bpf", (0, 0x10, 72), decode_fds=frozenset({"path"}))
    unreadable.fd_path = created.fd_path
    SYSCALL_DECODERS["bpf"][0](unreadable)
    assert ret(3, unreadable) == "3"
    updated = make_call("bpf", (2, A, 32), {A: bytes(32)}, decode_fds=frozenset({"path"}))
    updated.fd_path = created.fd_path
    SYSCALL_DECODERS["bpf"][0](updated)
    assert ret(0, updated) == "0"
