"""structs2 array kinds against strace 6.1: group lists, CPU and node masks,
move_pages' arrays, mincore's vector, kexec segments, futex_waitv's waiters
and semop's operations.

The memory below is what a small C program put at 0x10000000 (four mapped
pages; 0x10004000 and 0x10008000 unmapped) before making raw syscalls under
``strace``, ``strace -v``, ``-s 4``, ``-X verbose`` and ``-X raw``; each
expected string is the argument strace printed for that call, quoted from its
output line in the comment above the case.
"""
from __future__ import annotations

import struct

import pytest

import decoders
from decoders import ARG_KINDS
from decoders.process import sched
from tests.decoders.conftest import MemoryImage, PROBE_BASE, make_call

decoders.load_all()

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, ENOMEM = 14, 22, 12


Mem = MemoryImage


def decode(kind, name, args, index, mem=None, rv=None, errno=0, **opts):
    call = make_call(name, args, memory=mem.blocks() if mem else {}, rv=rv, errno=errno,
                     **opts)
    call.index = index
    return ARG_KINDS[kind](call.args[index], call)


# ---- setgroups / getgroups ---------------------------------------------------------

def groups_memory():
    mem = Mem()
    gids = list(range(40))
    gids[2] = 0xFFFFFFFF
    mem.put(0, struct.pack("<40I", *gids))
    mem.put(0x3FFC, struct.pack("<I", 7))
    return mem


@pytest.mark.parametrize("size, addr, opts, text", [
    # setgroups(3, [0, 1, -1]) = -1 EINVAL
    (3, BASE, {}, "[0, 1, -1]"),
    # setgroups(40, [0, 1, -1, 3, 4, ..., 31, ...]) = -1 EINVAL
    (40, BASE, {}, "[0, 1, -1, " + ", ".join(map(str, range(3, 32))) + ", ...]"),
    # strace -v: setgroups(40, [0, 1, -1, 3, ..., 39])
    (40, BASE, {"verbose": True}, "[0, 1, -1, " + ", ".join(map(str, range(3, 40))) + "]"),
    # strace -s 4: setgroups(40, [0, 1, -1, 3, ...])
    (40, BASE, {"string_limit": 4}, "[0, 1, -1, 3, ...]"),
    # setgroups(-1, 0x10000000) = -1 EINVAL
    (0xFFFFFFFF, BASE, {}, "0x10000000"),
    # setgroups(2, 0x10008000) = -1 EFAULT
    (2, UNMAPPED, {}, "0x10008000"),
    # setgroups(0, NULL) = 0
    (0, 0, {}, "NULL"),
    # setgroups(2, [7, ... /* 0x10004000 */]) = -1 EFAULT
    (2, BASE + 0x3FFC, {}, "[7, ... /* 0x10004000 */]"),
])
def test_gid_array(size, addr, opts, text):
    assert decode("gid_array", "setgroups", (size, addr), 1, groups_memory(), **opts) == text


def test_gid_array_rv():
    mem = Mem()
    list_addr = mem.put(0x200, struct.pack("<3I", 0, 1, 65534))
    # getgroups(40, [0, 1, 65534]) = 3
    assert decode("gid_array_rv", "getgroups", (40, list_addr), 1, mem, rv=3) == "[0, 1, 65534]"
    # getgroups(0, NULL) = 3
    assert decode("gid_array_rv", "getgroups", (0, 0), 1, mem, rv=3) == "NULL"
    # getgroups(1, 0x10000200) = -1 EINVAL
    assert decode("gid_array_rv", "getgroups", (1, list_addr), 1, mem, errno=EINVAL) == "0x10000200"
    # getgroups(3, 0x10008000) = -1 EFAULT
    assert decode("gid_array_rv", "getgroups", (3, UNMAPPED), 1, mem, errno=EFAULT) == "0x10008000"
    # getgroups(40, []) = 0
    assert decode("gid_array_rv", "getgroups", (40, list_addr), 1, mem, rv=0) == "[]"


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


# ---- NUMA node masks -----------------------------------------------------------------

def numa_memory():
    mem = Mem()
    mem.put(0x400, struct.pack("<5Q", 1, 0, 0x8000000000000000, 0x10, 0xFF))
    mem.put(0x3FF8, struct.pack("<Q", 0))
    mem.put(0x500, struct.pack("<iQ", 2, 1)[:4])
    mem.put(0x508, struct.pack("<Q", 1))
    return mem


MASK = BASE + 0x400
W1, W0, WTOP, W10, WFF = ("0x00000000000001", "0000000000000000", "0x8000000000000000",
                          "0x00000000000010", "0x000000000000ff")


