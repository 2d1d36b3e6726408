"""Tables for decoders/net/netlink/message.py: x86_64 values in the order of strace 6.1's
src/xlat/*.in (the first matching entry wins), generated from those files
and the kernel UAPI headers."""
from __future__ import annotations

NETLINK_TYPES = (
    (0x1, 'NLMSG_NOOP'),
    (0x2, 'NLMSG_ERROR'),
    (0x3, 'NLMSG_DONE'),
    (0x4, 'NLMSG_OVERRUN'),
)

NETLINK_FLAGS = (
    (0x1, 'NLM_F_REQUEST'),
    (0x2, 'NLM_F_MULTI'),
    (0x4, 'NLM_F_ACK'),
    (0x8, 'NLM_F_ECHO'),
    (0x10, 'NLM_F_DUMP_INTR'),
    (0x20, 'NLM_F_DUMP_FILTERED'),
)

NETLINK_GET_FLAGS = (
    (0x300, 'NLM_F_DUMP'),
    (0x100, 'NLM_F_ROOT'),
    (0x200, 'NLM_F_MATCH'),
    (0x400, 'NLM_F_ATOMIC'),
)

NETLINK_NEW_FLAGS = (
    (0x100, 'NLM_F_REPLACE'),
    (0x200, 'NLM_F_EXCL'),
    (0x400, 'NLM_F_CREATE'),
    (0x800, 'NLM_F_APPEND'),
)

NETLINK_DELETE_FLAGS = (
    (0x100, 'NLM_F_NONREC'),
    (0x200, 'NLM_F_BULK'),
)

NETLINK_ACK_FLAGS = (
    (0x100, 'NLM_F_CAPPED'),
    (0x200, 'NLM_F_ACK_TLVS'),
)

NLMSGERR_ATTRS = (
    (0, 'NLMSGERR_ATTR_UNUSED'),
    (0x1, 'NLMSGERR_ATTR_MSG'),
    (0x2, 'NLMSGERR_ATTR_OFFS'),
    (0x3, 'NLMSGERR_ATTR_COOKIE'),
    (0x4, 'NLMSGERR_ATTR_POLICY'),
    (0x5, 'NLMSGERR_ATTR_MISS_TYPE'),
    (0x6, 'NLMSGERR_ATTR_MISS_NEST'),
)
