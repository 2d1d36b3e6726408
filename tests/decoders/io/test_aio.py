"""decoders/io/aio.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOENT, EOVERFLOW, EBADF = 14, 22, 2, 75, 9
Mem = MemoryImage


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
    fds = {3: "</tmp/s2/aio.tmp>", 4: "<anon_inode:[eventfd]>"}
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
