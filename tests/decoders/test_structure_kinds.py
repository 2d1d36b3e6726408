"""structs2 structure and string kinds against strace 6.1: mq_attr, sigevent,
msgbuf, the pselect6/io_pgetevents sigmask pair, _sysctl's arguments,
landlock's ruleset attr, user_desc, key serials, host names, kexec's command
line.

As in test_structs2_arrays.py, the memory is what a C program put at
0x10000000 (0x10004000 and 0x10008000 unmapped) before raw syscalls traced by
strace 6.1; each expected string is quoted from strace's line in the comment.
"""
from __future__ import annotations

import struct

import pytest

import decoders
from decoders import ARG_KINDS
from tests.decoders.conftest import MemoryImage, PROBE_BASE, make_call

decoders.load_all()

BASE = PROBE_BASE
UNMAPPED = 0x10008000
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38


Mem = MemoryImage


def decode(kind, name, args, index, mem=None, rv=None, errno=0, inout=False, **opts):
    """Decode one argument; ``inout`` kinds are shown their value at entry first."""
    blocks = mem.blocks() if mem else {}
    if inout:
        call = make_call(name, args, memory=blocks, **opts)
        call.index = index
        ARG_KINDS[kind](call.args[index], call)
        call.exiting = True
        call.rv = -1 if errno else rv
        call.errno = errno
    else:
        call = make_call(name, args, memory=blocks, rv=rv, errno=errno, **opts)
        call.index = index
    return ARG_KINDS[kind](call.args[index], call)


# ---- mq_open / mq_getsetattr ------------------------------------------------------------

O_RDWR_CREAT, O_RDWR = 0x42, 0x2


def mq_memory():
    mem = Mem()
    mem.put(0x600, struct.pack("<4q", 0x800, 5, 64, 0))
    mem.put(0x640, struct.pack("<4q", 0x801, -1, 2, 3))
    mem.put(0x6C0, struct.pack("<4q", 0, 5, 64, 0))
    return mem


@pytest.mark.parametrize("flags, attr, opts, text", [
    # mq_open("s2q", O_RDWR|O_CREAT, 0600, {mq_flags=0x800, mq_maxmsg=5, mq_msgsize=64,
    #         mq_curmsgs=0}) = 3
    (O_RDWR_CREAT, BASE + 0x600, {}, "{mq_flags=0x800, mq_maxmsg=5, mq_msgsize=64, mq_curmsgs=0}"),
    # the same under -X raw and -X verbose: mq_flags stays in hex
    (O_RDWR_CREAT, BASE + 0x600, {"xlat_style": "verbose"},
     "{mq_flags=0x800, mq_maxmsg=5, mq_msgsize=64, mq_curmsgs=0}"),
    # mq_open("s2q", O_RDWR) = 4
    (O_RDWR, BASE + 0x600, {}, None),
    # mq_open("s2q", O_RDWR|O_CREAT|O_EXCL, 0600, NULL) = -1 EEXIST
    (0xC2, 0, {}, "NULL"),
    # mq_open("s2q", O_RDWR|O_CREAT, 0600, 0x10008000) = -1 EFAULT
    (O_RDWR_CREAT, UNMAPPED, {}, "0x10008000"),
])
def test_mq_attr_creat(flags, attr, opts, text):
    args = (BASE + 0x680, flags, 0o600, attr)
    assert decode("mq_attr_creat", "mq_open", args, 3, mq_memory(), **opts) == text


@pytest.mark.parametrize("opts, text", [
    # mq_getsetattr(3, {mq_flags=O_NONBLOCK|0x1, mq_maxmsg=-1, mq_msgsize=2, mq_curmsgs=3},
    #               0x100006c0) = -1 EINVAL
    ({}, "{mq_flags=O_NONBLOCK|0x1, mq_maxmsg=-1, mq_msgsize=2, mq_curmsgs=3}"),
    ({"xlat_style": "verbose"},
     "{mq_flags=0x801 /* O_NONBLOCK|0x1 */, mq_maxmsg=-1, mq_msgsize=2, mq_curmsgs=3}"),
    ({"xlat_style": "raw"}, "{mq_flags=0x801, mq_maxmsg=-1, mq_msgsize=2, mq_curmsgs=3}"),
])
def test_mq_attr_new(opts, text):
    args = (3, BASE + 0x640, BASE + 0x6C0)
    assert decode("mq_attr", "mq_getsetattr", args, 1, mq_memory(), **opts) == text


