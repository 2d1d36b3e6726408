"""uname's struct utsname; sethostname and setdomainname."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.render.numbers import U32
from decoders.render.strings import buffer, hex_address, quoted_cstring
from decoders.render.structs import fetch

_UTS_FIELD = 65
_UTS_NAMES = ("sysname", "nodename", "release", "version", "machine", "domainname")


@arg_kind("utsname_ptr")
def _utsname_ptr(value: int, call: Call) -> str:
    data = fetch(call, value, _UTS_FIELD * 6)
    if data is None:
        return hex_address(value)
    shown = 6 if call.opts.verbose else 2
    fields = ["%s=%s" % (name, quoted_cstring(data[i * _UTS_FIELD:(i + 1) * _UTS_FIELD],
                                              call.opts.hex_strings))
              for i, name in enumerate(_UTS_NAMES[:shown])]
    if not call.opts.verbose:
        fields.append("...")
    return "{" + ", ".join(fields) + "}"


NEW_UTS_LEN = 64


@arg_kind("hostname")
def _hostname(value: int, call: Call) -> str:
    """sethostname/setdomainname's name: len bytes (the next argument); a
    length the kernel would refuse is not followed."""
    length = call.args[call.index + 1] & U32
    if length > NEW_UTS_LEN:
        return hex_address(value)
    return buffer(value, length, call)
