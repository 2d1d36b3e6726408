"""Tables for decoders/net/netlink/sock_diag.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

NL_SOCK_DIAG_TYPES = (
    (0x12, 'TCPDIAG_GETSOCK'),
    (0x13, 'DCCPDIAG_GETSOCK'),
    (0x14, 'SOCK_DIAG_BY_FAMILY'),
    (0x15, 'SOCK_DESTROY'),
)

TCP_STATES = (
    (0x1, 'TCP_ESTABLISHED'),
    (0x2, 'TCP_SYN_SENT'),
    (0x3, 'TCP_SYN_RECV'),
    (0x4, 'TCP_FIN_WAIT1'),
    (0x5, 'TCP_FIN_WAIT2'),
    (0x6, 'TCP_TIME_WAIT'),
    (0x7, 'TCP_CLOSE'),
    (0x8, 'TCP_CLOSE_WAIT'),
    (0x9, 'TCP_LAST_ACK'),
    (0xa, 'TCP_LISTEN'),
    (0xb, 'TCP_CLOSING'),
    (0xc, 'TCP_NEW_SYN_RECV'),
)

TCP_STATE_FLAGS = (
    (0x2, '1<<TCP_ESTABLISHED'),
    (0x4, '1<<TCP_SYN_SENT'),
    (0x8, '1<<TCP_SYN_RECV'),
    (0x10, '1<<TCP_FIN_WAIT1'),
    (0x20, '1<<TCP_FIN_WAIT2'),
    (0x40, '1<<TCP_TIME_WAIT'),
    (0x80, '1<<TCP_CLOSE'),
    (0x100, '1<<TCP_CLOSE_WAIT'),
    (0x200, '1<<TCP_LAST_ACK'),
    (0x400, '1<<TCP_LISTEN'),
    (0x800, '1<<TCP_CLOSING'),
    (0x1000, '1<<TCP_NEW_SYN_RECV'),
)

UNIX_DIAG_SHOW = (
    (0x1, 'UDIAG_SHOW_NAME'),
    (0x2, 'UDIAG_SHOW_VFS'),
    (0x4, 'UDIAG_SHOW_PEER'),
    (0x8, 'UDIAG_SHOW_ICONS'),
    (0x10, 'UDIAG_SHOW_RQLEN'),
    (0x20, 'UDIAG_SHOW_MEMINFO'),
    (0x40, 'UDIAG_SHOW_UID'),
)

UNIX_DIAG_ATTRS = (
    (0, 'UNIX_DIAG_NAME'),
    (0x1, 'UNIX_DIAG_VFS'),
    (0x2, 'UNIX_DIAG_PEER'),
    (0x3, 'UNIX_DIAG_ICONS'),
    (0x4, 'UNIX_DIAG_RQLEN'),
    (0x5, 'UNIX_DIAG_MEMINFO'),
    (0x6, 'UNIX_DIAG_SHUTDOWN'),
    (0x7, 'UNIX_DIAG_UID'),
)

NETLINK_DIAG_SHOW = (
    (0x1, 'NDIAG_SHOW_MEMINFO'),
    (0x2, 'NDIAG_SHOW_GROUPS'),
    (0x4, 'NDIAG_SHOW_RING_CFG'),
    (0x8, 'NDIAG_SHOW_FLAGS'),
)

NETLINK_DIAG_ATTRS = (
    (0, 'NETLINK_DIAG_MEMINFO'),
    (0x1, 'NETLINK_DIAG_GROUPS'),
    (0x2, 'NETLINK_DIAG_RX_RING'),
    (0x3, 'NETLINK_DIAG_TX_RING'),
    (0x4, 'NETLINK_DIAG_FLAGS'),
)

NETLINK_STATES = (
    (0, 'NETLINK_UNCONNECTED'),
    (0x1, 'NETLINK_CONNECTED'),
    (0x7, 'TCP_CLOSE'),
)

NETLINK_SOCKET_FLAGS = (
    (0x1, 'NDIAG_FLAG_CB_RUNNING'),
    (0x2, 'NDIAG_FLAG_PKTINFO'),
    (0x4, 'NDIAG_FLAG_BROADCAST_ERROR'),
    (0x8, 'NDIAG_FLAG_NO_ENOBUFS'),
    (0x10, 'NDIAG_FLAG_LISTEN_ALL_NSID'),
    (0x20, 'NDIAG_FLAG_CAP_ACK'),
)

PACKET_DIAG_SHOW = (
    (0x1, 'PACKET_SHOW_INFO'),
    (0x2, 'PACKET_SHOW_MCLIST'),
    (0x4, 'PACKET_SHOW_RING_CFG'),
    (0x8, 'PACKET_SHOW_FANOUT'),
    (0x10, 'PACKET_SHOW_MEMINFO'),
    (0x20, 'PACKET_SHOW_FILTER'),
)

PACKET_DIAG_ATTRS = (
    (0, 'PACKET_DIAG_INFO'),
    (0x1, 'PACKET_DIAG_MCLIST'),
    (0x2, 'PACKET_DIAG_RX_RING'),
    (0x3, 'PACKET_DIAG_TX_RING'),
    (0x4, 'PACKET_DIAG_FANOUT'),
    (0x5, 'PACKET_DIAG_UID'),
    (0x6, 'PACKET_DIAG_MEMINFO'),
    (0x7, 'PACKET_DIAG_FILTER'),
)

PACKET_DIAG_INFO_FLAGS = (
    (0x1, 'PDI_RUNNING'),
    (0x2, 'PDI_AUXDATA'),
    (0x4, 'PDI_ORIGDEV'),
    (0x8, 'PDI_VNETHDR'),
    (0x10, 'PDI_LOSS'),
)

AF_PACKET_VERSIONS = (
    (0, 'TPACKET_V1'),
    (0x1, 'TPACKET_V2'),
    (0x2, 'TPACKET_V3'),
)
