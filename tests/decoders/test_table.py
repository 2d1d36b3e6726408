"""The x86_64 signature table against the kernel headers and strace 6.1.

Names and numbers are checked against the installed UAPI header and against
strace itself (it rejects a name it does not know); argument counts and trace
classes against strace's own syscallent.h when its source mirror is there;
class membership against what a real strace prints for ``-e trace=%CLASS``
on a program making a sample of harmless failing syscalls.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

import decoders
from decoders import table
from decoders.syscalls_x86_64 import BY_NAME, SYSCALLS, names_in_class, signature

UNISTD_64 = "/usr/include/x86_64-linux-gnu/asm/unistd_64.h"
STRACE_REPO = "/work/.mirror/strace+strace/repo"
STRACE = shutil.which("strace")

needs_strace = pytest.mark.skipif(STRACE is None, reason="strace is not installed")


def header_syscalls() -> dict[int, str]:
    with open(UNISTD_64) as f:
        text = f.read()
    return {int(nr): name for name, nr in re.findall(r"#define __NR_(\w+)\s+(\d+)", text)}


# strace 6.1 calls every x86_64 syscall by its __NR_ name except these.
STRACE_RENAMES: dict[str, str] = {}


@pytest.mark.skipif(not os.path.exists(UNISTD_64), reason="no kernel UAPI headers")
def test_numbers_and_names_match_the_kernel_header():
    expected = {nr: STRACE_RENAMES.get(name, name) for nr, name in header_syscalls().items()}
    assert {nr: sig.name for nr, sig in SYSCALLS.items()} == expected


def test_rows_are_consistent():
    assert all(nr == sig.nr for nr, sig in SYSCALLS.items())
    assert len(BY_NAME) == len(SYSCALLS)
    assert all(BY_NAME[sig.name] is sig for sig in SYSCALLS.values())
    assert all(len(sig.args) <= 6 for sig in SYSCALLS.values())
    assert all(arg.kind and arg.name for sig in SYSCALLS.values() for arg in sig.args)


@needs_strace
def test_strace_knows_every_name():
    # strace refuses the whole expression if one name is unknown to it
    names = ",".join(sorted(BY_NAME))
    done = subprocess.run([STRACE, "-qq", "-e", "trace=" + names, "true"],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    bogus = subprocess.run([STRACE, "-qq", "-e", "trace=no_such_syscall", "true"],
                           capture_output=True, text=True, timeout=30)
    assert bogus.returncode != 0 and "no_such_syscall" in bogus.stderr


def strace_syscallent() -> dict[int, tuple[int, str, str]]:
    """nr -> (argument count, class flags, name) from strace v6.1's own table."""
    text = ""
    for path in ("src/linux/x86_64/syscallent.h", "src/linux/generic/syscallent-common.h"):
        text += subprocess.run(["git", "-C", STRACE_REPO, "show", "v6.1:" + path],
                               capture_output=True, text=True, check=True).stdout
    rows = {}
    for m in re.finditer(r'\[(?:BASE_NR \+ )?\s*(\d+)\]\s*=\s*\{\s*(\d+),\s*([^,]+),'
                         r'\s*SEN\(\w+\),\s*"(\w+)"', text):
        rows[int(m[1])] = (int(m[2]), m[3].strip(), m[4])
    return rows


needs_mirror = pytest.mark.skipif(not os.path.isdir(STRACE_REPO),
                                  reason="strace source mirror is not present")

_FLAG_BITS = {"TD": table.TD, "TF": table.TF, "TI": table.TI, "TN": table.TN,
              "TP": table.TP, "TS": table.TS, "TM": table.TM, "TC": table.TC,
              "TCL": table.TCL, "TST": table.TST, "TLST": table.TLST,
              "TFST": table.TFST, "TSTA": table.TSTA, "TSF": table.TSF,
              "TFSF": table.TFSF, "TSFA": table.TSFA, "PU": table.PU}


@needs_mirror
def test_argument_counts_match_strace():
    rows = strace_syscallent()
    assert len(rows) == len(SYSCALLS)
    wrong = {SYSCALLS[nr].name: (len(SYSCALLS[nr].args), count)
             for nr, (count, _, _) in rows.items() if len(SYSCALLS[nr].args) != count}
    assert wrong == {}


@needs_mirror
def test_classes_match_strace():
    wrong = {}
    for nr, (_, flags, name) in strace_syscallent().items():
        bits = 0
        for flag in flags.split("|"):
            bits |= _FLAG_BITS.get(flag.strip(), 0)   # NF, SI, SE... are not classes
        if SYSCALLS[nr].classes != bits:
            wrong[name] = (SYSCALLS[nr].classes, bits)
    assert wrong == {}


