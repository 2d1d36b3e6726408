"""Syscall decoders: pure functions turning raw syscall values into strace's text.

Nothing in this package imports ``pytrace``: the tracer depends on the decoders,
never the other way round.  A decoder sees the world through a :class:`Call`,
which carries the raw registers of one syscall, a :class:`Memory` to read the
(stopped) tracee, and the user's :class:`DecodeOptions`.

Three registries, all keyed by plain names used in the signature table
(``decoders/syscalls_x86_64.py``):

* ``ARG_KINDS[kind](value, call) -> str | None`` renders one argument; None
  leaves the argument out altogether (openat's mode without O_CREAT, say).
  ``call.index`` is the argument's position, for kinds whose length or meaning
  comes from a neighbouring argument.
* ``RET_KINDS[kind](value, call) -> str`` renders a successful return value
  (failures are rendered by the formatter from the errno tables).
* ``SYSCALL_DECODERS[name]`` replaces the per-argument plan for the few syscalls
  whose arguments depend on each other (ioctl, fcntl, futex, prctl...); it is a
  pair ``(entry(call) -> str, exit(call) -> str)``.

Argument directions in the table: ``name:kind`` is read at entry; ``>name:kind``
is written by the kernel and read at exit (printed as its address when the call
failed); ``<>name:kind`` is read at both: the decoder is called at entry with
``call.exiting`` False (it may stash what it needs in ``call.saved`` and its
return value is ignored) and at exit with ``call.exiting`` True.

Everything up to the first ``>``/``<>`` argument is printed at entry, the rest at
exit, exactly as strace splits a line into ``<unfinished ...>`` and
``<... resumed>`` halves.

Layout: ``render/`` holds the generic printers (no syscall knowledge); every
other module is named for what it decodes and lives in the package of its
domain (``files/``, ``fs/``, ``io/``, ``memory/``, ``process/``, ``signals/``,
``time/``, ``ipc/``, ``net/``, ``ioctl/``, ``system/``); a subsystem of one
family with no broader domain is a single module at the top (``bpf``,
``seccomp``, ``perf``, ``keyctl``, ``futex``, ``landlock``).  ``python3 -m
decoders NAME`` prints where a syscall's or an ioctl request's decoders are.

Tables are plain data beside the decoder that prints them: a module ``X.py``'s
short tables sit at its top, long or generated ones in ``X_xlat.py`` next to
it.  A table several domains need lives with the domain that owns the concept
(O_* flags in ``files/open_xlat``, signal names in ``signals/names``) and the
others import it from there.  No module imports a module that imports it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol


@dataclass(frozen=True, slots=True)
class DecodeOptions:
    string_limit: int = 32          # -s: bytes of a string, elements of an array
    hex_strings: int = 0            # 0 plain, 1 -x (non-ASCII as \x), 2 -xx (all as \x),
                                    # 3 non-ascii-chars (escapes as \x)
    verbose: bool = False           # -v: structures in full
    xlat_style: str = "abbrev"      # -X abbrev|raw|verbose
    raw: frozenset = frozenset()    # -e raw=SET: syscall names printed undecoded
    decode_fds: frozenset = frozenset()   # -y / --decode-fds: {"path", "socket", "dev", "pidfd"}
    decode_pids: frozenset = frozenset()  # -Y / --decode-pids: {"comm", "pidns"}
    # -e verbose=SET: the syscalls outside the set, which print what they point to
    # as bare addresses (structures, arrays, numbers), though strings still print
    not_verbose: frozenset = frozenset()
    # set by the tracer for one call of such a syscall
    structs_as_addresses: bool = False
    kvm_vcpu: bool = False          # -e kvm=vcpu: KVM_RUN shows why the vCPU exited


class Memory(Protocol):
    """Reads the stopped tracee.  Unreadable memory is a value (None), never an exception."""

    def read(self, addr: int, size: int) -> bytes | None:
        """Exactly ``size`` bytes at ``addr``, or None if any of them is unreadable."""

    def read_partial(self, addr: int, size: int) -> bytes:
        """As many of the ``size`` bytes at ``addr`` as are readable (maybe b"")."""

    def cstring(self, addr: int, limit: int) -> tuple[bytes, bool] | None:
        """The bytes before the first NUL, at most ``limit`` of them, and whether the
        NUL was found within ``limit``; None if ``addr`` is unreadable."""


class SocketInfo(Protocol):
    """What the tracer knows of a tracee's sockets, asked only for a buffer
    that is printed (each answer costs the tracer a system call or more)."""

    def protocol(self, pid: int, fd: int) -> str | None:
        """The kernel's name for the socket's protocol (``NETLINK``, ``TCP``...)."""

    def netlink_family(self, pid: int, fd: int) -> int | None:
        """The NETLINK_* protocol of a netlink socket."""

    def genl_families(self) -> tuple:
        """``(id, name)`` of the generic netlink families."""


class StructlessMemory:
    """A tracee's memory as strace reads it for a syscall outside ``-e verbose=``.

    strace gates its structure fetches (umove_or_printaddr, print_array) on the
    syscall being verbose, while the plain reads behind strings are not gated;
    so ``read``, the structure fetch, finds nothing (every decoder then prints
    the address, as for unreadable memory) and the string reads go through."""

    __slots__ = ("inner",)

    def __init__(self, inner: Memory):
        self.inner = inner

    def read(self, addr: int, size: int) -> bytes | None:
        return None

    def read_partial(self, addr: int, size: int) -> bytes:
        return self.inner.read_partial(addr, size)

    def cstring(self, addr: int, limit: int) -> tuple[bytes, bool] | None:
        return self.inner.cstring(addr, limit)


def read_bytes(call: "Call", addr: int, size: int) -> bytes | None:
    """Exactly ``size`` bytes of a string or buffer at ``addr`` (None if unreadable):
    strace's plain umoven, which ``-e verbose=`` does not turn into an address."""
    mem = call.mem
    if isinstance(mem, StructlessMemory):
        mem = mem.inner
    return mem.read(addr, size)


