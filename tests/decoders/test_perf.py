"""perf_event_open fed real attribute bytes; the expected strings are strace
6.1's lines for fixtures/fam_perf.c (with -v or -X where a test says so)."""
from __future__ import annotations

import struct

import decoders
from decoders import SYSCALL_DECODERS
from tests.decoders.conftest import make_call

decoders.load_all()

ATTR = 0x7FFFFFFFE660
MINUS1 = 2**64 - 1


def attr(kind, size, config=0, period=0, sample_type=0, read_format=0, bits=0, tail=b""):
    head = struct.pack("<IIQQQQQ", kind, size, config, period, sample_type, read_format, bits)
    return head + tail + bytes(max(0, 128 - len(head) - len(tail)))


def decode(args, memory, rv=None, errno=0, after=None, **opts):
    """Entry then exit; ``after`` replaces memory before the exit (what the
    kernel wrote back)."""
    entry, exit_ = SYSCALL_DECODERS["perf_event_open"]
    call = make_call("perf_event_open", args, memory, **opts)
    text = entry(call)
    if call.saved.get("decoded"):
        return text
    assert text == ""          # everything prints at exit
    if after:
        call.mem.blocks.update(after)
    call.exiting, call.rv, call.errno = True, -1 if errno else rv, errno
    return text + exit_(call)


SOFTWARE_FLAGS = 1 | 1 << 5           # disabled, exclude_kernel


def test_software_counter_abbreviated():
    memory = {ATTR: attr(1, 128, 1, read_format=5, bits=SOFTWARE_FLAGS)}
    assert decode((ATTR, 0, MINUS1, MINUS1, 8), memory, rv=3) == (
        "{type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER7, config=PERF_COUNT_SW_TASK_CLOCK, "
        "sample_period=0, sample_type=0, read_format=PERF_FORMAT_TOTAL_TIME_ENABLED|"
        "PERF_FORMAT_ID, disabled=1, exclude_kernel=1, precise_ip=0 /* arbitrary skid */, ...}, "
        "0, -1, -1, PERF_FLAG_FD_CLOEXEC")


def test_sampling_attributes_in_full():
    bits = SOFTWARE_FLAGS | 1 << 10 | 1 << 14 | 2 << 15 | 1 << 25
    tail = struct.pack("<IIQQQQIiQIHHIIQ", 4096, 0, 0, 0, 9, 0xff, 0x1000, 1, 0, 77, 12, 0, 0,
                       0, 0xdeadbeef)
    memory = {ATTR: attr(1, 128, 2, 4000, 0x2803, 5, bits, tail)}
    assert decode((ATTR, 0, MINUS1, 3, 0), memory, errno=95, verbose=True,
                  xlat_style="verbose") == (
        "{type=0x1 /* PERF_TYPE_SOFTWARE */, size=0x80 /* PERF_ATTR_SIZE_VER7 */, "
        "config=0x2 /* PERF_COUNT_SW_PAGE_FAULTS */, sample_freq=4000, sample_type=0x2803 /* "
        "PERF_SAMPLE_IP|PERF_SAMPLE_TID|PERF_SAMPLE_BRANCH_STACK|PERF_SAMPLE_STACK_USER */, "
        "read_format=0x5 /* PERF_FORMAT_TOTAL_TIME_ENABLED|PERF_FORMAT_ID */, disabled=1, "
        "inherit=0, pinned=0, exclusive=0, exclude_user=0, exclude_kernel=1, exclude_hv=0, "
        "exclude_idle=0, mmap=0, comm=0, freq=1, inherit_stat=0, enable_on_exec=0, task=0, "
        "watermark=1, precise_ip=2 /* requested to have 0 skid */, mmap_data=0, "
        "sample_id_all=0, exclude_host=0, exclude_guest=0, exclude_callchain_kernel=0, "
        "exclude_callchain_user=0, mmap2=0, comm_exec=0, use_clockid=1, context_switch=0, "
        "write_backward=0, namespaces=0, ksymbol=0, bpf_event=0, aux_output=0, cgroup=0, "
        "text_poke=0, build_id=0, inherit_thread=0, remove_on_exec=0, sigtrap=0, "
        "wakeup_watermark=4096, config1=0, config2=0, branch_sample_type=0x9 /* "
        "PERF_SAMPLE_BRANCH_USER|PERF_SAMPLE_BRANCH_ANY */, sample_regs_user=0xff, "
        "sample_stack_user=0x1000, clockid=0x1 /* CLOCK_MONOTONIC */, sample_regs_intr=0, "
        "aux_watermark=77, sample_max_stack=12, aux_sample_size=0, sig_data=0xdeadbeef}, "
        "0, -1, 3, 0")


