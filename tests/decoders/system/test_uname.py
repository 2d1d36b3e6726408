"""decoders/system/uname.py against strace 6.1."""
from __future__ import annotations

import pytest

from tests.decoders.conftest import PROBE_BASE, MemoryImage
from tests.decoders.conftest import decode_arg as decode

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38
Mem = MemoryImage


# ---- sethostname / setdomainname ------------------------------------------------------------------

NAME = b"s2host-0123456789-0123456789-0123456789\0"


@pytest.mark.parametrize("name, addr, length, opts, text", [
    # sethostname("s2host", 6) = 0
    ("sethostname", BASE + 0x1E00, 6, {}, '"s2host"'),
    # sethostname("s2host-0123456789-0123456789-012"..., 39) = 0
    ("sethostname", BASE + 0x1E00, 39, {}, '"s2host-0123456789-0123456789-012"...'),
    # strace -s 4: sethostname("s2ho"..., 6) = 0
    ("sethostname", BASE + 0x1E00, 6, {"string_limit": 4}, '"s2ho"...'),
    # sethostname(0x10001e00, 65) = -1 EINVAL
    ("sethostname", BASE + 0x1E00, 65, {}, "0x10001e00"),
    # sethostname(0x10008000, 5) = -1 EFAULT
    ("sethostname", UNMAPPED, 5, {}, "0x10008000"),
    # setdomainname("s2", 2) = 0
    ("setdomainname", BASE + 0x1E00, 2, {}, '"s2"'),
    # setdomainname("", 0) = 0
    ("setdomainname", BASE + 0x1E00, 0, {}, '""'),
])
def test_hostname(name, addr, length, opts, text):
    mem = Mem()
    mem.put(0x1E00, NAME)
    assert decode("hostname", name, (addr, length), 0, mem, **opts) == text
