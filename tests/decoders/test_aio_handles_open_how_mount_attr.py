"""structs2 AIO and file kinds against strace 6.1: io_submit's control
blocks, io_cancel's header, io_getevents' events, name_to_handle_at and
open_by_handle_at handles, openat2's open_how and mount_setattr's attr.

The memory is what a C program put at 0x10000000 (0x10004000 and 0x10008000
unmapped) before raw syscalls traced by strace 6.1 (plain, -s 4, -X verbose,
-X raw, -y); each expected string is quoted from strace's line in the comment.
"""
from __future__ import annotations

import struct

import pytest

import decoders
from decoders import ARG_KINDS
from tests.decoders.conftest import FakeMemory, MemoryImage, PROBE_BASE, make_call

decoders.load_all()

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOENT, EOVERFLOW, EBADF = 14, 22, 2, 75, 9


Mem = MemoryImage


def decode(kind, name, args, index, mem=None, rv=None, errno=0, fds=None, **opts):
    call = make_call(name, args, memory=mem.blocks() if mem else {}, rv=rv, errno=errno,
                     **opts)
    if fds is not None:
        call.fd_path = fds.get
    call.index = index
    return ARG_KINDS[kind](call.args[index], call)


# ---- AIO -------------------------------------------------------------------------------

IOCB = struct.Struct("<QIIHhIQQqQII")


def iocb(data=0, key=0, rw_flags=0, opcode=0, reqprio=0, fildes=0, buf=0, nbytes=0,
         offset=0, flags=0, resfd=0):
    return IOCB.pack(data, key, rw_flags, opcode, reqprio, fildes, buf, nbytes, offset, 0,
                     flags, resfd)


def aio_memory():
    mem = Mem()
    mem.put(0x1400, b"hello world\0")
    blocks = [
        iocb(data=0x42, opcode=1, fildes=3, buf=BASE + 0x1400, nbytes=11),
        iocb(opcode=0, fildes=3, buf=BASE + 0x1500, nbytes=16, offset=2, flags=1, resfd=4),
        iocb(opcode=2, fildes=3, key=5),
        iocb(opcode=5, fildes=4, buf=5),
        iocb(opcode=8, fildes=3, buf=BASE + 0x1600, nbytes=2, offset=20, rw_flags=2),
        iocb(opcode=7, fildes=3, buf=BASE + 0x1600, nbytes=2, reqprio=3, resfd=9),
        iocb(opcode=0, fildes=3, buf=BASE + 0x1500, nbytes=4, flags=2, reqprio=0x4004),
        iocb(opcode=42, fildes=1),
    ]
    mem.put(0x1000, b"".join(blocks))
    mem.put(0x1600, struct.pack("<4Q", BASE + 0x1400, 5, BASE + 0x1406, 5))
    mem.put(0x1800, struct.pack("<9Q", *[BASE + 0x1000 + 64 * i for i in range(8)], UNMAPPED))
    return mem


CBP = BASE + 0x1800
CB_PWRITE = ("{aio_data=0x42, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=3, "
             'aio_buf="hello world", aio_nbytes=11, aio_offset=0}')
CB_PREAD_RESFD = ("{aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=3, aio_buf=0x10001500, "
                  "aio_nbytes=16, aio_offset=2, aio_flags=IOCB_FLAG_RESFD, aio_resfd=4}")
CB_FSYNC = "{aio_data=0, aio_key=5, aio_lio_opcode=IOCB_CMD_FSYNC, aio_fildes=3}"
CB_POLL = "{aio_data=0, aio_lio_opcode=IOCB_CMD_POLL, aio_fildes=4, aio_buf=POLLIN|POLLOUT}"
CB_PWRITEV = ("{aio_data=0, aio_rw_flags=RWF_DSYNC, aio_lio_opcode=IOCB_CMD_PWRITEV, "
              'aio_fildes=3, aio_buf=[{iov_base="hello", iov_len=5}, {iov_base="world", '
              "iov_len=5}], aio_offset=20}")
