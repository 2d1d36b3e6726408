"""rt_sigreturn: strace shows the signal mask the call is about to restore,
``rt_sigreturn({mask=[USR2]})``.  It lives in the signal frame the kernel
built on the handler's stack: the handler's ``ret`` popped the frame's first
word (pretcode), so the frame starts one word below the stack pointer at the
syscall, and the ucontext's uc_sigmask sits at a fixed offset in it.

The stack pointer comes from ``call.saved["sp"]`` when the session provides
it, otherwise from /proc/PID/syscall (``nr arg1..arg6 sp pc`` while the
tracee is stopped inside a syscall)."""
from __future__ import annotations

from decoders import Call, syscall_decoder
from decoders.render.strings import hex_address
from decoders.signals.sigset import NSIG_BYTES, sigset_text

WORD = 8
# offsetof(struct rt_sigframe, uc.uc_sigmask) on x86_64: pretcode (8) +
# uc_flags (8) + uc_link (8) + uc_stack (24) + uc_mcontext (256)
SIGMASK_IN_FRAME = 304


def stack_pointer(call: Call) -> int | None:
    sp = call.saved.get("sp")
    if sp:
        return sp
    try:
        with open("/proc/%d/syscall" % call.pid, "rb") as f:
            fields = f.read().split()
    except OSError:
        return None
    # "running" or a bare "-1 sp pc" when not inside a syscall
    if len(fields) < 3:
        return None
    try:
        return int(fields[-2], 16)
    except ValueError:
        return None


@syscall_decoder("rt_sigreturn")
class RtSigreturn:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        sp = stack_pointer(call)
        if not sp:
            return ""
        where = sp - WORD + SIGMASK_IN_FRAME
        data = call.mem.read(where, NSIG_BYTES)
        if data is None:
            return "{mask=%s}" % hex_address(where)
        return "{mask=%s}" % sigset_text(data, call.opts.xlat_style)

    @staticmethod
    def exit(call: Call) -> str:
        return ""


@syscall_decoder("restart_syscall")
class RestartSyscall:
    @staticmethod
    def entry(call: Call) -> str:
        call.saved["decoded"] = True
        return "<... resuming interrupted %s ...>" % (call.saved.get("previous_syscall")
                                                     or "system call")

    @staticmethod
    def exit(call: Call) -> str:
        return ""
