"""Flag and enumeration argument kinds.

``print_flags`` and ``print_xval`` follow strace's printflags_ex/printxvals_ex,
including the corners where decoders/render.py differs:

* with ``-X verbose`` a value nothing matches still gets its ``/* dflt */``;
* a zero value matches a zero-valued entry only when that entry is first in
  the table (strace stops scanning as soon as no bits are left);
* zero with no zero entry and no default prints nothing at all, which is
  visible in a few composite values (statx flags under ``-X raw``).

Argument kinds take the raw 64-bit register; most of strace's decoders read
the argument as an ``unsigned int`` (printflags/printxval), a few as a full
long (printflags64), and each kind below truncates the way strace does.
"""
from __future__ import annotations

from functools import lru_cache

from decoders import Call, arg_kind, ret_kind
from decoders.render.flags import (
    flag_names as _flag_names, flags32 as _flags32, flags64 as _flags64, lookup,
    print_flags, print_named, print_xval, xval32 as _xval32)
from decoders.render.numbers import U32, hexval, octal as octal_mode
from decoders.render.strings import hex_address
from decoders.signals import signal_text
from decoders.xlat import (
    fcntl as xfcntl, misc as xmisc, mman as xmman, open as xopen, process as xproc)

# open(2) and friends -------------------------------------------------------

O_CREAT = 0o100
O_TMPFILE_BIT = 0o20000000     # __O_TMPFILE: the mode is read for either


@lru_cache(maxsize=1024)
def open_flags_text(flags: int, style: str = "abbrev") -> str:
    """``O_WRONLY|O_CREAT|O_TRUNC``: the access mode always comes first."""
    flags &= U32
    text = lookup(flags & 3, xopen.OPEN_ACCESS_MODES)
    rest = flags & ~3
    if rest:
        names, left = _flag_names(rest, xopen.OPEN_MODE_FLAGS)
        if left:
            names.append(hexval(left))
        text += "|" + "|".join(names)
    return print_named(flags, text, style)


@arg_kind("open_flags")
def _open_flags(value: int, call: Call) -> str:
    return open_flags_text(value, call.opts.xlat_style)


@arg_kind("open_mode")
def _open_mode(value: int, call: Call) -> str | None:
    """The mode of open/openat exists only with O_CREAT or O_TMPFILE;
    elsewhere (creat, mkdir, chmod...) it is always printed."""
    if call.name in ("open", "openat") and call.index > 0:
        if not call.args[call.index - 1] & (O_CREAT | O_TMPFILE_BIT):
            return None
    return octal_mode(value & 0xFFFF)


arg_kind("access_mode")(_flags32(xopen.ACCESS_MODES, "?_OK"))

AT_STATX_SYNC_TYPE = 0x6000

_AT_FLAG_TABLES = {
    "faccessat2": xopen.FACCESSAT_FLAGS,
    "name_to_handle_at": xopen.NAME_TO_HANDLE_AT_FLAGS,
}


def statx_flags_text(flags: int, style: str = "abbrev") -> str:
    """statx's flags: the sync type (possibly AT_STATX_SYNC_AS_STAT, zero)
    first, then the AT_* flags."""
    flags &= U32
    text = print_flags(flags & AT_STATX_SYNC_TYPE, xopen.AT_STATX_SYNC_TYPES, None, style)
    rest = flags & ~AT_STATX_SYNC_TYPE
    if rest:
        text += "|" + print_flags(rest, xopen.AT_FLAGS, None, style)
    return text


@arg_kind("at_flags")
def _at_flags(value: int, call: Call) -> str:
    if call.name == "statx":
        return statx_flags_text(value, call.opts.xlat_style)
    table = _AT_FLAG_TABLES.get(call.name, xopen.AT_FLAGS)
    return print_flags(value & U32, table, "AT_???", call.opts.xlat_style)


arg_kind("unlinkat_flags")(_flags32(xopen.AT_FLAGS, "AT_???"))
arg_kind("renameat2_flags")(_flags32(xopen.RENAME_FLAGS, "RENAME_??"))

# Memory ---------------------------------------------------------------------

MAP_TYPE = 0x0F
MAP_HUGE_SHIFT = 26
MAP_HUGE_MASK = 0x3F


@lru_cache(maxsize=1024)
def mmap_flags_text(flags: int, style: str = "abbrev") -> str:
    """``MAP_PRIVATE|MAP_ANONYMOUS``: the map type first (MAP_FILE for 0),
    then the other flags, then a huge page size as ``21<<MAP_HUGE_SHIFT``."""
    if style == "raw":
        return hexval(flags)
    parts = [print_xval(flags & MAP_TYPE, xmman.MMAP_FLAGS, "MAP_???")]
    rest = flags & ~MAP_TYPE
    huge = rest & (MAP_HUGE_MASK << MAP_HUGE_SHIFT)
    # strace clears the huge-page bits with a 32-bit mask, losing any bits
    # above 31 along with them.
    rest &= ~(MAP_HUGE_MASK << MAP_HUGE_SHIFT) & U32
    if rest:
        parts.append(print_flags(rest, xmman.MMAP_FLAGS))
    if huge:
        parts.append("%d<<MAP_HUGE_SHIFT" % (huge >> MAP_HUGE_SHIFT))
    text = "|".join(parts)
    if style == "verbose":
        return "%s /* %s */" % (hexval(flags), text)
    return text


