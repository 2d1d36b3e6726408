"""Signals: numbers and names, sets, sigaction and sigaltstack, siginfo,
rt_sigreturn and restart_syscall, sigevent, signalfd."""
