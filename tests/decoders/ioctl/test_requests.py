"""decoders/ioctl/requests.py against strace 6.1."""
from __future__ import annotations

from tests.decoders.conftest import whole_call_entry as entry


def test_ioctl_unknown_requests():
    text, _ = entry("ioctl", (3, 0x80081234, 0))
    assert text == "3, _IOC(_IOC_READ, 0x12, 0x34, 0x8), 0"
    text, _ = entry("ioctl", (3, 0x1234, 0x42))
    assert text == "3, _IOC(_IOC_NONE, 0x12, 0x34, 0), 0x42"
    text, _ = entry("ioctl", (5, 0x5402, 0))
    assert text.startswith("5, SNDCTL_TMR_START or TCSETS, ")
