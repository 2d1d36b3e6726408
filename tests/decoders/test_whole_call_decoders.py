"""Whole-call decoders fed real bytes; expected strings are strace 6.1's own
lines for the same data (from running the fixtures/fam_*.c programs under it)."""
from __future__ import annotations

import struct

import decoders
from decoders import RET_KINDS, SYSCALL_DECODERS
from tests.decoders.conftest import make_call

decoders.load_all()


def entry(name, args, memory=None, **opts):
    call = make_call(name, args, memory, **opts)
    return SYSCALL_DECODERS[name][0](call), call


def test_execve_argv_and_env_count():
    argv = struct.pack("<4Q", 0x1000, 0x1010, 0x1020, 0)
    envp = struct.pack("<3Q", 0x1100, 0x1110, 0)
    memory = {0x500: b"./fam_process\0", 0x2000: argv, 0x3000: envp,
              0x1000: b"./fam_process\0", 0x1010: b"again\0", 0x1020: b'a "quoted"\targ\0'}
    text, call = entry("execve", (0x500, 0x2000, 0x3000), memory)
    assert text == ('"./fam_process", ["./fam_process", "again", "a \\"quoted\\"\\targ"], '
                    '0x3000 /* 2 vars */')
    assert call.saved["decoded"]


def test_execve_argv_cut_after_s_elements():
    words = struct.pack("<4Q", 0x1000, 0x1000, 0x1000, 0)
    memory = {0x500: b"/bin/x\0", 0x2000: words, 0x1000: b"a\0"}
    text, _ = entry("execve", (0x500, 0x2000, 0), memory, string_limit=2)
    assert text == '"/bin/x", ["a", "a", ...], NULL'


def test_clone_without_exit_arguments_is_decoded_at_entry():
    text, call = entry("clone", (0x11, 0x555555568070))
    assert text == "child_stack=0x555555568070, flags=SIGCHLD"
    assert call.saved["decoded"]


def test_clone_parent_tid_at_exit():
    call = make_call("clone", (0x100011, 0x555555568070, 0x4000), {0x4000: struct.pack("<i", 24437)})
    assert SYSCALL_DECODERS["clone"][0](call) == \
        "child_stack=0x555555568070, flags=CLONE_PARENT_SETTID|SIGCHLD"
    call.exiting, call.rv = True, 24437
    assert SYSCALL_DECODERS["clone"][1](call) == ", parent_tid=[24437]"


def test_clone3_struct_and_parent_tid():
    args = struct.pack("<11Q", 0x100000, 0, 0, 0x7fffffffe68c, 17, 0, 0, 0, 0, 0, 0)
    memory = {0x9000: args, 0x7fffffffe68c: struct.pack("<i", 24439)}
    text, call = entry("clone3", (0x9000, 64), memory)
    assert text == ("{flags=CLONE_PARENT_SETTID, parent_tid=0x7fffffffe68c, "
                    "exit_signal=SIGCHLD, stack=NULL, stack_size=0}")
    call.exiting, call.rv = True, 24439
    assert SYSCALL_DECODERS["clone3"][1](call) == " => {parent_tid=[24439]}, 64"


def test_clone3_short_size_prints_address():
    text, _ = entry("clone3", (0x7fffffffe630, 8))
    assert text == "0x7fffffffe630, 8"


def test_futex_wake_op_encodings():
    text, _ = entry("futex", (0x555555558018, 0x85, 1, 1, 0x555555558024, 0x14001000))
    assert text == ("0x555555558018, FUTEX_WAKE_OP_PRIVATE, 1, 1, 0x555555558024, "
                    "FUTEX_OP_ADD<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0")
    text, _ = entry("futex", (0x555555558018, 5, 1, 1, 0x555555558024, 0xf8abc123))
    assert text.endswith("FUTEX_OP_OPARG_SHIFT<<28|0x7<<28 /* FUTEX_OP_??? */|0xabc<<12|"
                         "0x8<<24 /* FUTEX_OP_CMP_??? */|0x123")
    text, _ = entry("futex", (0x555555558018, 8, 0, 0, 0, 0))
    assert text == "0x555555558018, FUTEX_TRYLOCK_PI"


