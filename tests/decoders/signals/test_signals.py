"""Signal kinds and siginfo against strace 6.1's rendering of the same bytes.

KIND_ROWS come from one strace run (``-X abbrev|raw|verbose``) on a static C
program making each call through syscall(2) with the raw arguments shown
(``mem(addr, hex)`` is tracee memory at the program's address).

SIGINFO_ROWS come from a C program that queued crafted siginfos to itself with
rt_tgsigqueueinfo (every si_code family), took SIGUSR2 from kill(), SIGUSR1
from tgkill() and reaped a child with waitid(); its SA_SIGINFO handler dumped
each siginfo_t it received.  Each row pairs those 128 bytes (trailing zeros
left out) with the braces strace printed in ``--- SIGxxx {...} ---`` (or in
waitid's argument, for the last row of each style).
"""
from __future__ import annotations

import struct

import pytest

import decoders
from decoders import ARG_KINDS, RET_KINDS
from decoders.signals.names import signal_name, signal_text
from decoders.signals.siginfo import siginfo_text
from decoders.signals.sigset import sigset_text
from tests.decoders.conftest import make_call

decoders.load_all()


def mem(addr: int, hexdata: str):
    return ("mem", addr, bytes.fromhex(hexdata))


def render(kind, name, index, args, style="abbrev", **exit_state):
    memory = {a[1]: a[2] for a in args if isinstance(a, tuple)}
    raw = [a[1] if isinstance(a, tuple) else a for a in args]
    call = make_call(name, args=raw, memory=memory, xlat_style=style, **exit_state)
    call.index = index
    return ARG_KINDS[kind](raw[index], call)