@arg_kind("mmap_flags")
def _mmap_flags(value: int, call: Call) -> str:
    return mmap_flags_text(value, call.opts.xlat_style)


arg_kind("mmap_prot")(_flags64(xmman.MMAP_PROT, "PROT_???"))
arg_kind("madvise_advice")(_xval32(xmman.MADVISE_CMDS, "MADV_???"))
arg_kind("mremap_flags")(_flags64(xmman.MREMAP_FLAGS, "MREMAP_???"))
arg_kind("msync_flags")(_flags32(xmman.MCTL_SYNC, "MS_???"))
arg_kind("mlock2_flags")(_flags32(xmman.MLOCK_FLAGS, "MLOCK_???"))
arg_kind("mlockall_flags")(_flags32(xmman.MLOCKALL_FLAGS, "MCL_???"))

MREMAP_MAYMOVE = 1
MREMAP_FIXED = 2


@arg_kind("mremap_new_address")
def _mremap_new_address(value: int, call: Call) -> str | None:
    """mremap's fifth argument exists only with MREMAP_MAYMOVE|MREMAP_FIXED
    (the flags are the argument before it)."""
    flags = call.args[call.index - 1] if call.index > 0 else 0
    both = MREMAP_MAYMOVE | MREMAP_FIXED
    if flags & both != both:
        return None
    return hex_address(value)


MFD_HUGE_SHIFT = 26
MFD_HUGE_MASK = 0x3F


@arg_kind("memfd_flags")
def _memfd_flags(value: int, call: Call) -> str:
    flags = value & U32
    style = call.opts.xlat_style
    if flags == 0 or style == "raw":
        return hexval(flags)
    huge = flags & (MFD_HUGE_MASK << MFD_HUGE_SHIFT)
    flags &= ~(MFD_HUGE_MASK << MFD_HUGE_SHIFT)
    parts = []
    if flags or not huge:
        parts.append(print_flags(flags, xmman.MEMFD_CREATE_FLAGS, "MFD_???"))
    if huge:
        parts.append("%d<<MFD_HUGE_SHIFT" % (huge >> MFD_HUGE_SHIFT))
    text = "|".join(parts)
    if style == "verbose":
        return "%s /* %s */" % (hexval(value & U32), text)
    return text


# Processes ------------------------------------------------------------------

CSIGNAL = 0xFF


@lru_cache(maxsize=1024)
def clone_flags_text(value: int, style: str = "abbrev") -> str:
    """``CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD``: the exit signal
    lives in the low byte and prints as a signal."""
    flags = value & ~CSIGNAL
    sig = value & CSIGNAL
    if not flags:
        return signal_text(sig, style)
    text = print_flags(flags, xproc.CLONE_FLAGS, "CLONE_???", style)
    if sig:
        text += "|" + signal_text(sig, style)
    return text


@arg_kind("clone_flags")
def _clone_flags(value: int, call: Call) -> str:
    return clone_flags_text(value, call.opts.xlat_style)


arg_kind("wait_options")(_flags32(xproc.WAIT4_OPTIONS, "W???"))
arg_kind("waitid_which")(_xval32(xproc.WAITID_TYPES, "P_???"))
arg_kind("rlimit_resource")(_xval32(xproc.RESOURCES, "RLIMIT_???"))
arg_kind("prio_which")(_xval32(xproc.PRIORITIES, "PRIO_???"))
arg_kind("sched_policy")(_xval32(xproc.SCHEDULERS, "SCHED_???"))
arg_kind("setns_flags")(_flags32(xproc.SETNS_TYPES, "CLONE_NEW???"))
arg_kind("unshare_flags")(_flags64(xproc.UNSHARE_FLAGS, "CLONE_???"))
arg_kind("membarrier_cmd")(_xval32(xproc.MEMBARRIER_CMDS, "MEMBARRIER_CMD_???"))
arg_kind("membarrier_flags")(_flags32(xproc.MEMBARRIER_FLAGS, "MEMBARRIER_CMD_FLAG_???"))

MEMBARRIER_CMD_FLAG_CPU = 1


@arg_kind("membarrier_cpu_id")
def _membarrier_cpu_id(value: int, call: Call) -> str | None:
    """membarrier's cpu_id is printed only with MEMBARRIER_CMD_FLAG_CPU."""
    flags = call.args[call.index - 1] if call.index > 0 else 0
    if not flags & MEMBARRIER_CMD_FLAG_CPU:
        return None
    value &= U32
    return str(value - (1 << 32) if value & 0x80000000 else value)


PER_MASK = 0xFF