@pytest.mark.parametrize("addr, maxnode, opts, text", [
    # set_mempolicy(MPOL_BIND, [0x00000000000001, 0000000000000000, 0x8000000000000000], 130)
    (MASK, 130, {}, "[%s, %s, %s]" % (W1, W0, WTOP)),
    # set_mempolicy(MPOL_BIND, 0x10000400, 1) = -1 EINVAL
    (MASK, 1, {}, "0x10000400"),
    # set_mempolicy(MPOL_BIND, [..., 0x00000000000010, 0x000000000000ff], 320) = 0
    (MASK, 320, {}, "[%s, %s, %s, %s, %s]" % (W1, W0, WTOP, W10, WFF)),
    # strace -s 4: set_mempolicy(MPOL_BIND, [..., 0x00000000000010, ...], 320)
    (MASK, 320, {"string_limit": 4}, "[%s, %s, %s, %s, ...]" % (W1, W0, WTOP, W10)),
    # set_mempolicy(MPOL_BIND, [0x00000000000001], 65) = 0
    (MASK, 65, {}, "[%s]" % W1),
    # set_mempolicy(MPOL_BIND, [0000000000000000, ... /* 0x10004000 */], 130) = -1 EFAULT
    (BASE + 0x3FF8, 130, {}, "[%s, ... /* 0x10004000 */]" % W0),
    # set_mempolicy(MPOL_DEFAULT, [], 0) = -1 EINVAL
    (MASK, 0, {}, "[]"),
    # set_mempolicy(MPOL_DEFAULT, NULL, 0) = 0
    (0, 0, {}, "NULL"),
    # set_mempolicy(MPOL_BIND, 0x10008000, 64) = -1 EFAULT
    (UNMAPPED, 64, {}, "0x10008000"),
])
def test_nodemask_set_mempolicy(addr, maxnode, opts, text):
    assert decode("nodemask", "set_mempolicy", (2, addr, maxnode), 1, numa_memory(),
                  **opts) == text


def test_nodemask_mbind_and_migrate_pages():
    mem = numa_memory()
    # mbind(0x10000000, 4096, MPOL_BIND, [0x00000000000001], 65, 0) = 0
    assert decode("nodemask", "mbind", (BASE, 4096, 2, MASK, 65, 0), 3, mem) == "[%s]" % W1
    # migrate_pages(0, 64, [0x00000000000001], [0x00000000000010]) = -1 EINVAL
    args = (0, 64, MASK, MASK + 24)
    assert decode("nodemask", "migrate_pages", args, 2, mem) == "[%s]" % W1
    assert decode("nodemask", "migrate_pages", args, 3, mem) == "[%s]" % W10


@pytest.mark.parametrize("opts, mode", [
    # get_mempolicy([MPOL_BIND], [0x00000000000001], 64, NULL, 0) = 0
    ({}, "[MPOL_BIND]"),
    # strace -X verbose: get_mempolicy([0x2 /* MPOL_BIND */], ...)
    ({"xlat_style": "verbose"}, "[0x2 /* MPOL_BIND */]"),
    # strace -X raw: get_mempolicy([0x2], ...)
    ({"xlat_style": "raw"}, "[0x2]"),
])
def test_get_mempolicy(opts, mode):
    mem = numa_memory()
    args = (BASE + 0x500, BASE + 0x508, 64, 0, 0)
    assert decode("mpol_mode_ptr", "get_mempolicy", args, 0, mem, rv=0, **opts) == mode
    assert decode("nodemask", "get_mempolicy", args, 1, mem, rv=0, **opts) == "[%s]" % W1


def test_get_mempolicy_failed():
    # get_mempolicy(0x10008000, 0x10000508, 64, NULL, 0) = -1 EFAULT
    args = (UNMAPPED, BASE + 0x508, 64, 0, 0)
    mem = numa_memory()
    assert decode("mpol_mode_ptr", "get_mempolicy", args, 0, mem, errno=EFAULT) == "0x10008000"
    assert decode("nodemask", "get_mempolicy", args, 1, mem, errno=EFAULT) == "0x10000508"


# ---- move_pages ------------------------------------------------------------------------

def move_pages_memory():
    mem = Mem()
    mem.put(0xD00, struct.pack("<3Q", BASE, BASE + 0x1000, UNMAPPED))
    mem.put(0xD40, struct.pack("<3i", 0, 0, 0))
    mem.put(0xD60, struct.pack("<3i", 0, 0, -EFAULT))
    return mem


