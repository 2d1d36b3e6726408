"""ptrace fed real bytes; the expected strings are strace 6.1's lines for
fixtures/fam_ptrace.c traced without -f (so that its requests succeed),
with the -X/-s options named in each test."""
from __future__ import annotations

import struct

import decoders
from tests.decoders.conftest import whole_call as whole

decoders.load_all()

CHILD = 30883
COOKIE = 0x555555558040
WORD = 0x7FFFFFFFE6C0
IOV = 0x7FFFFFFFE300

REGS = (0x7ffff7ffd020, 0x555555557dd8, 0x7fffffffe828, 0x13, 0x1, 0x76e7, 0x246,
        0x7ffff7dea410, 0x555555557dd8, 0x7ffff7dd2740, 0, 0x7ffff7e5feec, 0x13, 0x76e7,
        0x76e7, 0xea, 0x7ffff7e5feec, 0x33, 0x246, 0x7fffffffe160, 0x2b, 0x7ffff7dd2740,
        0, 0, 0, 0, 0)
REGS_TEXT = ("{r15=0x7ffff7ffd020, r14=0x555555557dd8, r13=0x7fffffffe828, r12=0x13, rbp=0x1, "
             "rbx=0x76e7, r11=0x246, r10=0x7ffff7dea410, r9=0x555555557dd8, r8=0x7ffff7dd2740, "
             "rax=0, rcx=0x7ffff7e5feec, rdx=0x13, rsi=0x76e7, rdi=0x76e7, orig_rax=0xea, "
             "rip=0x7ffff7e5feec, cs=0x33, eflags=0x246, rsp=0x7fffffffe160, ss=0x2b, "
             "fs_base=0x7ffff7dd2740, gs_base=0, ds=0, es=0, fs=0, gs=0}")


def test_peekdata_word_read_back():
    memory = {WORD: struct.pack("<Q", 0x1122334455667788)}
    assert whole("ptrace", (2, CHILD, COOKIE, WORD), memory, rv=0) == \
        "PTRACE_PEEKDATA, 30883, 0x555555558040, [0x1122334455667788]"


def test_peekuser_offsets_and_null_word():
    memory = {WORD: bytes(8)}
    assert whole("ptrace", (3, CHILD, 80, WORD), memory, rv=0) == "PTRACE_PEEKUSER, 30883, 8*RAX, [NULL]"
    assert whole("ptrace", (3, CHILD, 80, WORD), memory, rv=0, xlat_style="raw") == \
        "0x3, 30883, 0x50, [NULL]"
    assert whole("ptrace", (3, CHILD, 4096, WORD), errno=5) == \
        "PTRACE_PEEKUSER, 30883, 0x1000, 0x7fffffffe6c0"
    assert whole("ptrace", (6, CHILD, 848 + 56, 0)) == \
        "PTRACE_POKEUSER, 30883, offsetof(struct user, u_debugreg)+56, NULL"
    assert whole("ptrace", (6, CHILD, 848 + 56, 0), xlat_style="raw") == "0x6, 30883, 0x388, NULL"


def test_peekuser_verbose_style():
    memory = {WORD: struct.pack("<Q", 0x7ffff7dd2740)}
    assert whole("ptrace", (3, CHILD, 168, WORD), memory, rv=0) == \
        "PTRACE_PEEKUSER, 30883, 8*SS+8, [0x7ffff7dd2740]"
    assert whole("ptrace", (3, CHILD, 168, WORD), memory, rv=0, xlat_style="verbose") == \
        "0x3 /* PTRACE_PEEKUSER */, 30883, 0xa8 /* 8*SS+8 */, [0x7ffff7dd2740]"


def test_getregset_prstatus():
    memory = {IOV: struct.pack("<QQ", 0x9000, 216), 0x9000: struct.pack("<27Q", *REGS)}
    assert whole("ptrace", (0x4204, CHILD, 1, IOV), memory, rv=0) == \
        "PTRACE_GETREGSET, 30883, NT_PRSTATUS, {iov_base=%s, iov_len=216}" % REGS_TEXT