class Call:
    """One syscall being decoded.  Built once per traced syscall by the session."""

    __slots__ = ("pid", "nr", "name", "args", "rv", "errno", "exiting",
                 "mem", "opts", "saved", "fd_path", "index", "writes", "sockets")

    def __init__(self, pid: int, nr: int, name: str, args: tuple[int, ...],
                 mem: Memory, opts: DecodeOptions,
                 fd_path: Callable[[int], str | None] | None = None,
                 sockets: "SocketInfo | None" = None):
        self.pid = pid
        self.nr = nr
        self.name = name
        self.args = args            # six raw unsigned 64-bit register values
        self.rv: int | None = None  # signed return value, set at exit
        self.errno = 0              # > 0 when the call failed
        self.exiting = False
        self.mem = StructlessMemory(mem) if opts.structs_as_addresses else mem
        self.opts = opts
        self.saved: dict = {}       # state kept from entry to exit
        # fd -> what -y prints after the number ("</path>", "</path>(deleted)",
        # "<pid:42>"...) or None; it may also offer via_pidfd(pidfd),
        # the same for the process a pidfd of this tracee refers to (or None)
        self.fd_path = fd_path
        self.sockets = sockets      # the tracer's answers about sockets, or None
        self.index = 0              # position of the argument being decoded, set by the plan
        # whether the kernel writes that argument: an input printed at exit (after
        # an output argument) still shows its contents when the call failed
        self.writes = True

    @property
    def failed(self) -> bool:
        return self.errno != 0


ArgDecoder = Callable[[int, Call], str]
RetDecoder = Callable[[int, Call], str]

ARG_KINDS: dict[str, ArgDecoder] = {}
RET_KINDS: dict[str, RetDecoder] = {}
SYSCALL_DECODERS: dict[str, tuple[Callable[[Call], str], Callable[[Call], str]]] = {}


def arg_kind(*names: str):
    """Register an argument decoder under one or more kind names."""
    def register(fn: ArgDecoder) -> ArgDecoder:
        for name in names:
            if name in ARG_KINDS:
                raise ValueError("argument kind %r registered twice" % name)
            ARG_KINDS[name] = fn
        return fn
    return register


def ret_kind(*names: str):
    """Register a return-value decoder under one or more kind names."""
    def register(fn: RetDecoder) -> RetDecoder:
        for name in names:
            if name in RET_KINDS:
                raise ValueError("return kind %r registered twice" % name)
            RET_KINDS[name] = fn
        return fn
    return register


def syscall_decoder(*names: str):
    """Register ``(entry, exit)`` whole-call decoders for syscalls named ``names``.

    Used as a decorator on a class or module-level pair::

        @syscall_decoder("fcntl")
        class Fcntl:
            @staticmethod
            def entry(call): ...
            @staticmethod
            def exit(call): ...
    """
    def register(obj):
        pair = (obj.entry, obj.exit)
        for name in names:
            if name in SYSCALL_DECODERS:
                raise ValueError("syscall decoder %r registered twice" % name)
            SYSCALL_DECODERS[name] = pair
        return obj
    return register


# Packages that register nothing and are imported by their one caller on first
# use: netlink's tables alone would double the tracer's start-up time.
ON_DEMAND = frozenset({__name__ + ".net.netlink"})


def load_all() -> None:
    """Import every module of every subpackage, so that the registries are
    complete (the ON_DEMAND packages excepted)."""
    import importlib
    import pkgutil

    def walk(path, prefix: str) -> None:
        for info in pkgutil.iter_modules(path, prefix):
            if info.name in ON_DEMAND or info.name.rsplit(".", 1)[-1] == "__main__":
                continue
            module = importlib.import_module(info.name)
            if info.ispkg:
                walk(module.__path__, info.name + ".")
    walk(__path__, __name__ + ".")
