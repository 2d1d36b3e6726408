"""decoders/process/sched.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from decoders import RET_KINDS
from decoders.process import sched
from tests.decoders.conftest import PROBE_BASE, MemoryImage, make_call
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.observed import assert_in_every_style, row_id

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOMEM = 14, 22, 12
Mem = MemoryImage


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('sched_policy', 'sched_get_priority_min', 0, (0,), 'SCHED_OTHER', '0', '0 /* SCHED_OTHER */'),
    ('sched_policy', 'sched_get_priority_min', 0, (1,), 'SCHED_FIFO', '0x1', '0x1 /* SCHED_FIFO */'),
    ('sched_policy', 'sched_get_priority_min', 0, (2,), 'SCHED_RR', '0x2', '0x2 /* SCHED_RR */'),
    ('sched_policy', 'sched_get_priority_min', 0, (3,), 'SCHED_BATCH', '0x3', '0x3 /* SCHED_BATCH */'),
    ('sched_policy', 'sched_get_priority_min', 0, (5,), 'SCHED_IDLE', '0x5', '0x5 /* SCHED_IDLE */'),
    ('sched_policy', 'sched_get_priority_min', 0, (6,), 'SCHED_DEADLINE', '0x6', '0x6 /* SCHED_DEADLINE */'),
    ('sched_policy', 'sched_get_priority_min', 0, (7,), '0x7 /* SCHED_??? */', '0x7', '0x7 /* SCHED_??? */'),
    ('sched_policy', 'sched_get_priority_min', 0, (0x40000000,), '0x40000000 /* SCHED_??? */', '0x40000000', '0x40000000 /* SCHED_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


# Observed: strace [-X verbose] on sched_getscheduler(0).
@pytest.mark.parametrize("style", ["abbrev", "verbose"])
def test_sched_getscheduler_return_is_named(style):
    call = make_call("sched_getscheduler", rv=0, xlat_style=style)
    assert RET_KINDS["sched_policy"](0, call) == "0 (SCHED_OTHER)"


# ---- sched_setaffinity / sched_getaffinity ---------------------------------------------

@pytest.fixture
def kernel_mask_128(monkeypatch):
    """strace probes the kernel's mask size; 128 bytes on the machine the
    expected strings come from (and on any with at most 1024 CPUs)."""
    monkeypatch.setattr(sched, "cpuset_size", lambda: 128)


def affinity_memory():
    mem = Mem()
    mask = [0] * 32
    mask[0] = 3
    mask[15] = 0x8000000000000001
    mem.put(0x100, struct.pack("<32Q", *mask))
    return mem


@pytest.mark.parametrize("length, addr, text", [
    # sched_setaffinity(0, 8, [0 1]) = 0
    (8, BASE + 0x100, "[0 1]"),
    # sched_setaffinity(0, 0, []) = -1 EINVAL
    (0, BASE + 0x100, "[]"),
    # sched_setaffinity(0, 256, [0 1 960 1023 ...]) = 0
    (256, BASE + 0x100, "[0 1 960 1023 ...]"),
    # sched_setaffinity(0, 128, [0 1 960 1023]) = 0
    (128, BASE + 0x100, "[0 1 960 1023]"),
    # sched_setaffinity(0, 8, NULL) = -1 EFAULT
    (8, 0, "NULL"),
    # sched_setaffinity(0, 3, [0 1]) = 0
    (3, BASE + 0x100, "[0 1]"),
    # sched_setaffinity(0, 8, 0x10008000) = -1 EFAULT
    (8, UNMAPPED, "0x10008000"),
])
def test_cpu_set(kernel_mask_128, length, addr, text):
    assert decode("cpu_set", "sched_setaffinity", (0, length, addr), 2, affinity_memory()) == text


def test_cpu_set_rv(kernel_mask_128):
    mem = Mem()
    addr = mem.put(0x300, struct.pack("<4Q", 3, 0, 0, 0))
    # sched_getaffinity(0, 128, [0 1]) = 32
    assert decode("cpu_set_rv", "sched_getaffinity", (0, 128, addr), 2, mem, rv=32) == "[0 1]"
    # sched_getaffinity(0, 8, 0x10008000) = -1 EFAULT
    assert decode("cpu_set_rv", "sched_getaffinity", (0, 8, UNMAPPED), 2, mem,
                  errno=EFAULT) == "0x10008000"


def test_cpuset_size_is_what_the_kernel_accepts():
    size = sched.cpuset_size()
    assert size >= 128 and size & (size - 1) == 0