CB_PREADV = ("{aio_data=0, aio_lio_opcode=IOCB_CMD_PREADV, aio_reqprio=3, aio_fildes=3, "
             "aio_buf=[{iov_base=0x10001400, iov_len=5}, {iov_base=0x10001406, iov_len=5}], "
             "aio_offset=0, aio_resfd=0x9}")
CB_IOPRIO = ("{aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, "
             "aio_reqprio=IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4), aio_fildes=3, "
             "aio_buf=0x10001500, aio_nbytes=4, aio_offset=0, aio_flags=IOCB_FLAG_IOPRIO}")


@pytest.mark.parametrize("first, count, text", [
    # io_submit(ctx, 1, [{aio_data=0x42, aio_lio_opcode=IOCB_CMD_PWRITE, ...}]) = 1
    (0, 1, "[%s]" % CB_PWRITE),
    # io_submit(ctx, 3, [{... IOCB_CMD_PREAD ...}, {... IOCB_CMD_FSYNC ...},
    #                    {... IOCB_CMD_POLL ...}]) = 3
    (1, 3, "[%s, %s, %s]" % (CB_PREAD_RESFD, CB_FSYNC, CB_POLL)),
    # io_submit(ctx, 3, [{... IOCB_CMD_PWRITEV ...}, {... IOCB_CMD_PREADV ...},
    #                    {... IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4) ...}]) = 3
    (4, 3, "[%s, %s, %s]" % (CB_PWRITEV, CB_PREADV, CB_IOPRIO)),
    # io_submit(ctx, 2, [{aio_data=0, aio_lio_opcode=42 /* IOCB_CMD_??? */, aio_fildes=1},
    #                    0x10008000]) = -1 EINVAL
    (7, 2, "[{aio_data=0, aio_lio_opcode=42 /* IOCB_CMD_??? */, aio_fildes=1}, 0x10008000]"),
    # io_submit(ctx, -1 as a long, 0x10001800): never followed
    (0, 0xFFFFFFFFFFFFFFFF, "0x10001800"),
])
def test_iocbpp(first, count, text):
    args = (0x7F0000000000, count, CBP + 8 * first)
    assert decode("iocbpp", "io_submit", args, 2, aio_memory()) == text


def test_iocbpp_abbreviated():
    # strace -s 4: io_submit(ctx, 4294967295, [{... aio_buf="hell"..., ...}, {...},
    #              {...}, {...}, ...]) = 7
    args = (0x7F0000000000, 0xFFFFFFFF, CBP)
    pwrite = CB_PWRITE.replace('"hello world"', '"hell"...')
    assert decode("iocbpp", "io_submit", args, 2, aio_memory(), string_limit=4) == \
        "[%s, %s, %s, %s, ...]" % (pwrite, CB_PREAD_RESFD, CB_FSYNC, CB_POLL)


def test_iocbpp_xlat_styles():
    args = (0x7F0000000000, 3, CBP + 8)
    # strace -X verbose: {aio_data=0, aio_lio_opcode=0 /* IOCB_CMD_PREAD */, ...,
    #   aio_flags=0x1 /* IOCB_FLAG_RESFD */, aio_resfd=4}, ...
    assert decode("iocbpp", "io_submit", args, 2, aio_memory(), xlat_style="verbose") == (
        "[{aio_data=0, aio_lio_opcode=0 /* IOCB_CMD_PREAD */, aio_fildes=3, "
        "aio_buf=0x10001500, aio_nbytes=16, aio_offset=2, aio_flags=0x1 /* IOCB_FLAG_RESFD */, "
        "aio_resfd=4}, {aio_data=0, aio_key=5, aio_lio_opcode=2 /* IOCB_CMD_FSYNC */, "
        "aio_fildes=3}, {aio_data=0, aio_lio_opcode=5 /* IOCB_CMD_POLL */, aio_fildes=4, "
        "aio_buf=0x5 /* POLLIN|POLLOUT */}]")
    # strace -X verbose: aio_reqprio=0x4004 /* IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4) */
    args = (0x7F0000000000, 1, CBP + 8 * 6)
    assert decode("iocbpp", "io_submit", args, 2, aio_memory(), xlat_style="verbose") == (
        "[{aio_data=0, aio_lio_opcode=0 /* IOCB_CMD_PREAD */, "
        "aio_reqprio=0x4004 /* IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4) */, "
        "aio_fildes=3, aio_buf=0x10001500, aio_nbytes=4, aio_offset=0, "
        "aio_flags=0x2 /* IOCB_FLAG_IOPRIO */}]")
    # strace -X raw: {aio_data=0, aio_lio_opcode=0, aio_reqprio=0x4004, ..., aio_flags=0x2}
    assert decode("iocbpp", "io_submit", args, 2, aio_memory(), xlat_style="raw") == (
        "[{aio_data=0, aio_lio_opcode=0, aio_reqprio=0x4004, aio_fildes=3, "
        "aio_buf=0x10001500, aio_nbytes=4, aio_offset=0, aio_flags=0x2}]")


