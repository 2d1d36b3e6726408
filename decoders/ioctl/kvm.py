"""KVM ioctls (KVM_*): virtual machines and CPUs (their descriptors as
return values), memory regions, x86 registers and segment registers, CPUID
tables, capabilities."""
from __future__ import annotations

import os

from decoders import Call, read_bytes
from decoders.ioctl.kvm_xlat import KVM_CAP, KVM_CPUID_FLAGS, KVM_EXIT_REASON, KVM_MEM_FLAGS
from decoders.ioctl.protocol import Later, return_note, returns_fd, struct_text
from decoders.ioctl.requests import CODES
from decoders.render.flags import lookup, print_flags, print_xval
from decoders.render.layout import Layout
from decoders.render.numbers import U32, U64, hexval
from decoders.render.strings import hex_address
from decoders.render.structs import print_array

USERSPACE_MEMORY_REGION = Layout("slot:I flags:I guest_phys_addr:Q memory_size:Q "
                                 "userspace_addr:Q")
REGS = Layout("rax:Q rbx:Q rcx:Q rdx:Q rsi:Q rdi:Q rsp:Q rbp:Q r8:Q r9:Q r10:Q r11:Q r12:Q "
              "r13:Q r14:Q r15:Q rip:Q rflags:Q")
SEGMENT = Layout("base:Q limit:I selector:H type:B present:B dpl:B db:B s:B l:B g:B avl:B "
                 "unusable:B padding:B")
DTABLE = Layout("base:Q limit:H padding:3H")
_SEGMENTS = ("cs", "ds", "es", "fs", "gs", "ss", "tr", "ldt")
SREGS = Layout(" ".join("%s:24s" % s for s in _SEGMENTS) + " gdt:16s idt:16s cr0:Q cr2:Q "
               "cr3:Q cr4:Q cr8:Q efer:Q apic_base:Q interrupt_bitmap:4Q")
CPUID2 = Layout("nent:I padding:I")
CPUID_ENTRY2 = Layout("function:I index:I flags:I eax:I ebx:I ecx:I edx:I padding:3I")


def _c(name: str) -> int:
    return CODES["KVM_" + name]


def _x(record, names: str) -> list:
    return [(name, hexval(getattr(record, name))) for name in names.split()]


def _regs(call: Call, arg: int) -> str:
    r = REGS.fetch(call, arg)
    if r is None:
        return hex_address(arg)
    verbose = call.opts.verbose
    fields = _x(r, "rax") + (_x(r, "rbx rcx rdx rsi rdi") if verbose else [(None, "...")])
    fields += _x(r, "rsp rbp")
    fields += _x(r, "r8 r9 r10 r11 r12 r13 r14 r15") if verbose else [(None, "...")]
    return struct_text(fields + _x(r, "rip rflags"))


def _segment(data: bytes) -> str:
    s = SEGMENT.unpack(data)
    return "{base=%s, limit=%d, selector=%d, type=%d, present=%d, dpl=%d, db=%d, s=%d, l=%d, " \
        "g=%d, avl=%d}" % (hexval(s.base), s.limit, s.selector, s.type, s.present, s.dpl, s.db,
                           s.s, s.l, s.g, s.avl)


def _dtable(data: bytes) -> str:
    d = DTABLE.unpack(data)
    return "{base=%s, limit=%d}" % (hexval(d.base), d.limit)


def _sregs(call: Call, arg: int) -> str:
    s = SREGS.fetch(call, arg)
    if s is None:
        return hex_address(arg)
    if not call.opts.verbose:
        return "{cs=%s, ...}" % _segment(s.cs)
    fields = [(name, _segment(getattr(s, name))) for name in _SEGMENTS]
    fields += [("gdt", _dtable(s.gdt)), ("idt", _dtable(s.idt))]
    fields += [(name, str(getattr(s, name))) for name in ("cr0", "cr2", "cr3", "cr4", "cr8", "efer")]
    fields += [("apic_base", hexval(s.apic_base)),
               ("interrupt_bitmap", "[%s]" % ", ".join(hexval(v) for v in s.interrupt_bitmap))]
    return struct_text(fields)


def _cpuid_entry(data: bytes, style: str) -> str:
    e = CPUID_ENTRY2.unpack(data)
    return struct_text(_x(e, "function index") + [
        ("flags", print_flags(e.flags, KVM_CPUID_FLAGS, "KVM_CPUID_FLAG_???", style))]
        + _x(e, "eax ebx ecx edx"))


