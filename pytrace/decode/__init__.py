"""Between the engine and the sinks: decoding a syscall the sinks will print.

The decoders themselves live in the top-level ``decoders`` package (pure, no
tracer knowledge); this package binds them to a live tracee.

  plans.py     one compiled plan per syscall number: which decoder prints which argument, entry or exit
  calls.py     the decoders' Call for one syscall, with every per-call option applied
  fdinfo.py    -y/-yy: what a descriptor is (path, socket details over sock_diag, device, pidfd)
"""