def test_iocbpp_decoded_fds():
    # strace -y: {aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=3</tmp/s2/aio.tmp>, ...,
    #   aio_resfd=4<anon_inode:[eventfd]>}
    fds = {3: "/tmp/s2/aio.tmp", 4: "anon_inode:[eventfd]"}
    args = (0x7F0000000000, 1, CBP + 8)
    assert decode("iocbpp", "io_submit", args, 2, aio_memory(), fds=fds,
                  decode_fds=frozenset({"path"})) == (
        "[{aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=3</tmp/s2/aio.tmp>, "
        "aio_buf=0x10001500, aio_nbytes=16, aio_offset=2, aio_flags=IOCB_FLAG_RESFD, "
        "aio_resfd=4<anon_inode:[eventfd]>}]")


def test_io_cancel():
    mem = aio_memory()
    # io_cancel(ctx, {aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=3}, 0x10001b00)
    #   = -1 EINVAL
    args = (0x7F0000000000, BASE + 0x1040, BASE + 0x1B00)
    assert decode("iocb", "io_cancel", args, 1, mem) == \
        "{aio_data=0, aio_lio_opcode=IOCB_CMD_PREAD, aio_fildes=3}"
    assert decode("io_event", "io_cancel", args, 2, mem, errno=EINVAL) == "0x10001b00"
    # io_cancel(ctx, 0x10008000, 0x10001b00) = -1 EFAULT
    args = (0x7F0000000000, UNMAPPED, BASE + 0x1B00)
    assert decode("iocb", "io_cancel", args, 1, mem) == "0x10008000"


def test_io_events():
    mem = aio_memory()
    events = mem.put(0x1900, struct.pack("<QQqq", 0x42, BASE + 0x1000, 11, 0))
    # io_getevents(ctx, 1, 1, [{data=0x42, obj=0x10001000, res=11, res2=0}], NULL) = 1
    args = (0x7F0000000000, 1, 1, events, 0)
    assert decode("io_events", "io_getevents", args, 3, mem, rv=1) == \
        "[{data=0x42, obj=0x10001000, res=11, res2=0}]"
    # io_getevents(ctx, 0, 8, [], {tv_sec=1, tv_nsec=0}) = 0
    assert decode("io_events", "io_getevents", (0, 0, 8, UNMAPPED, 0), 3, mem, rv=0) == "[]"


# ---- name_to_handle_at / open_by_handle_at ---------------------------------------------------

def handle_call(entry_header, exit_header, errno=0, rv=None, handle_addr=BASE + 0x2000):
    """name_to_handle_at: the header at entry, what the kernel left at exit."""
    mem = Mem()
    mem.put(0x2000, entry_header)
    args = (0xFFFFFF9C, BASE + 0x2300, handle_addr, BASE + 0x2100, 0)
    call = make_call("name_to_handle_at", args, memory=mem.blocks())
    call.index = 2
    ARG_KINDS["file_handle"](handle_addr, call)
    mem.put(0x2000, exit_header)
    call.mem = FakeMemory(mem.blocks())
    call.exiting = True
    call.rv = -1 if errno else rv
    call.errno = errno
    return ARG_KINDS["file_handle"](handle_addr, call)


HANDLE = b"\x02" + bytes(7)
HANDLE_TEXT = '"' + "\\x02" + "\\x00" * 7 + '"'


