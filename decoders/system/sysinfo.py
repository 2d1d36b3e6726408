"""sysinfo's struct sysinfo."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

# uptime loads[3] totalram freeram sharedram bufferram totalswap freeswap
# procs pad totalhigh freehigh mem_unit
_SYSINFO = struct.Struct("<Q3Q6QH6xQQI4x")


@arg_kind("sysinfo_ptr")
def _sysinfo_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, _SYSINFO.size)
    if data is None:
        return hex_address(value)
    f = _SYSINFO.unpack(data)
    return ("{uptime=%d, loads=[%d, %d, %d], totalram=%d, freeram=%d, sharedram=%d, "
            "bufferram=%d, totalswap=%d, freeswap=%d, procs=%d, totalhigh=%d, "
            "freehigh=%d, mem_unit=%d}" % f)
