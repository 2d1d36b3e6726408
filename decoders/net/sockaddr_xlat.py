"""Tables for decoders/net/sockaddr.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

ARP_HARDWARE_TYPES = (
    (0x0, 'ARPHRD_NETROM'),
    (0x1, 'ARPHRD_ETHER'),
    (0x2, 'ARPHRD_EETHER'),
    (0x3, 'ARPHRD_AX25'),
    (0x4, 'ARPHRD_PRONET'),
    (0x5, 'ARPHRD_CHAOS'),
    (0x6, 'ARPHRD_IEEE802'),
    (0x7, 'ARPHRD_ARCNET'),
    (0x8, 'ARPHRD_APPLETLK'),
    (0xf, 'ARPHRD_DLCI'),
    (0x13, 'ARPHRD_ATM'),
    (0x17, 'ARPHRD_METRICOM'),
    (0x18, 'ARPHRD_IEEE1394'),
    (0x1b, 'ARPHRD_EUI64'),
    (0x20, 'ARPHRD_INFINIBAND'),
    (0x100, 'ARPHRD_SLIP'),
    (0x101, 'ARPHRD_CSLIP'),
    (0x102, 'ARPHRD_SLIP6'),
    (0x103, 'ARPHRD_CSLIP6'),
    (0x104, 'ARPHRD_RSRVD'),
    (0x108, 'ARPHRD_ADAPT'),
    (0x10e, 'ARPHRD_ROSE'),
    (0x10f, 'ARPHRD_X25'),
    (0x110, 'ARPHRD_HWX25'),
    (0x118, 'ARPHRD_CAN'),
    (0x122, 'ARPHRD_MCTP'),
    (0x200, 'ARPHRD_PPP'),
    (0x201, 'ARPHRD_CISCO'),
    (0x204, 'ARPHRD_LAPB'),
    (0x205, 'ARPHRD_DDCMP'),
    (0x206, 'ARPHRD_RAWHDLC'),
    (0x207, 'ARPHRD_RAWIP'),
    (0x300, 'ARPHRD_TUNNEL'),
    (0x301, 'ARPHRD_TUNNEL6'),
    (0x302, 'ARPHRD_FRAD'),
    (0x303, 'ARPHRD_SKIP'),
    (0x304, 'ARPHRD_LOOPBACK'),
    (0x305, 'ARPHRD_LOCALTLK'),
    (0x306, 'ARPHRD_FDDI'),
    (0x307, 'ARPHRD_BIF'),
    (0x308, 'ARPHRD_SIT'),
    (0x309, 'ARPHRD_IPDDP'),
    (0x30a, 'ARPHRD_IPGRE'),
    (0x30b, 'ARPHRD_PIMREG'),
    (0x30c, 'ARPHRD_HIPPI'),
    (0x30d, 'ARPHRD_ASH'),
    (0x30e, 'ARPHRD_ECONET'),
    (0x30f, 'ARPHRD_IRDA'),
    (0x310, 'ARPHRD_FCPP'),
    (0x311, 'ARPHRD_FCAL'),
    (0x312, 'ARPHRD_FCPL'),
    (0x313, 'ARPHRD_FCFABRIC'),
    (0x320, 'ARPHRD_IEEE802_TR'),
    (0x321, 'ARPHRD_IEEE80211'),
    (0x322, 'ARPHRD_IEEE80211_PRISM'),
    (0x323, 'ARPHRD_IEEE80211_RADIOTAP'),
    (0x324, 'ARPHRD_IEEE802154'),
    (0x325, 'ARPHRD_IEEE802154_MONITOR'),
    (0x334, 'ARPHRD_PHONET'),
    (0x335, 'ARPHRD_PHONET_PIPE'),
    (0x336, 'ARPHRD_CAIF'),
    (0x337, 'ARPHRD_IP6GRE'),
    (0x338, 'ARPHRD_NETLINK'),
    (0x339, 'ARPHRD_6LOWPAN'),
    (0x33a, 'ARPHRD_VSOCKMON'),
    (0xfffe, 'ARPHRD_NONE'),
    (0xffff, 'ARPHRD_VOID'),
)

AF_PACKET_TYPES = (
    (0x0, 'PACKET_HOST'),
    (0x1, 'PACKET_BROADCAST'),
    (0x2, 'PACKET_MULTICAST'),
    (0x3, 'PACKET_OTHERHOST'),
    (0x4, 'PACKET_OUTGOING'),
    (0x5, 'PACKET_LOOPBACK'),
    (0x6, 'PACKET_USER'),
    (0x7, 'PACKET_KERNEL'),
)

BDADDR_TYPES = (
    (0x0, 'BDADDR_BREDR'),
    (0x1, 'BDADDR_LE_PUBLIC'),
    (0x2, 'BDADDR_LE_RANDOM'),
)

BLUETOOTH_L2_CID = (
    (0x1, 'L2CAP_CID_SIGNALING'),
    (0x2, 'L2CAP_CID_CONN_LESS'),
    (0x3, 'L2CAP_CID_A2MP'),
    (0x4, 'L2CAP_CID_ATT'),
    (0x5, 'L2CAP_CID_LE_SIGNALING'),
    (0x6, 'L2CAP_CID_SMP'),
    (0x7, 'L2CAP_CID_SMP_BREDR'),
    (0x40, 'L2CAP_CID_DYN_START'),
    (0x7f, 'L2CAP_CID_LE_DYN_END'),
    (0xffff, 'L2CAP_CID_DYN_END'),
)

BLUETOOTH_L2_PSM = (
    (0x1, 'L2CAP_PSM_SDP'),
    (0x3, 'L2CAP_PSM_RFCOMM'),
    (0x21, 'L2CAP_PSM_3DSP'),
    (0x23, 'L2CAP_PSM_IPSP'),
    (0x80, 'L2CAP_PSM_LE_DYN_START'),
    (0xff, 'L2CAP_PSM_LE_DYN_END'),
    (0x1001, 'L2CAP_PSM_DYN_START'),
    (0x10ff, 'L2CAP_PSM_AUTO_END'),
    (0xffff, 'L2CAP_PSM_DYN_END'),
)

HCI_CHANNELS = (
    (0x0, 'HCI_CHANNEL_RAW'),
    (0x1, 'HCI_CHANNEL_USER'),
    (0x2, 'HCI_CHANNEL_MONITOR'),
    (0x3, 'HCI_CHANNEL_CONTROL'),
    (0x4, 'HCI_CHANNEL_LOGGING'),
)

RXRPC_SERVICES = (
    (0x1, 'CM_SERVICE'),
    (0x9c4, 'YFS_FS_SERVICE'),
    (0x9c5, 'YFS_CM_SERVICE'),
    (0x9c7, 'YFS_VL_SERVICE'),
)

IEEE802154_ADDR_TYPES = (
    (0x0, 'IEEE802154_ADDR_NONE'),
    (0x2, 'IEEE802154_ADDR_SHORT'),
    (0x3, 'IEEE802154_ADDR_LONG'),
)

IEEE802154_ADDRS = (
    (0xfffe, 'IEEE802154_ADDR_UNDEF'),
    (0xffff, 'IEEE802154_ADDR_BROADCAST'),
)

IEEE802154_PAN_IDS = (
    (0xffff, 'IEEE802154_PANID_BROADCAST'),
)

ALG_SOCKADDR_FLAGS = (
    (0x1000, 'CRYPTO_ALG_KERN_DRIVER_ONLY'),
)

NFC_SAPS = (
    (0x1, 'LLCP_SAP_SDP'),
    (0x2, 'LLCP_SAP_IP'),
    (0x3, 'LLCP_SAP_OBEX'),
    (0x4, 'LLCP_SAP_SNEP'),
    (0xff, 'LLCP_SAP_MAX'),
)

NFC_SOCKADDR_PROTOCOLS = (
    (0x1, 'NFC_PROTO_JEWEL'),
    (0x2, 'NFC_PROTO_MIFARE'),
    (0x3, 'NFC_PROTO_FELICA'),
    (0x4, 'NFC_PROTO_ISO14443'),
    (0x5, 'NFC_PROTO_NFC_DEP'),
    (0x6, 'NFC_PROTO_ISO14443_B'),
    (0x7, 'NFC_PROTO_ISO15693'),
)

VSOCK_CIDS = (
    (0x0, 'VMADDR_CID_HYPERVISOR'),
    (0x1, 'VMADDR_CID_LOCAL'),
    (0x2, 'VMADDR_CID_HOST'),
    (0xffffffff, 'VMADDR_CID_ANY'),
)

VSOCK_FLAGS = (
    (0x1, 'VMADDR_FLAG_TO_HOST'),
)

VSOCK_PORTS = (
    (0xffffffff, 'VMADDR_PORT_ANY'),
)

QIPCRTR_NODES = (
    (0xffffffff, 'QRTR_NODE_BCAST'),
)

QIPCRTR_PORTS = (
    (0xfffffffe, 'QRTR_PORT_CTRL'),
)

XDP_SOCKADDR_FLAGS = (
    (0x1, 'XDP_SHARED_UMEM'),
    (0x2, 'XDP_COPY'),
    (0x4, 'XDP_ZEROCOPY'),
    (0x8, 'XDP_USE_NEED_WAKEUP'),
)

MCTP_ADDRS = (
    (0x0, 'MCTP_ADDR_NULL'),
    (0xff, 'MCTP_ADDR_ANY'),
)

MCTP_NETS = (
    (0x0, 'MCTP_NET_ANY'),
)
