"""-e QUALIFIER=SET, and the long options that are its other spelling
(--trace=SET, --signal=SET...): strace's qual_options, each applied to the
Options as it is read.  Loaded by the first such option (front/options.py)."""
from __future__ import annotations

from pytrace.front.qualifiers import (FD_DETAILS, PID_DETAILS, QUIET_MESSAGES, STATUSES,
                                      Selection, UsageError, lookup_any_case, qualify,
                                      string_to_uint)


def _one_of(table: dict):
    """A resolver for a fixed list of names (any case)."""
    def resolve(token: str):
        found = lookup_any_case(token, table)
        return None if found is None else {found}
    return resolve


def _descriptor(token: str):
    fd = string_to_uint(token)
    return None if fd < 0 else {fd}


_signal_names: dict[str, int] = {}


def _signal_numbers() -> dict[str, int]:
    """Signal names without SIG, lowercased -> number, as strace's signame
    spells them (SIGRTMIN for 32, then SIGRT_1...)."""
    names = _signal_names
    if not names:
        from decoders.signals.names import SIGNAL_NAMES, SIGRTMAX, SIGRTMIN
        for signo in range(1, SIGRTMAX + 1):
            name = SIGNAL_NAMES[signo] if signo < len(SIGNAL_NAMES) \
                else "SIGRT_%d" % (signo - SIGRTMIN)
            names.setdefault(name[3:].lower(), signo)
    return names


def _signal(token: str):
    """strace's sigstr_to_uint: a number up to 255, or a name with or without SIG, any case."""
    if token[:1].isdigit() and token[:1].isascii():
        signo = string_to_uint(token, 255)
    else:
        name = token[3:] if token[:3].lower() == "sig" else token
        signo = _signal_numbers().get(name.lower(), -1)
    return None if signo < 0 else {signo}


def _syscalls(text: str) -> Selection:
    from pytrace.front import syscall_sets   # the syscall table: only when a set names calls
    return syscall_sets.syscall_selection(text)


def _syscall_qualifier(attribute: str):
    def apply(opts, line, value):
        setattr(opts, attribute, _syscalls(value))
    return apply


def _token_qualifier(attribute: str, resolver, what: str):
    def apply(opts, line, value):
        setattr(opts, attribute, qualify(value, resolver, what))
    return apply


def _quiet_qualifier(opts, line, value):
    line.quiet_given = True
    opts.quiet = qualify(value, _one_of(QUIET_MESSAGES), "quiet")


def _decode_fds_qualifier(opts, line, value):
    line.decode_fds_given = True
    opts.decode_fds = qualify(value, _one_of({n: n for n in FD_DETAILS}), "decode-fds")


def _kvm(opts, line, value):
    if value != "vcpu":
        raise UsageError("invalid -e kvm= argument: '%s'" % value)
    opts.kvm_vcpu = True   # KVM_RUN then says why the vCPU exited (decoders' kvm family)


def _secontext(opts, line, value):
    # as strace built without libselinux (Debian's, and the suite's)
    raise UsageError("SELinux context printing (--secontext option) is not supported"
                     " by this build of strace")


def _tampering(fault: bool):
    def apply(opts, line, value):
        from pytrace.front import inject   # the syscall table loads only when it is needed
        opts.inject.append(inject.parse(value, fault, line.warn))
    return apply


# strace's qual_options, in its order: the first NAME= that prefixes the
# expression wins; with none, the whole expression is a trace= set.
QUALIFIERS = [
    ("trace", _syscall_qualifier("trace")), ("t", _syscall_qualifier("trace")),
    ("abbrev", _syscall_qualifier("abbrev")), ("a", _syscall_qualifier("abbrev")),
    ("verbose", _syscall_qualifier("verbose_set")), ("v", _syscall_qualifier("verbose_set")),
    ("raw", _syscall_qualifier("raw")), ("x", _syscall_qualifier("raw")),
    ("signal", _token_qualifier("signal", _signal, "signal")),
    ("signals", _token_qualifier("signal", _signal, "signal")),
    ("s", _token_qualifier("signal", _signal, "signal")),
    ("status", _token_qualifier("status", _one_of({s: s for s in STATUSES}), "status")),
    ("quiet", _quiet_qualifier), ("silent", _quiet_qualifier),
    ("silence", _quiet_qualifier), ("q", _quiet_qualifier),
    ("read", _token_qualifier("read_fds", _descriptor, "descriptor")),
    ("reads", _token_qualifier("read_fds", _descriptor, "descriptor")),
    ("r", _token_qualifier("read_fds", _descriptor, "descriptor")),
    ("write", _token_qualifier("write_fds", _descriptor, "descriptor")),
    ("writes", _token_qualifier("write_fds", _descriptor, "descriptor")),
    ("w", _token_qualifier("write_fds", _descriptor, "descriptor")),
    ("fault", _tampering(True)), ("inject", _tampering(False)), ("kvm", _kvm),
    ("decode-fd", _decode_fds_qualifier), ("decode-fds", _decode_fds_qualifier),
    ("decode-pid", _token_qualifier("decode_pids", _one_of({p: p for p in PID_DETAILS}),
                                    "decode-pids")),
    ("decode-pids", _token_qualifier("decode_pids", _one_of({p: p for p in PID_DETAILS}),
                                     "decode-pids")),
    ("secontext", _secontext),
]
_QUALIFIER_BY_NAME = dict(QUALIFIERS)
# a long option without its argument: the value strace gives it
_LONG_QUALIFIER_DEFAULTS = {"quiet": "attach,personality", "decode-fds": "path",
                            "secontext": "!full,mismatch"}


def apply_qualifier(opts, line, expression: str,
                    name: str | None = None) -> None:
    """-e EXPR (or --NAME=SET when ``name`` is given)."""
    if name is None:
        name = "trace"
        for candidate, _ in QUALIFIERS:
            if expression.startswith(candidate + "="):
                name, expression = candidate, expression[len(candidate) + 1:]
                break
    _QUALIFIER_BY_NAME[name](opts, line, expression)


def apply_long_qualifier(opts, line, name: str, value: str | None) -> None:
    """--NAME=SET, or --NAME alone where strace gives it a value."""
    if value is None:
        value = _LONG_QUALIFIER_DEFAULTS.get(name)
    apply_qualifier(opts, line, value, name)
