"""Waiting for and batching I/O: poll, select, epoll, aio, io_uring, eventfd."""
