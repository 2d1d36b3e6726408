"""Real-time clock ioctls (RTC_*): struct rtc_time, alarms, PLL, voltage
flags and the RTC_PARAM_GET/SET parameters."""
from __future__ import annotations

from decoders import Call
from decoders.ioctl.protocol import Later, flags_at, number_at, struct_text
from decoders.ioctl.requests import CODES
from decoders.ioctl.rtc_xlat import RTC_BACKUP_SWITCH_MODES, RTC_FEATURES, RTC_PARAMS, RTC_VL_FLAGS
from decoders.render.flags import print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U64, hexval, signed
from decoders.render.strings import hex_address
from decoders.render.structs import fetch

RTC_TIME = Layout("tm_sec:i tm_min:i tm_hour:i tm_mday:i tm_mon:i tm_year:i tm_wday:i "
                  "tm_yday:i tm_isdst:i")
RTC_WKALRM = Layout("enabled:B pending:B pad:2x time:36s")
RTC_PLL_INFO = Layout("pll_ctrl:i pll_value:i pll_max:i pll_min:i pll_posmult:i pll_negmult:i "
                      "pll_clock:q")
RTC_PARAM = Layout("param:Q value:Q index:I pad:I")
RTC_PARAM_FEATURES, RTC_PARAM_CORRECTION, RTC_PARAM_BACKUP_SWITCH_MODE = 0, 1, 2


def _c(name: str) -> int:
    return CODES["RTC_" + name]


def _codes(*names: str) -> frozenset:
    return frozenset(_c(n) for n in names)


_TIME_OUT, _TIME_IN = _codes("ALM_READ", "RD_TIME"), _codes("ALM_SET", "SET_TIME")
_VALUE_IN, _ULONG_OUT = _codes("IRQP_SET", "EPOCH_SET"), _codes("IRQP_READ", "EPOCH_READ")
_NO_ARG = _codes("AIE_ON", "AIE_OFF", "UIE_ON", "UIE_OFF", "PIE_ON", "PIE_OFF", "WIE_ON",
                 "WIE_OFF", "VL_CLR")
_AT_EXIT = _TIME_OUT | _ULONG_OUT | _codes("WKALM_RD", "PLL_GET", "VL_READ")


def _time(data: bytes, verbose: bool) -> str:
    t = RTC_TIME.unpack(data)
    names = RTC_TIME.fields if verbose else RTC_TIME.fields[:6]
    fields = [(name, str(getattr(t, name))) for name in names]
    if not verbose:
        fields.append((None, "..."))
    return struct_text(fields)


def _argument(call: Call, code: int, arg: int) -> str | None:
    verbose = call.opts.verbose
    if code in _TIME_OUT or code in _TIME_IN:
        data = fetch(call, arg, RTC_TIME.size)
        return hex_address(arg) if data is None else _time(data, verbose)
    if code in _VALUE_IN:
        return str(arg & U64)
    if code in _ULONG_OUT:
        return number_at(call, arg, "Q", str)
    if code in (_c("WKALM_RD"), _c("WKALM_SET")):
        w = RTC_WKALRM.fetch(call, arg)
        if w is None:
            return hex_address(arg)
        return "{enabled=%d, pending=%d, time=%s}" % (w.enabled, w.pending, _time(w.time, verbose))
    if code in (_c("PLL_GET"), _c("PLL_SET")):
        p = RTC_PLL_INFO.fetch(call, arg)
        if p is None:
            return hex_address(arg)
        return struct_text([(name, str(getattr(p, name))) for name in RTC_PLL_INFO.fields])
    if code == _c("VL_READ"):
        return flags_at(call, arg, RTC_VL_FLAGS, "RTC_VL_???")
    return None


def _param(call: Call, code: int, arg: int):
    """RTC_PARAM_GET/SET: which parameter at entry, and its value at entry
    (SET) or at exit (GET)."""
    get = code == _c("PARAM_GET")
    lead = " => " if call.exiting else ", "
    p = RTC_PARAM.fetch(call, arg)
    if p is None:
        return lead + hex_address(arg)
    style = call.opts.xlat_style
    fields = []
    if not call.exiting:
        fields.append(("param", print_xval(p.param, RTC_PARAMS, "RTC_PARAM_???", style)))
    if call.exiting == get:
        if p.param == RTC_PARAM_FEATURES:
            value = print_flags(p.value, RTC_FEATURES, "1<<RTC_FEATURE_???", style)
        elif p.param == RTC_PARAM_CORRECTION:
            fields.append(("svalue", str(signed(p.value))))
            value = None
        elif p.param == RTC_PARAM_BACKUP_SWITCH_MODE:
            value = print_xval(p.value, RTC_BACKUP_SWITCH_MODES, "RTC_BSM_???", style)
        else:
            value = hexval(p.value)
        if value is not None:
            fields.append(("uvalue", value))
    if not call.exiting:
        fields.append(("index", str(p.index)))
    if p.pad:
        fields.append(("__pad", hexval(p.pad)))
    text = lead + struct_text(fields)
    return Later(text) if get and not call.exiting else text


def decode(call: Call, code: int, arg: int):
    """strace's rtc_ioctl (see protocol.py)."""
    if code in (_c("PARAM_GET"), _c("PARAM_SET")):
        return _param(call, code, arg)
    if code in _NO_ARG:
        return ""
    if code in _AT_EXIT and not call.exiting:
        return Later("")
    text = _argument(call, code, arg)
    return None if text is None else ", " + text
