"""Plain numbers, pointers, descriptors and ids, and the return-value kinds.

The widths follow strace's own casts: an ``int`` argument is the low 32 bits
of the register read as signed (a register holding 0xffffffff prints -1),
sizes and counts are the whole register unsigned, offsets the whole register
signed.  Return values print the way strace's default format does: unsigned
decimal of the whole register (a successful syscall never returns a value
in the errno range, so this only shows for odd kernels and odd calls).
"""
from __future__ import annotations

import struct

from decoders import (  # noqa: F401  (PID_NONE: the decoders of pid arguments take it from here)
    PID_NONE, PID_PGID, PID_SID, PID_TGID, PID_TID, Call, DecodeOptions, arg_kind, ret_kind)
from decoders.render.numbers import INT_MAX, U32, U64, hexval, id_text, int32, int64, octal
from decoders.render.strings import PATH_MAX, hex_address, quote
from decoders.render.structs import fetch

AT_FDCWD = -100


# -- descriptors and pids ---------------------------------------------------

def fd_text(fd: int, call: Call, fd_path=None) -> str:
    """``3``, or ``3</etc/passwd>`` with -y when the session knows the fd
    (``fd_path``: another process's table than the caller's)."""
    fd = int32(fd)
    fd_path = fd_path or call.fd_path
    if fd >= 0 and call.opts.decode_fds and fd_path is not None:
        decoration = fd_path(fd)
        if decoration is not None:
            return "%d%s" % (fd, decoration)
    return str(fd)


def dirfd_text(fd: int, call: Call) -> str:
    """``AT_FDCWD`` for -100 (with -y, ``AT_FDCWD</cwd>``: the session's
    ``fd_path`` answers AT_FDCWD with the tracee's working directory)."""
    fd = int32(fd)
    if fd != AT_FDCWD:
        return fd_text(fd, call)
    style = call.opts.xlat_style
    if style == "raw":
        text = "-100"
    elif style == "verbose":
        text = "-100 /* AT_FDCWD */"
    else:
        text = "AT_FDCWD"
    if "path" in call.opts.decode_fds and call.fd_path is not None:
        cwd = call.fd_path(AT_FDCWD)
        if cwd is not None:
            text += cwd
    return text


def pid_comm_text(pid: int, opts: DecodeOptions, kind: int = PID_TGID,
                  translate=None) -> str:
    """A process or thread id as strace's printpid prints it.

    For printers that have options but no :class:`Call` (the siginfo of a
    ``--- SIGCHLD {...} ---`` line)."""
    pid = int32(pid)
    if not opts.decode_pids:
        return str(pid)
    from decoders.render.pid_details import pid_decoration   # -Y, --pidns-translation
    return str(pid) + pid_decoration(pid, kind, opts, translate)


def pid_text(pid: int, call: Call, kind: int = PID_TGID) -> str:
    """A pid of ``kind`` (a process's by default) as the traced call names it."""
    return pid_comm_text(pid, call.opts, kind, call.translate_pid)


def pid_or_pgid_text(pid: int, call: Call) -> str:
    """kill's and wait4's pid (strace's printpid_tgid_pgid): a process, or
    below -1 the process group it negates."""
    pid = int32(pid)
    if pid > 0:
        return pid_text(pid, call)
    if pid < -1 and call.opts.decode_pids:
        from decoders.render.pid_details import pid_decoration
        return str(pid) + pid_decoration(-pid, PID_PGID, call.opts, call.translate_pid)
    return str(pid)


# -- argument kinds ---------------------------------------------------------

@arg_kind("int")
def _int(value: int, call: Call) -> str:
    return str(int32(value))


@arg_kind("uint")
def _uint(value: int, call: Call) -> str:
    return str(value & U32)


@arg_kind("long", "off")
def _long(value: int, call: Call) -> str:
    return str(int64(value))


@arg_kind("ulong", "size")
def _ulong(value: int, call: Call) -> str:
    return str(value & U64)


@arg_kind("hex")
def _hex(value: int, call: Call) -> str:
    return hexval(value & U64)


@arg_kind("hex32")
def _hex32(value: int, call: Call) -> str:
    """An ``unsigned int`` in hex: the flags no name table covers yet."""
    return hexval(value & U32)


@arg_kind("ptr")
def _ptr(value: int, call: Call) -> str:
    return hex_address(value & U64)


@arg_kind("fd")
def _fd(value: int, call: Call) -> str:
    return fd_text(value, call)


@arg_kind("dirfd")
def _dirfd(value: int, call: Call) -> str:
    return dirfd_text(value, call)


