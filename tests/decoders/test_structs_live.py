"""The struct decoders against strace 6.1 itself, on the same bytes.

structs_probe.c makes each syscall and prints its raw arguments, result and
every memory block involved, before and after the call.  strace traces the
same run; each argument whose kind is one of the structure kinds below is
rendered from those bytes and must appear, as a whole argument, in strace's line.
Run under several option sets (-v, -X raw/verbose, -s, -xx).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

import decoders
from decoders import ARG_KINDS, RET_KINDS
from decoders.syscalls_x86_64 import signature
from tests.decoders.conftest import make_call
from tests.decoders.probes import run_probe

decoders.load_all()

pytestmark = pytest.mark.skipif(not (shutil.which("strace") and shutil.which("gcc")),
                                reason="needs strace and gcc")

# The structure kinds this probe exercises (files, io, net, process, system, time).
MY_ARG_KINDS = frozenset((
    "clockid", "dirents", "dirents64", "epoll_event_in", "epoll_events_out", "fd_pair",
    "fd_set", "int_ptr", "int_ptr_in", "iovec_addr", "iovec_in", "iovec_out", "itimer_which",
    "itimerspec_ptr", "itimerval_ptr", "mmsghdr_in", "mmsghdr_out", "mode_type", "msg_flags",
    "msghdr_in", "msghdr_out", "pollfd_array", "rlimit_in", "rlimit_out", "rusage_ptr",
    "rusage_who", "shutdown_how", "sock_flags", "sockaddr_in", "sockaddr_out", "socket_domain",
    "socket_type", "socklen_ptr", "sockopt_level", "stat_ptr", "statfs_ptr", "statx_mask",
    "statx_ptr", "sysinfo_ptr", "time_ptr", "timer_flags", "timerfd_flags", "timespec_pair",
    "timespec_ptr", "timespec_rem", "timeval_pair", "timeval_ptr", "timex_ptr", "timezone_ptr",
    "tms_ptr", "ustat_ptr", "utimbuf_ptr", "utsname_ptr", "wait_status"))
MY_RET_KINDS = frozenset(("adjtimex_state", "poll_ret", "select_ret", "time"))

# Kinds that need a look at entry as well as at exit: the table should mark them
# ``<>`` (recvmsg's name length offered, as strace shows ``110 => 16``).
READ_AT_ENTRY_TOO = {"msghdr_out", "mmsghdr_out"}

OPTION_SETS = {
    "default": ([], {}),
    "verbose": (["-v"], {"verbose": True}),
    "raw": (["-X", "raw"], {"xlat_style": "raw"}),
    "xverbose": (["-X", "verbose"], {"xlat_style": "verbose"}),
    "s4": (["-s", "4"], {"string_limit": 4}),
    "xx_v": (["-xx", "-v"], {"hex_strings": 2, "verbose": True}),
}


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    work = tmp_path_factory.mktemp("structs_probe")
    binary = work / "probe"
    source = Path(__file__).with_name("structs_probe.c")
    subprocess.run(["gcc", "-O0", "-w", "-o", str(binary), str(source)], check=True)
    return binary


@pytest.fixture(scope="module", autouse=True)
def utc():
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


def is_whole_argument(line: str, text: str) -> bool:
    return any(before + text + after in line
               for before in ("(", ", ") for after in (",", ")"))


def check_record(tag: str, record: Record, opts: dict) -> int:
    """Render our kinds for one call and compare with strace's line; returns
    how many values were compared."""
    sig = signature(record.nr)
    call = make_call(sig.name, record.args, record.before, nr=record.nr, **opts)
    checked = 0
    rendered = {}
    for index, arg in enumerate(sig.args):
        if (arg.at_entry or arg.kind in READ_AT_ENTRY_TOO) and arg.kind in ARG_KINDS:
            call.index = index
            text = ARG_KINDS[arg.kind](record.args[index], call)
            if not arg.at_exit and arg.kind not in READ_AT_ENTRY_TOO:
                rendered[index] = text
    exit_call = make_call(sig.name, record.args, record.after, nr=record.nr,
                          rv=record.rv, errno=record.errno, **opts)
    exit_call.saved = call.saved
    for index, arg in enumerate(sig.args):
        if arg.at_exit and arg.kind in ARG_KINDS:
            exit_call.index = index
            rendered[index] = ARG_KINDS[arg.kind](record.args[index], exit_call)
    for index, text in rendered.items():
        if sig.args[index].kind in MY_ARG_KINDS and text is not None:
            assert is_whole_argument(record.line, text), (tag, sig.args[index].kind, text,
                                                          record.line)
            checked += 1
    if sig.ret in MY_RET_KINDS and not record.errno:
        text = RET_KINDS[sig.ret](record.rv, exit_call)
        unpadded = re.sub(r"\) +=", ") =", record.line)
        assert unpadded.endswith(") = " + text), (tag, text, record.line)
        checked += 1
    return checked


@pytest.mark.parametrize("option_set", list(OPTION_SETS))
def test_probe_matches_strace(probe, tmp_path, option_set):
    options, opts = OPTION_SETS[option_set]
    records = run_probe(probe, options, tmp_path)
    assert len(records) > 60
    unchecked = [tag for tag, record in records.items()
                 if check_record(tag, record, opts) == 0]
    assert unchecked == []


def test_ustat_buffer_is_an_address(probe, tmp_path):
    """strace 6.1 prints ustat's buffer as an address even on success."""
    source = tmp_path / "ustat.c"
    source.write_text("#include <sys/syscall.h>\n#include <unistd.h>\n#include <sys/stat.h>\n"
                      "#include <stdio.h>\nint main(){struct stat st; static char buf[64];"
                      "stat(\"/\", &st); long rv = syscall(136, (long) st.st_dev, buf);"
                      "printf(\"%lx %lx %ld\\n\", (long) st.st_dev, (long) buf, rv); return 0;}\n")
    subprocess.run(["gcc", "-o", str(tmp_path / "ustat"), str(source)], check=True)
    out = subprocess.run(["strace", "-e", "trace=ustat", str(tmp_path / "ustat")],
                         capture_output=True, text=True)
    dev, buf, rv = out.stdout.split()
    line = out.stderr.splitlines()[0]
    call = make_call("ustat", (int(dev, 16), int(buf, 16)), {int(buf, 16): bytes(64)},
                     rv=int(rv))
    call.index = 1
    assert is_whole_argument(line, ARG_KINDS["ustat_ptr"](int(buf, 16), call))
