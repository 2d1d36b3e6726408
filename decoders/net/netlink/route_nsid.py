"""NETLINK_ROUTE network namespace ids: struct rtgenmsg and NETNSA_*."""
from __future__ import annotations

from decoders.net.netlink.fields import family_only
from decoders.net.netlink.nlattr import Attrs, decode_fd, decode_s32, decode_u32
from decoders.net.netlink.route_xlat import RTNL_NSID_ATTRS

_ATTRS = Attrs(RTNL_NSID_ATTRS, "NETNSA_???", {
    "NETNSA_NSID": decode_s32,
    "NETNSA_PID": decode_u32,
    "NETNSA_FD": decode_fd,
    "NETNSA_TARGET_NSID": decode_s32,
    "NETNSA_CURRENT_NSID": decode_s32,
})
decode_nsid = family_only("rtgen_family", _ATTRS)
