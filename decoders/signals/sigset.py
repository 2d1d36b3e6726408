"""Signal sets (``[INT TERM]``, ``~[KILL STOP]``) and rt_sigprocmask's how."""
from __future__ import annotations

from decoders import Call, arg_kind
from decoders.memo import memoized
from decoders.render.flags import print_xval
from decoders.render.numbers import U32
from decoders.render.strings import hex_address
from decoders.render.structs import fetch
from decoders.signals.names import SIGNAL_NAMES, SIGRTMAX, SIGRTMIN

SIGPROCMASKCMDS = (
    (0x0, 'SIG_BLOCK'),
    (0x1, 'SIG_UNBLOCK'),
    (0x2, 'SIG_SETMASK'),
)

NSIG_BYTES = 8          # glibc's NSIG is 65; strace's sigset holds 64 signals


def _set_member(signo: int) -> str | None:
    if signo < len(SIGNAL_NAMES):
        return SIGNAL_NAMES[signo][3:]
    if SIGRTMIN <= signo <= SIGRTMAX:
        return "RT_%d" % (signo - SIGRTMIN)
    return None


@memoized(4096)
def sigset_text(data: bytes, style: str = "abbrev") -> str:
    """``[INT TERM]``, or ``~[KILL STOP]`` when two thirds or more of the bits
    are set: strace then lists the signals that are *not* in the set."""
    nbytes = min(len(data), NSIG_BYTES)
    nwords = (nbytes + 3) // 4
    nbits = nwords * 32
    mask = int.from_bytes(data[:nbytes], "little")
    prefix = ""
    if bin(mask).count("1") >= nbits * 2 // 3:
        mask = ~mask & ((1 << nbits) - 1)
        prefix = "~"
    members = []
    bit = 0
    while mask:
        if mask & 1:
            signo = bit + 1
            name = _set_member(signo)
            if style == "raw" or name is None:
                members.append(str(signo))
            elif style == "verbose":
                members.append("%d /* %s */" % (signo, name))
            else:
                members.append(name)
        mask >>= 1
        bit += 1
    return prefix + "[" + " ".join(members) + "]"


# The size of a sigset is usually the next argument; these calls keep it
# elsewhere.
_SIGSET_SIZE_ARG = {"rt_sigprocmask": 3, "rt_sigtimedwait": 3}


def sigset_at(call: Call, addr: int, length: int) -> str:
    """strace's print_sigset_addr_len: the set of ``length`` bytes at ``addr``
    (a word at least, NSIG_BYTES at most), or its address."""
    if length < 8 or length > NSIG_BYTES:
        return hex_address(addr)
    data = fetch(call, addr, length)
    if data is None:
        return hex_address(addr)
    return sigset_text(data, call.opts.xlat_style)


@arg_kind("sigset")
def _sigset(value: int, call: Call) -> str:
    if call.exiting and call.failed:
        return hex_address(value)
    size_index = _SIGSET_SIZE_ARG.get(call.name, call.index + 1)
    size = call.args[size_index] if size_index < len(call.args) else NSIG_BYTES
    # rt_sigpending accepts any size up to the full set; the others want at
    # least a word.
    min_size = 1 if call.name == "rt_sigpending" else 8
    if value == 0 or size < min_size or size > NSIG_BYTES:
        return hex_address(value)
    data = call.mem.read(value, size)
    if data is None:
        return hex_address(value)
    return sigset_text(data, call.opts.xlat_style)


@arg_kind("sigprocmask_how")
def _sigprocmask_how(value: int, call: Call) -> str:
    return print_xval(value & U32, SIGPROCMASKCMDS, "SIG_???", call.opts.xlat_style)
