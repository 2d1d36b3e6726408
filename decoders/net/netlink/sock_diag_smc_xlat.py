"""Tables for decoders/net/netlink/sock_diag_smc.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

SMC_DIAG_ATTRS = (
    (0, 'SMC_DIAG_NONE'),
    (0x1, 'SMC_DIAG_CONNINFO'),
    (0x2, 'SMC_DIAG_LGRINFO'),
    (0x3, 'SMC_DIAG_SHUTDOWN'),
    (0x4, 'SMC_DIAG_DMBINFO'),
    (0x5, 'SMC_DIAG_FALLBACK'),
)

SMC_DIAG_EXTENDED_FLAGS = (
    (0x1, '1<<(SMC_DIAG_CONNINFO-1)'),
    (0x2, '1<<(SMC_DIAG_LGRINFO-1)'),
)

SMC_DIAG_MODE = (
    (0, 'SMC_DIAG_MODE_SMCR'),
    (0x1, 'SMC_DIAG_MODE_FALLBACK_TCP'),
    (0x2, 'SMC_DIAG_MODE_SMCD'),
)

SMC_LINK_GROUP_ROLES = (
    (0, 'SMC_CLNT'),
    (0x1, 'SMC_SERV'),
)

SMC_STATES = (
    (0x1, 'SMC_ACTIVE'),
    (0x2, 'SMC_INIT'),
    (0x7, 'SMC_CLOSED'),
    (0xa, 'SMC_LISTEN'),
    (0x14, 'SMC_PEERCLOSEWAIT1'),
    (0x15, 'SMC_PEERCLOSEWAIT2'),
    (0x18, 'SMC_APPFINCLOSEWAIT'),
    (0x16, 'SMC_APPCLOSEWAIT1'),
    (0x17, 'SMC_APPCLOSEWAIT2'),
    (0x19, 'SMC_PEERFINCLOSEWAIT'),
    (0x1a, 'SMC_PEERABORTWAIT'),
    (0x1b, 'SMC_PROCESSABORT'),
)

SMC_DECL_CODES = (
    (0x1010000, 'SMC_CLC_DECL_MEM'),
    (0x2010000, 'SMC_CLC_DECL_TIMEOUT_CL'),
    (0x2020000, 'SMC_CLC_DECL_TIMEOUT_AL'),
    (0x3000000, 'SMC_CLC_DECL_CNFERR'),
    (0x3010000, 'SMC_CLC_DECL_PEERNOSMC'),
    (0x3020000, 'SMC_CLC_DECL_IPSEC'),
    (0x3030000, 'SMC_CLC_DECL_NOSMCDEV'),
    (0x3040000, 'SMC_CLC_DECL_MODEUNSUPP'),
    (0x3050000, 'SMC_CLC_DECL_RMBE_EC'),
    (0x3060000, 'SMC_CLC_DECL_OPTUNSUPP'),
    (0x4000000, 'SMC_CLC_DECL_SYNCERR'),
    (0x5000000, 'SMC_CLC_DECL_PEERDECL'),
    (0x99990000, 'SMC_CLC_DECL_INTERR'),
    (0x99990001, 'SMC_CLC_DECL_ERR_RTOK'),
    (0x99990002, 'SMC_CLC_DECL_ERR_RDYLNK'),
    (0x99990003, 'SMC_CLC_DECL_ERR_REGRMB'),
)

SOCK_SHUTDOWN_FLAGS = (
    (0x1, 'RCV_SHUTDOWN'),
    (0x2, 'SEND_SHUTDOWN'),
)