PAGES, NODES, STATUS = BASE + 0xD00, BASE + 0xD40, BASE + 0xD60


@pytest.mark.parametrize("opts, status", [
    # move_pages(0, 3, [0x10000000, 0x10001000, 0x10008000], NULL, [0, 0, -EFAULT], 0) = 0
    ({}, "[0, 0, -EFAULT]"),
    # strace -X verbose: ... [0, 0, -14 /* -EFAULT */] ...
    ({"xlat_style": "verbose"}, "[0, 0, -14 /* -EFAULT */]"),
    # strace -X raw: ... [0, 0, -14] ...
    ({"xlat_style": "raw"}, "[0, 0, -14]"),
])
def test_move_pages_three(opts, status):
    mem = move_pages_memory()
    args = (0, 3, PAGES, 0, STATUS, 0)
    assert decode("ptr_array", "move_pages", args, 2, mem, **opts) == \
        "[0x10000000, 0x10001000, 0x10008000]"
    assert decode("int_array", "move_pages", args, 3, mem, **opts) == "NULL"
    assert decode("move_pages_status", "move_pages", args, 4, mem, rv=0, **opts) == status


def test_move_pages_two_and_none():
    mem = move_pages_memory()
    # move_pages(0, 2, [0x10000000, 0x10001000], [0, 0], [0, 0], MPOL_MF_MOVE) = 0
    args = (0, 2, PAGES, NODES, STATUS, 2)
    assert decode("ptr_array", "move_pages", args, 2, mem) == "[0x10000000, 0x10001000]"
    assert decode("int_array", "move_pages", args, 3, mem) == "[0, 0]"
    assert decode("move_pages_status", "move_pages", args, 4, mem, rv=0) == "[0, 0]"
    # move_pages(0, 2, [...], [0, 0], 0x10008000, 0) = -1 EFAULT
    args = (0, 2, PAGES, NODES, UNMAPPED, 0)
    assert decode("move_pages_status", "move_pages", args, 4, mem, errno=EFAULT) == "0x10008000"
    # move_pages(0, 0, [], NULL, [], 0) = 0
    args = (0, 0, PAGES, 0, STATUS, 0)
    assert decode("ptr_array", "move_pages", args, 2, mem) == "[]"
    assert decode("move_pages_status", "move_pages", args, 4, mem, rv=0) == "[]"


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


# ---- kexec_load ------------------------------------------------------------------------------

SEG1 = "{buf=0x10000000, bufsz=16, mem=0x100000, memsz=4096}"
SEG2 = "{buf=NULL, bufsz=0, mem=0x200000, memsz=8192}"


@pytest.mark.parametrize("count, addr, text", [
    # kexec_load(0x1000, 2, [{buf=0x10000000, ...}, {buf=NULL, ...}], KEXEC_ARCH_386)
    (2, BASE + 0x1C00, "[%s, %s]" % (SEG1, SEG2)),
    # kexec_load(0x1000, 17, 0x10001c00, KEXEC_ARCH_386)
    (17, BASE + 0x1C00, "0x10001c00"),
    # kexec_load(0x1000, 0, NULL, KEXEC_ARCH_386)
    (0, 0, "NULL"),
    # kexec_load(0x1000, 3, [..., ..., {buf=NULL, bufsz=0, mem=NULL, memsz=0}], KEXEC_ARCH_386)
    (3, BASE + 0x1C00, "[%s, %s, {buf=NULL, bufsz=0, mem=NULL, memsz=0}]" % (SEG1, SEG2)),
])
def test_kexec_segments(count, addr, text):
    mem = Mem()
    mem.put(0x1C00, struct.pack("<8Q", BASE, 16, 0x100000, 4096, 0, 0, 0x200000, 8192))
    args = (0x1000, count, addr, 0x30000)
    assert decode("kexec_segments", "kexec_load", args, 2, mem) == text


# ---- futex_waitv -----------------------------------------------------------------------------

def waiters_memory():
    mem = Mem()
    mem.put(0x2800, struct.pack("<QQII", 1, BASE + 0x2900, 2, 0)
            + struct.pack("<QQII", 0xFEED, 0, 0x182, 5))
    return mem


W_ONE = "{val=0x1, uaddr=0x10002900, flags=FUTEX_32}"
W_TWO = "{val=0xfeed, uaddr=NULL, flags=FUTEX_32|FUTEX_PRIVATE_FLAG|0x100, __reserved=0x5}"


