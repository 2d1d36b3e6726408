"""perf_event_open(2).  strace copies the attribute structure at entry and
prints the whole call at exit, so that an E2BIG failure can show the size the
kernel wrote back (``size=0x90 => PERF_ATTR_SIZE_VER7``).  Without -v only
the first 48 bytes (up to the bit flags) are shown, followed by ``...``."""
from __future__ import annotations

import struct

from decoders import Call, syscall_decoder
from decoders.perf_xlat import (
    HW_BREAKPOINT_TYPE, PERF_ATTR_SIZE, PERF_BRANCH_SAMPLE_TYPE, PERF_EVENT_OPEN_FLAGS,
    PERF_EVENT_READ_FORMAT, PERF_EVENT_SAMPLE_FORMAT, PERF_HW_CACHE_ID,
    PERF_HW_CACHE_OP_ID, PERF_HW_CACHE_OP_RESULT_ID, PERF_HW_ID, PERF_SW_IDS, PERF_TYPE_ID)
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, hexval, int32
from decoders.render.scalars import fd_text
from decoders.render.strings import hex_address
from decoders.time.clocks_xlat import CLOCK_NAMES

PERF_TYPE_HARDWARE, PERF_TYPE_SOFTWARE, PERF_TYPE_TRACEPOINT = 0, 1, 2
PERF_TYPE_HW_CACHE, PERF_TYPE_RAW, PERF_TYPE_BREAKPOINT = 3, 4, 5
PERF_ATTR_SIZE_VER0 = 64
ATTR_SIZE = 128                 # struct perf_event_attr as strace 6.1 knows it
ABBREV_SIZE = 48                # offsetof(struct perf_event_attr, wakeup_events)
PERF_SAMPLE_BRANCH_STACK = 1 << 11
PERF_SAMPLE_STACK_USER = 1 << 13
HW_BREAKPOINT_X_RW = 4 | 3
E2BIG = 7

# The one-bit flags in the u64 at offset 40, in bit order; precise_ip (two
# bits at 15) sits between watermark and mmap_data.
_FLAGS_LOW = ("disabled", "inherit", "pinned", "exclusive", "exclude_user", "exclude_kernel",
              "exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat",
              "enable_on_exec", "task", "watermark")
_FLAGS_HIGH = ("mmap_data", "sample_id_all", "exclude_host", "exclude_guest",
               "exclude_callchain_kernel", "exclude_callchain_user", "mmap2", "comm_exec",
               "use_clockid", "context_switch", "write_backward", "namespaces", "ksymbol",
               "bpf_event", "aux_output", "cgroup", "text_poke", "build_id", "inherit_thread",
               "remove_on_exec", "sigtrap")
_PRECISE_IP = ("arbitrary skid", "constant skid", "requested to have 0 skid",
               "must have 0 skid")
_BIT_FREQ, _BIT_WATERMARK, _BIT_USE_CLOCKID = 10, 14, 25


def _config(kind: int, config: int, style: str) -> str:
    if kind == PERF_TYPE_HARDWARE:
        text = "%#x<<32|" % (config >> 32) if config >> 32 else ""
        return text + print_xval(config & U32, PERF_HW_ID, "PERF_COUNT_HW_???", style)
    if kind == PERF_TYPE_SOFTWARE:
        return print_xval(config, PERF_SW_IDS, "PERF_COUNT_SW_???", style)
    if kind == PERF_TYPE_TRACEPOINT:
        return str(config)
    if kind == PERF_TYPE_HW_CACHE:
        text = "%#x<<32|" % (config >> 32) if config >> 32 else ""
        if (config & U32) >> 24:
            text += "%#x<<24|" % ((config & U32) >> 24)
        return text + "%s<<16|%s<<8|%s" % (
            print_xval((config >> 16) & 0xFF, PERF_HW_CACHE_OP_RESULT_ID,
                       "PERF_COUNT_HW_CACHE_RESULT_???", style),
            print_xval((config >> 8) & 0xFF, PERF_HW_CACHE_OP_ID,
                       "PERF_COUNT_HW_CACHE_OP_???", style),
            print_xval(config & 0xFF, PERF_HW_CACHE_ID, "PERF_COUNT_HW_CACHE_???", style))
    return hexval(config)


def attr_text(data: bytes, size: int, call: Call, new_size: int | None = None,
              size_changed: bool = False) -> str:
    """The structure from the ``size`` bytes strace fetched (zero-padded)."""
    style = call.opts.xlat_style
    abbrev = not call.opts.verbose
    data = data + bytes(ATTR_SIZE - len(data))
    kind, declared, config, period, sample_type, read_format, bits = \
        struct.unpack_from("<IIQQQQQ", data)
    parts = ["type=" + print_xval(kind, PERF_TYPE_ID, "PERF_TYPE_???", style)]
    size_text = "size=" + print_xval(declared, PERF_ATTR_SIZE, "PERF_ATTR_SIZE_???", style)
    if size_changed:
        size_text += " => " + ("???" if new_size is None else
                               print_xval(new_size, PERF_ATTR_SIZE, "PERF_ATTR_SIZE_???",
                                          style))
    parts.append(size_text)
    parts.append("config=" + _config(kind, config, style))
    parts.append(("sample_freq=%d" if bits >> _BIT_FREQ & 1 else "sample_period=%d") % period)
    parts.append("sample_type=" + print_flags(sample_type, PERF_EVENT_SAMPLE_FORMAT,
                                              "PERF_SAMPLE_???", style))
    parts.append("read_format=" + print_flags(read_format, PERF_EVENT_READ_FORMAT,
                                              "PERF_FORMAT_???", style))
    for bit, name in enumerate(_FLAGS_LOW):
        if not abbrev or bits >> bit & 1:
            parts.append("%s=%d" % (name, bits >> bit & 1))
    precise = bits >> 15 & 3
    parts.append("precise_ip=%d /* %s */" % (precise, _PRECISE_IP[precise]))
    for bit, name in enumerate(_FLAGS_HIGH, 17):
        if not abbrev or bits >> bit & 1:
            parts.append("%s=%d" % (name, bits >> bit & 1))
    if bits >> 38:
        parts.append("__reserved_1=%#x /* Bits 63..38 */" % (bits >> 38))
    if not abbrev:
        parts += _verbose_fields(data, size, kind, sample_type, bits, style)
    text = ", ".join(parts)
    if (declared and declared > size) or (not declared and size < PERF_ATTR_SIZE_VER0):
        text += ", ..."
    return "{" + text + "}"


