"""NETLINK_AUDIT: strace names the message types; payloads print as bytes."""
from __future__ import annotations

from decoders.net.netlink.audit_xlat import NL_AUDIT_TYPES
from decoders.net.netlink.protocol import Protocol

PROTOCOL = Protocol(types=NL_AUDIT_TYPES, dflt="AUDIT_???")
