"""What the message walker needs to know of one netlink protocol: how its
message types are named, which NLM_F_* flags its types take, and how its
payloads are decoded.  Each protocol module describes itself with a
:class:`Protocol`; ``message`` looks them up by the socket's protocol."""
from __future__ import annotations

from typing import Callable, NamedTuple

NLMSG_NOOP, NLMSG_ERROR, NLMSG_DONE, NLMSG_OVERRUN = 1, 2, 3, 4
NLMSG_MIN_TYPE = 0x10

NETLINK_ROUTE, NETLINK_SOCK_DIAG, NETLINK_XFRM, NETLINK_SELINUX = 0, 4, 6, 7
NETLINK_AUDIT, NETLINK_NETFILTER, NETLINK_KOBJECT_UEVENT = 9, 12, 15
NETLINK_GENERIC, NETLINK_CRYPTO = 16, 21


class Header(NamedTuple):
    """struct nlmsghdr."""
    len: int
    type: int
    flags: int
    seq: int
    pid: int


class Protocol(NamedTuple):
    # message types from NLMSG_MIN_TYPE on, and the default name
    types: tuple = ()
    dflt: str = "NLMSG_???"
    # (call, type) -> text, for protocols whose types are not one table
    type_text: Callable | None = None
    # type -> the table of NLM_F_* flags that type gives meaning to, or None
    flags_for: Callable | None = None
    # (call, header, addr, length) -> text, or None to print the bytes
    payload: Callable | None = None