@pytest.mark.parametrize("addr, count, opts, text", [
    # futex_waitv([{val=0x1, uaddr=0x10002900, flags=FUTEX_32}], 1, 0, NULL, CLOCK_MONOTONIC)
    (BASE + 0x2800, 1, {}, "[%s]" % W_ONE),
    # futex_waitv([..., {val=0xfeed, uaddr=NULL, flags=FUTEX_32|FUTEX_PRIVATE_FLAG|0x100,
    #              __reserved=0x5}], 2, 0, NULL, CLOCK_MONOTONIC) = -1 EINVAL
    (BASE + 0x2800, 2, {}, "[%s, %s]" % (W_ONE, W_TWO)),
    # strace -X verbose
    (BASE + 0x2800, 2, {"xlat_style": "verbose"},
     "[{val=0x1, uaddr=0x10002900, flags=0x2 /* FUTEX_32 */}, {val=0xfeed, uaddr=NULL, "
     "flags=0x182 /* FUTEX_32|FUTEX_PRIVATE_FLAG|0x100 */, __reserved=0x5}]"),
    # strace -X raw
    (BASE + 0x2800, 2, {"xlat_style": "raw"},
     "[{val=0x1, uaddr=0x10002900, flags=0x2}, {val=0xfeed, uaddr=NULL, flags=0x182, "
     "__reserved=0x5}]"),
    # futex_waitv(NULL, 0, 0, NULL, CLOCK_MONOTONIC) = -1 EINVAL
    (0, 0, {}, "NULL"),
    # futex_waitv(0x10008000, 1, 0, NULL, CLOCK_REALTIME) = -1 EFAULT
    (UNMAPPED, 1, {}, "0x10008000"),
])
def test_futex_waiters(addr, count, opts, text):
    args = (addr, count, 0, 0, 1)
    assert decode("futex_waiters", "futex_waitv", args, 0, waiters_memory(), **opts) == text


# ---- semop / semtimedop ----------------------------------------------------------------------

def sembuf_memory():
    mem = Mem()
    mem.put(0x900, struct.pack("<Hhh", 0, 1, 0x1000) + struct.pack("<Hhh", 1, 0, 0x800)
            + struct.pack("<Hhh", 1, -3, 0x4800))
    return mem


SOPS = BASE + 0x900


@pytest.mark.parametrize("addr, count, opts, text", [
    # semop(0, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, {sem_num=1, sem_op=0,
    #            sem_flg=IPC_NOWAIT}], 2) = 0
    (SOPS, 2, {}, "[{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, "
                  "{sem_num=1, sem_op=0, sem_flg=IPC_NOWAIT}]"),
    # semop(0, [{sem_num=1, sem_op=-3, sem_flg=IPC_NOWAIT|0x4000}], 1) = -1 EAGAIN
    (SOPS + 12, 1, {}, "[{sem_num=1, sem_op=-3, sem_flg=IPC_NOWAIT|0x4000}]"),
    # strace -X verbose
    (SOPS, 2, {"xlat_style": "verbose"},
     "[{sem_num=0, sem_op=1, sem_flg=0x1000 /* SEM_UNDO */}, "
     "{sem_num=1, sem_op=0, sem_flg=0x800 /* IPC_NOWAIT */}]"),
    (SOPS + 12, 1, {"xlat_style": "verbose"},
     "[{sem_num=1, sem_op=-3, sem_flg=0x4800 /* IPC_NOWAIT|0x4000 */}]"),
    # strace -X raw
    (SOPS + 12, 1, {"xlat_style": "raw"}, "[{sem_num=1, sem_op=-3, sem_flg=0x4800}]"),
    # semop(0, NULL, 1) = -1 EFAULT
    (0, 1, {}, "NULL"),
    # semop(0, 0x10008000, 1) = -1 EFAULT
    (UNMAPPED, 1, {}, "0x10008000"),
    # semop(0, [], 0) = -1 EINVAL
    (SOPS, 0, {}, "[]"),
])
def test_sembuf_array(addr, count, opts, text):
    assert decode("sembuf_array", "semop", (0, addr, count), 1, sembuf_memory(), **opts) == text


def test_sembuf_array_semtimedop():
    # semtimedop(0, [{sem_num=1, sem_op=0, sem_flg=IPC_NOWAIT}], 1, {tv_sec=0, tv_nsec=1000})
    args = (0, SOPS + 6, 1, BASE + 0x9C0)
    assert decode("sembuf_array", "semtimedop", args, 1, sembuf_memory()) == \
        "[{sem_num=1, sem_op=0, sem_flg=IPC_NOWAIT}]"
