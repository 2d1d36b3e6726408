"""Whole-call decoders: syscalls whose arguments depend on one another.

Each module registers ``(entry, exit)`` pairs with ``@syscall_decoder``.
"""