def test_getregset_failed_keeps_the_iovec():
    memory = {IOV: struct.pack("<QQ", 0x7fffffffe5e0, 216)}
    assert whole("ptrace", (0x4204, CHILD, 1, IOV), memory, errno=3) == \
        "PTRACE_GETREGSET, 30883, NT_PRSTATUS, {iov_base=0x7fffffffe5e0, iov_len=216}"


def test_getregset_unknown_note_type_prints_the_base():
    memory = {IOV: struct.pack("<QQ", 0x7fffffffe3e0, 768)}
    assert whole("ptrace", (0x4204, CHILD, 0x202, IOV), memory, rv=0) == \
        "PTRACE_GETREGSET, 30883, NT_X86_XSTATE, {iov_base=0x7fffffffe3e0, iov_len=768}"


def test_fpregset_arrays_cut_at_s():
    xmm = [0xf7ffe0c8, 0x7fff, 0xf7ffe0c8, 0x7fff] + [0] * 60
    fp = struct.pack("<4H2Q2I", 0x37f, 0, 0, 0, 0, 0, 0x1f80, 0x2ffff) + bytes(128) + \
        struct.pack("<64I", *xmm) + bytes(96)
    memory = {IOV: struct.pack("<QQ", 0x9000, 512), 0x9000: fp}
    assert whole("ptrace", (0x4204, CHILD, 2, IOV), memory, rv=0, string_limit=3) == (
        "PTRACE_GETREGSET, 30883, NT_FPREGSET, {iov_base={cwd=0x37f, swd=0, ftw=0, fop=0, "
        "rip=0, rdp=0, mxcsr=0x1f80, mxcr_mask=0x2ffff, st_space=[0, 0, 0, ...], "
        "xmm_space=[0xf7ffe0c8, 0x7fff, 0xf7ffe0c8, ...], padding=[0, 0, 0, ...]}, iov_len=512}")


def test_setregset_partial_and_setregs():
    memory = {IOV: struct.pack("<QQ", 0x9000, 16), 0x9000: struct.pack("<27Q", 0xa2, *REGS[1:])}
    assert whole("ptrace", (0x4205, CHILD, 1, IOV), memory, rv=0) == \
        "PTRACE_SETREGSET, 30883, NT_PRSTATUS, {iov_base={r15=0xa2, r14=0x555555557dd8}, iov_len=16}"
    assert whole("ptrace", (13, CHILD, 0, 0x9000), memory, rv=0) == \
        "PTRACE_SETREGS, 30883, " + REGS_TEXT.replace("r15=0x7ffff7ffd020", "r15=0xa2")


def test_options_signals_and_short_forms():
    assert whole("ptrace", (0x4200, CHILD, 0, 0x4100011), errno=22) == (
        "PTRACE_SETOPTIONS, 30883, NULL, "
        "PTRACE_O_TRACESYSGOOD|PTRACE_O_TRACEEXEC|PTRACE_O_EXITKILL|0x4000000")
    assert whole("ptrace", (0x4200, CHILD, 0, 0x4100011), errno=22, xlat_style="raw") == \
        "0x4200, 30883, NULL, 0x4100011"
    assert whole("ptrace", (7, CHILD, 0, 18), errno=3) == "PTRACE_CONT, 30883, NULL, SIGCONT"
    assert whole("ptrace", (7, CHILD, 0, 18), errno=3, xlat_style="raw") == "0x7, 30883, NULL, 18"
    assert whole("ptrace", (0x18, CHILD, 0, 0), rv=0) == "PTRACE_SYSCALL, 30883, NULL, 0"
    assert whole("ptrace", (0x4207, CHILD), errno=3) == "PTRACE_INTERRUPT, 30883"
    assert whole("ptrace", (0x10, 0x7ffffff0), errno=3) == "PTRACE_ATTACH, 2147483632"
    assert whole("ptrace", (0,), errno=1) == "PTRACE_TRACEME"
    assert whole("ptrace", (0x9999, CHILD, 1, 2), errno=5) == \
        "0x9999 /* PTRACE_??? */, 30883, 0x1, 0x2"