@arg_kind("pid")
def _pid(value: int, call: Call) -> str:
    return pid_text(value, call)


@arg_kind("tid")
def _tid(value: int, call: Call) -> str:
    return pid_text(value, call, PID_TID)


@arg_kind("pgid")
def _pgid(value: int, call: Call) -> str:
    """A process group id: -Y adds no comm to those."""
    return pid_text(value, call, PID_PGID)


@arg_kind("pid_or_pgid")
def _pid_or_pgid(value: int, call: Call) -> str:
    return pid_or_pgid_text(value, call)


@arg_kind("uid", "gid")
def _uid(value: int, call: Call) -> str:
    return id_text(value)


@arg_kind("octal", "umask")
def _octal(value: int, call: Call) -> str:
    # strace passes modes through an unsigned short
    return octal(value & 0xFFFF)


@arg_kind("ignored")
def _ignored(value: int, call: Call) -> None:
    return None


# Arguments whose meaning depends on a neighbour -----------------------------


# Pointers to one number -----------------------------------------------------

def _read_number(value: int, call: Call, fmt: str):
    """The number at ``value``, or the address text strace prints instead."""
    if not value:
        return "NULL", None
    if call.exiting and call.failed:
        return hex_address(value), None
    data = call.mem.read(value, struct.calcsize(fmt))
    if data is None:
        return hex_address(value), None
    return None, struct.unpack_from(fmt, data)[0]


def _pointer_kind(fmt: str, render):
    def decode(value: int, call: Call) -> str:
        fallback, number = _read_number(value, call, fmt)
        if fallback is not None:
            return fallback
        return "[%s]" % render(number)
    return decode


arg_kind("uint_ptr")(_pointer_kind("<I", str))
arg_kind("ulong_ptr")(_pointer_kind("<Q", str))
arg_kind("off_ptr")(_pointer_kind("<q", str))
arg_kind("ptr_ptr")(_pointer_kind("<Q", hex_address))
arg_kind("uid_ptr")(_pointer_kind("<I", id_text))


# Pointers to an int -----------------------------------------------------------

@arg_kind("int_ptr")
def _int_ptr(value: int, call: Call) -> str:
    """An int the kernel writes: ``[16]``."""
    data = fetch(call, value, 4)
    if data is None:
        return hex_address(value)
    return "[%d]" % struct.unpack("<i", data)[0]


@arg_kind("int_ptr_in")
def _int_ptr_in(value: int, call: Call) -> str:
    data = fetch(call, value, 4, ignore_failure=True)
    if data is None:
        return hex_address(value)
    return "[%d]" % struct.unpack("<i", data)[0]


# Buffers whose length is the return value -----------------------------------

@arg_kind("path_rv")
def _path_rv(value: int, call: Call) -> str:
    """getcwd's buffer: a path of at most rv - 1 bytes (the rv counts the NUL)."""
    if call.failed or call.rv is None:
        return hex_address(value)
    if not value:
        return "NULL"
    limit = max(0, min(call.rv - 1, PATH_MAX - 1))
    got = call.mem.cstring(value, limit)
    if got is None:
        return hex_address(value)
    data, terminated = got
    if not terminated and len(data) == limit:
        # strace looks one byte further to see whether the path ends there
        more = call.mem.cstring(value, limit + 1)
        terminated = more is not None and more[1]
    return quote(data, call.opts.hex_strings, not terminated)


# -- return kinds -----------------------------------------------------------

@ret_kind("int", "long", "size", "uid")
def _ret_decimal(value: int, call: Call) -> str:
    return str(value & U64)


@ret_kind("hex")
def _ret_hex(value: int, call: Call) -> str:
    return hexval(value & U64)


@ret_kind("fd")
def fd_return(value: int, call: Call) -> str:
    if 0 <= value <= INT_MAX:
        return fd_text(value, call)
    return str(int64(value))


@ret_kind("pid")
def _ret_pid(value: int, call: Call) -> str:
    return pid_text(value, call)


@ret_kind("tid")
def _ret_tid(value: int, call: Call) -> str:
    return pid_text(value, call, PID_TID)


@ret_kind("pgid")
def _ret_pgid(value: int, call: Call) -> str:
    return pid_text(value, call, PID_PGID)


@ret_kind("sid")
def _ret_sid(value: int, call: Call) -> str:
    return pid_text(value, call, PID_SID)


@ret_kind("octal")
def _ret_octal(value: int, call: Call) -> str:
    return octal(value & U64)


@ret_kind("none")
def _ret_none(value: int, call: Call) -> str:
    return "?"
