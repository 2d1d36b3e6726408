"""ioctl: the request's name (``requests``), the dispatcher that hands the
argument to the module of the request's family, chosen by the request's type
byte as strace chooses it (``dispatch``), what such a module answers it
(``protocol``), and one module per family: ``term`` (termios, winsize, modem
lines), ``fs`` and ``btrfs``, ``block``, ``loop``, ``dm``, ``hdio``, ``scsi``,
``mtd``, ``ubi``, ``nbd``, ``sock``, ``evdev``, ``kd``, ``videodev``, ``gpio``,
``rtc``, ``ptp``, ``tee``, ``kvm``, ``perf``, ``seccomp``, ``nsfs``, ``random``,
``watchdog``, ``inotify``, ``counter``, ``lirc``, ``uffd``."""