def test_siginfo_and_sigmask():
    info = struct.pack("<iii4xiI", 19, 0, -6, CHILD, 0) + bytes(104)
    memory = {0x5000: info, 0x6000: struct.pack("<Q", 0), 0x7000: struct.pack("<Q", 1 << 11)}
    assert whole("ptrace", (0x4202, CHILD, 0, 0x5000), memory, rv=0) == \
        "PTRACE_GETSIGINFO, 30883, NULL, {si_signo=SIGSTOP, si_code=SI_TKILL, si_pid=30883, si_uid=0}"
    assert whole("ptrace", (0x420a, CHILD, 8, 0x6000), memory, rv=0) == \
        "PTRACE_GETSIGMASK, 30883, 8, []"
    assert whole("ptrace", (0x420b, CHILD, 8, 0x7000), memory, rv=0) == \
        "PTRACE_SETSIGMASK, 30883, 8, [USR2]"
    assert whole("ptrace", (0x420b, CHILD, 8, 0x7000), memory, rv=0, xlat_style="raw") == \
        "0x420b, 30883, 8, [12]"
    assert whole("ptrace", (0x420b, CHILD, 4, 0x7000), memory, errno=22) == \
        "PTRACE_SETSIGMASK, 30883, 4, 0x7000"


def test_peeksiginfo_and_metadata():
    memory = {0x5000: struct.pack("<QII", 0, 1, 2)}
    assert whole("ptrace", (0x4209, CHILD, 0x5000, 0x6000), memory, rv=0) == \
        "PTRACE_PEEKSIGINFO, 30883, {off=0, flags=PTRACE_PEEKSIGINFO_SHARED, nr=2}, []"
    memory = {0x5000: bytes(16)}
    assert whole("ptrace", (0x420d, CHILD, 16, 0x5000), memory, errno=22) == \
        "PTRACE_SECCOMP_GET_METADATA, 30883, 16, {filter_off=0}"


def test_get_syscall_info_entry():
    info = struct.pack("<B3xIQQQ6Q", 1, 0xc000003e, 0x7ffff7ea9409, 0x7fffffffe1a8, 231,
                       0, 0xe7, 0x3c, 0x7ffff7de7200, 0xffffffffffffff80, 0x555555557dd8)
    memory = {0x5000: info}
    assert whole("ptrace", (0x420e, CHILD, 88, 0x5000), memory, rv=80) == (
        "PTRACE_GET_SYSCALL_INFO, 30883, 88, {op=PTRACE_SYSCALL_INFO_ENTRY, "
        "arch=AUDIT_ARCH_X86_64, instruction_pointer=0x7ffff7ea9409, "
        "stack_pointer=0x7fffffffe1a8, entry={nr=__NR_exit_group, args=[0, 0xe7, 0x3c, "
        "0x7ffff7de7200, 0xffffffffffffff80, 0x555555557dd8]}}")
    assert whole("ptrace", (0x420e, CHILD, 40, 0x5000), memory, rv=80,
                 xlat_style="verbose") == (
        "0x420e /* PTRACE_GET_SYSCALL_INFO */, 30883, 40, {op=0x1 /* PTRACE_SYSCALL_INFO_ENTRY */, "
        "arch=0xc000003e /* AUDIT_ARCH_X86_64 */, instruction_pointer=0x7ffff7ea9409, "
        "stack_pointer=0x7fffffffe1a8, entry={nr=231 /* __NR_exit_group */, args=[0]}}")
