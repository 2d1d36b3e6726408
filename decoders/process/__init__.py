"""Processes and threads: exec, clone and fork, wait, prctl, arch_prctl,
ptrace, scheduling, capabilities, credentials, resources and limits,
I/O priorities, personality, kcmp, pidfds and thread areas."""