def _verbose_fields(data: bytes, size: int, kind: int, sample_type: int, bits: int,
                    style: str) -> list:
    (wakeup, bp_type, config1, config2, branch_type, regs_user, stack_user, clockid,
     regs_intr, aux_watermark, max_stack, reserved_2, aux_sample_size, reserved_3,
     sig_data) = struct.unpack_from("<IIQQQQIiQIHHIIQ", data, 48)
    breakpoint = kind == PERF_TYPE_BREAKPOINT
    out = [("wakeup_watermark=%d" if bits >> _BIT_WATERMARK & 1 else "wakeup_events=%d")
           % wakeup]
    if breakpoint:
        dflt = "HW_BREAKPOINT_INVALID" if bp_type <= HW_BREAKPOINT_X_RW else "HW_BREAKPOINT_???"
        out.append("bp_type=" + print_xval(bp_type, HW_BREAKPOINT_TYPE, dflt, style))
    out.append(("bp_addr=" if breakpoint else "config1=") + hexval(config1))
    if size <= 64:
        return out
    out.append("bp_len=%d" % config2 if breakpoint else "config2=" + hexval(config2))
    if size <= 72:
        return out
    if sample_type & PERF_SAMPLE_BRANCH_STACK:
        out.append("branch_sample_type=" + print_flags(
            branch_type, PERF_BRANCH_SAMPLE_TYPE, "PERF_SAMPLE_BRANCH_???", style))
    if size <= 80:
        return out
    out.append("sample_regs_user=" + hexval(regs_user))
    if size <= 88:
        return out
    if sample_type & PERF_SAMPLE_STACK_USER:
        out.append("sample_stack_user=" + hexval(stack_user))
    if bits >> _BIT_USE_CLOCKID & 1:
        if size <= 92:
            return out
        out.append("clockid=" + print_xval(clockid & U32, CLOCK_NAMES, "CLOCK_???", style))
    if size <= 96:
        return out
    out.append("sample_regs_intr=" + hexval(regs_intr))
    if size <= 104:
        return out
    out.append("aux_watermark=%d" % aux_watermark)
    if size <= 108:
        return out
    out.append("sample_max_stack=%d" % max_stack)
    if size <= 110:
        return out
    if reserved_2:
        out[-1] += " /* bytes 110..111: %#x */" % reserved_2
    if size <= 112:
        return out
    out.append("aux_sample_size=%d" % aux_sample_size)
    if size <= 116:
        return out
    if reserved_3:
        out[-1] += " /* bytes 116..119: %#x */" % reserved_3
    if size <= 120:
        return out
    out.append("sig_data=" + hexval(sig_data))
    return out


def fetch_attr(call: Call, addr: int) -> tuple[bytes, int] | None:
    """strace's fetch_perf_event_attr: the bytes of the structure it prints
    (all it declares, or the abbreviated part) and their count; None when
    it prints the address instead."""
    raw = call.mem.read(addr + 4, 4) if addr else None
    if raw is None:
        return None
    size = min(struct.unpack("<I", raw)[0], ATTR_SIZE) or PERF_ATTR_SIZE_VER0
    if size < PERF_ATTR_SIZE_VER0:
        return None
    if not call.opts.verbose:
        size = ABBREV_SIZE
    data = call.mem.read(addr, size)
    return None if data is None else (data, size)


def _rest(call: Call) -> str:
    args = call.args
    return ", %d, %d, %s, %s" % (
        int32(args[1]), int32(args[2]), fd_text(args[3], call),
        print_flags(args[4], PERF_EVENT_OPEN_FLAGS, "PERF_FLAG_???", call.opts.xlat_style))


@syscall_decoder("perf_event_open")
class PerfEventOpen:
    @staticmethod
    def entry(call: Call) -> str:
        addr = call.args[0]
        fetched = fetch_attr(call, addr)
        if fetched is not None:
            call.saved["perf_attr"] = fetched
            return ""
        call.saved["decoded"] = True
        return hex_address(addr) + _rest(call)

    @staticmethod
    def exit(call: Call) -> str:
        saved = call.saved.get("perf_attr")
        if saved is None or call.saved.get("decoded"):
            return ""
        data, size = saved
        new_size, changed = None, False
        if call.errno == E2BIG:
            changed = True
            raw = call.mem.read(call.args[0] + 4, 4)
            new_size = None if raw is None else struct.unpack("<I", raw)[0]
        return attr_text(data, size, call, new_size, changed) + _rest(call)