def test_mq_attr_old():
    mem = mq_memory()
    old = BASE + 0x6C0
    # mq_getsetattr(3, {...}, 0x100006c0) = -1 EINVAL
    assert decode("mq_attr", "mq_getsetattr", (3, BASE + 0x640, old), 2, mem,
                  errno=EINVAL) == "0x100006c0"
    # mq_getsetattr(3, NULL, {mq_flags=0, mq_maxmsg=5, mq_msgsize=64, mq_curmsgs=0}) = 0
    assert decode("mq_attr", "mq_getsetattr", (3, 0, old), 2, mem, rv=0) == \
        "{mq_flags=0, mq_maxmsg=5, mq_msgsize=64, mq_curmsgs=0}"
    assert decode("mq_attr", "mq_getsetattr", (3, 0, old), 1, mem) == "NULL"
    # mq_getsetattr(3, NULL, 0x10008000) = -1 EFAULT
    assert decode("mq_attr", "mq_getsetattr", (3, 0, UNMAPPED), 2, mem,
                  errno=EFAULT) == "0x10008000"


# ---- sigevent (mq_notify, timer_create) ---------------------------------------------------

def sigevent(value=0, signo=0, notify=0, first=0, second=0):
    mem = Mem()
    return mem, mem.put(0x700, struct.pack("<QiiQQ", value, signo, notify, first, second)
                        + bytes(32))


@pytest.mark.parametrize("fields, opts, text", [
    # mq_notify(3, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGUSR1,
    #               sigev_notify=SIGEV_SIGNAL}) = 0
    ((0x1234, 10, 0), {},
     "{sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGUSR1, "
     "sigev_notify=SIGEV_SIGNAL}"),
    ((0x1234, 10, 0), {"xlat_style": "verbose"},
     "{sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=10 /* SIGUSR1 */, "
     "sigev_notify=0 /* SIGEV_SIGNAL */}"),
    ((0x1234, 10, 0), {"xlat_style": "raw"},
     "{sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=10, sigev_notify=0}"),
    # mq_notify(-1, {sigev_signo=0, sigev_notify=SIGEV_THREAD, sigev_notify_function=0xabc,
    #                sigev_notify_attributes=NULL}) = -1 EFAULT
    ((0, 0, 2, 0xABC, 0), {},
     "{sigev_signo=0, sigev_notify=SIGEV_THREAD, sigev_notify_function=0xabc, "
     "sigev_notify_attributes=NULL}"),
    # mq_notify(-1, {sigev_signo=5, sigev_notify=SIGEV_NONE}) = -1 EBADF
    ((0, 5, 1), {}, "{sigev_signo=5, sigev_notify=SIGEV_NONE}"),
    ((0, 5, 1), {"xlat_style": "verbose"}, "{sigev_signo=5, sigev_notify=0x1 /* SIGEV_NONE */}"),
    # mq_notify(-1, {sigev_value={sival_int=-2, sival_ptr=0xfffffffe}, sigev_signo=40,
    #                sigev_notify=0x7 /* SIGEV_??? */}) = -1 EINVAL
    ((0xFFFFFFFE, 40, 7), {},
     "{sigev_value={sival_int=-2, sival_ptr=0xfffffffe}, sigev_signo=40, "
     "sigev_notify=0x7 /* SIGEV_??? */}"),
    ((0xFFFFFFFE, 40, 7), {"xlat_style": "raw"},
     "{sigev_value={sival_int=-2, sival_ptr=0xfffffffe}, sigev_signo=40, sigev_notify=0x7}"),
    # timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGRT_2, sigev_notify=SIGEV_THREAD_ID,
    #              sigev_notify_thread_id=10575}, [0]) = 0
    ((0, 34, 4, 10575), {},
     "{sigev_signo=SIGRT_2, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=10575}"),
    # strace -X raw: timer_create(0x1, {sigev_signo=34, sigev_notify=0x4,
    #                             sigev_notify_thread_id=13736}, [0]) = 0
    ((0, 34, 4, 13736), {"xlat_style": "raw"},
     "{sigev_signo=34, sigev_notify=0x4, sigev_notify_thread_id=13736}"),
])
def test_sigevent(fields, opts, text):
    mem, addr = sigevent(*fields)
    assert decode("sigevent", "mq_notify", (3, addr), 1, mem, **opts) == text


