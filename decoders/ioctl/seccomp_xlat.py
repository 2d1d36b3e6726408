"""Tables for decoders/ioctl/seccomp.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

SECCOMP_IOCTL_ADDFD_FLAGS = (
    (0x1, 'SECCOMP_ADDFD_FLAG_SETFD'),
    (0x2, 'SECCOMP_ADDFD_FLAG_SEND'),
)

SECCOMP_IOCTL_RESP_FLAGS = (
    (0x1, 'SECCOMP_USER_NOTIF_FLAG_CONTINUE'),
)
