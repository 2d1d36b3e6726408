"""Structure-like argument kinds not covered by decoders/structs: group lists,
CPU and NUMA masks, POSIX message queues and sigevents, System V semaphores
and messages, AIO control blocks, file handles, openat2/mount_setattr
attributes, thread-area descriptors and a few smaller ones.

Each module registers its kinds with ``@arg_kind``; ``_util`` holds the array
printer all of them share (strace's print_array).
"""
