"""io_uring_setup/enter/register fed real bytes; the expected strings are
strace 6.1's lines for fixtures/fam_io_uring.c (with -s or -X where a test
says so)."""
from __future__ import annotations

import struct

import decoders
from tests.decoders.conftest import whole_call as whole

decoders.load_all()

P = 0x7FFFFFFFE600
FEATURES = ("IORING_FEAT_SINGLE_MMAP|IORING_FEAT_NODROP|IORING_FEAT_SUBMIT_STABLE|"
            "IORING_FEAT_RW_CUR_POS|IORING_FEAT_CUR_PERSONALITY|IORING_FEAT_FAST_POLL|"
            "IORING_FEAT_POLL_32BITS|IORING_FEAT_SQPOLL_NONFIXED|IORING_FEAT_EXT_ARG|"
            "IORING_FEAT_NATIVE_WORKERS|IORING_FEAT_RSRC_TAGS|IORING_FEAT_CQE_SKIP|"
            "IORING_FEAT_LINKED_FILE|0x3e000")


def params(sq=0, cq=0, flags=0, cpu=0, idle=0, features=0, wq_fd=0, resv=(0, 0, 0),
           sq_off=(0,) * 9, cq_off=(0,) * 9):
    return (struct.pack("<10I", sq, cq, flags, cpu, idle, features, wq_fd, *resv)
            + struct.pack("<8IQ", *sq_off) + struct.pack("<8IQ", *cq_off))


def setup_call(entries, before, after, rv=None, errno=0, **opts):
    from decoders import SYSCALL_DECODERS
    from tests.decoders.conftest import make_call
    entry, exit_ = SYSCALL_DECODERS["io_uring_setup"]
    call = make_call("io_uring_setup", (entries, P), {P: before}, **opts)
    text = entry(call)
    call.mem.blocks[P] = after
    call.exiting, call.rv, call.errno = True, -1 if errno else rv, errno
    return text + exit_(call)


def test_setup_shows_what_went_in_and_what_came_out():
    after = params(4, 8, features=0x3FFFF, sq_off=(0, 4, 16, 24, 36, 32, 192, 0, 0),
                   cq_off=(8, 12, 20, 28, 44, 64, 40, 0, 0))
    assert setup_call(4, params(), after, rv=3) == (
        "4, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=4, cq_entries=8, "
        "features=%s, sq_off={head=0, tail=4, ring_mask=16, ring_entries=24, flags=36, "
        "dropped=32, array=192}, cq_off={head=8, tail=12, ring_mask=20, ring_entries=28, "
        "overflow=44, cqes=64, flags=40}}" % FEATURES)


def test_setup_attach_wq_and_rejected_flags():
    before = params(cq=16, flags=0x8 | 0x20 | 0x40, wq_fd=3)
    text = setup_call(2, before, before, errno=22)
    assert text == ("2, {flags=IORING_SETUP_CQSIZE|IORING_SETUP_ATTACH_WQ|IORING_SETUP_R_DISABLED, "
                    "sq_thread_cpu=0, sq_thread_idle=0, wq_fd=3}")
    before = params(flags=0x80000000, cpu=3, idle=100, resv=(0, 7, 0))
    assert setup_call(1, before, before, errno=22) == (
        "1, {flags=0x80000000 /* IORING_SETUP_??? */, sq_thread_cpu=0x3, sq_thread_idle=100, "
        "resv=[0, 0x7, 0]}")
    assert setup_call(1, before, before, errno=22, string_limit=2) == (
        "1, {flags=0x80000000 /* IORING_SETUP_??? */, sq_thread_cpu=0x3, sq_thread_idle=100, "
        "resv=[0, 0x7, ...]}")
    assert whole("io_uring_setup", (0, 0), errno=14) == "0, NULL"


def test_enter_flags_and_sigset():
    memory = {0x5000: struct.pack("<Q", 1 << 9)}
    assert whole("io_uring_enter", (3, 0, 0, 1, 0x5000, 8), memory, rv=0) == \
        "3, 0, 0, IORING_ENTER_GETEVENTS, [USR1], 8"
    assert whole("io_uring_enter", (3, 0, 0, 0x102, 0, 0), errno=22) == \
        "3, 0, 0, IORING_ENTER_SQ_WAKEUP|0x100, NULL, 0"
    assert whole("io_uring_enter", (3, 1, 2, 0, 0x5000, 4), memory, rv=0) == \
        "3, 1, 2, 0, 0x5000, 4"