KIND_ROWS = [
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0), '0', '0', '0'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 9), 'SIGKILL', '9', '9 /* SIGKILL */'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0x11), 'SIGCHLD', '17', '17 /* SIGCHLD */'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0x1f), 'SIGSYS', '31', '31 /* SIGSYS */'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0x20), 'SIGRTMIN', '32', '32 /* SIGRTMIN */'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0x21), 'SIGRT_1', '33', '33 /* SIGRT_1 */'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0x22), 'SIGRT_2', '34', '34 /* SIGRT_2 */'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0x40), 'SIGRT_32', '64', '64 /* SIGRT_32 */'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0x41), '65', '65', '65'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0xffffffffffffffff), '-1', '-1', '-1'),
    ('signo', 'kill', 1, (0xfffffffffff0bdc1, 0xc8), '200', '200', '200'),
    ('sigset', 'rt_sigprocmask', 1, (7, mem(0x4a9e30, "0000000000000000"), 0, 8), '[]', '[]', '[]'),
    ('sigset', 'rt_sigprocmask', 1, (7, mem(0x4a75e0, "0240000000000000"), 0, 8), '[INT TERM]', '[2 15]', '[2 /* INT */ 15 /* TERM */]'),
    ('sigset', 'rt_sigprocmask', 1, (7, mem(0x4a75f0, "fffefb7ffeffffff"), 0, 8), '~[KILL STOP RTMIN RT_1]', '~[9 19 32 33]', '~[9 /* KILL */ 19 /* STOP */ 32 /* RTMIN */ 33 /* RT_1 */]'),
    ('sigset', 'rt_sigprocmask', 1, (7, mem(0x4a7600, "0100008081000080"), 0, 8), '[HUP RTMIN RT_1 RT_8 RT_32]', '[1 32 33 40 64]', '[1 /* HUP */ 32 /* RTMIN */ 33 /* RT_1 */ 40 /* RT_8 */ 64 /* RT_32 */]'),
    ('sigset', 'rt_sigprocmask', 1, (7, mem(0x4a7610, "ffffffffffffffff"), 0, 8), '~[]', '~[]', '~[]'),
    ('sigset', 'rt_sigprocmask', 1, (7, mem(0x4a7620, "02400000"), 0, 4), '0x4a7620', '0x4a7620', '0x4a7620'),
    ('sigset', 'rt_sigprocmask', 1, (7, mem(0x4a7630, "fffeffffffffffff"), 0, 8), '~[KILL]', '~[9]', '~[9 /* KILL */]'),
    ('sigset', 'rt_sigprocmask', 1, (7, mem(0x4a7640, "ffffffff00000000"), 0, 8), '[HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN]', '[1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32]', '[1 /* HUP */ 2 /* INT */ 3 /* QUIT */ 4 /* ILL */ 5 /* TRAP */ 6 /* ABRT */ 7 /* BUS */ 8 /* FPE */ 9 /* KILL */ 10 /* USR1 */ 11 /* SEGV */ 12 /* USR2 */ 13 /* PIPE */ 14 /* ALRM */ 15 /* TERM */ 16 /* STKFLT */ 17 /* CHLD */ 18 /* CONT */ 19 /* STOP */ 20 /* TSTP */ 21 /* TTIN */ 22 /* TTOU */ 23 /* URG */ 24 /* XCPU */ 25 /* XFSZ */ 26 /* VTALRM */ 27 /* PROF */ 28 /* WINCH */ 29 /* IO */ 30 /* PWR */ 31 /* SYS */ 32 /* RTMIN */]'),
    ('sigset', 'rt_sigprocmask', 1, (7, mem(0x4a7650, "002a091000000000"), 0, 8), '[USR1 USR2 ALRM CHLD TSTP IO]', '[10 12 14 17 20 29]', '[10 /* USR1 */ 12 /* USR2 */ 14 /* ALRM */ 17 /* CHLD */ 20 /* TSTP */ 29 /* IO */]'),
    ('sigprocmask_how', 'rt_sigprocmask', 0, (0, 0, 0, 8), 'SIG_BLOCK', '0', '0 /* SIG_BLOCK */'),
    ('sigprocmask_how', 'rt_sigprocmask', 0, (1, 0, 0, 8), 'SIG_UNBLOCK', '0x1', '0x1 /* SIG_UNBLOCK */'),
    ('sigprocmask_how', 'rt_sigprocmask', 0, (2, 0, 0, 8), 'SIG_SETMASK', '0x2', '0x2 /* SIG_SETMASK */'),
    ('sigprocmask_how', 'rt_sigprocmask', 0, (3, 0, 0, 8), '0x3 /* SIG_??? */', '0x3', '0x3 /* SIG_??? */'),
    ('sigaction', 'rt_sigaction', 1, (7, mem(0x4a7660, "0100000000000000000000140000000050d0daa6ab7f000002000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 0, 8), '{sa_handler=SIG_IGN, sa_mask=[INT], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7faba6dad050}', '{sa_handler=0x1, sa_mask=[2], sa_flags=0x14000000, sa_restorer=0x7faba6dad050}', '{sa_handler=0x1 /* SIG_IGN */, sa_mask=[2 /* INT */], sa_flags=0x14000000 /* SA_RESTORER|SA_RESTART */, sa_restorer=0x7faba6dad050}'),
    ('sigaction', 'rt_sigaction', 1, (7, mem(0x4a9e40, "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 0, 8), '{sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}', '{sa_handler=0, sa_mask=[], sa_flags=0}', '{sa_handler=0 /* SIG_DFL */, sa_mask=[], sa_flags=0}'),
    ('sigaction', 'rt_sigaction', 1, (7, mem(0x4a76c0, "3611400000000000040000840000000000100000007f000002400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 0, 8), '{sa_handler=0x401136, sa_mask=[INT TERM], sa_flags=SA_RESTORER|SA_RESETHAND|SA_SIGINFO, sa_restorer=0x7f0000001000}', '{sa_handler=0x401136, sa_mask=[2 15], sa_flags=0x84000004, sa_restorer=0x7f0000001000}', '{sa_handler=0x401136, sa_mask=[2 /* INT */ 15 /* TERM */], sa_flags=0x84000004 /* SA_RESTORER|SA_RESETHAND|SA_SIGINFO */, sa_restorer=0x7f0000001000}'),
    ('sigaction', 'rt_sigaction', 1, (7, mem(0x4a7720, "36114000000000000004004c00000000007f000000000000fffeffffffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 0, 8), '{sa_handler=0x401136, sa_mask=~[KILL], sa_flags=SA_RESTORER|SA_ONSTACK|SA_NODEFER|0x400, sa_restorer=0x7f00}', '{sa_handler=0x401136, sa_mask=~[9], sa_flags=0x4c000400, sa_restorer=0x7f00}', '{sa_handler=0x401136, sa_mask=~[9 /* KILL */], sa_flags=0x4c000400 /* SA_RESTORER|SA_ONSTACK|SA_NODEFER|0x400 */, sa_restorer=0x7f00}'),
    ('sigaction', 'rt_sigaction', 1, (7, mem(0x4a7780, "ffffffffffffffff0300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 0, 8), '{sa_handler=SIG_ERR, sa_mask=[], sa_flags=SA_NOCLDSTOP|SA_NOCLDWAIT}', '{sa_handler=0xffffffffffffffff, sa_mask=[], sa_flags=0x3}', '{sa_handler=0xffffffffffffffff /* SIG_ERR */, sa_mask=[], sa_flags=0x3 /* SA_NOCLDSTOP|SA_NOCLDWAIT */}'),
    ('sigaction', 'rt_sigaction', 1, (7, mem(0x4a77e0, "ffffffff000000000000002000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 0, 8), '{sa_handler=0xffffffff, sa_mask=[], sa_flags=SA_INTERRUPT}', '{sa_handler=0xffffffff, sa_mask=[], sa_flags=0x20000000}', '{sa_handler=0xffffffff, sa_mask=[], sa_flags=0x20000000 /* SA_INTERRUPT */}'),
    ('sigaltstack', 'sigaltstack', 0, (mem(0x4a7840, "000000000000000002000000000000000000000000000000"), 0), '{ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}', '{ss_sp=NULL, ss_flags=0x2, ss_size=0}', '{ss_sp=NULL, ss_flags=0x2 /* SS_DISABLE */, ss_size=0}'),
    ('sigaltstack', 'sigaltstack', 0, (mem(0x4a7860, "00005634127f000000000000000000000020000000000000"), 0), '{ss_sp=0x7f1234560000, ss_flags=0, ss_size=8192}', '{ss_sp=0x7f1234560000, ss_flags=0, ss_size=8192}', '{ss_sp=0x7f1234560000, ss_flags=0, ss_size=8192}'),
    ('sigaltstack', 'sigaltstack', 0, (mem(0x4a7880, "001000000000000001000000000000000040000000000000"), 0), '{ss_sp=0x1000, ss_flags=SS_ONSTACK, ss_size=16384}', '{ss_sp=0x1000, ss_flags=0x1, ss_size=16384}', '{ss_sp=0x1000, ss_flags=0x1 /* SS_ONSTACK */, ss_size=16384}'),
    ('sigaltstack', 'sigaltstack', 0, (mem(0x4a78a0, "001000000000000000000080000000000010000000000000"), 0), '{ss_sp=0x1000, ss_flags=SS_AUTODISARM, ss_size=4096}', '{ss_sp=0x1000, ss_flags=0x80000000, ss_size=4096}', '{ss_sp=0x1000, ss_flags=0x80000000 /* SS_AUTODISARM */, ss_size=4096}'),
    ('sigaltstack', 'sigaltstack', 0, (mem(0x4a78c0, "001000000000000010000000000000000010000000000000"), 0), '{ss_sp=0x1000, ss_flags=0x10 /* SS_??? */, ss_size=4096}', '{ss_sp=0x1000, ss_flags=0x10, ss_size=4096}', '{ss_sp=0x1000, ss_flags=0x10 /* SS_??? */, ss_size=4096}'),
]


@pytest.mark.parametrize("row", KIND_ROWS, ids=lambda row: "%s-%s" % (row[0], row[1]))
def test_kind_matches_strace_in_every_xlat_style(row):
    kind, name, index, args, abbrev, raw, verbose = row
    assert render(kind, name, index, args, "abbrev") == abbrev
    assert render(kind, name, index, args, "raw") == raw
    assert render(kind, name, index, args, "verbose") == verbose


SIGINFO_ROWS = [
    ('abbrev', '0a00000000000000ffffffff00000000d2040000e803', 'SIGUSR1',
     '{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1234, si_uid=1000}'),
    ('abbrev', '0a00000000000000ffffffff00000000d2040000e80300002a', 'SIGUSR1',
     '{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=1234, si_uid=1000, si_int=42, si_ptr=0x2a}'),
    ('abbrev', '0a0000000000000000000000000000004d000000ffffffff', 'SIGUSR1',
     '{si_signo=SIGUSR1, si_code=SI_USER, si_pid=77, si_uid=-1}'),
    ('abbrev', '0c00000000000000faffffff000000004d0000000500000099', 'SIGUSR2',
     '{si_signo=SIGUSR2, si_code=SI_TKILL, si_pid=77, si_uid=5}'),
    ('abbrev', '0a00000002000000ffffffff00000000d2040000e803', 'SIGUSR1',
     '{si_signo=SIGUSR1, si_code=SI_QUEUE, si_errno=ENOENT, si_pid=1234, si_uid=1000}'),
    ('abbrev', '0a0000000000000005', 'SIGUSR1',
     '{si_signo=SIGUSR1, si_code=0x5}'),
    ('abbrev', '0a0000000000000005000000000000000300000004000000007f', 'SIGUSR1',
     '{si_signo=SIGUSR1, si_code=0x5, si_pid=3, si_uid=4, si_int=32512, si_ptr=0x7f00}'),
    ('abbrev', '0a000000000000009cffffff000000000300000004', 'SIGUSR1',
     '{si_signo=SIGUSR1, si_code=0xffffff9c, si_pid=3, si_uid=4}'),
    ('abbrev', '0a0000000000000080000000000000000300000004', 'SIGUSR1',
     '{si_signo=SIGUSR1, si_code=SI_KERNEL, si_pid=3, si_uid=4}'),
    ('abbrev', '2200000000000000feffffff000000000500000002000000efbeadde', 'SIGRT_2',
     '{si_signo=SIGRT_2, si_code=SI_TIMER, si_timerid=0x5, si_overrun=2, si_int=-559038737, si_ptr=0xdeadbeef}'),
    ('abbrev', '4000000000000000feffffff', 'SIGRT_32',
     '{si_signo=SIGRT_32, si_code=SI_TIMER, si_timerid=0, si_overrun=0, si_int=0, si_ptr=NULL}'),
    ('abbrev', '1d00000000000000fbffffff00000000410000000000000003', 'SIGIO',
     '{si_signo=SIGIO, si_code=SI_SIGIO, si_band=65, si_fd=3}'),
    ('abbrev', '1d000000000000000100000000000000410000000000000003', 'SIGIO',
     '{si_signo=SIGIO, si_code=POLL_IN, si_band=65, si_fd=3}'),
    ('abbrev', '1d000000000000000600000000000000ffffffffffffffffffffffff', 'SIGIO',
     '{si_signo=SIGIO, si_code=POLL_HUP, si_band=-1, si_fd=-1}'),
    ('abbrev', '1d000000000000000700000000000000ffffffffffffffffffffffff', 'SIGIO',
     '{si_signo=SIGIO, si_code=0x7}'),
    ('abbrev', '11000000000000000100000000000000da07', 'SIGCHLD',
     '{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=2010, si_uid=0, si_status=0, si_utime=0, si_stime=0}'),
    ('abbrev', '11000000000000000200000000000000db070000e803000009000000000000007b000000000000002d', 'SIGCHLD',
     '{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=2011, si_uid=1000, si_status=SIGKILL, si_utime=123 /* 1.23 s */, si_stime=45 /* 0.45 s */}'),
    ('abbrev', '11000000000000000500000000000000dc070000000000001300000000000000640000000000000001', 'SIGCHLD',
     '{si_signo=SIGCHLD, si_code=CLD_STOPPED, si_pid=2012, si_uid=0, si_status=SIGSTOP, si_utime=100 /* 1.00 s */, si_stime=1 /* 0.01 s */}'),
    ('abbrev', '11000000000000000300000000000000dd070000000000008b0000000000000040e201000000000007', 'SIGCHLD',
     '{si_signo=SIGCHLD, si_code=CLD_DUMPED, si_pid=2013, si_uid=0, si_status=139, si_utime=123456 /* 1234.56 s */, si_stime=7 /* 0.07 s */}'),
    ('abbrev', '0b0000000000000001', 'SIGSEGV',
     '{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL}'),
    ('abbrev', '0b0000000000000002000000000000003412ff7f', 'SIGSEGV',
     '{si_signo=SIGSEGV, si_code=SEGV_ACCERR, si_addr=0x7fff1234}'),
    ('abbrev', '0b000000000000008', 'SIGSEGV',
     '{si_signo=SIGSEGV, si_code=SI_KERNEL, si_addr=NULL}'),
    ('abbrev', '0b000000000000000300000000000000001000000000000000000000000000000020000000000000003', 'SIGSEGV',
     '{si_signo=SIGSEGV, si_code=SEGV_BNDERR, si_addr=0x1000, si_lower=0x2000, si_upper=0x3000}'),
    ('abbrev', '0b0000000000000004000000000000000010000000000000000000000000000003', 'SIGSEGV',
     '{si_signo=SIGSEGV, si_code=SEGV_PKUERR, si_addr=0x1000, si_pkey=3}'),
    ('abbrev', '07000000000000000100000000000000011', 'SIGBUS',
     '{si_signo=SIGBUS, si_code=BUS_ADRALN, si_addr=0x1001}'),
    ('abbrev', '0700000000000000040000000000000000100000000000000c', 'SIGBUS',
     '{si_signo=SIGBUS, si_code=BUS_MCEERR_AR, si_addr=0x1000, si_addr_lsb=0xc}'),
    ('abbrev', '0500000000000000010000000000000000104', 'SIGTRAP',
     '{si_signo=SIGTRAP, si_code=TRAP_BRKPT, si_addr=0x401000}'),
    ('abbrev', '05000000000000000600000000000000001040000000000034120000000000000100000001', 'SIGTRAP',
     '{si_signo=SIGTRAP, si_code=TRAP_PERF, si_addr=0x401000}'),
    ('abbrev', '0500000000000000800000000000000000104', 'SIGTRAP',
     '{si_signo=SIGTRAP, si_code=SI_KERNEL, si_addr=0x401000}'),
    ('abbrev', '0800000000000000010000000000000002104', 'SIGFPE',
     '{si_signo=SIGFPE, si_code=FPE_INTDIV, si_addr=0x401002}'),
    ('abbrev', '0400000000000000020000000000000003104', 'SIGILL',
     '{si_signo=SIGILL, si_code=ILL_ILLOPN, si_addr=0x401003}'),
    ('abbrev', '0400000000000000630000000000000003104', 'SIGILL',
     '{si_signo=SIGILL, si_code=0x63, si_addr=0x401003}'),
    ('abbrev', '1f0000000000000001000000000000000410400000000000270000003e0000c', 'SIGSYS',
     '{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401004, si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_X86_64}'),
    ('abbrev', '1f0000000000000001000000000000000410400000000000140000000300004', 'SIGSYS',
     '{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401004, si_syscall=20 /* getpid */, si_arch=AUDIT_ARCH_I386}'),
    ('abbrev', '1f0000000000000001000000000000000410400000000000881300003e0000c', 'SIGSYS',
     '{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x401004, si_syscall=5000, si_arch=AUDIT_ARCH_X86_64}'),
    ('abbrev', '1f000000000000000100000000000000000000000000000001000000452301', 'SIGSYS',
     '{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=NULL, si_syscall=1, si_arch=0x12345 /* AUDIT_ARCH_??? */}'),
    ('abbrev', '0c000000000000000000000000000000dd6a', 'SIGUSR2',
     '{si_signo=SIGUSR2, si_code=SI_USER, si_pid=27357, si_uid=0}'),
    ('abbrev', '0a00000000000000faffffff00000000dd6a', 'SIGUSR1',
     '{si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=27357, si_uid=0}'),
    ('abbrev', '11000000000000000100000000000000de6a00000000000003', 'SIGCHLD',
     '{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=27358, si_uid=0, si_status=3, si_utime=0, si_stime=0}'),
    ('abbrev', '11000000000000000100000000000000de6a00000000000003', 'SIGCHLD',
     '{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=27358, si_uid=0, si_status=3, si_utime=0, si_stime=0}'),
    ('raw', '0a00000000000000ffffffff00000000d2040000e803', 'SIGUSR1',
     '{si_signo=10, si_code=0xffffffff, si_pid=1234, si_uid=1000}'),
    ('raw', '0a00000000000000ffffffff00000000d2040000e80300002a', 'SIGUSR1',
     '{si_signo=10, si_code=0xffffffff, si_pid=1234, si_uid=1000, si_int=42, si_ptr=0x2a}'),
    ('raw', '0a0000000000000000000000000000004d000000ffffffff', 'SIGUSR1',
     '{si_signo=10, si_code=0, si_pid=77, si_uid=-1}'),
    ('raw', '0c00000000000000faffffff000000004d0000000500000099', 'SIGUSR2',
     '{si_signo=12, si_code=0xfffffffa, si_pid=77, si_uid=5}'),
    ('raw', '0a00000002000000ffffffff00000000d2040000e803', 'SIGUSR1',
     '{si_signo=10, si_code=0xffffffff, si_errno=2, si_pid=1234, si_uid=1000}'),
    ('raw', '0a0000000000000005', 'SIGUSR1',
     '{si_signo=10, si_code=0x5}'),
    ('raw', '0a0000000000000005000000000000000300000004000000007f', 'SIGUSR1',
     '{si_signo=10, si_code=0x5, si_pid=3, si_uid=4, si_int=32512, si_ptr=0x7f00}'),
    ('raw', '0a000000000000009cffffff000000000300000004', 'SIGUSR1',
     '{si_signo=10, si_code=0xffffff9c, si_pid=3, si_uid=4}'),
    ('raw', '0a0000000000000080000000000000000300000004', 'SIGUSR1',
     '{si_signo=10, si_code=0x80, si_pid=3, si_uid=4}'),
    ('raw', '2200000000000000feffffff000000000500000002000000efbeadde', 'SIGRT_2',
     '{si_signo=34, si_code=0xfffffffe, si_timerid=0x5, si_overrun=2, si_int=-559038737, si_ptr=0xdeadbeef}'),
    ('raw', '4000000000000000feffffff', 'SIGRT_32',
     '{si_signo=64, si_code=0xfffffffe, si_timerid=0, si_overrun=0, si_int=0, si_ptr=NULL}'),
    ('raw', '1d00000000000000fbffffff00000000410000000000000003', 'SIGIO',
     '{si_signo=29, si_code=0xfffffffb, si_band=65, si_fd=3}'),
    ('raw', '1d000000000000000100000000000000410000000000000003', 'SIGIO',
     '{si_signo=29, si_code=0x1, si_band=65, si_fd=3}'),
    ('raw', '1d000000000000000600000000000000ffffffffffffffffffffffff', 'SIGIO',
     '{si_signo=29, si_code=0x6, si_band=-1, si_fd=-1}'),
    ('raw', '1d000000000000000700000000000000ffffffffffffffffffffffff', 'SIGIO',
     '{si_signo=29, si_code=0x7}'),
    ('raw', '11000000000000000100000000000000da07', 'SIGCHLD',
     '{si_signo=17, si_code=0x1, si_pid=2010, si_uid=0, si_status=0, si_utime=0, si_stime=0}'),
    ('raw', '11000000000000000200000000000000db070000e803000009000000000000007b000000000000002d', 'SIGCHLD',
     '{si_signo=17, si_code=0x2, si_pid=2011, si_uid=1000, si_status=9, si_utime=123, si_stime=45}'),
    ('raw', '11000000000000000500000000000000dc070000000000001300000000000000640000000000000001', 'SIGCHLD',
     '{si_signo=17, si_code=0x5, si_pid=2012, si_uid=0, si_status=19, si_utime=100, si_stime=1}'),
    ('raw', '11000000000000000300000000000000dd070000000000008b0000000000000040e201000000000007', 'SIGCHLD',
     '{si_signo=17, si_code=0x3, si_pid=2013, si_uid=0, si_status=139, si_utime=123456, si_stime=7}'),
    ('raw', '0b0000000000000001', 'SIGSEGV',
     '{si_signo=11, si_code=0x1, si_addr=NULL}'),
    ('raw', '0b0000000000000002000000000000003412ff7f', 'SIGSEGV',
     '{si_signo=11, si_code=0x2, si_addr=0x7fff1234}'),
    ('raw', '0b000000000000008', 'SIGSEGV',
     '{si_signo=11, si_code=0x80, si_addr=NULL}'),
    ('raw', '0b000000000000000300000000000000001000000000000000000000000000000020000000000000003', 'SIGSEGV',
     '{si_signo=11, si_code=0x3, si_addr=0x1000, si_lower=0x2000, si_upper=0x3000}'),
    ('raw', '0b0000000000000004000000000000000010000000000000000000000000000003', 'SIGSEGV',
     '{si_signo=11, si_code=0x4, si_addr=0x1000, si_pkey=3}'),
    ('raw', '07000000000000000100000000000000011', 'SIGBUS',
     '{si_signo=7, si_code=0x1, si_addr=0x1001}'),
    ('raw', '0700000000000000040000000000000000100000000000000c', 'SIGBUS',
     '{si_signo=7, si_code=0x4, si_addr=0x1000, si_addr_lsb=0xc}'),
    ('raw', '0500000000000000010000000000000000104', 'SIGTRAP',
     '{si_signo=5, si_code=0x1, si_addr=0x401000}'),
    ('raw', '05000000000000000600000000000000001040000000000034120000000000000100000001', 'SIGTRAP',
     '{si_signo=5, si_code=0x6, si_addr=0x401000}'),
    ('raw', '0500000000000000800000000000000000104', 'SIGTRAP',
     '{si_signo=5, si_code=0x80, si_addr=0x401000}'),
    ('raw', '0800000000000000010000000000000002104', 'SIGFPE',
     '{si_signo=8, si_code=0x1, si_addr=0x401002}'),
    ('raw', '0400000000000000020000000000000003104', 'SIGILL',
     '{si_signo=4, si_code=0x2, si_addr=0x401003}'),
    ('raw', '0400000000000000630000000000000003104', 'SIGILL',
     '{si_signo=4, si_code=0x63, si_addr=0x401003}'),
    ('raw', '1f0000000000000001000000000000000410400000000000270000003e0000c', 'SIGSYS',
     '{si_signo=31, si_code=0x1, si_call_addr=0x401004, si_syscall=39, si_arch=0xc000003e}'),
    ('raw', '1f0000000000000001000000000000000410400000000000140000000300004', 'SIGSYS',
     '{si_signo=31, si_code=0x1, si_call_addr=0x401004, si_syscall=20, si_arch=0x40000003}'),
    ('raw', '1f0000000000000001000000000000000410400000000000881300003e0000c', 'SIGSYS',
     '{si_signo=31, si_code=0x1, si_call_addr=0x401004, si_syscall=5000, si_arch=0xc000003e}'),
    ('raw', '1f000000000000000100000000000000000000000000000001000000452301', 'SIGSYS',
     '{si_signo=31, si_code=0x1, si_call_addr=NULL, si_syscall=1, si_arch=0x12345}'),
    ('raw', '0c0000000000000000000000000000007072', 'SIGUSR2',
     '{si_signo=12, si_code=0, si_pid=29296, si_uid=0}'),
    ('raw', '0a00000000000000faffffff000000007072', 'SIGUSR1',
     '{si_signo=10, si_code=0xfffffffa, si_pid=29296, si_uid=0}'),
    ('raw', '11000000000000000100000000000000717200000000000003', 'SIGCHLD',
     '{si_signo=17, si_code=0x1, si_pid=29297, si_uid=0, si_status=3, si_utime=0, si_stime=0}'),
    ('raw', '11000000000000000100000000000000717200000000000003', 'SIGCHLD',
     '{si_signo=17, si_code=0x1, si_pid=29297, si_uid=0, si_status=3, si_utime=0, si_stime=0}'),
    ('verbose', '0a00000000000000ffffffff00000000d2040000e803', 'SIGUSR1',
     '{si_signo=10 /* SIGUSR1 */, si_code=0xffffffff /* SI_QUEUE */, si_pid=1234, si_uid=1000}'),
    ('verbose', '0a00000000000000ffffffff00000000d2040000e80300002a', 'SIGUSR1',
     '{si_signo=10 /* SIGUSR1 */, si_code=0xffffffff /* SI_QUEUE */, si_pid=1234, si_uid=1000, si_int=42, si_ptr=0x2a}'),
    ('verbose', '0a0000000000000000000000000000004d000000ffffffff', 'SIGUSR1',
     '{si_signo=10 /* SIGUSR1 */, si_code=0 /* SI_USER */, si_pid=77, si_uid=-1}'),
    ('verbose', '0c00000000000000faffffff000000004d0000000500000099', 'SIGUSR2',
     '{si_signo=12 /* SIGUSR2 */, si_code=0xfffffffa /* SI_TKILL */, si_pid=77, si_uid=5}'),
    ('verbose', '0a00000002000000ffffffff00000000d2040000e803', 'SIGUSR1',
     '{si_signo=10 /* SIGUSR1 */, si_code=0xffffffff /* SI_QUEUE */, si_errno=2 /* ENOENT */, si_pid=1234, si_uid=1000}'),
    ('verbose', '0a0000000000000005', 'SIGUSR1',
     '{si_signo=10 /* SIGUSR1 */, si_code=0x5}'),
    ('verbose', '0a0000000000000005000000000000000300000004000000007f', 'SIGUSR1',
     '{si_signo=10 /* SIGUSR1 */, si_code=0x5, si_pid=3, si_uid=4, si_int=32512, si_ptr=0x7f00}'),
    ('verbose', '0a000000000000009cffffff000000000300000004', 'SIGUSR1',
     '{si_signo=10 /* SIGUSR1 */, si_code=0xffffff9c, si_pid=3, si_uid=4}'),
    ('verbose', '0a0000000000000080000000000000000300000004', 'SIGUSR1',
     '{si_signo=10 /* SIGUSR1 */, si_code=0x80 /* SI_KERNEL */, si_pid=3, si_uid=4}'),
    ('verbose', '2200000000000000feffffff000000000500000002000000efbeadde', 'SIGRT_2',
     '{si_signo=34 /* SIGRT_2 */, si_code=0xfffffffe /* SI_TIMER */, si_timerid=0x5, si_overrun=2, si_int=-559038737, si_ptr=0xdeadbeef}'),
    ('verbose', '4000000000000000feffffff', 'SIGRT_32',
     '{si_signo=64 /* SIGRT_32 */, si_code=0xfffffffe /* SI_TIMER */, si_timerid=0, si_overrun=0, si_int=0, si_ptr=NULL}'),
    ('verbose', '1d00000000000000fbffffff00000000410000000000000003', 'SIGIO',
     '{si_signo=29 /* SIGIO */, si_code=0xfffffffb /* SI_SIGIO */, si_band=65, si_fd=3}'),
    ('verbose', '1d000000000000000100000000000000410000000000000003', 'SIGIO',
     '{si_signo=29 /* SIGIO */, si_code=0x1 /* POLL_IN */, si_band=65, si_fd=3}'),
    ('verbose', '1d000000000000000600000000000000ffffffffffffffffffffffff', 'SIGIO',
     '{si_signo=29 /* SIGIO */, si_code=0x6 /* POLL_HUP */, si_band=-1, si_fd=-1}'),
    ('verbose', '1d000000000000000700000000000000ffffffffffffffffffffffff', 'SIGIO',
     '{si_signo=29 /* SIGIO */, si_code=0x7}'),
    ('verbose', '11000000000000000100000000000000da07', 'SIGCHLD',
     '{si_signo=17 /* SIGCHLD */, si_code=0x1 /* CLD_EXITED */, si_pid=2010, si_uid=0, si_status=0, si_utime=0, si_stime=0}'),
    ('verbose', '11000000000000000200000000000000db070000e803000009000000000000007b000000000000002d', 'SIGCHLD',
     '{si_signo=17 /* SIGCHLD */, si_code=0x2 /* CLD_KILLED */, si_pid=2011, si_uid=1000, si_status=9 /* SIGKILL */, si_utime=123 /* 1.23 s */, si_stime=45 /* 0.45 s */}'),
    ('verbose', '11000000000000000500000000000000dc070000000000001300000000000000640000000000000001', 'SIGCHLD',
     '{si_signo=17 /* SIGCHLD */, si_code=0x5 /* CLD_STOPPED */, si_pid=2012, si_uid=0, si_status=19 /* SIGSTOP */, si_utime=100 /* 1.00 s */, si_stime=1 /* 0.01 s */}'),
    ('verbose', '11000000000000000300000000000000dd070000000000008b0000000000000040e201000000000007', 'SIGCHLD',
     '{si_signo=17 /* SIGCHLD */, si_code=0x3 /* CLD_DUMPED */, si_pid=2013, si_uid=0, si_status=139, si_utime=123456 /* 1234.56 s */, si_stime=7 /* 0.07 s */}'),
    ('verbose', '0b0000000000000001', 'SIGSEGV',
     '{si_signo=11 /* SIGSEGV */, si_code=0x1 /* SEGV_MAPERR */, si_addr=NULL}'),
    ('verbose', '0b0000000000000002000000000000003412ff7f', 'SIGSEGV',
     '{si_signo=11 /* SIGSEGV */, si_code=0x2 /* SEGV_ACCERR */, si_addr=0x7fff1234}'),
    ('verbose', '0b000000000000008', 'SIGSEGV',
     '{si_signo=11 /* SIGSEGV */, si_code=0x80 /* SI_KERNEL */, si_addr=NULL}'),
    ('verbose', '0b000000000000000300000000000000001000000000000000000000000000000020000000000000003', 'SIGSEGV',
     '{si_signo=11 /* SIGSEGV */, si_code=0x3 /* SEGV_BNDERR */, si_addr=0x1000, si_lower=0x2000, si_upper=0x3000}'),
    ('verbose', '0b0000000000000004000000000000000010000000000000000000000000000003', 'SIGSEGV',
     '{si_signo=11 /* SIGSEGV */, si_code=0x4 /* SEGV_PKUERR */, si_addr=0x1000, si_pkey=3}'),
    ('verbose', '07000000000000000100000000000000011', 'SIGBUS',
     '{si_signo=7 /* SIGBUS */, si_code=0x1 /* BUS_ADRALN */, si_addr=0x1001}'),
    ('verbose', '0700000000000000040000000000000000100000000000000c', 'SIGBUS',
     '{si_signo=7 /* SIGBUS */, si_code=0x4 /* BUS_MCEERR_AR */, si_addr=0x1000, si_addr_lsb=0xc}'),
    ('verbose', '0500000000000000010000000000000000104', 'SIGTRAP',
     '{si_signo=5 /* SIGTRAP */, si_code=0x1 /* TRAP_BRKPT */, si_addr=0x401000}'),
    ('verbose', '05000000000000000600000000000000001040000000000034120000000000000100000001', 'SIGTRAP',
     '{si_signo=5 /* SIGTRAP */, si_code=0x6 /* TRAP_PERF */, si_addr=0x401000}'),
    ('verbose', '0500000000000000800000000000000000104', 'SIGTRAP',
     '{si_signo=5 /* SIGTRAP */, si_code=0x80 /* SI_KERNEL */, si_addr=0x401000}'),
    ('verbose', '0800000000000000010000000000000002104', 'SIGFPE',
     '{si_signo=8 /* SIGFPE */, si_code=0x1 /* FPE_INTDIV */, si_addr=0x401002}'),
    ('verbose', '0400000000000000020000000000000003104', 'SIGILL',
     '{si_signo=4 /* SIGILL */, si_code=0x2 /* ILL_ILLOPN */, si_addr=0x401003}'),
    ('verbose', '0400000000000000630000000000000003104', 'SIGILL',
     '{si_signo=4 /* SIGILL */, si_code=0x63, si_addr=0x401003}'),
    ('verbose', '1f0000000000000001000000000000000410400000000000270000003e0000c', 'SIGSYS',
     '{si_signo=31 /* SIGSYS */, si_code=0x1 /* SYS_SECCOMP */, si_call_addr=0x401004, si_syscall=39 /* __NR_getpid */, si_arch=0xc000003e /* AUDIT_ARCH_X86_64 */}'),
    ('verbose', '1f0000000000000001000000000000000410400000000000140000000300004', 'SIGSYS',
     '{si_signo=31 /* SIGSYS */, si_code=0x1 /* SYS_SECCOMP */, si_call_addr=0x401004, si_syscall=20 /* getpid */, si_arch=0x40000003 /* AUDIT_ARCH_I386 */}'),
    ('verbose', '1f0000000000000001000000000000000410400000000000881300003e0000c', 'SIGSYS',
     '{si_signo=31 /* SIGSYS */, si_code=0x1 /* SYS_SECCOMP */, si_call_addr=0x401004, si_syscall=5000, si_arch=0xc000003e /* AUDIT_ARCH_X86_64 */}'),
    ('verbose', '1f000000000000000100000000000000000000000000000001000000452301', 'SIGSYS',
     '{si_signo=31 /* SIGSYS */, si_code=0x1 /* SYS_SECCOMP */, si_call_addr=NULL, si_syscall=1, si_arch=0x12345 /* AUDIT_ARCH_??? */}'),
    ('verbose', '0c0000000000000000000000000000007572', 'SIGUSR2',
     '{si_signo=12 /* SIGUSR2 */, si_code=0 /* SI_USER */, si_pid=29301, si_uid=0}'),
    ('verbose', '0a00000000000000faffffff000000007572', 'SIGUSR1',
     '{si_signo=10 /* SIGUSR1 */, si_code=0xfffffffa /* SI_TKILL */, si_pid=29301, si_uid=0}'),
    ('verbose', '11000000000000000100000000000000767200000000000003', 'SIGCHLD',
     '{si_signo=17 /* SIGCHLD */, si_code=0x1 /* CLD_EXITED */, si_pid=29302, si_uid=0, si_status=3, si_utime=0, si_stime=0}'),
    ('verbose', '11000000000000000100000000000000767200000000000003', 'SIGCHLD',
     '{si_signo=17 /* SIGCHLD */, si_code=0x1 /* CLD_EXITED */, si_pid=29302, si_uid=0, si_status=3, si_utime=0, si_stime=0}'),
]


@pytest.mark.parametrize("row", SIGINFO_ROWS, ids=lambda row: "%s-%s" % (row[0], row[2]))
def test_siginfo_text_matches_strace(row):
    style, hexdata, signame, expected = row
    data = bytes.fromhex(hexdata.ljust(256, "0"))
    assert siginfo_text(data, style) == expected
    if style == "abbrev":
        assert signal_name(struct.unpack_from("<i", data)[0]) == signame


def test_siginfo_kind_reads_128_bytes_from_the_tracee():
    style, hexdata, _, expected = SIGINFO_ROWS[0]
    data = bytes.fromhex(hexdata.ljust(256, "0"))
    call = make_call("rt_sigqueueinfo", args=(1, 10, 0x5000), memory={0x5000: data})
    call.index = 2
    assert ARG_KINDS["siginfo"](0x5000, call) == expected
    # Fewer than 128 readable bytes: the address, as strace's umove does.
    call = make_call("rt_sigqueueinfo", args=(1, 10, 0x5000), memory={0x5000: data[:100]})
    call.index = 2
    assert ARG_KINDS["siginfo"](0x5000, call) == "0x5000"


def test_failed_waitid_prints_its_siginfo_as_an_address():
    # Observed: waitid(P_ALL, 0, 0x7ffc2cf5f240, WNOHANG|WEXITED, NULL) = -1 ECHILD
    call = make_call("waitid", args=(0, 0, 0x7ffc2cf5f240, 5, 0),
                     memory={0x7ffc2cf5f240: bytes(128)}, errno=10)
    call.index = 2
    assert ARG_KINDS["siginfo"](0x7ffc2cf5f240, call) == "0x7ffc2cf5f240"


def test_empty_siginfo_prints_empty_braces():
    assert siginfo_text(bytes(128)) == "{}"


@pytest.mark.parametrize("signo, name", [
    (1, "SIGHUP"), (17, "SIGCHLD"), (31, "SIGSYS"), (32, "SIGRTMIN"), (33, "SIGRT_1"),
    (35, "SIGRT_3"), (64, "SIGRT_32"), (65, "65"), (0, "0")])
def test_signal_name(signo, name):
    assert signal_name(signo) == name


def test_signal_text_reads_the_argument_as_an_int():
    # Observed: kill(-999999, -1) with the register holding 0xffffffffffffffff.
    assert signal_text(0xFFFFFFFFFFFFFFFF) == "-1"
    assert signal_text(0xFFFFFFFF) == "-1"


# Observed with a C program (SIGUSR1 blocked and pending):
#   rt_sigpending([USR1], 4) = 0
#   rt_sigpending(0x7ffe01d992d8, 9) = -1 EINVAL
#   rt_sigaction(SIGUSR2, 0x7f0b949e0fe0, NULL, 8) = 0   (only 32 bytes readable)
#   rt_sigaction(SIGUSR2, NULL, 0x7f0b949e0fa8, 9) = -1 EINVAL
#   rt_sigprocmask(SIG_BLOCK, NULL, 0x8, 8) = -1 EFAULT
#   rt_sigprocmask(SIG_BLOCK, NULL, [USR1], 8) = 0
USR1 = struct.pack("<Q", 1 << 9)


def test_rt_sigpending_accepts_a_short_set():
    assert render("sigset", "rt_sigpending", 0, (mem(0x1000, USR1[:4].hex()), 4), rv=0) == "[USR1]"
    assert render("sigset", "rt_sigpending", 0, (mem(0x1000, USR1.hex()), 9),
                  errno=22) == "0x1000"


def test_rt_sigprocmask_oldset_size_is_the_fourth_argument():
    args = (0, 0, mem(0x2000, USR1.hex()), 8)
    assert render("sigset", "rt_sigprocmask", 2, args, rv=0) == "[USR1]"
    assert render("sigset", "rt_sigprocmask", 2, (0, 0, 8, 8), errno=14) == "0x8"
    # The set argument is followed by oldset, yet its size is still args[3].
    assert render("sigset", "rt_sigprocmask", 1, (0, mem(0x2000, USR1.hex()), 0, 8)) == "[USR1]"
    assert render("sigset", "rt_sigprocmask", 1, (0, 0, 0, 8)) == "NULL"


def test_sigaction_needs_strace_s_88_byte_struct_readable():
    act = struct.pack("<QQQQ", 1, 0, 0, 0)
    args = (12, mem(0x3000, act.hex()), 0, 8)
    assert render("sigaction", "rt_sigaction", 1, args) == "0x3000"
    args = (12, mem(0x3000, (act + bytes(56)).hex()), 0, 8)
    assert render("sigaction", "rt_sigaction", 1, args) == \
        "{sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}"
    assert render("sigaction", "rt_sigaction", 2, (12, 0, mem(0x3000, (act + bytes(56)).hex()), 9),
                  errno=22) == "0x3000"
    assert render("sigaction", "rt_sigaction", 1, (12, 0, 0, 8)) == "NULL"


def test_sigset_complement_threshold_is_two_thirds_of_the_bits():
    # Observed: rt_sigprocmask(0x7 /* SIG_??? */, <set>, NULL, 8) with the
    # low 42 and the low 41 bits set.
    assert sigset_text(struct.pack("<Q", (1 << 42) - 1)) == \
        "~[" + " ".join("RT_%d" % n for n in range(11, 33)) + "]"
    assert sigset_text(struct.pack("<Q", (1 << 41) - 1)) == (
        "[HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT "
        "CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN "
        "RT_1 RT_2 RT_3 RT_4 RT_5 RT_6 RT_7 RT_8 RT_9]")


def test_rt_sigtimedwait_return_names_the_signal():
    # Observed: rt_sigtimedwait([USR1 RT_2], {...}, NULL, 8) = 10 (SIGUSR1)
    #           rt_sigtimedwait([USR1 RT_2], NULL, NULL, 8) = 34 (SIGRT_2)
    call = make_call("rt_sigtimedwait", rv=10)
    assert RET_KINDS["signo"](10, call) == "10 (SIGUSR1)"
    assert RET_KINDS["signo"](34, call) == "34 (SIGRT_2)"
    assert RET_KINDS["signo"](0, call) == "0"
    usr1_rt2 = struct.pack("<Q", (1 << 9) | (1 << 33))
    args = (mem(0x1000, usr1_rt2.hex()), 0, 0, 8)
    assert render("sigset", "rt_sigtimedwait", 0, args) == "[USR1 RT_2]"
