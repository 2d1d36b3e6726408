"""Tables for decoders/ioctl/ptp.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

PTP_EXTTS_FLAGS = (
    (0x1, 'PTP_ENABLE_FEATURE'),
    (0x2, 'PTP_RISING_EDGE'),
    (0x4, 'PTP_FALLING_EDGE'),
    (0x8, 'PTP_STRICT_FLAGS'),
)

PTP_PEROUT_FLAGS = (
    (0x1, 'PTP_PEROUT_ONE_SHOT'),
    (0x2, 'PTP_PEROUT_DUTY_CYCLE'),
    (0x4, 'PTP_PEROUT_PHASE'),
)

PTP_PIN_FUNCS = (
    (0, 'PTP_PF_NONE'),
    (0x1, 'PTP_PF_EXTTS'),
    (0x2, 'PTP_PF_PEROUT'),
    (0x3, 'PTP_PF_PHYSYNC'),
)
