"""Tables for the AIO structures of decoders/structs2: x86_64 values, in the
order of strace 6.1's src/xlat/*.in (each table is named after its strace
xlat file)."""
from decoders.xlat.more_system import IOPRIO_CLASS  # noqa: F401
from decoders.xlat.more_fs import RWF_FLAGS  # noqa: F401 (one table, used here too)

AIO_CMDS = (
    (0, "IOCB_CMD_PREAD"),
    (1, "IOCB_CMD_PWRITE"),
    (2, "IOCB_CMD_FSYNC"),
    (3, "IOCB_CMD_FDSYNC"),
    (4, "IOCB_CMD_PREADX"),
    (5, "IOCB_CMD_POLL"),
    (6, "IOCB_CMD_NOOP"),
    (7, "IOCB_CMD_PREADV"),
    (8, "IOCB_CMD_PWRITEV"),
)

AIO_IOCB_FLAGS = (
    (1, "IOCB_FLAG_RESFD"),
    (2, "IOCB_FLAG_IOPRIO"),
)


POLLFLAGS = (
    (0x0001, "POLLIN"),
    (0x0002, "POLLPRI"),
    (0x0004, "POLLOUT"),
    (0x0008, "POLLERR"),
    (0x0010, "POLLHUP"),
    (0x0020, "POLLNVAL"),
    (0x0040, "POLLRDNORM"),
    (0x0080, "POLLRDBAND"),
    (0x0100, "POLLWRNORM"),
    (0x0200, "POLLWRBAND"),
    (0x0400, "POLLMSG"),
    (0x1000, "POLLREMOVE"),
    (0x2000, "POLLRDHUP"),
    (0x8000, "POLL_BUSY_LOOP"),
)