def _cpuid2(call: Call, arg: int) -> str:
    c = CPUID2.fetch(call, arg)
    if c is None:
        return hex_address(arg)
    if not call.opts.verbose:
        entries = "[...]" if c.nent else "[]"
    else:
        style = call.opts.xlat_style
        entries = print_array(call, arg + CPUID2.size, c.nent, CPUID_ENTRY2.size,
                              lambda d: _cpuid_entry(d, style))
    return "{nent=%d, entries=%s}" % (c.nent, entries)


def _memory_region(call: Call, arg: int) -> str:
    m = USERSPACE_MEMORY_REGION.fetch(call, arg)
    if m is None:
        return hex_address(arg)
    return struct_text([("slot", str(m.slot)),
                        ("flags", print_flags(m.flags, KVM_MEM_FLAGS, "KVM_MEM_???",
                                              call.opts.xlat_style)),
                        ("guest_phys_addr", hexval(m.guest_phys_addr)),
                        ("memory_size", str(m.memory_size)),
                        ("userspace_addr", hexval(m.userspace_addr))])


VCPU_PREFIX = "anon_inode:kvm-vcpu:"
KVM_RUN_SIZE, KVM_RUN_EXIT_REASON = 2352, 8


def _vcpu_mapping(pid: int, fd: int) -> tuple[int, int] | None:
    """Where the tracee mapped the struct kvm_run of its vCPU descriptor
    ``fd``: the mapping of that anonymous inode (start, length), if any."""
    try:
        target = os.readlink("/proc/%d/fd/%d" % (pid, fd))
        if not target.startswith(VCPU_PREFIX) or not target[len(VCPU_PREFIX):].isdigit():
            return None
        with open("/proc/%d/maps" % pid) as maps:
            for line in maps:
                fields = line.split(None, 5)
                if len(fields) == 6 and fields[5].rstrip("\n") == target \
                        and int(fields[3].split(":")[0], 16) == 0:
                    start, end = (int(x, 16) for x in fields[0].split("-"))
                    return start, max(end - start, 0)
    except (OSError, ValueError):
        return None
    return None


def exit_reason(call: Call) -> str | None:
    """-e kvm=vcpu: why KVM_RUN returned, from the vCPU's struct kvm_run."""
    mapping = _vcpu_mapping(call.pid, call.args[0] & U32)
    if mapping is None or mapping[1] < KVM_RUN_SIZE:
        return None
    data = read_bytes(call, mapping[0], KVM_RUN_SIZE)
    if data is None:
        return None
    reason = int.from_bytes(data[KVM_RUN_EXIT_REASON:KVM_RUN_EXIT_REASON + 4], "little")
    return lookup(reason, KVM_EXIT_REASON) or "KVM_EXIT_???"


_AT_EXIT = frozenset(_c(n) for n in ("GET_REGS", "GET_SREGS", "GET_SUPPORTED_CPUID",
                                     "GET_EMULATED_CPUID"))


def decode(call: Call, code: int, arg: int):
    """strace's kvm_ioctl (see protocol.py)."""
    if code == _c("CREATE_VCPU"):
        returns_fd(call)
        return ", %d" % (arg & U32)
    if code == _c("CREATE_VM"):
        returns_fd(call)
        return None
    if code == _c("RUN"):
        if not call.exiting:
            return Later("")
        if call.opts.kvm_vcpu and not call.failed:
            note = exit_reason(call)
            if note is not None:
                return_note(call, note)
        return None
    if code == _c("CHECK_EXTENSION"):
        return ", " + print_xval(arg & U64, KVM_CAP, "KVM_CAP_???", call.opts.xlat_style)
    if code == _c("SET_USER_MEMORY_REGION"):
        return ", " + _memory_region(call, arg)
    if code in _AT_EXIT and not call.exiting:
        return Later("")
    if code in (_c("GET_REGS"), _c("SET_REGS")):
        return ", " + _regs(call, arg)
    if code in (_c("GET_SREGS"), _c("SET_SREGS")):
        return ", " + _sregs(call, arg)
    if code in (_c("SET_CPUID2"), _c("GET_SUPPORTED_CPUID"), _c("GET_EMULATED_CPUID")):
        return ", " + _cpuid2(call, arg)
    return None
