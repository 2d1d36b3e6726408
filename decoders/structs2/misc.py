"""Smaller structures and strings: kexec segments and command line, key
serials, host names, _sysctl's arguments, futex_waitv's waiters, landlock's
ruleset attributes, and the sigmask pair of pselect6/io_pgetevents."""
from __future__ import annotations

import struct

from decoders import Call, arg_kind
from decoders.render.flags import print_flags, print_xval
from decoders.render.numbers import U32, U64, hexval, signed
from decoders.render.strings import buffer, hex_address
from decoders.render.structs import Last, fetch, print_array
from decoders.signals import sigset_text
from decoders.xlat import s2_misc as xmisc

KEXEC_SEGMENT_MAX = 16
KEXEC_SEGMENT = struct.Struct("<QQQQ")     # buf, bufsz, mem, memsz


def _kexec_segment(chunk: bytes) -> str:
    buf, bufsz, mem, memsz = KEXEC_SEGMENT.unpack(chunk)
    return "{buf=%s, bufsz=%d, mem=%s, memsz=%d}" % (
        hex_address(buf), bufsz, hex_address(mem), memsz)


@arg_kind("kexec_segments")
def _kexec_segments(value: int, call: Call) -> str:
    """kexec_load's segments; nr_segments is the argument before."""
    count = call.args[call.index - 1] & U64
    if count > KEXEC_SEGMENT_MAX:
        return hex_address(value)
    return print_array(call, value, count, KEXEC_SEGMENT.size, _kexec_segment)


@arg_kind("cmdline")
def _cmdline(value: int, call: Call) -> str:
    """kexec_file_load's command line: cmdline_len bytes (the argument
    before), NUL included."""
    return buffer(value, call.args[call.index - 1], call)


@arg_kind("key_serial")
def _key_serial(value: int, call: Call) -> str:
    """A keyring: KEY_SPEC_* for the special ones, else the serial number."""
    return print_xval(signed(value, 32), xmisc.KEY_SPEC, None, call.opts.xlat_style, "d")


NEW_UTS_LEN = 64


@arg_kind("hostname")
def _hostname(value: int, call: Call) -> str:
    """sethostname/setdomainname's name: len bytes (the next argument); a
    length the kernel would refuse is not followed."""
    length = call.args[call.index + 1] & U32
    if length > NEW_UTS_LEN:
        return hex_address(value)
    return buffer(value, length, call)


# struct __sysctl_args: name, nlen, oldval, oldlenp, newval, newlen and
# four unused longs, all of which strace reads.
SYSCTL_ARGS = struct.Struct("<Qi4xQQQQ32x")


@arg_kind("sysctl_args")
def _sysctl_args(value: int, call: Call) -> str:
    data = fetch(call, value, SYSCTL_ARGS.size)
    if data is None:
        return hex_address(value)
    name, nlen, oldval, oldlenp, newval, newlen = SYSCTL_ARGS.unpack(data)
    return "{name=%s, nlen=%d, oldval=%s, oldlenp=%s, newval=%s, newlen=%d}" % (
        hex_address(name), nlen, hex_address(oldval), hex_address(oldlenp),
        hex_address(newval), newlen)


FUTEX_WAITV = struct.Struct("<QQII")        # val, uaddr, flags, __reserved
FUTEX_WAITV_MAX = 128


@arg_kind("futex_waiters")
def _futex_waiters(value: int, call: Call) -> str:
    """futex_waitv's waiters; nr_futexes is the next argument.  strace stops
    at the kernel's limit of 128 waiters."""
    style = call.opts.xlat_style
    printed = [0]

    def one(chunk: bytes) -> str:
        if printed[0] >= FUTEX_WAITV_MAX:
            return Last("...")
        printed[0] += 1
        val, uaddr, flags, reserved = FUTEX_WAITV.unpack(chunk)
        text = "{val=%s, uaddr=%s, flags=%s" % (
            hexval(val), hex_address(uaddr),
            print_flags(flags, xmisc.FUTEX_WAITER_FLAGS, "FUTEX_???", style))
        if reserved:
            text += ", __reserved=" + hexval(reserved)
        return text + "}"

    return print_array(call, value, call.args[call.index + 1] & U32, FUTEX_WAITV.size, one)


LANDLOCK_RULESET_ATTR_SIZE = 8      # handled_access_fs, as strace 6.1 knows it


@arg_kind("landlock_ruleset_attr")
def _landlock_ruleset_attr(value: int, call: Call) -> str:
    """landlock_create_ruleset's attr, of size bytes (the next argument);
    ``...`` stands for any part strace does not know."""
    size = call.args[call.index + 1] & U64
    if size < LANDLOCK_RULESET_ATTR_SIZE:
        return hex_address(value)
    data = fetch(call, value, LANDLOCK_RULESET_ATTR_SIZE)
    if data is None:
        return hex_address(value)
    access = struct.unpack("<Q", data)[0]
    text = "{handled_access_fs=" + print_flags(access, xmisc.LANDLOCK_RULESET_ACCESS_FS,
                                               "LANDLOCK_ACCESS_FS_???", call.opts.xlat_style)
    if size > LANDLOCK_RULESET_ATTR_SIZE:
        text += ", ..."
    return text + "}"


NSIG_BYTES = 8
SIGSET_ARGPACK = struct.Struct("<QQ")       # sigmask pointer, sigsetsize


@arg_kind("pselect6_sigmask")
def _pselect6_sigmask(value: int, call: Call) -> str:
    """pselect6's sixth argument (and io_pgetevents' usig): a pointer to a
    ``{sigmask, sigsetsize}`` pair.  The kernel reads it at entry, so strace
    shows it even when io_pgetevents fails."""
    data = fetch(call, value, SIGSET_ARGPACK.size, ignore_failure=True)
    if data is None:
        return hex_address(value)
    addr, size = SIGSET_ARGPACK.unpack(data)
    if size < 8 or size > NSIG_BYTES:
        mask = hex_address(addr)
    else:
        raw = call.mem.read(addr, size) if addr else None
        mask = hex_address(addr) if raw is None else sigset_text(raw, call.opts.xlat_style)
    return "{sigmask=%s, sigsetsize=%d}" % (mask, size)
