"""The address space: mmap and its siblings, memfd, NUMA policies, protection
keys, membarrier and userfaultfd (the syscall; its ioctls are in ioctl/uffd)."""
