"""Tables for decoders/ioctl/nbd.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

NBD_IOCTL_FLAGS = (
    (0x1, 'NBD_FLAG_HAS_FLAGS'),
    (0x2, 'NBD_FLAG_READ_ONLY'),
    (0x4, 'NBD_FLAG_SEND_FLUSH'),
    (0x8, 'NBD_FLAG_SEND_FUA'),
    (0x10, 'NBD_FLAG_ROTATIONAL'),
    (0x20, 'NBD_FLAG_SEND_TRIM'),
    (0x40, 'NBD_FLAG_SEND_WRITE_ZEROES'),
    (0x80, 'NBD_FLAG_SEND_DF'),
    (0x100, 'NBD_FLAG_CAN_MULTI_CONN'),
    (0x200, 'NBD_FLAG_SEND_RESIZE'),
    (0x400, 'NBD_FLAG_SEND_CACHE'),
)
