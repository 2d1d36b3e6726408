"""Tables for decoders/ioctl/counter.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

COUNTER_IOCTL_COMPONENT_TYPES = (
    (0, 'COUNTER_COMPONENT_NONE'),
    (0x1, 'COUNTER_COMPONENT_SIGNAL'),
    (0x2, 'COUNTER_COMPONENT_COUNT'),
    (0x3, 'COUNTER_COMPONENT_FUNCTION'),
    (0x4, 'COUNTER_COMPONENT_SYNAPSE_ACTION'),
    (0x5, 'COUNTER_COMPONENT_EXTENSION'),
)

COUNTER_IOCTL_EVENT_TYPES = (
    (0, 'COUNTER_EVENT_OVERFLOW'),
    (0x1, 'COUNTER_EVENT_UNDERFLOW'),
    (0x2, 'COUNTER_EVENT_OVERFLOW_UNDERFLOW'),
    (0x3, 'COUNTER_EVENT_THRESHOLD'),
    (0x4, 'COUNTER_EVENT_INDEX'),
    (0x5, 'COUNTER_EVENT_CHANGE_OF_STATE'),
    (0x6, 'COUNTER_EVENT_CAPTURE'),
)

COUNTER_IOCTL_SCOPES = (
    (0, 'COUNTER_SCOPE_DEVICE'),
    (0x1, 'COUNTER_SCOPE_SIGNAL'),
    (0x2, 'COUNTER_SCOPE_COUNT'),
)
