"""Tables for decoders/ioctl/term.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

TERM_IFLAGS = (
    (0x1, 'IGNBRK'),
    (0x2, 'BRKINT'),
    (0x4, 'IGNPAR'),
    (0x8, 'PARMRK'),
    (0x10, 'INPCK'),
    (0x20, 'ISTRIP'),
    (0x40, 'INLCR'),
    (0x80, 'IGNCR'),
    (0x100, 'ICRNL'),
    (0x200, 'IUCLC'),
    (0x400, 'IXON'),
    (0x800, 'IXANY'),
    (0x1000, 'IXOFF'),
    (0x2000, 'IMAXBEL'),
    (0x4000, 'IUTF8'),
)

TERM_OFLAGS = (
    (0x1, 'OPOST'),
    (0x2, 'OLCUC'),
    (0x4, 'ONLCR'),
    (0x8, 'OCRNL'),
    (0x10, 'ONOCR'),
    (0x20, 'ONLRET'),
    (0x40, 'OFILL'),
    (0x80, 'OFDEL'),
)

TERM_LFLAGS = (
    (0x1, 'ISIG'),
    (0x2, 'ICANON'),
    (0x4, 'XCASE'),
    (0x8, 'ECHO'),
    (0x10, 'ECHOE'),
    (0x20, 'ECHOK'),
    (0x40, 'ECHONL'),
    (0x80, 'NOFLSH'),
    (0x8000, 'IEXTEN'),
    (0x200, 'ECHOCTL'),
    (0x400, 'ECHOPRT'),
    (0x800, 'ECHOKE'),
    (0x1000, 'FLUSHO'),
    (0x4000, 'PENDIN'),
    (0x100, 'TOSTOP'),
    (0x10000, 'EXTPROC'),
)

TERM_CFLAGS = (
    (0x40, 'CSTOPB'),
    (0x80, 'CREAD'),
    (0x100, 'PARENB'),
    (0x200, 'PARODD'),
    (0x400, 'HUPCL'),
    (0x800, 'CLOCAL'),
    (0x40000000, 'CMSPAR'),
    (0x80000000, 'CRTSCTS'),
)

TERM_CFLAGS_CSIZE = (
    (0x0, 'CS5'),
    (0x10, 'CS6'),
    (0x20, 'CS7'),
    (0x30, 'CS8'),
)

BAUD_OPTIONS = (
    (0x0, 'B0'),
    (0x1, 'B50'),
    (0x2, 'B75'),
    (0x3, 'B110'),
    (0x4, 'B134'),
    (0x5, 'B150'),
    (0x6, 'B200'),
    (0x7, 'B300'),
    (0x8, 'B600'),
    (0x9, 'B1200'),
    (0xa, 'B1800'),
    (0xb, 'B2400'),
    (0xc, 'B4800'),
    (0xd, 'B9600'),
    (0xe, 'B19200'),
    (0xf, 'B38400'),
    (0x1001, 'B57600'),
    (0x1002, 'B115200'),
    (0x1003, 'B230400'),
    (0x1004, 'B460800'),
    (0x1005, 'B500000'),
    (0x1006, 'B576000'),
    (0x1007, 'B921600'),
    (0x1008, 'B1000000'),
    (0x1009, 'B1152000'),
    (0x100a, 'B1500000'),
    (0x100b, 'B2000000'),
    (0x100c, 'B2500000'),
    (0x100d, 'B3000000'),
    (0x100e, 'B3500000'),
    (0x100f, 'B4000000'),
    (0xe, 'EXTA'),
    (0xf, 'EXTB'),
    (0x1000, 'BOTHER'),
)

TERMIOS_CC = (
    (0x0, 'VINTR'),
    (0x1, 'VQUIT'),
    (0x2, 'VERASE'),
    (0x3, 'VKILL'),
    (0x10, 'VEOL2'),
    (0x7, 'VSWTC'),
    (0x8, 'VSTART'),
    (0x9, 'VSTOP'),
    (0xa, 'VSUSP'),
    (0xc, 'VREPRINT'),
    (0xd, 'VDISCARD'),
    (0xe, 'VWERASE'),
    (0xf, 'VLNEXT'),
    (0x6, 'VMIN'),
    (0x5, 'VTIME'),
    (0x4, 'VEOF'),
    (0xb, 'VEOL'),
)

TERM_LINE_DISCS = (
    (0x0, 'N_TTY'),
    (0x1, 'N_SLIP'),
    (0x2, 'N_MOUSE'),
    (0x3, 'N_PPP'),
    (0x4, 'N_STRIP'),
    (0x5, 'N_AX25'),
    (0x6, 'N_X25'),
    (0x7, 'N_6PACK'),
    (0x8, 'N_MASC'),
    (0x9, 'N_R3964'),
    (0xa, 'N_PROFIBUS_FDL'),
    (0xb, 'N_IRDA'),
    (0xc, 'N_SMSBLOCK'),
    (0xd, 'N_HDLC'),
    (0xe, 'N_SYNC_PPP'),
    (0xf, 'N_HCI'),
    (0x10, 'N_GIGASET_M101'),
    (0x11, 'N_SLCAN'),
    (0x12, 'N_PPS'),
    (0x13, 'N_V253'),
    (0x14, 'N_CAIF'),
    (0x15, 'N_GSM0710'),
    (0x16, 'N_TI_WL'),
    (0x17, 'N_TRACESINK'),
    (0x18, 'N_TRACEROUTER'),
    (0x19, 'N_NCI'),
    (0x1a, 'N_SPEAKUP'),
    (0x1b, 'N_NULL'),
)

TCXONC_OPTIONS = (
    (0x0, 'TCOOFF'),
    (0x1, 'TCOON'),
    (0x2, 'TCIOFF'),
    (0x3, 'TCION'),
)

TCFLSH_OPTIONS = (
    (0x0, 'TCIFLUSH'),
    (0x1, 'TCOFLUSH'),
    (0x2, 'TCIOFLUSH'),
)

MODEM_FLAGS = (
    (0x1, 'TIOCM_LE'),
    (0x2, 'TIOCM_DTR'),
    (0x4, 'TIOCM_RTS'),
    (0x8, 'TIOCM_ST'),
    (0x10, 'TIOCM_SR'),
    (0x20, 'TIOCM_CTS'),
    (0x40, 'TIOCM_CAR'),
    (0x80, 'TIOCM_RNG'),
    (0x100, 'TIOCM_DSR'),
    (0x2000, 'TIOCM_OUT1'),
    (0x4000, 'TIOCM_OUT2'),
    (0x8000, 'TIOCM_LOOP'),
)

TERM_OFLAGS_NLDLY = (
    (0x0, 'NL0'),
    (0x100, 'NL1'),
)

TERM_OFLAGS_CRDLY = (
    (0x0, 'CR0'),
    (0x200, 'CR1'),
    (0x400, 'CR2'),
    (0x600, 'CR3'),
)

TERM_OFLAGS_TABDLY = (
    (0x1800, 'XTABS'),
    (0x0, 'TAB0'),
    (0x800, 'TAB1'),
    (0x1000, 'TAB2'),
    (0x1800, 'TAB3'),
)

TERM_OFLAGS_BSDLY = (
    (0x2000, 'BS1'),
    (0x0, 'BS0'),
)

TERM_OFLAGS_VTDLY = (
    (0x0, 'VT0'),
    (0x4000, 'VT1'),
)

TERM_OFLAGS_FFDLY = (
    (0x0, 'FF0'),
    (0x8000, 'FF1'),
)