def test_name_to_handle_at():
    # name_to_handle_at(AT_FDCWD, "/", {handle_bytes=0 => 8}, 0x10002100, 0) = -1 EOVERFLOW
    assert handle_call(struct.pack("<Ii", 0, 0), struct.pack("<Ii", 8, 0),
                       errno=EOVERFLOW) == "{handle_bytes=0 => 8}"
    # name_to_handle_at(AT_FDCWD, "/", {handle_bytes=128 => 8, handle_type=1,
    #   f_handle="\x02\x00\x00\x00\x00\x00\x00\x00"}, [27], 0) = 0
    assert handle_call(struct.pack("<Ii", 128, 0), struct.pack("<Ii", 8, 1) + HANDLE,
                       rv=0) == "{handle_bytes=128 => 8, handle_type=1, f_handle=%s}" % HANDLE_TEXT
    # name_to_handle_at(AT_FDCWD, "/s2nonexistent", {handle_bytes=8}, 0x10002100, 0)
    #   = -1 ENOENT
    assert handle_call(struct.pack("<Ii", 8, 1), struct.pack("<Ii", 8, 1),
                       errno=ENOENT) == "{handle_bytes=8}"
    # name_to_handle_at(AT_FDCWD, "/", 0x10008000, 0x10002100, 0) = -1 EFAULT
    assert handle_call(b"", b"", errno=EFAULT, handle_addr=UNMAPPED) == "0x10008000"


@pytest.mark.parametrize("offset, header, text", [
    # open_by_handle_at(-1, {handle_bytes=8, handle_type=1,
    #   f_handle="\x02\x00\x00\x00\x00\x00\x00\x00"}, O_RDONLY) = -1 EBADF
    (0x2000, struct.pack("<Ii", 8, 1) + HANDLE,
     "{handle_bytes=8, handle_type=1, f_handle=%s}" % HANDLE_TEXT),
    # open_by_handle_at(-1, {handle_bytes=300, handle_type=-2, f_handle="\xab...\xab"...},
    #   O_RDWR|O_CLOEXEC) = -1 EINVAL  (128 bytes shown whatever -s says)
    (0x2200, struct.pack("<Ii", 300, -2) + b"\xab" * 200,
     '{handle_bytes=300, handle_type=-2, f_handle="%s"...}' % ("\\xab" * 128)),
    # open_by_handle_at(-1, {handle_bytes=4, handle_type=1, f_handle=???}, O_RDONLY) = -1 EBADF
    (0x3FF8, struct.pack("<Ii", 4, 1), "{handle_bytes=4, handle_type=1, f_handle=???}"),
])
def test_open_by_handle_at(offset, header, text):
    mem = Mem()
    addr = mem.put(offset, header)
    assert decode("file_handle_in", "open_by_handle_at", (0xFFFFFFFF, addr, 0), 1, mem) == text


def test_open_by_handle_at_unreadable():
    # open_by_handle_at(-1, 0x10008000, O_RDONLY) = -1 EFAULT
    assert decode("file_handle_in", "open_by_handle_at", (0xFFFFFFFF, UNMAPPED, 0), 1) == \
        "0x10008000"


# ---- openat2 ------------------------------------------------------------------------------------

def how(flags, mode, resolve, tail=b""):
    mem = Mem()
    return mem, mem.put(0x2400, struct.pack("<QQQ", flags, mode, resolve) + tail)


