"""decoders/process/clone.py against strace 6.1."""
from __future__ import annotations

import struct

import pytest

from decoders import SYSCALL_DECODERS
from tests.decoders.conftest import make_call
from tests.decoders.conftest import whole_call_entry as entry
from tests.decoders.observed import assert_in_every_style, row_id

# strace 6.1's rendering of these kinds (see tests/decoders/observed.py)
FLAG_ROWS = [
    ('clone_flags', 'clone', 0, (0x101000a, 0, 0, 0, 0), 'CLONE_THREAD|CLONE_CHILD_SETTID|SIGUSR1', '0x1010000|10', '0x1010000 /* CLONE_THREAD|CLONE_CHILD_SETTID */|10 /* SIGUSR1 */'),
    ('clone_flags', 'clone', 0, (0x811, 0, 0, 0, 0), 'CLONE_SIGHAND|SIGCHLD', '0x800|17', '0x800 /* CLONE_SIGHAND */|17 /* SIGCHLD */'),
    ('clone_flags', 'clone', 0, (0x10000, 0, 0, 0, 0), 'CLONE_THREAD', '0x10000', '0x10000 /* CLONE_THREAD */'),
    ('clone_flags', 'clone', 0, (0x1610011, 0, 0, 0, 0), 'CLONE_THREAD|CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|0x400000|SIGCHLD', '0x1610000|17', '0x1610000 /* CLONE_THREAD|CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|0x400000 */|17 /* SIGCHLD */'),
    ('clone_flags', 'clone', 0, (0x10180, 0, 0, 0, 0), 'CLONE_VM|CLONE_THREAD|128', '0x10100|128', '0x10100 /* CLONE_VM|CLONE_THREAD */|128'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 0), '0', '0', '0'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 0x20000), 'CLONE_NEWNS', '0x20000', '0x20000 /* CLONE_NEWNS */'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 0x60000000), 'CLONE_NEWPID|CLONE_NEWNET', '0x60000000', '0x60000000 /* CLONE_NEWPID|CLONE_NEWNET */'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 0x80), 'CLONE_NEWTIME', '0x80', '0x80 /* CLONE_NEWTIME */'),
    ('setns_flags', 'setns', 1, (0xffffffffffffffff, 1), '0x1 /* CLONE_NEW??? */', '0x1', '0x1 /* CLONE_NEW??? */'),
    ('unshare_flags', 'unshare', 0, (1,), '0x1 /* CLONE_??? */', '0x1', '0x1 /* CLONE_??? */'),
    ('unshare_flags', 'unshare', 0, (0x20101,), 'CLONE_VM|CLONE_NEWNS|0x1', '0x20101', '0x20101 /* CLONE_VM|CLONE_NEWNS|0x1 */'),
    ('unshare_flags', 'unshare', 0, (0x80000001,), '0x80000001 /* CLONE_??? */', '0x80000001', '0x80000001 /* CLONE_??? */'),
]


@pytest.mark.parametrize("row", FLAG_ROWS, ids=row_id)
def test_flag_rows_match_strace_in_every_xlat_style(row):
    assert_in_every_style(row)


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
