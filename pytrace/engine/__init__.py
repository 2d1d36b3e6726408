"""The engine: from the kernel's ptrace stops to event records.

Nothing here decodes or prints.  ``tracer.Engine`` starts or attaches tracees,
waits for their stops and yields one record per stop that matters
(``events``); a tracee stays stopped until the consumer asks for the next
record, so the consumer may read its memory meanwhile.

  binding.py   the only caller of ptrace/wait4/process_vm_readv (_fast.c, or ctypes)
  ptrace_abi.py  the ptrace ABI's numbers (requests, events, options, sizes)
  stops.py     a wait status -> the kind of stop (pure)
  tracer.py    Engine: spawn, attach, the wait loop and one handler per kind of stop
  launch.py    the command's exec (raw_execve.py where os.execve refuses its line)

  events.py    the records the engine yields (SyscallEntry/Exit, SignalEvent, ExitEvent...)
  memory.py    reading a stopped tracee's memory, one call per buffer
  seccomp.py   the BPF program of the seccomp fast path, and its installation
  arch/        register offsets and syscall numbers of the machine (x86_64)

Loaded only by the runs that need them: attach.py (-p, -D's adoption),
detach.py (letting every tracee go early: detach, or kill), daemonize.py (-D's
fork dance), credentials.py (-u), mappings.py (-k), syscall_info_check.py
(-d), arch/x86_64_registers.py (kernels without PTRACE_GET_SYSCALL_INFO).
"""