@pytest.mark.parametrize("fields, size, opts, text", [
    # openat2(AT_FDCWD, "/s2nonexistent", {flags=O_RDONLY, resolve=0}, 24) = -1 ENOENT
    ((0, 0, 0), 24, {}, "{flags=O_RDONLY, resolve=0}"),
    ((0, 0, 0), 24, {"xlat_style": "verbose"}, "{flags=0 /* O_RDONLY */, resolve=0}"),
    # openat2(AT_FDCWD, "/s2dir/x", {flags=O_WRONLY|O_CREAT, mode=0644,
    #   resolve=RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH}, 24) = -1 EXDEV
    ((0x41, 0o644, 0xC), 24, {},
     "{flags=O_WRONLY|O_CREAT, mode=0644, resolve=RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH}"),
    ((0x41, 0o644, 0xC), 24, {"xlat_style": "verbose"},
     "{flags=0x41 /* O_WRONLY|O_CREAT */, mode=0644, "
     "resolve=0xc /* RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH */}"),
    ((0x41, 0o644, 0xC), 24, {"xlat_style": "raw"}, "{flags=0x41, mode=0644, resolve=0xc}"),
    # openat2(..., {flags=O_RDWR|O_DIRECTORY|0x10000000000, mode=0100, resolve=0}, 24)
    ((1 << 40 | 0x10002, 0o100, 0), 24, {},
     "{flags=O_RDWR|O_DIRECTORY|0x10000000000, mode=0100, resolve=0}"),
    ((1 << 40 | 0x10002, 0o100, 0), 24, {"xlat_style": "verbose"},
     "{flags=0x10000010002 /* O_RDWR|O_DIRECTORY|0x10000000000 */, mode=0100, resolve=0}"),
    # openat2(..., {flags=O_ACCMODE, mode=0100, resolve=0}, 24) = -1 EINVAL
    ((3, 0o100, 0), 24, {}, "{flags=O_ACCMODE, mode=0100, resolve=0}"),
    # openat2(..., {flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */}, 32) = -1 EINVAL
    ((0, 0, 0x80), 32, {}, "{flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */}"),
])
def test_open_how(fields, size, opts, text):
    mem, addr = how(*fields, tail=bytes(8))
    assert decode("open_how", "openat2", (0xFFFFFF9C, BASE, addr, size), 2, mem, **opts) == text


@pytest.mark.parametrize("opts, text", [
    # openat2(..., {flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */,
    #   /* bytes 24..31 */ "\x00\x00\x00\x5a\x00\x00\x00\x00"}, 32) = -1 E2BIG
    ({}, '{flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */, '
         '/* bytes 24..31 */ "\\x00\\x00\\x00\\x5a\\x00\\x00\\x00\\x00"}'),
    # strace -s 4: ... /* bytes 24..31 */ "\x00\x00\x00\x5a"...}
    ({"string_limit": 4}, '{flags=O_RDONLY, resolve=0x80 /* RESOLVE_??? */, '
                          '/* bytes 24..31 */ "\\x00\\x00\\x00\\x5a"...}'),
    # strace -X raw: {flags=0, resolve=0x80, /* bytes 24..31 */ "..."}
    ({"xlat_style": "raw"}, '{flags=0, resolve=0x80, '
                            '/* bytes 24..31 */ "\\x00\\x00\\x00\\x5a\\x00\\x00\\x00\\x00"}'),
])
def test_open_how_extra_bytes(opts, text):
    mem, addr = how(0, 0, 0x80, tail=b"\0\0\0\x5a\0\0\0\0")
    assert decode("open_how", "openat2", (0xFFFFFF9C, BASE, addr, 32), 2, mem, **opts) == text


def test_open_how_unread():
    mem, addr = how(0, 0, 0)
    # openat2(AT_FDCWD, "/s2nonexistent", 0x10002400, 8) = -1 EINVAL
    assert decode("open_how", "openat2", (0xFFFFFF9C, BASE, addr, 8), 2, mem) == "0x10002400"
    # openat2(AT_FDCWD, "/s2nonexistent", 0x10008000, 24) = -1 EFAULT
    assert decode("open_how", "openat2", (0xFFFFFF9C, BASE, UNMAPPED, 24), 2, mem) == \
        "0x10008000"


# ---- mount_setattr ------------------------------------------------------------------------------

def mount_attr(attr_set, attr_clr, propagation, userns_fd, tail=b""):
    mem = Mem()
    return mem, mem.put(0x2500, struct.pack("<4Q", attr_set, attr_clr, propagation, userns_fd)
                        + tail)