def test_ioctl_unknown_requests():
    text, _ = entry("ioctl", (3, 0x80081234, 0))
    assert text == "3, _IOC(_IOC_READ, 0x12, 0x34, 0x8), 0"
    text, _ = entry("ioctl", (3, 0x1234, 0x42))
    assert text == "3, _IOC(_IOC_NONE, 0x12, 0x34, 0), 0x42"
    text, _ = entry("ioctl", (5, 0x5402, 0))
    assert text.startswith("5, SNDCTL_TMR_START or TCSETS, ")


def test_ioctl_tcgets_termios_at_exit():
    termios = struct.pack("<IIIIB19B", 0x500, 0x5, 0xbf, 0x8a3b, 0, *range(19))
    call = make_call("ioctl", (5, 0x5401, 0x7000), {0x7000: termios})
    assert SYSCALL_DECODERS["ioctl"][0](call) == "5, TCGETS"
    call.exiting, call.rv = True, 0
    assert SYSCALL_DECODERS["ioctl"][1](call) == (
        ", {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
        "c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE,"
        " ...}")
    failed = make_call("ioctl", (3, 0x5401, 0x7ffc0f7cfa50), errno=25)
    SYSCALL_DECODERS["ioctl"][0](failed)
    assert SYSCALL_DECODERS["ioctl"][1](failed) == ", 0x7ffc0f7cfa50"


def test_fcntl_return_values():
    ret = RET_KINDS["fcntl"]
    assert ret(1, make_call("fcntl", (5, 1), rv=1)) == "0x1 (flags FD_CLOEXEC)"
    assert ret(0x8002, make_call("fcntl", (5, 3), rv=0x8002)) == "0x8002 (flags O_RDWR|O_LARGEFILE)"
    assert ret(10, make_call("fcntl", (5, 11), rv=10)) == "10 (SIGUSR1)"
    assert ret(2, make_call("fcntl", (6, 0x401), rv=2)) == "0x2 (F_UNLCK)"
    assert ret(6, make_call("fcntl", (7, 0x40a), rv=6)) == "0x6 (seals F_SEAL_SHRINK|F_SEAL_GROW)"


def test_fcntl_flock_argument():
    flock = struct.pack("<hh4xqqi4x", 1, 0, 0, 10, 0)
    text, _ = entry("fcntl", (6, 6, 0x8000), {0x8000: flock})
    assert text == "6, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10}"


def test_prctl_options():
    text, _ = entry("prctl", (15, 0x6000), {0x6000: b"a-name-that-is-far-too-long\0"})
    assert text == 'PR_SET_NAME, "a-name-that-is-"...'
    text, _ = entry("prctl", (0x12345678, 1, 2, 3, 4))
    assert text == "0x12345678 /* PR_??? */, 0x1, 0x2, 0x3, 0x4"
    text, _ = entry("prctl", (47, 1, 13))
    assert text == "PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_NET_RAW, 0, 0"
    ret = RET_KINDS["prctl"]
    assert ret(1, make_call("prctl", (3,), rv=1)) == "1 (SUID_DUMP_USER)"
    assert ret(2, make_call("prctl", (52, 0), rv=2)) == "0x2 (PR_SPEC_ENABLE)"


def test_capget_data_bits():
    header = struct.pack("<Ii", 0x19980330, 0)
    data = struct.pack("<3I", 0x3, 0x1, 0)
    call = make_call("capget", (0x100, 0x200), {0x100: header, 0x200: data})
    assert SYSCALL_DECODERS["capget"][0](call) == "{version=_LINUX_CAPABILITY_VERSION_1, pid=0}, "
    call.exiting, call.rv = True, 0
    assert SYSCALL_DECODERS["capget"][1](call) == \
        "{effective=1<<CAP_CHOWN|1<<CAP_DAC_OVERRIDE, permitted=1<<CAP_CHOWN, inheritable=0}"


def test_socket_protocol_by_domain():
    from decoders import ARG_KINDS
    kind = ARG_KINDS["socket_protocol"]
    assert kind(6, make_call("socket", (2, 1, 6))) == "IPPROTO_TCP"
    assert kind(0, make_call("socket", (10, 2, 0))) == "IPPROTO_IP"
    assert kind(0x300, make_call("socket", (17, 3, 0x300))) == "htons(ETH_P_ALL)"
    assert kind(200, make_call("socket", (2, 1, 200))) == "0xc8 /* IPPROTO_??? */"
    assert kind(0, make_call("socket", (1, 1, 0))) == "0"
