"""The shape of a signature-table row, and the trace classes.

A row is data: number, name, argument specs, return kind, class bits.  The
argument spec is one string, ``"fd:fd, >buf:buf_rv, count:size"``: each item is
``[dir]name:kind`` where dir is empty (read at entry), ``>`` (written by the
kernel, read at exit) or ``<>`` (read at entry and at exit).
"""
from __future__ import annotations

# Trace classes, as strace's -e trace=%CLASS (see man strace).
TD = 1 << 0      # %desc
TF = 1 << 1      # %file
TI = 1 << 2      # %ipc
TN = 1 << 3      # %network / %net
TP = 1 << 4      # %process
TS = 1 << 5      # %signal
TM = 1 << 6      # %memory
TC = 1 << 7      # %creds
TCL = 1 << 8     # %clock
TST = 1 << 9     # %stat
TLST = 1 << 10   # %lstat
TFST = 1 << 11   # %fstat
TSTA = 1 << 12   # %%stat
TSF = 1 << 13    # %statfs
TFSF = 1 << 14   # %fstatfs
TSFA = 1 << 15   # %%statfs
PU = 1 << 16     # %pure

CLASS_BITS = {
    "desc": TD, "file": TF, "ipc": TI, "network": TN, "net": TN, "process": TP,
    "signal": TS, "memory": TM, "creds": TC, "clock": TCL, "stat": TST,
    "lstat": TLST, "fstat": TFST, "%stat": TSTA, "statfs": TSF,
    "fstatfs": TFSF, "%statfs": TSFA, "pure": PU,
}


class _Value:
    """Equal, hashed and shown by its values, as a tuple would be."""
    __slots__ = ()

    def _values(self) -> tuple:
        raise NotImplementedError

    def __eq__(self, other):
        return type(other) is type(self) and self._values() == other._values()

    def __hash__(self):
        return hash(self._values())

    def __repr__(self) -> str:
        return type(self).__name__ + repr(self._values())


class Arg(_Value):
    """An argument: its name and kind, read at entry and/or at exit."""
    __slots__ = ("name", "kind", "at_entry", "at_exit")

    def __init__(self, name: str, kind: str, at_entry: bool, at_exit: bool):
        self.name = name
        self.kind = kind
        self.at_entry = at_entry
        self.at_exit = at_exit

    def _values(self) -> tuple:
        return self.name, self.kind, self.at_entry, self.at_exit


class Signature(_Value):
    """A syscall: number, name, Args, return kind, trace classes (bits).

    The Args may be given as the row's spec string, or as a function making
    them, called when they are first asked for: a run looks at the arguments
    of the few calls it prints, and parsing every row as the table loads cost
    each start of pytrace about 2 ms.
    (Plain classes, as Record's: collections' namedtuple costs its import.)
    """
    __slots__ = ("nr", "name", "_args", "ret", "classes")

    def __init__(self, nr: int, name: str, args, ret: str, classes: int = 0):
        self.nr = nr
        self.name = name
        self._args = args
        self.ret = ret
        self.classes = classes

    @property
    def args(self) -> tuple[Arg, ...]:
        args = self._args
        if type(args) is not tuple:
            args = self._args = parse_args(args) if type(args) is str else args()
        return args

    def _values(self) -> tuple:
        return self.nr, self.name, self.args, self.ret, self.classes


def parse_args(spec: str) -> tuple[Arg, ...]:
    args = []
    for item in filter(None, (part.strip() for part in spec.split(","))):
        if item.startswith("<>"):
            entry, exit_, item = True, True, item[2:]
        elif item.startswith(">"):
            entry, exit_, item = False, True, item[1:]
        else:
            entry, exit_ = True, False
        name, _, kind = item.partition(":")
        args.append(Arg(name.strip(), kind.strip(), entry, exit_))
    return tuple(args)


def S(nr: int, name: str, args: str, ret: str, classes: int = 0) -> Signature:
    return Signature(nr, name, args, ret, classes)


def unknown(nr: int) -> Signature:
    """strace prints an unknown number as ``syscall_0x3e7`` with six raw arguments."""
    return Signature(nr, "syscall_%#x" % nr,
                     tuple(Arg("arg%d" % i, "hex", True, False) for i in range(6)),
                     "hex", 0)