@pytest.mark.parametrize("fields, size, opts, text", [
    # mount_setattr(-1, "", AT_EMPTY_PATH, {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP,
    #   attr_clr=MOUNT_ATTR_NOSUID|0x40000000, propagation=MS_PRIVATE, userns_fd=3}, 32)
    ((0x100001, 0x40000002, 0x40000, 3), 32, {},
     "{attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, attr_clr=MOUNT_ATTR_NOSUID|0x40000000, "
     "propagation=MS_PRIVATE, userns_fd=3}"),
    ((0x100001, 0x40000002, 0x40000, 3), 32, {"xlat_style": "verbose"},
     "{attr_set=0x100001 /* MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP */, "
     "attr_clr=0x40000002 /* MOUNT_ATTR_NOSUID|0x40000000 */, "
     "propagation=0x40000 /* MS_PRIVATE */, userns_fd=3}"),
    ((0x100001, 0x40000002, 0x40000, 3), 32, {"xlat_style": "raw"},
     "{attr_set=0x100001, attr_clr=0x40000002, propagation=0x40000, userns_fd=3}"),
    # mount_setattr(-1, "", 0, {attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */,
    #   userns_fd=5, /* bytes 32..39 */ "\x00\x00\x00\x00\x01\x00\x00\x00"}, 40) = -1 E2BIG
    ((0, 0, 7, 5), 40, {},
     '{attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */, userns_fd=5, '
     '/* bytes 32..39 */ "\\x00\\x00\\x00\\x00\\x01\\x00\\x00\\x00"}'),
    # strace -s 4: ... /* bytes 32..39 */ "\x00\x00\x00\x00"...}
    ((0, 0, 7, 5), 40, {"string_limit": 4},
     '{attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */, userns_fd=5, '
     '/* bytes 32..39 */ "\\x00\\x00\\x00\\x00"...}'),
])
def test_mount_attr(fields, size, opts, text):
    mem, addr = mount_attr(*fields, tail=b"\0\0\0\0\x01\0\0\0")
    args = (0xFFFFFFFF, BASE, 0, addr, size)
    assert decode("mount_attr", "mount_setattr", args, 3, mem, **opts) == text


def test_mount_attr_userns_fd_with_paths():
    fds = {3: "/tmp/s2", 5: "/tmp/s2"}
    paths = frozenset({"path"})
    # strace -y: {attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, ..., userns_fd=3</tmp/s2>}
    mem, addr = mount_attr(0x100001, 0x40000002, 0x40000, 3)
    args = (0xFFFFFFFF, BASE, 0x1000, addr, 32)
    assert decode("mount_attr", "mount_setattr", args, 3, mem, fds=fds, decode_fds=paths) == (
        "{attr_set=MOUNT_ATTR_RDONLY|MOUNT_ATTR_IDMAP, attr_clr=MOUNT_ATTR_NOSUID|0x40000000, "
        "propagation=MS_PRIVATE, userns_fd=3</tmp/s2>}")
    # strace -y: without MOUNT_ATTR_IDMAP userns_fd is a plain number (fd 5 was open too):
    # {attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */, userns_fd=5, /* bytes 32..39 */ ...}
    mem, addr = mount_attr(0, 0, 7, 5, tail=b"\0\0\0\0\x01\0\0\0")
    args = (0xFFFFFFFF, BASE, 0, addr, 40)
    assert decode("mount_attr", "mount_setattr", args, 3, mem, fds=fds, decode_fds=paths) == (
        '{attr_set=0, attr_clr=0, propagation=0x7 /* MS_??? */, userns_fd=5, '
        '/* bytes 32..39 */ "\\x00\\x00\\x00\\x00\\x01\\x00\\x00\\x00"}')


def test_mount_attr_unread():
    mem, addr = mount_attr(0, 0, 0, 0)
    # mount_setattr(-1, "", 0, 0x10002500, 16) = -1 EINVAL
    assert decode("mount_attr", "mount_setattr", (0xFFFFFFFF, BASE, 0, addr, 16), 3, mem) == \
        "0x10002500"
    # mount_setattr(-1, "", 0, 0x10008000, 32) = -1 EFAULT
    assert decode("mount_attr", "mount_setattr", (0xFFFFFFFF, BASE, 0, UNMAPPED, 32), 3,
                  mem) == "0x10008000"
