"""Trusted execution environment ioctls (TEE_IOC_*): version, sessions and
invocations with their parameters (passed in a struct tee_ioctl_buf_data),
supplicant requests, shared memory."""
from __future__ import annotations

from decoders import Call, read_bytes
from decoders.ioctl.protocol import Later, struct_text
from decoders.ioctl.requests import CODES
from decoders.ioctl.tee_xlat import (
    TEE_IOCTL_GEN_CAPS, TEE_IOCTL_IMPL_IDS, TEE_IOCTL_LOGIN_TYPES, TEE_IOCTL_OPTEE_CAPS,
    TEE_IOCTL_ORIGINS, TEE_IOCTL_PARAM_ATTR_TYPES, TEE_IOCTL_SHM_FLAGS)
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U32, hexval, id_text, int32
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address, uuid_text
from decoders.render.structs import fetch, print_array

VERSION_DATA = Layout("impl_id:I impl_caps:I gen_caps:I")
BUF_DATA = Layout("buf_ptr:Q buf_len:Q")
PARAM = Layout("attr:Q a:Q b:Q c:Q")
OPEN_SESSION_ARG = Layout("uuid:16s clnt_uuid:16s clnt_login:I cancel_id:I session:I ret:I "
                          "ret_origin:I num_params:I")
INVOKE_ARG = Layout("func:I session:I cancel_id:I ret:I ret_origin:I num_params:I")
SUPP_RECV_ARG = Layout("func:I num_params:I")
SUPP_SEND_ARG = Layout("ret:I num_params:I")
CANCEL_ARG = Layout("cancel_id:I session:I")
SHM_ALLOC_DATA = Layout("size:Q flags:I id:i")
SHM_REGISTER_DATA = Layout("addr:Q length:Q flags:I id:i")
# not in the kernel's headers: an out-of-tree request strace knows
SHM_REGISTER_FD_DATA = Layout("fd:q size:Q flags:I pad1:4x id:i pad2:4x")
TEE_IOC_SHM_REGISTER_FD = 0xc020a408

TEE_MAX_ARG_SIZE, TEE_IMPL_ID_OPTEE, TEE_IOCTL_PARAM_ATTR_META = 1024, 1, 0x100
_MEMREFS = (5, 6, 7)
_LOGIN_GROUPS = (2, 6)
_LOGINS_WITHOUT_DATA = (0, 1, 4, 5)


def _c(name: str) -> int:
    return CODES["TEE_IOC_" + name]


def _buf(b) -> str:
    return "{buf_len=%d, buf_ptr=%s}" % (b.buf_len, hex_address(b.buf_ptr))


def _param(data: bytes, style: str) -> str:
    p = PARAM.unpack(data)
    attr = print_xval((p.attr & ~TEE_IOCTL_PARAM_ATTR_META) & U32, TEE_IOCTL_PARAM_ATTR_TYPES,
                      "TEE_IOCTL_PARAM_ATTR_", style)
    if p.attr & TEE_IOCTL_PARAM_ATTR_META:
        attr += "|TEE_IOCTL_PARAM_ATTR_META"
    if p.attr == 0:
        return "{attr=%s}" % attr
    if p.attr in _MEMREFS:
        return "{attr=%s, shm_offs=%s, size=%s, shm_id=%d}" % (attr, hexval(p.a), hexval(p.b), p.c)
    return "{attr=%s, a=%s, b=%s, c=%s}" % (attr, hexval(p.a), hexval(p.b), hexval(p.c))


def _fetch_buf(call: Call, arg: int, layout: Layout):
    """The argument structure behind a struct tee_ioctl_buf_data, and the
    address of its parameters; or the text strace prints instead."""
    data = fetch(call, arg, BUF_DATA.size)
    if data is None:
        return hex_address(arg), None, None
    b = BUF_DATA.unpack(data)
    if b.buf_len > TEE_MAX_ARG_SIZE or b.buf_len < layout.size:
        return _buf(b), None, None
    raw = read_bytes(call, b.buf_ptr, layout.size)
    if raw is None:
        return _buf(b), None, None
    s = layout.unpack(raw)
    if not call.exiting and layout.size + PARAM.size * s.num_params != b.buf_len:
        # the kernel refuses such a buffer: its parameters are not shown
        return _buf(b), None, None
    params = b.buf_ptr + layout.size if s.num_params else 0
    return b, s, params


def _params(call: Call, params: int, count: int) -> str:
    style = call.opts.xlat_style
    return ", params=" + print_array(call, params, count, PARAM.size, lambda d: _param(d, style))


def _open_session_in(call: Call, s) -> str:
    style = call.opts.xlat_style
    text = "uuid=%s, clnt_login=%s" % (
        uuid_text(s.uuid), print_xval(s.clnt_login, TEE_IOCTL_LOGIN_TYPES,
                                      "TEE_IOCTL_LOGIN_???", style))
    if s.clnt_login in _LOGIN_GROUPS:
        text += ", clnt_uuid=" + id_text(int.from_bytes(s.clnt_uuid[:4], "little"))
    elif s.clnt_login not in _LOGINS_WITHOUT_DATA:
        text += ", clnt_uuid=[%s]" % ", ".join(hexval(b) for b in s.clnt_uuid)
    return text + ", cancel_id=%d, num_params=%d" % (s.cancel_id, s.num_params)


