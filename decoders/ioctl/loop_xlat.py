"""Tables for decoders/ioctl/loop.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

LOOP_FLAGS_OPTIONS = (
    (0x1, 'LO_FLAGS_READ_ONLY'),
    (0x2, 'LO_FLAGS_USE_AOPS'),
    (0x4, 'LO_FLAGS_AUTOCLEAR'),
    (0x8, 'LO_FLAGS_PARTSCAN'),
    (0x10, 'LO_FLAGS_DIRECT_IO'),
)

LOOP_CRYPT_TYPE_OPTIONS = (
    (0, 'LO_CRYPT_NONE'),
    (0x1, 'LO_CRYPT_XOR'),
    (0x2, 'LO_CRYPT_DES'),
    (0x3, 'LO_CRYPT_FISH2'),
    (0x4, 'LO_CRYPT_BLOW'),
    (0x5, 'LO_CRYPT_CAST128'),
    (0x6, 'LO_CRYPT_IDEA'),
    (0x9, 'LO_CRYPT_DUMMY'),
    (0xa, 'LO_CRYPT_SKIPJACK'),
    (0x12, 'LO_CRYPT_CRYPTOAPI'),
)
