"""Loop device ioctls (LOOP_*): struct loop_info, loop_info64, loop_config,
and the loop-control requests."""
from __future__ import annotations

from decoders import Call
from decoders.files.stat import dev_text
from decoders.ioctl.loop_xlat import LOOP_CRYPT_TYPE_OPTIONS, LOOP_FLAGS_OPTIONS
from decoders.ioctl.protocol import Later, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U32, U64, hexval, int32
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address, quote, quoted_cstring
from decoders.render.structs import fetch

LOOP_INFO = Layout("lo_number:i lo_device:Q lo_inode:Q lo_rdevice:Q lo_offset:i "
                   "lo_encrypt_type:i lo_encrypt_key_size:i lo_flags:i lo_name:64s "
                   "lo_encrypt_key:32s lo_init:2Q reserved:4B")
LOOP_INFO64 = Layout("lo_device:Q lo_inode:Q lo_rdevice:Q lo_offset:Q lo_sizelimit:Q "
                     "lo_number:I lo_encrypt_type:I lo_encrypt_key_size:I lo_flags:I "
                     "lo_file_name:64s lo_crypt_name:64s lo_encrypt_key:32s lo_init:2Q")
LOOP_CONFIG = Layout("fd:I block_size:I info:232s reserved:8Q")
LO_CRYPT_NONE, LO_KEY_SIZE = 0, 32

LOOP_GET_STATUS, LOOP_SET_STATUS = CODES["LOOP_GET_STATUS"], CODES["LOOP_SET_STATUS"]
LOOP_GET_STATUS64, LOOP_SET_STATUS64 = CODES["LOOP_GET_STATUS64"], CODES["LOOP_SET_STATUS64"]
LOOP_CONFIGURE = CODES["LOOP_CONFIGURE"]
_NO_ARG = frozenset(CODES[n] for n in ("LOOP_CLR_FD", "LOOP_SET_CAPACITY", "LOOP_CTL_GET_FREE"))
_FD = frozenset(CODES[n] for n in ("LOOP_SET_FD", "LOOP_CHANGE_FD"))
_INT = frozenset(CODES[n] for n in ("LOOP_CTL_ADD", "LOOP_CTL_REMOVE"))
_UNSIGNED = frozenset(CODES[n] for n in ("LOOP_SET_DIRECT_IO", "LOOP_SET_BLOCK_SIZE"))


def _hex_array(values) -> str:
    return "[" + ", ".join(hexval(v) for v in values) + "]"


def _key(info, hex_strings: int) -> str:
    size = min(info.lo_encrypt_key_size & U32, LO_KEY_SIZE)
    return quote(info.lo_encrypt_key[:size], hex_strings)


def _loop_info(call: Call, arg: int) -> str:
    i = LOOP_INFO.fetch(call, arg)
    if i is None:
        return hex_address(arg)
    style, hex_strings, full = call.opts.xlat_style, call.opts.hex_strings, call.opts.verbose
    fields = [("lo_number", str(i.lo_number))]
    if full:
        fields += [("lo_device", dev_text(i.lo_device, style)), ("lo_inode", str(i.lo_inode)),
                   ("lo_rdevice", dev_text(i.lo_rdevice, style))]
    fields.append(("lo_offset", hexval(i.lo_offset & U32)))
    crypt = full or i.lo_encrypt_type != LO_CRYPT_NONE
    if crypt:
        fields += [("lo_encrypt_type", print_xval(i.lo_encrypt_type & U32,
                                                  LOOP_CRYPT_TYPE_OPTIONS, "LO_CRYPT_???",
                                                  style)),
                   ("lo_encrypt_key_size", str(i.lo_encrypt_key_size & U32))]
    fields += [("lo_flags", print_flags(i.lo_flags & U32, LOOP_FLAGS_OPTIONS, "LO_FLAGS_???",
                                        style)),
               ("lo_name", quoted_cstring(i.lo_name, hex_strings))]
    if crypt:
        fields.append(("lo_encrypt_key", _key(i, hex_strings)))
    if full:
        fields += [("lo_init", _hex_array(i.lo_init)), ("reserved", _hex_array(i.reserved))]
    else:
        fields.append((None, "..."))
    return struct_text(fields)


def loop_info64_text(call: Call, data: bytes) -> str:
    i = LOOP_INFO64.unpack(data)
    style, hex_strings, full = call.opts.xlat_style, call.opts.hex_strings, call.opts.verbose
    if full:
        fields = [("lo_device", dev_text(i.lo_device, style)), ("lo_inode", str(i.lo_inode)),
                  ("lo_rdevice", dev_text(i.lo_rdevice, style)),
                  ("lo_offset", hexval(i.lo_offset)), ("lo_sizelimit", str(i.lo_sizelimit)),
                  ("lo_number", str(i.lo_number))]
    else:
        fields = [("lo_offset", hexval(i.lo_offset)), ("lo_number", str(i.lo_number))]
    crypt = full or i.lo_encrypt_type != LO_CRYPT_NONE
    if crypt:
        fields += [("lo_encrypt_type", print_xval(i.lo_encrypt_type, LOOP_CRYPT_TYPE_OPTIONS,
                                                  "LO_CRYPT_???", style)),
                   ("lo_encrypt_key_size", str(i.lo_encrypt_key_size))]
    fields += [("lo_flags", print_flags(i.lo_flags, LOOP_FLAGS_OPTIONS, "LO_FLAGS_???", style)),
               ("lo_file_name", quoted_cstring(i.lo_file_name, hex_strings))]
    if crypt:
        fields += [("lo_crypt_name", quoted_cstring(i.lo_crypt_name, hex_strings)),
                   ("lo_encrypt_key", _key(i, hex_strings))]
    fields.append(("lo_init", _hex_array(i.lo_init)) if full else (None, "..."))
    return struct_text(fields)


def _loop_config(call: Call, arg: int) -> str:
    c = LOOP_CONFIG.fetch(call, arg)
    if c is None:
        return hex_address(arg)
    fields = [("fd", fd_text(c.fd, call)), ("block_size", str(c.block_size)),
              ("info", loop_info64_text(call, c.info))]
    if any(c.reserved):
        fields.append(("__reserved", _hex_array(c.reserved)))
    return struct_text(fields)


def decode(call: Call, code: int, arg: int):
    """strace's loop_ioctl (see protocol.py)."""
    if code in (LOOP_GET_STATUS, LOOP_GET_STATUS64) and not call.exiting:
        return Later("")
    if code in (LOOP_GET_STATUS, LOOP_SET_STATUS):
        return ", " + _loop_info(call, arg)
    if code in (LOOP_GET_STATUS64, LOOP_SET_STATUS64):
        data = fetch(call, arg, LOOP_INFO64.size)
        return ", " + (hex_address(arg) if data is None else loop_info64_text(call, data))
    if code == LOOP_CONFIGURE:
        return ", " + _loop_config(call, arg)
    if code in _NO_ARG:
        return ""
    if code in _FD:
        return ", " + fd_text(arg & U32, call)
    if code in _INT:
        return ", %d" % int32(arg)
    if code in _UNSIGNED:
        return ", %d" % (arg & U64)
    return None
