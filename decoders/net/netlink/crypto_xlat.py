"""Tables for decoders/net/netlink/crypto.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

NL_CRYPTO_TYPES = (
    (0x10, 'CRYPTO_MSG_NEWALG'),
    (0x11, 'CRYPTO_MSG_DELALG'),
    (0x12, 'CRYPTO_MSG_UPDATEALG'),
    (0x13, 'CRYPTO_MSG_GETALG'),
    (0x14, 'CRYPTO_MSG_DELRNG'),
)

CRYPTO_NL_ATTRS = (
    (0, 'CRYPTOCFGA_UNSPEC'),
    (0x1, 'CRYPTOCFGA_PRIORITY_VAL'),
    (0x2, 'CRYPTOCFGA_REPORT_LARVAL'),
    (0x3, 'CRYPTOCFGA_REPORT_HASH'),
    (0x4, 'CRYPTOCFGA_REPORT_BLKCIPHER'),
    (0x5, 'CRYPTOCFGA_REPORT_AEAD'),
    (0x6, 'CRYPTOCFGA_REPORT_COMPRESS'),
    (0x7, 'CRYPTOCFGA_REPORT_RNG'),
    (0x8, 'CRYPTOCFGA_REPORT_CIPHER'),
    (0x9, 'CRYPTOCFGA_REPORT_AKCIPHER'),
    (0xa, 'CRYPTOCFGA_REPORT_KPP'),
    (0xb, 'CRYPTOCFGA_REPORT_ACOMP'),
)
