"""Inter-process communication: System V shared memory, semaphores and
message queues, and POSIX message queues."""
