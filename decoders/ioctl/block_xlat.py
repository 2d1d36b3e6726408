"""Tables for decoders/ioctl/block.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

BLKPG_OPS = (
    (0x1, 'BLKPG_ADD_PARTITION'),
    (0x2, 'BLKPG_DEL_PARTITION'),
    (0x3, 'BLKPG_RESIZE_PARTITION'),
)