def test_sigevent_unreadable():
    # mq_notify(3, NULL) = 0; mq_notify(-1, 0x10008000) = -1 EFAULT
    assert decode("sigevent", "mq_notify", (3, 0), 1) == "NULL"
    assert decode("sigevent", "mq_notify", (-1, UNMAPPED), 1) == "0x10008000"


# ---- msgsnd / msgrcv ---------------------------------------------------------------------

def msg_memory():
    mem = Mem()
    mem.put(0xA00, struct.pack("<q", 1) + b"hello\0world\n")
    mem.put(0xA80, struct.pack("<q", 1) + b"hello\0world\n" + bytes(52))
    return mem


@pytest.mark.parametrize("addr, size, opts, text", [
    # msgsnd(0, {mtype=1, mtext="hello\0world\n"}, 12, 0) = 0
    (BASE + 0xA00, 12, {}, '{mtype=1, mtext="hello\\0world\\n"}'),
    # msgsnd(0, {mtype=1, mtext="hel"}, 3, IPC_NOWAIT) = 0
    (BASE + 0xA00, 3, {}, '{mtype=1, mtext="hel"}'),
    # strace -s 4: msgsnd(0, {mtype=1, mtext="hell"...}, 12, 0) = 0
    (BASE + 0xA00, 12, {"string_limit": 4}, '{mtype=1, mtext="hell"...}'),
    # msgsnd(0, 0x10008000, 3, IPC_NOWAIT) = -1 EFAULT
    (UNMAPPED, 3, {}, "0x10008000"),
    # msgsnd(0, 0x10003ff8, 3, IPC_NOWAIT) = -1 EINVAL (8 readable bytes are not enough)
    (BASE + 0x3FF8, 3, {}, "0x10003ff8"),
])
def test_msgbuf_in(addr, size, opts, text):
    assert decode("msgbuf_in", "msgsnd", (0, addr, size, 0), 1, msg_memory(), **opts) == text


def test_msgbuf_out():
    mem = msg_memory()
    buf = BASE + 0xA80
    # msgrcv(0, {mtype=1, mtext="hello\0world\n\0\0...\0"...}, 64, 0, 0) = 12
    assert decode("msgbuf_out", "msgrcv", (0, buf, 64, 0, 0), 1, mem, rv=12) == \
        '{mtype=1, mtext="hello\\0world\\n' + "\\0" * 20 + '"...}'
    # strace -s 4: msgrcv(0, {mtype=1, mtext="hell"...}, 64, 0, 0) = 12
    assert decode("msgbuf_out", "msgrcv", (0, buf, 64, 0, 0), 1, mem, rv=12,
                  string_limit=4) == '{mtype=1, mtext="hell"...}'
    # msgrcv(0, 0x10000a80, 2, 0, 0) = -1 E2BIG
    assert decode("msgbuf_out", "msgrcv", (0, buf, 2, 0, 0), 1, mem, errno=E2BIG) == "0x10000a80"


# ---- pselect6 / io_pgetevents sigmask pair -------------------------------------------------

def sigmask_memory(mask_addr=BASE + 0x800, size=8):
    mem = Mem()
    mem.put(0x800, struct.pack("<Q", (1 << 9) | (1 << 14)))
    mem.put(0x810, struct.pack("<QQ", mask_addr, size))
    return mem


PACK = BASE + 0x810