def test_register_buffers_files_and_updates():
    iov = struct.pack("<4Q", 0x555555558120, 64, 0x5555555580a0, 128)
    memory = {0x1000: iov, 0x2000: struct.pack("<3i", 0, 5, -1),
              0x3000: struct.pack("<IIQ", 1, 0, 0x4000), 0x4000: struct.pack("<2i", -2, 1)}
    assert whole("io_uring_register", (3, 0, 0x1000, 2), memory, rv=0) == (
        "3, IORING_REGISTER_BUFFERS, [{iov_base=0x555555558120, iov_len=64}, "
        "{iov_base=0x5555555580a0, iov_len=128}], 2")
    assert whole("io_uring_register", (3, 2, 0x2000, 3), memory, rv=0) == \
        "3, IORING_REGISTER_FILES, [0, 5, -1], 3"
    assert whole("io_uring_register", (3, 6, 0x3000, 2), memory, rv=2) == \
        "3, IORING_REGISTER_FILES_UPDATE, {offset=1, fds=[IORING_REGISTER_FILES_SKIP, 1]}, 2"
    assert whole("io_uring_register", (3, 1, 0, 0), rv=0) == "3, IORING_UNREGISTER_BUFFERS, NULL, 0"
    assert whole("io_uring_register", (3, 0x63, 0x1234, 1), errno=22) == \
        "3, 0x63 /* IORING_REGISTER_??? */, 0x1234, 1"


def test_register_probe_filled_in_by_the_kernel():
    ops = b"".join(struct.pack("<BBHI", op, 0, 1, 0) for op in range(4))
    answer = struct.pack("<BBH3I", 62, 4, 0, 0, 0, 0) + ops
    from decoders import SYSCALL_DECODERS
    from tests.decoders.conftest import make_call
    entry, exit_ = SYSCALL_DECODERS["io_uring_register"]
    call = make_call("io_uring_register", (3, 8, 0x1000, 4), {0x1000: bytes(16 + 32)})
    assert entry(call) == "3, IORING_REGISTER_PROBE, "
    call.mem.blocks[0x1000] = answer
    call.exiting, call.rv = True, 0
    assert exit_(call) == (
        "{last_op=62 /* IORING_OP_??? */, ops_len=4, ops=[{op=IORING_OP_NOP, "
        "flags=IO_URING_OP_SUPPORTED}, {op=IORING_OP_READV, flags=IO_URING_OP_SUPPORTED}, "
        "{op=IORING_OP_WRITEV, flags=IO_URING_OP_SUPPORTED}, {op=IORING_OP_FSYNC, "
        "flags=IO_URING_OP_SUPPORTED}]}, 4")


def test_register_probe_not_zeroed_prints_at_entry():
    memory = {0x1000: b"\x01" + bytes(15 + 32)}
    assert whole("io_uring_register", (3, 8, 0x1000, 4), memory, errno=22) == (
        "3, IORING_REGISTER_PROBE, {last_op=IORING_OP_READV, ops_len=0, ops=[{op=IORING_OP_NOP, "
        "flags=0}, {op=IORING_OP_NOP, flags=0}, {op=IORING_OP_NOP, flags=0}, "
        "{op=IORING_OP_NOP, flags=0}]}, 4")
    assert whole("io_uring_register", (3, 8, 0x1000, 300), memory, errno=22) == \
        "3, IORING_REGISTER_PROBE, 0x1000, 300"


def test_register_restrictions():
    res = (struct.pack("<HBB3I", 0, 2, 0, 0, 0, 0) + struct.pack("<HBB3I", 1, 1, 0, 0, 0, 0)
           + struct.pack("<HBB3I", 2, 0x05, 0, 0, 0, 0) + struct.pack("<HBB3I", 9, 5, 1, 0, 0, 0))
    memory = {0x1000: res}
    assert whole("io_uring_register", (4, 11, 0x1000, 3), memory, rv=0) == (
        "4, IORING_REGISTER_RESTRICTIONS, [{opcode=IORING_RESTRICTION_REGISTER_OP, "
        "register_op=IORING_REGISTER_FILES}, {opcode=IORING_RESTRICTION_SQE_OP, "
        "sqe_op=IORING_OP_READV}, {opcode=IORING_RESTRICTION_SQE_FLAGS_ALLOWED, "
        "sqe_flags=IOSQE_FIXED_FILE|IOSQE_IO_LINK}], 3")
    assert whole("io_uring_register", (4, 11, 0x1000 + 48, 1), memory, errno=16) == (
        "4, IORING_REGISTER_RESTRICTIONS, [{opcode=0x9 /* IORING_RESTRICTION_??? */ "
        "/* op: 0x5 */, resv=0x1}], 1")


