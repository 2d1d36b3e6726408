"""decoders/signals/sigevent.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from tests.decoders.conftest import MemoryImage
from tests.decoders.conftest import decode_arg as decode

UNMAPPED = 0x10008000
EFAULT, EINVAL, EBADF, E2BIG, ENOSYS = 14, 22, 9, 7, 38
Mem = MemoryImage


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
