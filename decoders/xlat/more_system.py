"""Modules, syslog, I/O priorities, reboot and kcmp.

Values for x86_64, in the order of strace 6.1's src/xlat/*.in (the first
matching entry wins); generated from those files and the kernel UAPI headers.
Each table is named after its strace xlat file.
"""

DELETE_MODULE_FLAGS = (
    (0x800, 'O_NONBLOCK'),
    (0x200, 'O_TRUNC'),
)

MODULE_INIT_FLAGS = (
    (0x1, 'MODULE_INIT_IGNORE_MODVERSIONS'),
    (0x2, 'MODULE_INIT_IGNORE_VERMAGIC'),
    (0x4, 'MODULE_INIT_COMPRESSED_FILE'),
)

SYSLOG_ACTION_TYPE = (
    (0x0, 'SYSLOG_ACTION_CLOSE'),
    (0x1, 'SYSLOG_ACTION_OPEN'),
    (0x2, 'SYSLOG_ACTION_READ'),
    (0x3, 'SYSLOG_ACTION_READ_ALL'),
    (0x4, 'SYSLOG_ACTION_READ_CLEAR'),
    (0x5, 'SYSLOG_ACTION_CLEAR'),
    (0x6, 'SYSLOG_ACTION_CONSOLE_OFF'),
    (0x7, 'SYSLOG_ACTION_CONSOLE_ON'),
    (0x8, 'SYSLOG_ACTION_CONSOLE_LEVEL'),
    (0x9, 'SYSLOG_ACTION_SIZE_UNREAD'),
    (0xa, 'SYSLOG_ACTION_SIZE_BUFFER'),
)

SYSLOG_CONSOLE_LEVELS = (
    (0x0, 'LOGLEVEL_EMERG'),
    (0x1, 'LOGLEVEL_ALERT'),
    (0x2, 'LOGLEVEL_CRIT'),
    (0x3, 'LOGLEVEL_ERR'),
    (0x4, 'LOGLEVEL_WARNING'),
    (0x5, 'LOGLEVEL_NOTICE'),
    (0x6, 'LOGLEVEL_INFO'),
    (0x7, 'LOGLEVEL_DEBUG'),
    # strace 6.1 prints 8 (the kernel's "all messages" level) with this name
    (0x8, 'LOGLEVEL_DEBUG+1'),
)

IOPRIO_WHO = (
    (0x1, 'IOPRIO_WHO_PROCESS'),
    (0x2, 'IOPRIO_WHO_PGRP'),
    (0x3, 'IOPRIO_WHO_USER'),
)

IOPRIO_CLASS = (
    (0x0, 'IOPRIO_CLASS_NONE'),
    (0x1, 'IOPRIO_CLASS_RT'),
    (0x2, 'IOPRIO_CLASS_BE'),
    (0x3, 'IOPRIO_CLASS_IDLE'),
)

BOOTFLAGS1 = (
    (0xfee1dead, 'LINUX_REBOOT_MAGIC1'),
)

BOOTFLAGS2 = (
    (0x28121969, 'LINUX_REBOOT_MAGIC2'),
    (0x5121996, 'LINUX_REBOOT_MAGIC2A'),
    (0x16041998, 'LINUX_REBOOT_MAGIC2B'),
    (0x20112000, 'LINUX_REBOOT_MAGIC2C'),
)

BOOTFLAGS3 = (
    (0x1234567, 'LINUX_REBOOT_CMD_RESTART'),
    (0xcdef0123, 'LINUX_REBOOT_CMD_HALT'),
    (0x89abcdef, 'LINUX_REBOOT_CMD_CAD_ON'),
    (0x0, 'LINUX_REBOOT_CMD_CAD_OFF'),
    (0x4321fedc, 'LINUX_REBOOT_CMD_POWER_OFF'),
    (0xa1b2c3d4, 'LINUX_REBOOT_CMD_RESTART2'),
    (0xd000fce2, 'LINUX_REBOOT_CMD_SW_SUSPEND'),
    (0x45584543, 'LINUX_REBOOT_CMD_KEXEC'),
)

KCMP_TYPES = (
    (0x0, 'KCMP_FILE'),
    (0x1, 'KCMP_VM'),
    (0x2, 'KCMP_FILES'),
    (0x3, 'KCMP_FS'),
    (0x4, 'KCMP_SIGHAND'),
    (0x5, 'KCMP_IO'),
    (0x6, 'KCMP_SYSVSEM'),
    (0x7, 'KCMP_EPOLL_TFD'),
)
