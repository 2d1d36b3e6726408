"""keyctl(2): the command decides what each of the four other arguments is."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind, read_bytes, syscall_decoder
from decoders.keyctl_xlat import (
    KEYCTL_CAPS0, KEYCTL_CAPS1, KEYCTL_COMMANDS, KEYCTL_MOVE_FLAGS, KEYCTL_PKEY_OPS,
    KEY_PERMS, KEY_REQKEYS, KEY_SPEC)
from decoders.render.errors import errno_value_text
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, U64, hexval, id_text, int32
from decoders.render.strings import buffer, cstring, hex_address, printstr_ex
from decoders.render.structs import fetch, print_array


def key_serial_text(value: int, call: Call) -> str:
    """A key or keyring: KEY_SPEC_* for the special ids, else the serial."""
    return print_xval(int32(value), KEY_SPEC, None, call.opts.xlat_style, "d")


# add_key's and request_key's keyring
arg_kind("key_serial")(key_serial_text)


KEYCTL_GET_KEYRING_ID = 0
KEYCTL_JOIN_SESSION_KEYRING = 1
KEYCTL_UPDATE = 2
KEYCTL_REVOKE = 3
KEYCTL_CHOWN = 4
KEYCTL_SETPERM = 5
KEYCTL_DESCRIBE = 6
KEYCTL_CLEAR = 7
KEYCTL_LINK = 8
KEYCTL_UNLINK = 9
KEYCTL_SEARCH = 10
KEYCTL_READ = 11
KEYCTL_INSTANTIATE = 12
KEYCTL_NEGATE = 13
KEYCTL_SET_REQKEY_KEYRING = 14
KEYCTL_SET_TIMEOUT = 15
KEYCTL_ASSUME_AUTHORITY = 16
KEYCTL_GET_SECURITY = 17
KEYCTL_SESSION_TO_PARENT = 18
KEYCTL_REJECT = 19
KEYCTL_INSTANTIATE_IOV = 20
KEYCTL_INVALIDATE = 21
KEYCTL_GET_PERSISTENT = 22
KEYCTL_DH_COMPUTE = 23
KEYCTL_PKEY_QUERY = 24
KEYCTL_PKEY_ENCRYPT = 25
KEYCTL_PKEY_DECRYPT = 26
KEYCTL_PKEY_SIGN = 27
KEYCTL_PKEY_VERIFY = 28
KEYCTL_RESTRICT_KEYRING = 29
KEYCTL_MOVE = 30
KEYCTL_CAPABILITIES = 31

_PKEY_OUT = frozenset((KEYCTL_PKEY_ENCRYPT, KEYCTL_PKEY_DECRYPT, KEYCTL_PKEY_SIGN))
_READ_LIKE = frozenset((KEYCTL_DESCRIBE, KEYCTL_READ, KEYCTL_GET_SECURITY))


def _uid(value: int, call: Call) -> str:
    return id_text(value)


def _spare(values, call: Call) -> str | None:
    """A reserved array, shown when not all zero; cut after -s elements unless -v."""
    if not any(values):
        return None
    items = [hexval(v) for v in values]
    if not call.opts.verbose and len(items) > call.opts.string_limit:
        items = items[:call.opts.string_limit] + ["..."]
    return "__spare=[" + ", ".join(items) + "]"


def _dh_params(call: Call, addr: int) -> str:
    data = fetch(call, addr, 12)
    if data is None:
        return hex_address(addr)
    private, prime, base = struct.unpack("<3i", data)
    return "{private=%s, prime=%s, base=%s}" % (
        key_serial_text(private, call), key_serial_text(prime, call),
        key_serial_text(base, call))


# struct keyctl_kdf_params: hashname, otherinfo, otherinfolen, __spare[8], and
# the padding to its 8-byte alignment (strace reads all 56 bytes)
KDF_PARAMS = struct.Struct("<QQI8I4x")


def _kdf_params(call: Call, addr: int) -> str:
    # read whether or not the call failed: the kernel took it as input; and
    # with a plain umove, so even outside -e verbose=
    data = read_bytes(call, addr, KDF_PARAMS.size) if addr else None
    if data is None:
        return hex_address(addr)
    hashname, otherinfo, otherinfolen, *spare = KDF_PARAMS.unpack(data)
    parts = ["hashname=" + cstring(hashname, call)]
    if otherinfolen:
        parts.append("otherinfo=" + buffer(otherinfo, otherinfolen, call))
    else:
        parts.append("otherinfo=" + hex_address(otherinfo))
    parts.append("otherinfolen=%d" % otherinfolen)
    extra = _spare(spare, call)
    if extra:
        parts.append(extra)
    return "{" + ", ".join(parts) + "}"


# struct keyctl_pkey_query: supported_ops, key_size, max_data_size,
# max_sig_size, max_enc_size, max_dec_size, __spare[10]
PKEY_QUERY = struct.Struct("<IIHHHH10I")


def _pkey_query(call: Call, addr: int) -> str:
    data = fetch(call, addr, PKEY_QUERY.size)
    if data is None:
        return hex_address(addr)
    ops, key_size, max_data, max_sig, max_enc, max_dec, *spare = PKEY_QUERY.unpack(data)
    text = ("{supported_ops=%s, key_size=%d, max_data_size=%d, max_sig_size=%d, "
            "max_enc_size=%d, max_dec_size=%d" % (
                print_flags(ops, KEYCTL_PKEY_OPS, "KEYCTL_SUPPORTS_???",
                            call.opts.xlat_style),
                key_size, max_data, max_sig, max_enc, max_dec))
    extra = _spare(spare, call)
    return text + (", " + extra if extra else "") + "}"


# struct keyctl_pkey_params: key_id, in_len, out_len/in2_len, __spare[7]
PKEY_PARAMS = struct.Struct("<iII7I")


def _pkey_params(call: Call, addr: int, out: bool):
    """The text and the parsed fields (None when unreadable)."""
    data = fetch(call, addr, PKEY_PARAMS.size)
    if data is None:
        return hex_address(addr), None
    key_id, in_len, third, *spare = PKEY_PARAMS.unpack(data)
    text = "{key_id=%s, in_len=%d, %s=%d" % (
        key_serial_text(key_id, call), in_len, "out_len" if out else "in2_len", third)
    extra = _spare(spare, call)
    return text + (", " + extra if extra else "") + "}", (in_len, third)


def _iov_strings(call: Call, addr: int, count: int) -> str:
    """An iovec array whose buffers print as strings (strace's iov_decode_str)."""

    def one(chunk: bytes) -> str:
        base, length = struct.unpack("<QQ", chunk)
        return "{iov_base=%s, iov_len=%d}" % (buffer(base, length, call), length)
    return print_array(call, addr, count, 16, one)


def _caps(call: Call, addr: int, buflen: int) -> str:
    if call.failed:
        return hex_address(addr)
    count = min(buflen & U64, call.rv & U64)
    position = [0]
    tables = ((KEYCTL_CAPS0, "KEYCTL_CAPS0_???"), (KEYCTL_CAPS1, "KEYCTL_CAPS1_???"))

    def one(chunk: bytes) -> str:
        pos = position[0]
        position[0] += 1
        if pos < len(tables):
            table, dflt = tables[pos]
            return print_flags(chunk[0], table, dflt, call.opts.xlat_style)
        return hexval(chunk[0])
    return print_array(call, addr, count, 1, one)


def _pkey_args(call: Call, cmd: int) -> str:
    """KEYCTL_PKEY_ENCRYPT/DECRYPT/SIGN/VERIFY: the params, the info string and
    the input buffer; the output buffer at exit, except for VERIFY."""
    a2, a3, a4, a5 = call.args[1:5]
    out = cmd != KEYCTL_PKEY_VERIFY
    params, fields = _pkey_params(call, a2, out)
    parts = [params, cstring(a3, call),
             buffer(a4, fields[0], call) if fields else hex_address(a4)]
    if not out or fields is None:
        parts.append(buffer(a5, fields[1], call) if fields else hex_address(a5))
        call.saved["decoded"] = True
        return ", ".join(parts)
    call.saved["pkey_out_len"] = fields[1]
    return ", ".join(parts) + ", "


def _args_at_entry(call: Call, cmd: int) -> str:
    """The arguments of the commands printed whole at entry."""
    a2, a3, a4, a5 = call.args[1:5]
    style = call.opts.xlat_style
    key = key_serial_text
    if cmd == KEYCTL_GET_KEYRING_ID:
        rest = "%s, %d" % (key(a2, call), int32(a3))
    elif cmd == KEYCTL_JOIN_SESSION_KEYRING:
        rest = cstring(a2, call)
    elif cmd == KEYCTL_UPDATE:
        rest = "%s, %s, %d" % (key(a2, call), buffer(a3, a4, call), a4)
    elif cmd in (KEYCTL_REVOKE, KEYCTL_CLEAR, KEYCTL_INVALIDATE, KEYCTL_ASSUME_AUTHORITY):
        rest = key(a2, call)
    elif cmd in (KEYCTL_LINK, KEYCTL_UNLINK):
        rest = "%s, %s" % (key(a2, call), key(a3, call))
    elif cmd == KEYCTL_SEARCH:
        rest = "%s, %s, %s, %s" % (key(a2, call), cstring(a3, call), cstring(a4, call),
                                   key(a5, call))
    elif cmd == KEYCTL_CHOWN:
        rest = "%s, %s, %s" % (key(a2, call), _uid(a3, call), _uid(a4, call))
    elif cmd == KEYCTL_SETPERM:
        rest = "%s, %s" % (key(a2, call),
                           print_flags(a3 & U32, KEY_PERMS, "KEY_???", style))
    elif cmd == KEYCTL_INSTANTIATE:
        rest = "%s, %s, %d, %s" % (key(a2, call), buffer(a3, a4, call), a4, key(a5, call))
    elif cmd == KEYCTL_NEGATE:
        rest = "%s, %d, %s" % (key(a2, call), a3 & U32, key(a4, call))
    elif cmd == KEYCTL_SET_REQKEY_KEYRING:
        rest = print_xval(int32(a2), KEY_REQKEYS, "KEY_REQKEY_DEFL_???", style, "d")
    elif cmd == KEYCTL_SET_TIMEOUT:
        rest = "%s, %d" % (key(a2, call), a3 & U32)
    elif cmd == KEYCTL_REJECT:
        rest = "%s, %d, %s, %s" % (key(a2, call), a3 & U32,
                                   errno_value_text(a4 & U32, style), key(a5, call))
    elif cmd == KEYCTL_INSTANTIATE_IOV:
        rest = "%s, %s, %d, %s" % (key(a2, call), _iov_strings(call, a3, a4), a4,
                                   key(a5, call))
    elif cmd == KEYCTL_GET_PERSISTENT:
        rest = "%s, %s" % (_uid(a2, call), key(a3, call))
    elif cmd == KEYCTL_RESTRICT_KEYRING:
        rest = "%s, %s, %s" % (key(a2, call), cstring(a3, call), cstring(a4, call))
    elif cmd == KEYCTL_MOVE:
        rest = "%s, %s, %s, %s" % (key(a2, call), key(a3, call), key(a4, call),
                                   print_flags(a5 & U32, KEYCTL_MOVE_FLAGS,
                                               "KEYCTL_MOVE_???", style))
    else:
        rest = ", ".join(hexval(v) for v in (a2, a3, a4, a5))
    return rest


@syscall_decoder("keyctl")
class Keyctl:
    @staticmethod
    def entry(call: Call) -> str:
        cmd = int32(call.args[0])
        a2, a3, a4, a5 = call.args[1:5]
        style = call.opts.xlat_style
        head = print_xval(cmd & U32, KEYCTL_COMMANDS, "KEYCTL_???", style)
        if cmd == KEYCTL_SESSION_TO_PARENT:
            call.saved["decoded"] = True
            return head
        head += ", "
        key = key_serial_text
        if cmd in _READ_LIKE:
            return head + key(a2, call) + ", "
        if cmd == KEYCTL_DH_COMPUTE:
            return head + _dh_params(call, a2) + ", "
        if cmd == KEYCTL_PKEY_QUERY:
            return "%s%s, %s, %s, " % (head, key(a2, call), hexval(a3), cstring(a4, call))
        if cmd == KEYCTL_CAPABILITIES:
            return head
        if cmd in _PKEY_OUT or cmd == KEYCTL_PKEY_VERIFY:
            return head + _pkey_args(call, cmd)
        call.saved["decoded"] = True
        return head + _args_at_entry(call, cmd)

    @staticmethod
    def exit(call: Call) -> str:
        if call.saved.get("decoded"):
            return ""
        cmd = int32(call.args[0])
        a2, a3, a4, a5 = call.args[1:5]
        if cmd in _READ_LIKE:
            if call.failed:
                text = hex_address(a3)
            else:
                shown = min(call.rv & U64, a4) if call.rv >= 0 else call.rv & U64
                text = printstr_ex(call, a3, shown, omit_trailing_0=cmd != KEYCTL_READ)
            return "%s, %d" % (text, a4)
        if cmd == KEYCTL_DH_COMPUTE:
            if call.failed:
                text = hex_address(a3)
            else:
                text = buffer(a3, min(call.rv & U64, a4) if call.rv >= 0 else call.rv, call)
            return "%s, %d, %s" % (text, a4, _kdf_params(call, a5))
        if cmd == KEYCTL_PKEY_QUERY:
            return _pkey_query(call, a5)
        if cmd in _PKEY_OUT:
            if call.failed:
                return hex_address(a5)
            return buffer(a5, call.saved.get("pkey_out_len", 0), call)
        if cmd == KEYCTL_CAPABILITIES:
            return "%s, %d" % (_caps(call, a2, a3), a3)
        return ""