def personality_text(value: int, style: str = "abbrev") -> str:
    """``PER_LINUX|ADDR_NO_RANDOMIZE``: the personality type in the low byte."""
    value &= U32
    text = print_xval(value & PER_MASK, xproc.PERSONALITY_TYPES, "PER_???", style)
    rest = value & ~PER_MASK
    if rest:
        text += "|" + print_flags(rest, xproc.PERSONALITY_FLAGS, None, style)
    return text


@arg_kind("personality")
def _personality(value: int, call: Call) -> str:
    if value & U32 == U32:      # the query value, printed as is
        return "0xffffffff"
    return personality_text(value, call.opts.xlat_style)


KEXEC_ARCH_MASK = 0xFFFF0000


@arg_kind("kexec_flags")
def _kexec_flags(value: int, call: Call) -> str:
    style = call.opts.xlat_style
    if call.name == "kexec_file_load":
        return print_flags(value, xproc.KEXEC_FILE_LOAD_FLAGS, "KEXEC_FILE_???", style)
    text = print_xval(value & KEXEC_ARCH_MASK, xproc.KEXEC_ARCH_VALUES, "KEXEC_ARCH_???", style)
    rest = value & ~KEXEC_ARCH_MASK
    if rest:
        text += "|" + print_flags(rest, xproc.KEXEC_LOAD_FLAGS, "KEXEC_???", style)
    return text


# Return values strace annotates with a name: ``= 0 (SCHED_OTHER)``.

@ret_kind("sched_policy")
def _ret_sched_policy(value: int, call: Call) -> str:
    name = lookup(value, xproc.SCHEDULERS) if value >= 0 else None
    return "%d (%s)" % (value, name) if name else str(value)


@ret_kind("personality")
def _ret_personality(value: int, call: Call) -> str:
    """The old personality in hex, then its decoding (which follows -X)."""
    return "%s (%s)" % (hexval(value & 0xFFFFFFFFFFFFFFFF),
                        personality_text(value, call.opts.xlat_style))


@ret_kind("membarrier_cmd")
def _ret_membarrier(value: int, call: Call) -> str:
    """MEMBARRIER_CMD_QUERY returns the supported commands as a bit set."""
    value &= 0xFFFFFFFFFFFFFFFF
    if not value:
        return "0"
    return "%s (%s)" % (hexval(value), print_flags(value, xproc.MEMBARRIER_CMDS, None,
                                                   call.opts.xlat_style))


# Files and descriptors ------------------------------------------------------

arg_kind("flock_op")(_flags32(xfcntl.FLOCKCMDS, "LOCK_???"))
arg_kind("lseek_whence")(_xval32(xfcntl.WHENCE_CODES, "SEEK_???"))
arg_kind("fadvise_advice")(_xval32(xfcntl.ADVISE, "POSIX_FADV_???"))
arg_kind("fallocate_mode")(_flags32(xfcntl.FALLOC_FLAGS, "FALLOC_FL_???"))
arg_kind("pipe_flags", "dup3_flags")(_flags32(xopen.OPEN_MODE_FLAGS, "O_???"))
arg_kind("splice_flags")(_flags32(xfcntl.SPLICE_FLAGS, "SPLICE_F_???"))
arg_kind("close_range_flags")(_flags32(xfcntl.CLOSE_RANGE_FLAGS, "CLOSE_RANGE_???"))
arg_kind("xattr_flags")(_flags32(xfcntl.XATTRFLAGS, "XATTR_???"))

# Miscellaneous --------------------------------------------------------------

arg_kind("grnd_flags")(_flags32(xmisc.GETRANDOM_FLAGS, "GRND_???"))
arg_kind("epoll_op")(_xval32(xmisc.EPOLLCTLS, "EPOLL_CTL_???"))
arg_kind("epoll_create_flags")(_flags32(xmisc.EPOLLFLAGS, "EPOLL_???"))
arg_kind("eventfd_flags")(_flags32(xmisc.EFD_FLAGS, "EFD_???"))
arg_kind("inotify_mask")(_flags32(xmisc.INOTIFY_FLAGS, "IN_???"))
arg_kind("inotify_init_flags")(_flags32(xmisc.INOTIFY_INIT_FLAGS, "IN_???"))
arg_kind("umount_flags")(_flags32(xmisc.UMOUNT_FLAGS, "MNT_???"))

MS_MGC_VAL = 0xC0ED0000
MS_MGC_MSK = 0xFFFF0000


@arg_kind("mount_flags")
def _mount_flags(value: int, call: Call) -> str:
    """mount's flags, with the historic magic number in the top half."""
    style = call.opts.xlat_style
    flags = value
    parts = []
    if flags & MS_MGC_MSK == MS_MGC_VAL:
        flags &= ~MS_MGC_MSK & U32      # a 32-bit mask in strace: bits above 31 go too
        parts.append(print_named(MS_MGC_VAL, "MS_MGC_VAL", style))
        if not flags:
            return parts[0]
    parts.append(print_flags(flags, xmisc.MOUNT_FLAGS, "MS_???", style))
    return "|".join(parts)