def test_register_resource_tables():
    iov = struct.pack("<4Q", 0x555555558120, 64, 0x5555555580a0, 128)
    rr = struct.pack("<IIQQQ", 2, 0, 0, 0x2000, 0x3000)
    memory = {0x1000: rr + struct.pack("<II", 0, 0xff), 0x2000: struct.pack("<2i", 0, -1),
              0x3000: struct.pack("<2Q", 0x10, 0), 0x4000: iov,
              0x5000: struct.pack("<IIQQII", 0, 0, 0x6000, 0x3000, 2, 0),
              0x6000: struct.pack("<2i", -2, 1)}
    assert whole("io_uring_register", (4, 13, 0x1000, 32), memory, errno=13) == \
        "4, IORING_REGISTER_FILES2, {nr=2, flags=0, data=[0, -1], tags=[0x10, 0]}, 32"
    assert whole("io_uring_register", (4, 14, 0x5000, 32), memory, errno=13) == (
        "4, IORING_REGISTER_FILES_UPDATE2, {offset=0, data=[IORING_REGISTER_FILES_SKIP, 1], "
        "tags=[0x10, 0], nr=2}, 32")
    assert whole("io_uring_register", (4, 13, 0x1000, 40), memory, errno=13) == (
        "4, IORING_REGISTER_FILES2, {nr=2, flags=0, data=[0, -1], tags=[0x10, 0], "
        '/* bytes 32..39 */ "\\x00\\x00\\x00\\x00\\xff\\x00\\x00\\x00"}, 40')
    assert whole("io_uring_register", (4, 15, 0x1000, 16), memory, errno=13) == \
        "4, IORING_REGISTER_BUFFERS2, 0x1000, 16"


def test_register_workers_cpus_ring_fds_and_buffer_rings():
    from decoders import SYSCALL_DECODERS
    from tests.decoders.conftest import make_call
    entry, exit_ = SYSCALL_DECODERS["io_uring_register"]
    call = make_call("io_uring_register", (3, 19, 0x1000, 2), {0x1000: bytes(8)})
    assert entry(call) == \
        "3, IORING_REGISTER_IOWQ_MAX_WORKERS, [[IO_WQ_BOUND]=0, [IO_WQ_UNBOUND]=0] => "
    call.mem.blocks[0x1000] = struct.pack("<2I", 4, 96365)
    call.exiting, call.rv = True, 0
    assert exit_(call) == "[[IO_WQ_BOUND]=4, [IO_WQ_UNBOUND]=96365], 2"
    # an array cut short by unreadable memory is printed once, at entry, as strace does
    call = make_call("io_uring_register", (3, 19, 0x1000, 2), {0x1000: struct.pack("<I", 7)})
    assert entry(call) == \
        "3, IORING_REGISTER_IOWQ_MAX_WORKERS, [[IO_WQ_BOUND]=7, ... /* 0x1004 */], 2"

    memory = {0x2000: struct.pack("<IIQ", 0xFFFFFFFF, 0, 3), 0x3000: struct.pack("<IIQ", 0, 0, 0),
              0x4000: struct.pack("<QIHH3Q", 0, 8, 3, 1, 0, 0, 0), 0x5000: struct.pack("<Q", 1)}
    assert whole("io_uring_register", (3, 20, 0x2000, 1), memory, rv=1) == \
        "3, IORING_REGISTER_RING_FDS, [{offset=-1, data=3}], 1"
    assert whole("io_uring_register", (3, 21, 0x3000, 1), memory, rv=1) == \
        "3, IORING_UNREGISTER_RING_FDS, [{offset=0}], 1"
    assert whole("io_uring_register", (3, 22, 0x4000, 1), memory, rv=0) == \
        "3, IORING_REGISTER_PBUF_RING, {ring_addr=NULL, ring_entries=8, bgid=3, pad=0x1}, 1"
    assert whole("io_uring_register", (3, 17, 0x5000, 8), memory, rv=0) == \
        "3, IORING_REGISTER_IOWQ_AFF, [0], 8"


def test_register_raw_style():
    memory = {0x2000: struct.pack("<3i", 0, 5, -1)}
    assert whole("io_uring_register", (3, 2, 0x2000, 3), memory, rv=0, xlat_style="raw") == \
        "3, 0x2, [0, 5, -1], 3"
