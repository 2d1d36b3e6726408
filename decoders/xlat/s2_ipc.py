"""Tables for the System V IPC and POSIX message queue structures of
decoders/structs2: x86_64 values, in the order of strace 6.1's src/xlat/*.in
(each table is named after its strace xlat file)."""

SEMOP_FLAGS = (
    (0x1000, "SEM_UNDO"),
    (0x800, "IPC_NOWAIT"),
)

MQ_ATTR_FLAGS = (
    (0x800, "O_NONBLOCK"),
)

SIGEV_VALUE = (
    (0, "SIGEV_SIGNAL"),
    (1, "SIGEV_NONE"),
    (2, "SIGEV_THREAD"),
    (4, "SIGEV_THREAD_ID"),
)