@pytest.mark.parametrize("mask_addr, size, addr, opts, text", [
    # pselect6(0, NULL, NULL, NULL, {tv_sec=0, tv_nsec=0}, {sigmask=[USR1 TERM],
    #          sigsetsize=8}) = 0 (Timeout)
    (BASE + 0x800, 8, PACK, {}, "{sigmask=[USR1 TERM], sigsetsize=8}"),
    (BASE + 0x800, 8, PACK, {"xlat_style": "verbose"},
     "{sigmask=[10 /* USR1 */ 15 /* TERM */], sigsetsize=8}"),
    (BASE + 0x800, 8, PACK, {"xlat_style": "raw"}, "{sigmask=[10 15], sigsetsize=8}"),
    # pselect6(..., {sigmask=0x10000800, sigsetsize=4}) = -1 EINVAL
    (BASE + 0x800, 4, PACK, {}, "{sigmask=0x10000800, sigsetsize=4}"),
    # pselect6(..., {sigmask=NULL, sigsetsize=8}) = 0 (Timeout)
    (0, 8, PACK, {}, "{sigmask=NULL, sigsetsize=8}"),
    # pselect6(..., NULL) = 0 (Timeout)
    (BASE + 0x800, 8, 0, {}, "NULL"),
    # pselect6(..., 0x10008000) = -1 EFAULT
    (BASE + 0x800, 8, UNMAPPED, {}, "0x10008000"),
])
def test_pselect6_sigmask(mask_addr, size, addr, opts, text):
    args = (0, 0, 0, 0, BASE + 0x830, addr)
    assert decode("pselect6_sigmask", "pselect6", args, 5, sigmask_memory(mask_addr, size),
                  **opts) == text


def test_io_pgetevents_sigmask_survives_failure():
    # io_pgetevents(NULL, 1, 1, 0x10000840, {tv_sec=0, tv_nsec=0}, {sigmask=[USR1 TERM],
    #               sigsetsize=8}) = -1 EINVAL
    args = (0, 1, 1, BASE + 0x840, BASE + 0x830, PACK)
    mem = sigmask_memory()
    assert decode("pselect6_sigmask", "io_pgetevents", args, 5, mem, errno=EINVAL) == \
        "{sigmask=[USR1 TERM], sigsetsize=8}"
    assert decode("io_events", "io_pgetevents", args, 3, mem, errno=EINVAL) == "0x10000840"


# ---- _sysctl -----------------------------------------------------------------------------

@pytest.mark.parametrize("nlen, newlen, text", [
    # _sysctl({name=0x10002780, nlen=2, oldval=NULL, oldlenp=0x10002790, newval=0x100027a0,
    #          newlen=4}) = -1 ENOSYS
    (2, 4, "{name=0x10002780, nlen=2, oldval=NULL, oldlenp=0x10002790, newval=0x100027a0, "
           "newlen=4}"),
    # _sysctl({..., nlen=-1, ..., newlen=18446744073709551615}) = -1 ENOSYS
    (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF,
     "{name=0x10002780, nlen=-1, oldval=NULL, oldlenp=0x10002790, newval=0x100027a0, "
     "newlen=18446744073709551615}"),
])
def test_sysctl_args(nlen, newlen, text):
    mem = Mem()
    addr = mem.put(0x2700, struct.pack("<10Q", BASE + 0x2780, nlen, 0, BASE + 0x2790,
                                       BASE + 0x27A0, newlen, 0, 0, 0, 0))
    assert decode("sysctl_args", "_sysctl", (addr,), 0, mem) == text


def test_sysctl_args_null():
    # _sysctl(NULL) = -1 ENOSYS
    assert decode("sysctl_args", "_sysctl", (0,), 0) == "NULL"


# ---- landlock_create_ruleset ------------------------------------------------------------------

ACCESS = "LANDLOCK_ACCESS_FS_EXECUTE|LANDLOCK_ACCESS_FS_READ_FILE|0x10000000000"


