"""decoders/memory/mmap.py against strace 6.1."""
from __future__ import annotations

import pytest

from decoders import ARG_KINDS
from tests.decoders.conftest import PROBE_BASE, MemoryImage, make_call
from tests.decoders.conftest import decode_arg as decode
from tests.decoders.observed import assert_in_every_style, row_id

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOMEM = 14, 22, 12
Mem = MemoryImage


# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('mmap_prot', 'mprotect', 2, (0, 0, 0), 'PROT_NONE', '0', '0 /* PROT_NONE */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 1), 'PROT_READ', '0x1', '0x1 /* PROT_READ */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 3), 'PROT_READ|PROT_WRITE', '0x3', '0x3 /* PROT_READ|PROT_WRITE */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 7), 'PROT_READ|PROT_WRITE|PROT_EXEC', '0x7', '0x7 /* PROT_READ|PROT_WRITE|PROT_EXEC */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 8), 'PROT_SEM', '0x8', '0x8 /* PROT_SEM */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 0x1000003), 'PROT_READ|PROT_WRITE|PROT_GROWSDOWN', '0x1000003', '0x1000003 /* PROT_READ|PROT_WRITE|PROT_GROWSDOWN */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 0x10), '0x10 /* PROT_??? */', '0x10', '0x10 /* PROT_??? */'),
    ('mmap_prot', 'mprotect', 2, (0, 0, 0x100000000), '0x100000000 /* PROT_??? */', '0x100000000', '0x100000000 /* PROT_??? */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0, 0xffffffffffffffff, 0), 'MAP_FILE', '0', '0 /* MAP_FILE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x22, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS', '0x22', '0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x21, 0xffffffffffffffff, 0), 'MAP_SHARED|MAP_ANONYMOUS', '0x21', '0x21 /* MAP_SHARED|MAP_ANONYMOUS */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x20, 0xffffffffffffffff, 0), 'MAP_FILE|MAP_ANONYMOUS', '0x20', '0x20 /* MAP_FILE|MAP_ANONYMOUS */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x12, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_FIXED', '0x12', '0x12 /* MAP_PRIVATE|MAP_FIXED */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 3, 0xffffffffffffffff, 0), 'MAP_SHARED_VALIDATE', '0x3', '0x3 /* MAP_SHARED_VALIDATE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 4, 0xffffffffffffffff, 0), '0x4 /* MAP_??? */', '0x4', '0x4 /* 0x4 /* MAP_??? */ */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0xf, 0xffffffffffffffff, 0), '0xf /* MAP_??? */', '0xf', '0xf /* 0xf /* MAP_??? */ */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x802, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_DENYWRITE', '0x802', '0x802 /* MAP_PRIVATE|MAP_DENYWRITE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x40022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB', '0x40022', '0x40022 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x54040022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT', '0x54040022', '0x54040022 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x78040022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|30<<MAP_HUGE_SHIFT', '0x78040022', '0x78040022 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|30<<MAP_HUGE_SHIFT */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x100022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE', '0x100022', '0x100022 /* MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED_NOREPLACE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x4000022, 0xffffffffffffffff, 0), 'MAP_PRIVATE|MAP_ANONYMOUS|1<<MAP_HUGE_SHIFT', '0x4000022', '0x4000022 /* MAP_PRIVATE|MAP_ANONYMOUS|1<<MAP_HUGE_SHIFT */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x8000002, 0xffffffffffffffff, 0), 'MAP_PRIVATE|2<<MAP_HUGE_SHIFT', '0x8000002', '0x8000002 /* MAP_PRIVATE|2<<MAP_HUGE_SHIFT */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x100000002, 0xffffffffffffffff, 0), 'MAP_PRIVATE', '0x100000002', '0x100000002 /* MAP_PRIVATE */'),
    ('mmap_flags', 'mmap', 3, (0, 0x1000, 3, 0x100000020, 0xffffffffffffffff, 0), 'MAP_FILE|MAP_ANONYMOUS', '0x100000020', '0x100000020 /* MAP_FILE|MAP_ANONYMOUS */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0), 'MADV_NORMAL', '0', '0 /* MADV_NORMAL */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 4), 'MADV_DONTNEED', '0x4', '0x4 /* MADV_DONTNEED */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 8), 'MADV_FREE', '0x8', '0x8 /* MADV_FREE */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0xe), 'MADV_HUGEPAGE', '0xe', '0xe /* MADV_HUGEPAGE */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x19), 'MADV_COLLAPSE', '0x19', '0x19 /* MADV_COLLAPSE */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x64), 'MADV_HWPOISON', '0x64', '0x64 /* MADV_HWPOISON */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x65), 'MADV_SOFT_OFFLINE', '0x65', '0x65 /* MADV_SOFT_OFFLINE */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x63), '0x63 /* MADV_??? */', '0x63', '0x63 /* MADV_??? */'),
    ('madvise_advice', 'madvise', 2, (0, 0, 0x100000004), 'MADV_DONTNEED', '0x4', '0x4 /* MADV_DONTNEED */'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 0, 0x1000), '0', '0', '0'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 1, 0x1000), 'MREMAP_MAYMOVE', '0x1', '0x1 /* MREMAP_MAYMOVE */'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 3, 0x1000), 'MREMAP_MAYMOVE|MREMAP_FIXED', '0x3', '0x3 /* MREMAP_MAYMOVE|MREMAP_FIXED */'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 4, 0x1000), 'MREMAP_DONTUNMAP', '0x4', '0x4 /* MREMAP_DONTUNMAP */'),
    ('mremap_flags', 'mremap', 3, (0, 0, 0, 8, 0x1000), '0x8 /* MREMAP_??? */', '0x8', '0x8 /* MREMAP_??? */'),
    ('msync_flags', 'msync', 2, (0, 0, 0), '0', '0', '0'),
    ('msync_flags', 'msync', 2, (0, 0, 1), 'MS_ASYNC', '0x1', '0x1 /* MS_ASYNC */'),
    ('msync_flags', 'msync', 2, (0, 0, 4), 'MS_SYNC', '0x4', '0x4 /* MS_SYNC */'),
    ('msync_flags', 'msync', 2, (0, 0, 6), 'MS_SYNC|MS_INVALIDATE', '0x6', '0x6 /* MS_SYNC|MS_INVALIDATE */'),
    ('msync_flags', 'msync', 2, (0, 0, 8), '0x8 /* MS_??? */', '0x8', '0x8 /* MS_??? */'),
    ('mlock2_flags', 'mlock2', 2, (0, 0, 0), '0', '0', '0'),
    ('mlock2_flags', 'mlock2', 2, (0, 0, 1), 'MLOCK_ONFAULT', '0x1', '0x1 /* MLOCK_ONFAULT */'),
    ('mlock2_flags', 'mlock2', 2, (0, 0, 2), '0x2 /* MLOCK_??? */', '0x2', '0x2 /* MLOCK_??? */'),
    ('mlockall_flags', 'mlockall', 0, (8,), '0x8 /* MCL_??? */', '0x8', '0x8 /* MCL_??? */'),
    ('mlockall_flags', 'mlockall', 0, (0x10,), '0x10 /* MCL_??? */', '0x10', '0x10 /* MCL_??? */'),
    ('mlockall_flags', 'mlockall', 0, (0xc,), 'MCL_ONFAULT|0x8', '0xc', '0xc /* MCL_ONFAULT|0x8 */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


def test_mremap_new_address_only_with_maymove_and_fixed():
    # Observed: mremap(NULL, 0, 0, MREMAP_MAYMOVE|MREMAP_FIXED, 0x7f0000000000)
    #           mremap(NULL, 0, 0, MREMAP_MAYMOVE)   (same fifth register)
    call = make_call("mremap", args=(0, 0, 0, 3, 0x7f0000000000))
    call.index = 4
    assert ARG_KINDS["mremap_new_address"](0x7f0000000000, call) == "0x7f0000000000"
    call = make_call("mremap", args=(0, 0, 0, 1, 0x7f0000000000))
    call.index = 4
    assert ARG_KINDS["mremap_new_address"](0x7f0000000000, call) is None


# ---- mincore ---------------------------------------------------------------------------------

def test_mincore_vec():
    mem = Mem()
    vec = mem.put(0xB00, b"\x01\x01\x01\x01")
    # mincore(0x10000000, 12289, [1, 1, 1, 1]) = 0
    assert decode("mincore_vec", "mincore", (BASE, 12289, vec), 2, mem, rv=0) == "[1, 1, 1, 1]"
    # mincore(0x10000000, 8192, 0x10008000) = -1 EFAULT
    assert decode("mincore_vec", "mincore", (BASE, 8192, UNMAPPED), 2, mem,
                  errno=EFAULT) == "0x10008000"
    # mincore(0x10000000, 0, []) = 0
    assert decode("mincore_vec", "mincore", (BASE, 0, vec), 2, mem, rv=0) == "[]"
    # mincore(0x10000000, 163840, 0x10000b00) = -1 ENOMEM
    assert decode("mincore_vec", "mincore", (BASE, 163840, vec), 2, mem,
                  errno=ENOMEM) == "0x10000b00"
