"""Tables for decoders/ioctl/ubi.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

UBI_VOLUME_TYPES = (
    (0x3, 'UBI_DYNAMIC_VOLUME'),
    (0x4, 'UBI_STATIC_VOLUME'),
)

UBI_VOLUME_FLAGS = (
    (0x1, 'UBI_VOL_SKIP_CRC_CHECK_FLG'),
)

UBI_VOLUME_PROPS = (
    (0x1, 'UBI_VOL_PROP_DIRECT_WRITE'),
)

UBI_DATA_TYPES = (
    (0x1, 'UBI_LONGTERM'),
    (0x2, 'UBI_SHORTTERM'),
    (0x3, 'UBI_UNKNOWN'),
)
