"""Tables for decoders/ioctl/mtd.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

MTD_MODE_OPTIONS = (
    (0, 'MTD_OPS_PLACE_OOB'),
    (0x1, 'MTD_OPS_AUTO_OOB'),
    (0x2, 'MTD_OPS_RAW'),
)

MTD_FILE_MODE_OPTIONS = (
    (0, 'MTD_FILE_MODE_NORMAL'),
    (0x1, 'MTD_FILE_MODE_OTP_FACTORY'),
    (0x2, 'MTD_FILE_MODE_OTP_USER'),
    (0x3, 'MTD_FILE_MODE_RAW'),
)

MTD_TYPE_OPTIONS = (
    (0, 'MTD_ABSENT'),
    (0x1, 'MTD_RAM'),
    (0x2, 'MTD_ROM'),
    (0x3, 'MTD_NORFLASH'),
    (0x4, 'MTD_NANDFLASH'),
    (0x6, 'MTD_DATAFLASH'),
    (0x7, 'MTD_UBIVOLUME'),
    (0x8, 'MTD_MLCNANDFLASH'),
)

MTD_FLAGS_OPTIONS = (
    (0x400, 'MTD_WRITEABLE'),
    (0x800, 'MTD_BIT_WRITEABLE'),
    (0x1000, 'MTD_NO_ERASE'),
    (0x2000, 'MTD_POWERUP_LOCK'),
    (0x4000, 'MTD_SLC_ON_MLC_EMULATION'),
)

MTD_OTP_OPTIONS = (
    (0, 'MTD_OTP_OFF'),
    (0x1, 'MTD_OTP_FACTORY'),
    (0x2, 'MTD_OTP_USER'),
)

MTD_NANDECC_OPTIONS = (
    (0, 'MTD_NANDECC_OFF'),
    (0x1, 'MTD_NANDECC_PLACE'),
    (0x2, 'MTD_NANDECC_AUTOPLACE'),
    (0x3, 'MTD_NANDECC_PLACEONLY'),
    (0x4, 'MTD_NANDECC_AUTOPL_USR'),
)
