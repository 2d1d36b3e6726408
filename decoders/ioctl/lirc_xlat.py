"""Tables for decoders/ioctl/lirc.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

LIRC_FEATURES = (
    (0x2, 'LIRC_CAN_SEND_PULSE'),
    (0x10, 'LIRC_CAN_SEND_LIRCCODE'),
    (0x100, 'LIRC_CAN_SET_SEND_CARRIER'),
    (0x200, 'LIRC_CAN_SET_SEND_DUTY_CYCLE'),
    (0x400, 'LIRC_CAN_SET_TRANSMITTER_MASK'),
    (0x40000, 'LIRC_CAN_REC_MODE2'),
    (0x80000, 'LIRC_CAN_REC_SCANCODE'),
    (0x100000, 'LIRC_CAN_REC_LIRCCODE'),
    (0x1000000, 'LIRC_CAN_SET_REC_CARRIER'),
    (0x2000000, 'LIRC_CAN_MEASURE_CARRIER'),
    (0x4000000, 'LIRC_CAN_USE_WIDEBAND_RECEIVER'),
    (0x10000000, 'LIRC_CAN_SET_REC_TIMEOUT'),
    (0x20000000, 'LIRC_CAN_GET_REC_RESOLUTION'),
    (0x80000000, 'LIRC_CAN_SET_REC_CARRIER_RANGE'),
)

LIRC_MODES = (
    (0x1, 'LIRC_MODE_RAW'),
    (0x2, 'LIRC_MODE_PULSE'),
    (0x4, 'LIRC_MODE_MODE2'),
    (0x8, 'LIRC_MODE_SCANCODE'),
    (0x10, 'LIRC_MODE_LIRCCODE'),
)