@pytest.mark.parametrize("addr, size, value, opts, text", [
    # landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE|
    #                          LANDLOCK_ACCESS_FS_READ_FILE|0x10000000000}, 8, 0) = -1 EINVAL
    (BASE + 0x2A00, 8, 0x10000000005, {}, "{handled_access_fs=%s}" % ACCESS),
    # landlock_create_ruleset({handled_access_fs=..., ...}, 16, 0) = -1 EINVAL
    (BASE + 0x2A00, 16, 0x10000000005, {}, "{handled_access_fs=%s, ...}" % ACCESS),
    (BASE + 0x2A00, 16, 0x10000000005, {"xlat_style": "verbose"},
     "{handled_access_fs=0x10000000005 /* %s */, ...}" % ACCESS),
    (BASE + 0x2A00, 16, 0x10000000005, {"xlat_style": "raw"},
     "{handled_access_fs=0x10000000005, ...}"),
    # landlock_create_ruleset(0x10002a00, 4, 0) = -1 EINVAL
    (BASE + 0x2A00, 4, 0x10000000005, {}, "0x10002a00"),
    # landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION) = 7
    (0, 0, 0, {}, "NULL"),
    # landlock_create_ruleset(0x10008000, 8, 0) = -1 EFAULT
    (UNMAPPED, 8, 0, {}, "0x10008000"),
    # landlock_create_ruleset({handled_access_fs=0}, 8, 0) = -1 ENOMSG
    (BASE + 0x2A00, 8, 0, {}, "{handled_access_fs=0}"),
])
def test_landlock_ruleset_attr(addr, size, value, opts, text):
    mem = Mem()
    mem.put(0x2A00, struct.pack("<QQ", value, 0))
    assert decode("landlock_ruleset_attr", "landlock_create_ruleset", (addr, size, 0), 0, mem,
                  **opts) == text


# ---- set_thread_area / get_thread_area ---------------------------------------------------------

def user_desc(entry, bits):
    return struct.pack("<IIII", entry, 0x1000, 0xFFFFF, bits)


@pytest.mark.parametrize("entry, bits, text", [
    # set_thread_area({entry_number=-1, base_addr=0x001000, limit=0x0fffff, seg_32bit=1,
    #   contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1,
    #   lm=0}) = -1 ENOSYS
    (0xFFFFFFFF, 0x51,
     "{entry_number=-1, base_addr=0x001000, limit=0x0fffff, seg_32bit=1, contents=0, "
     "read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1, lm=0}"),
    # set_thread_area({entry_number=100, ..., contents=3, read_exec_only=1, limit_in_pages=1,
    #   seg_not_present=1, useable=1, lm=0}) = -1 ENOSYS
    (100, 0x7F,
     "{entry_number=100, base_addr=0x001000, limit=0x0fffff, seg_32bit=1, contents=3, "
     "read_exec_only=1, limit_in_pages=1, seg_not_present=1, useable=1, lm=0}"),
])
def test_set_thread_area(entry, bits, text):
    mem = Mem()
    addr = mem.put(0x2600, user_desc(entry, bits))
    assert decode("user_desc", "set_thread_area", (addr,), 0, mem, errno=ENOSYS,
                  inout=True) == text


@pytest.mark.parametrize("entry, text", [
    # get_thread_area({entry_number=-1, ...}) = -1 ENOSYS
    (0xFFFFFFFF, "{entry_number=-1, ...}"),
    # get_thread_area({entry_number=100, ...}) = -1 ENOSYS
    (100, "{entry_number=100, ...}"),
])
def test_get_thread_area_failed(entry, text):
    mem = Mem()
    addr = mem.put(0x2640, user_desc(entry, 0)[:4])
    assert decode("user_desc", "get_thread_area", (addr,), 0, mem, errno=ENOSYS,
                  inout=True) == text


def test_thread_area_unreadable():
    # get_thread_area(0x10008000) = -1 ENOSYS; set_thread_area(0x10008000) = -1 ENOSYS
    for name in ("get_thread_area", "set_thread_area"):
        assert decode("user_desc", name, (UNMAPPED,), 0, errno=ENOSYS, inout=True) == \
            "0x10008000"


# ---- add_key / request_key keyrings ---------------------------------------------------------------