def test_hardware_and_cache_configs():
    memory = {ATTR: attr(0, 72, 7 << 32 | 1)}
    assert decode((ATTR, MINUS1, 0, MINUS1, 0x101), memory, errno=22) == (
        "{type=PERF_TYPE_HARDWARE, size=PERF_ATTR_SIZE_VER1, "
        "config=0x7<<32|PERF_COUNT_HW_INSTRUCTIONS, sample_period=0, sample_type=0, "
        "read_format=0, precise_ip=0 /* arbitrary skid */, ...}, -1, 0, -1, "
        "PERF_FLAG_FD_NO_GROUP|0x100")
    memory = {ATTR: attr(3, 112, 0 | 0 << 8 | 1 << 16 | 3 << 24)}
    assert decode((ATTR, 0, MINUS1, MINUS1, 0), memory, errno=2) == (
        "{type=PERF_TYPE_HW_CACHE, size=PERF_ATTR_SIZE_VER5, config=0x3<<24|"
        "PERF_COUNT_HW_CACHE_RESULT_MISS<<16|PERF_COUNT_HW_CACHE_OP_READ<<8|"
        "PERF_COUNT_HW_CACHE_L1D, sample_period=0, sample_type=0, read_format=0, "
        "precise_ip=0 /* arbitrary skid */, ...}, 0, -1, -1, 0")


def test_size_zero_is_version_0_and_cuts_verbose_fields():
    tail = struct.pack("<IIQQ", 0, 0, 0x11, 0x22)
    memory = {ATTR: attr(2, 0, 12345, tail=tail)}
    text = decode((ATTR, 0, MINUS1, MINUS1, 0), memory, errno=22, verbose=True)
    assert text.startswith("{type=PERF_TYPE_TRACEPOINT, size=0 /* PERF_ATTR_SIZE_??? */, "
                           "config=12345, ")
    assert text.endswith("sigtrap=0, wakeup_events=0, config1=0x11}, 0, -1, -1, 0")


def test_breakpoint_type_names():
    tail = struct.pack("<IIQQ", 0, 6, ATTR, 4)
    memory = {ATTR: attr(5, 128, 0, 1, bits=1 << 6, tail=tail)}
    text = decode((ATTR, 0, MINUS1, MINUS1, 0), memory, errno=22, verbose=True)
    assert "wakeup_events=0, bp_type=0x6 /* HW_BREAKPOINT_INVALID */, " \
           "bp_addr=0x7fffffffe660, bp_len=4, sample_regs_user=0, " in text


def test_too_small_unreadable_and_e2big():
    assert decode((ATTR, 0, MINUS1, MINUS1, 0), {ATTR: attr(4, 40, 0x1234)}, errno=7) == \
        "0x7fffffffe660, 0, -1, -1, 0"
    assert decode((0x10, 0, MINUS1, MINUS1, 0), {}, errno=14) == "0x10, 0, -1, -1, 0"
    assert decode((0, 0, MINUS1, MINUS1, 0), {}, errno=14) == "NULL, 0, -1, -1, 0"
    big = attr(1, 160, 9) + bytes(32)
    written = bytearray(big)
    written[4:8] = struct.pack("<I", 0x88)
    text = decode((ATTR, 0, MINUS1, MINUS1, 0), {ATTR: big}, errno=7,
                  after={ATTR: bytes(written)}, verbose=True, xlat_style="verbose")
    assert text.startswith("{type=0x1 /* PERF_TYPE_SOFTWARE */, size=0xa0 /* PERF_ATTR_SIZE_??? */"
                           " => 0x88 /* PERF_ATTR_SIZE_??? */, config=0x9 /* PERF_COUNT_SW_DUMMY */")
    assert text.endswith("sig_data=0, ...}, 0, -1, -1, 0")
