"""Tables for decoders/ioctl/perf.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

PERF_IOCTL_FLAGS = (
    (0x1, 'PERF_IOC_FLAG_GROUP'),
)