@pytest.mark.parametrize("value, opts, text", [
    # add_key("s2bogus", "desc", "payload", 7, KEY_SPEC_SESSION_KEYRING) = -1 ENODEV
    (0xFFFFFFFD, {}, "KEY_SPEC_SESSION_KEYRING"),
    (0xFFFFFFFFFFFFFFFD, {}, "KEY_SPEC_SESSION_KEYRING"),
    # strace -X verbose: ..., -3 /* KEY_SPEC_SESSION_KEYRING */)
    (0xFFFFFFFD, {"xlat_style": "verbose"}, "-3 /* KEY_SPEC_SESSION_KEYRING */"),
    # strace -X raw: ..., -3)
    (0xFFFFFFFD, {"xlat_style": "raw"}, "-3"),
    # add_key("s2bogus", "desc", NULL, 0, 12345) = -1 ENOKEY
    (12345, {}, "12345"),
    # add_key("s2bogus", "desc", NULL, 0, 0) = -1 EINVAL
    (0, {}, "0"),
    # add_key("s2bogus", "desc", NULL, 0, -100) = -1 EINVAL
    (0xFFFFFF9C, {}, "-100"),
])
def test_key_serial_add_key(value, opts, text):
    args = (BASE, BASE + 8, 0, 0, value)
    assert decode("key_serial", "add_key", args, 4, **opts) == text


@pytest.mark.parametrize("value, text", [
    # request_key("s2bogus", "desc", "info", KEY_SPEC_REQUESTOR_KEYRING) = -1 ENOKEY
    (0xFFFFFFF8, "KEY_SPEC_REQUESTOR_KEYRING"),
    # request_key("s2bogus", "desc", NULL, KEY_SPEC_THREAD_KEYRING) = -1 ENOKEY
    (0xFFFFFFFF, "KEY_SPEC_THREAD_KEYRING"),
])
def test_key_serial_request_key(value, text):
    assert decode("key_serial", "request_key", (BASE, BASE, 0, value), 3) == text


# ---- sethostname / setdomainname ------------------------------------------------------------------

NAME = b"s2host-0123456789-0123456789-0123456789\0"


@pytest.mark.parametrize("name, addr, length, opts, text", [
    # sethostname("s2host", 6) = 0
    ("sethostname", BASE + 0x1E00, 6, {}, '"s2host"'),
    # sethostname("s2host-0123456789-0123456789-012"..., 39) = 0
    ("sethostname", BASE + 0x1E00, 39, {}, '"s2host-0123456789-0123456789-012"...'),
    # strace -s 4: sethostname("s2ho"..., 6) = 0
    ("sethostname", BASE + 0x1E00, 6, {"string_limit": 4}, '"s2ho"...'),
    # sethostname(0x10001e00, 65) = -1 EINVAL
    ("sethostname", BASE + 0x1E00, 65, {}, "0x10001e00"),
    # sethostname(0x10008000, 5) = -1 EFAULT
    ("sethostname", UNMAPPED, 5, {}, "0x10008000"),
    # setdomainname("s2", 2) = 0
    ("setdomainname", BASE + 0x1E00, 2, {}, '"s2"'),
    # setdomainname("", 0) = 0
    ("setdomainname", BASE + 0x1E00, 0, {}, '""'),
])
def test_hostname(name, addr, length, opts, text):
    mem = Mem()
    mem.put(0x1E00, NAME)
    assert decode("hostname", name, (addr, length), 0, mem, **opts) == text


# ---- kexec_file_load command line --------------------------------------------------------------------

@pytest.mark.parametrize("addr, length, opts, text", [
    # kexec_file_load(-1, -1, 21, "root=/dev/sda1 quiet\0", 0) = -1 ENOSYS
    (BASE + 0x1D00, 21, {}, '"root=/dev/sda1 quiet\\0"'),
    # kexec_file_load(-1, -1, 5, "root=", 0) = -1 ENOSYS
    (BASE + 0x1D00, 5, {}, '"root="'),
    # strace -s 4: kexec_file_load(-1, -1, 21, "root"..., 0)
    (BASE + 0x1D00, 21, {"string_limit": 4}, '"root"...'),
    # kexec_file_load(-1, -1, 0, NULL, 0) = -1 ENOSYS
    (0, 0, {}, "NULL"),
])
def test_cmdline(addr, length, opts, text):
    mem = Mem()
    mem.put(0x1D00, b"root=/dev/sda1 quiet\0")
    args = (0xFFFFFFFF, 0xFFFFFFFF, length, addr, 0)
    assert decode("cmdline", "kexec_file_load", args, 3, mem, **opts) == text