def test_every_kind_is_registered():
    """Every kind a row names has a decoder, but where a whole-call decoder
    replaces the row's arguments (their kinds then only document them)."""
    decoders.load_all()
    arg_kinds = {arg.kind for sig in SYSCALLS.values() for arg in sig.args
                 if sig.name not in decoders.SYSCALL_DECODERS}
    ret_kinds = {sig.ret for sig in SYSCALLS.values()}
    missing = sorted(arg_kinds - set(decoders.ARG_KINDS))
    missing_ret = sorted(ret_kinds - set(decoders.RET_KINDS))
    assert (missing, missing_ret) == ([], [])


def test_unknown_number_falls_back():
    sig = signature(999)
    assert sig.name == "syscall_0x3e7"
    assert len(sig.args) == 6
    assert signature(257) is BY_NAME["openat"]


def test_class_names_accept_strace_spellings():
    assert names_in_class("%file") == names_in_class("file")
    assert names_in_class("%stat") == names_in_class("stat") == {"stat"}
    assert names_in_class("%net") == names_in_class("%network")
    assert {"stat", "fstat", "lstat", "newfstatat", "statx"} == names_in_class("%%stat")
    with pytest.raises(KeyError):
        names_in_class("%nonsense")


# -- class membership as a real strace sees it ------------------------------

# Syscalls that fail harmlessly when every argument is -1 (EBADF, EFAULT,
# EINVAL...), or that only read state, covering every class.
SAMPLE = """
read write open close stat fstat lstat poll lseek mmap mprotect munmap
rt_sigaction rt_sigprocmask pread64 access pipe select mremap msync mincore
madvise shmget shmat shmctl dup dup2 getitimer getpid sendfile socket connect
accept bind listen getsockname socketpair setsockopt execve wait4 uname
semget semop shmdt fcntl flock fsync truncate getcwd chdir rename mkdir rmdir
creat link unlink readlink chmod fchown lchown gettimeofday getrlimit
getuid getgid setuid geteuid getppid getpgrp getgroups getresuid capget
rt_sigpending sigaltstack utime mknod ustat statfs fstatfs sched_getparam
mlock mlockall pivot_root adjtimex chroot settimeofday umount2 swapoff
gettid setxattr getxattr listxattr removexattr fremovexattr time
sched_getaffinity epoll_create getdents64 clock_gettime clock_getres
epoll_wait epoll_ctl utimes mbind mq_open waitid inotify_add_watch openat
mkdirat newfstatat unlinkat renameat readlinkat faccessat ppoll splice
utimensat signalfd eventfd2 pipe2 accept4 preadv fanotify_mark
name_to_handle_at statx clock_adjtime setns getcpu memfd_create execveat
mlock2 copy_file_range pidfd_send_signal io_uring_setup open_tree fsopen
pidfd_open openat2 faccessat2 process_madvise mount_setattr
set_mempolicy_home_node
""".split()

PROGRAM = r"""
#include <stdlib.h>
#include <unistd.h>
#include <sys/syscall.h>
int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        syscall(atol(argv[i]), -1L, -1L, -1L, -1L, -1L, -1L);
    return 0;
}
"""

CLASSES = ["%desc", "%file", "%ipc", "%network", "%process", "%signal", "%memory",
           "%creds", "%clock", "%stat", "%lstat", "%fstat", "%%stat", "%statfs",
           "%fstatfs", "%%statfs", "%pure", "file", "desc", "process"]


@pytest.fixture(scope="module")
def sample_program(tmp_path_factory):
    if STRACE is None or shutil.which("gcc") is None:
        pytest.skip("needs strace and gcc")
    directory = tmp_path_factory.mktemp("table")
    source = directory / "calls.c"
    source.write_text(PROGRAM)
    binary = directory / "calls"
    subprocess.run(["gcc", "-O0", "-o", str(binary), str(source)], check=True)
    return str(binary)


def traced_names(program: str, trace: str) -> set[str]:
    numbers = [str(BY_NAME[name].nr) for name in SAMPLE]
    done = subprocess.run([STRACE, "-qq", "-e", "trace=" + trace, "-e", "signal=none",
                           program] + numbers,
                          capture_output=True, text=True, timeout=60)
    return set(re.findall(r"^(\w+)\(", done.stderr, re.M))


@needs_strace
@pytest.mark.parametrize("trace_class", CLASSES)
def test_class_membership_matches_strace(sample_program, trace_class):
    observed = traced_names(sample_program, trace_class)
    assert observed & set(SAMPLE) == names_in_class(trace_class) & set(SAMPLE)
    # the loader's calls before main() and exit_group are in the output too
    assert observed <= names_in_class(trace_class)
