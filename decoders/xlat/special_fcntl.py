"""Tables for the whole-call decoders in decoders/special/fcntl.py: x86_64 values in the order of strace 6.1's src/xlat/*.in, generated from those files and the kernel UAPI headers.  Each table is named after its strace xlat file."""

F_OWNER_TYPES = (
    (0x0, 'F_OWNER_TID'),
    (0x1, 'F_OWNER_PID'),
    (0x2, 'F_OWNER_PGRP'),
)

F_SEALS = (
    (0x1, 'F_SEAL_SEAL'),
    (0x2, 'F_SEAL_SHRINK'),
    (0x4, 'F_SEAL_GROW'),
    (0x8, 'F_SEAL_WRITE'),
    (0x10, 'F_SEAL_FUTURE_WRITE'),
)

NOTIFYFLAGS = (
    (0x1, 'DN_ACCESS'),
    (0x2, 'DN_MODIFY'),
    (0x4, 'DN_CREATE'),
    (0x8, 'DN_DELETE'),
    (0x10, 'DN_RENAME'),
    (0x20, 'DN_ATTRIB'),
    (0x80000000, 'DN_MULTISHOT'),
)