def _with_params(call: Call, code: int, arg: int):
    """The requests whose argument lives behind a buf_data, with parameters."""
    layout, entry, exit_ = _WITH_PARAMS[code]
    if call.exiting and call.failed:
        return "}"
    b, s, params = _fetch_buf(call, arg, layout)
    lead = " => " if call.exiting else ", "
    if s is None:
        return lead + b
    inner = (exit_ if call.exiting else entry)(call, s) + _params(call, params, s.num_params)
    if call.exiting:
        return " => {%s}}" % inner
    return Later(", {buf_len=%d, buf_ptr={%s}" % (b.buf_len, inner))


def _origin(s, style: str) -> str:
    return print_xval(s.ret_origin, TEE_IOCTL_ORIGINS, "TEEC_ORIGIN_???", style)


_WITH_PARAMS = {
    _c("OPEN_SESSION"): (
        OPEN_SESSION_ARG, _open_session_in,
        lambda call, s: "session=%s, ret=%d, ret_origin=%s" % (
            hexval(s.session), s.ret, _origin(s, call.opts.xlat_style))),
    _c("INVOKE"): (
        INVOKE_ARG,
        lambda call, s: "func=%d, session=%s, cancel_id=%d, num_params=%d" % (
            s.func, hexval(s.session), s.cancel_id, s.num_params),
        lambda call, s: "ret=%d, ret_origin=%s" % (s.ret, _origin(s, call.opts.xlat_style))),
    _c("SUPPL_RECV"): (
        SUPP_RECV_ARG, lambda call, s: "func=%d, num_params=%d" % (s.func, s.num_params),
        lambda call, s: "num_params=%d" % s.num_params),
    _c("SUPPL_SEND"): (
        SUPP_SEND_ARG, lambda call, s: "num_params=%d" % s.num_params,
        lambda call, s: "ret=%d" % s.ret),
}


def _shm(call: Call, code: int, arg: int):
    """Shared memory requests: what is asked at entry, what was given at exit."""
    layout = {_c("SHM_ALLOC"): SHM_ALLOC_DATA, _c("SHM_REGISTER"): SHM_REGISTER_DATA,
              TEE_IOC_SHM_REGISTER_FD: SHM_REGISTER_FD_DATA}[code]
    if call.exiting and call.failed:
        return ""
    lead = " => " if call.exiting else ", "
    s = layout.fetch(call, arg)
    if s is None:
        return lead + hex_address(arg)
    style = call.opts.xlat_style
    flags = ("flags", print_flags(s.flags, TEE_IOCTL_SHM_FLAGS, "TEE_IOCTL_SHM_???", style))
    if layout is SHM_ALLOC_DATA:
        fields = [("size", hexval(s.size)), flags]
    elif layout is SHM_REGISTER_DATA:
        fields = ([("addr", hex_address(s.addr))] if not call.exiting else []) + [
            ("length", hexval(s.length)), flags]
    else:
        fields = [("fd", fd_text(int32(s.fd), call)), flags] if not call.exiting else [
            ("size", hexval(s.size))]
    if call.exiting:
        return lead + struct_text(fields + [("id", str(s.id))])
    return Later(lead + struct_text(fields))


def _version(call: Call, arg: int) -> str:
    v = VERSION_DATA.fetch(call, arg)
    if v is None:
        return hex_address(arg)
    style = call.opts.xlat_style
    caps = print_flags(v.impl_caps, TEE_IOCTL_OPTEE_CAPS, "TEE_OPTEE_CAP_???", style) \
        if v.impl_id == TEE_IMPL_ID_OPTEE else hexval(v.impl_caps)
    return struct_text((
        ("impl_id", print_xval(v.impl_id, TEE_IOCTL_IMPL_IDS, "TEE_IMPL_ID_???", style)),
        ("gen_caps", print_flags(v.gen_caps, TEE_IOCTL_GEN_CAPS, "TEE_GEN_CAP_???", style)),
        ("impl_caps", caps)))


def decode(call: Call, code: int, arg: int):
    """strace's tee_ioctl (see protocol.py)."""
    if code in _WITH_PARAMS:
        return _with_params(call, code, arg)
    if code in (_c("SHM_ALLOC"), _c("SHM_REGISTER"), TEE_IOC_SHM_REGISTER_FD):
        return _shm(call, code, arg)
    if code == _c("VERSION"):
        return Later(", ") if not call.exiting else _version(call, arg)
    if code == _c("CANCEL"):
        c = CANCEL_ARG.fetch(call, arg)
        return ", " + (hex_address(arg) if c is None else
                       "{cancel_id=%d, session=%s}" % (c.cancel_id, hexval(c.session)))
    if code == _c("CLOSE_SESSION"):
        data = fetch(call, arg, 4)
        return ", " + (hex_address(arg) if data is None else
                       "{session=%s}" % hexval(int.from_bytes(data, "little")))
    return None
