"""ioctl: the request's name (``requests``), the dispatcher that hands the
argument to the request's family (``dispatch``), and one module per family:
``term`` (termios, winsize, modem lines), ``uffd`` (userfaultfd)."""
