"""decoders/process/caps.py against strace 6.1."""
from __future__ import annotations

import struct

from decoders import whole_call_decoder
from tests.decoders.conftest import make_call


def test_capget_data_bits():
    header = struct.pack("<Ii", 0x19980330, 0)
    data = struct.pack("<3I", 0x3, 0x1, 0)
    call = make_call("capget", (0x100, 0x200), {0x100: header, 0x200: data})
    assert whole_call_decoder("capget")[0](call) == "{version=_LINUX_CAPABILITY_VERSION_1, pid=0}, "
    call.exiting, call.rv = True, 0
    assert whole_call_decoder("capget")[1](call) == \
        "{effective=1<<CAP_CHOWN|1<<CAP_DAC_OVERRIDE, permitted=1<<CAP_CHOWN, inheritable=0}"
