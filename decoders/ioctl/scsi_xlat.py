"""Tables for decoders/ioctl/scsi.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

SG_SCSI_RESET = (
    (0, 'SG_SCSI_RESET_NOTHING'),
    (0x1, 'SG_SCSI_RESET_DEVICE'),
    (0x2, 'SG_SCSI_RESET_BUS'),
    (0x3, 'SG_SCSI_RESET_HOST'),
    (0x4, 'SG_SCSI_RESET_TARGET'),
    (0x100, 'SG_SCSI_RESET_NO_ESCALATE'),
)

SG_IO_INFO = (
    (0x1, 'SG_INFO_CHECK'),
    (0x2, 'SG_INFO_DIRECT_IO'),
    (0x4, 'SG_INFO_MIXED_IO'),
)

SG_IO_DXFER_DIRECTION = (
    (0xffffffff, 'SG_DXFER_NONE'),
    (0xfffffffe, 'SG_DXFER_TO_DEV'),
    (0xfffffffd, 'SG_DXFER_FROM_DEV'),
    (0xfffffffc, 'SG_DXFER_TO_FROM_DEV'),
)

SG_IO_FLAGS = (
    (0x1, 'SG_FLAG_DIRECT_IO'),
    (0x2, 'SG_FLAG_UNUSED_LUN_INHIBIT'),
    (0x4, 'SG_FLAG_MMAP_IO'),
    (0x10000, 'SG_FLAG_NO_DXFER'),
    (0x10, 'SG_FLAG_Q_AT_TAIL'),
    (0x20, 'SG_FLAG_Q_AT_HEAD'),
)

BSG_PROTOCOL = (
    (0, 'BSG_PROTOCOL_SCSI'),
)

BSG_SUBPROTOCOL = (
    (0, 'BSG_SUB_PROTOCOL_SCSI_CMD'),
    (0x1, 'BSG_SUB_PROTOCOL_SCSI_TMF'),
    (0x2, 'BSG_SUB_PROTOCOL_SCSI_TRANSPORT'),
)

BSG_FLAGS = (
    (0x10, 'BSG_FLAG_Q_AT_TAIL'),
    (0x20, 'BSG_FLAG_Q_AT_HEAD'),
)
