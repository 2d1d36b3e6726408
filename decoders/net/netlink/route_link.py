"""NETLINK_ROUTE links: struct ifinfomsg and the IFLA_* attributes, with the
nested families of them (bridge ports, link kinds, virtual functions, XDP,
per-address-family settings)."""
from __future__ import annotations

import struct

from decoders import Call
from decoders.net.netlink import route_link_xlat as xl
from decoders.net.netlink.fields import (
    U, X, Struct, family_message, fetch_text, flags, hex_bytes, ifindex, mac,
    xval)
from decoders.net.netlink.nlattr import (
    Attrs, decode_af_spec, decode_clock_t, decode_cstr, decode_fd, decode_gid,
    decode_hwaddr, decode_hwaddr_as, decode_ifindex, decode_in_addr, decode_in6_addr,
    decode_s32, decode_str, decode_u8, decode_u16, decode_u32, decode_u64, decode_uid,
    decode_x16, decode_x32, flags_of, hex_tail, indexed_array, nla_flags, nla_xval,
    struct_decoder, xval_of)
from decoders.net.socket_xlat import ADDRESS_FAMILIES, ETHERNET_PROTOCOLS
from decoders.render.flags import print_flags, print_xval
from decoders.render.structs import local_array

AF_INET, AF_BRIDGE, AF_INET6, AF_MCTP = 2, 7, 10, 45
IFLA_ALT_IFNAME = 53


def _hwaddr(call: Call, addr: int, length: int, context: bytes) -> str | None:
    """IFLA_ADDRESS and the like: strace cuts them to the address length of
    the ARPHRD_* type numbered as the message's address family."""
    return decode_hwaddr_as(context[0])(call, addr, length)


def _stats(fmt: str, names: tuple, sizes: dict):
    """rtnl_link_stats and rtnl_link_stats64: the fields present in each of
    the sizes kernels have sent (``sizes``: length -> number of fields)."""
    field_size = struct.calcsize(fmt)
    layouts = {size: Struct(*((name, fmt, U) for name in names[:count]))
               for size, count in sizes.items()}
    largest = max(layouts)

    def decoder(call: Call, addr: int, length: int, context=None) -> str | None:
        size = largest if length >= largest else length
        layout = layouts.get(size)
        if layout is None:
            return None
        data, failed = fetch_text(call, addr, layout.size)
        return failed if data is None else layout.text(data, call)
    assert all(size == count * field_size for size, count in sizes.items())
    return decoder


_STATS_NAMES = (
    "rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors",
    "rx_dropped", "tx_dropped", "multicast", "collisions", "rx_length_errors",
    "rx_over_errors", "rx_crc_errors", "rx_frame_errors", "rx_fifo_errors",
    "rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors",
    "tx_heartbeat_errors", "tx_window_errors", "rx_compressed", "tx_compressed",
    "rx_nohandler", "rx_otherhost_dropped")
decode_link_stats = _stats("I", _STATS_NAMES, {92: 23, 96: 24})
decode_link_stats64 = _stats("Q", _STATS_NAMES, {184: 23, 192: 24, 200: 25})

def _bridge_id(call: Call, addr: int, length: int, context=None) -> str | None:
    """struct ifla_bridge_id: two priority bytes and a MAC address."""
    if length < 8:
        return None
    data, failed = fetch_text(call, addr, 8)
    if data is None:
        return failed
    return "{prio=%s, addr=%s}" % (local_array([str(data[0]), str(data[1])], call),
                                   mac(data[2:8], call))


def _named_u8(*names):
    return {name: decode_u8 for name in names}


BRPORT_ATTRS = Attrs(xl.RTNL_IFLA_BRPORT_ATTRS, "IFLA_BRPORT_???", dict(
    _named_u8("IFLA_BRPORT_STATE", "IFLA_BRPORT_MODE", "IFLA_BRPORT_GUARD",
              "IFLA_BRPORT_PROTECT", "IFLA_BRPORT_FAST_LEAVE", "IFLA_BRPORT_LEARNING",
              "IFLA_BRPORT_UNICAST_FLOOD", "IFLA_BRPORT_PROXYARP", "IFLA_BRPORT_LEARNING_SYNC",
              "IFLA_BRPORT_PROXYARP_WIFI", "IFLA_BRPORT_TOPOLOGY_CHANGE_ACK",
              "IFLA_BRPORT_CONFIG_PENDING", "IFLA_BRPORT_MULTICAST_ROUTER",
              "IFLA_BRPORT_MCAST_FLOOD", "IFLA_BRPORT_MCAST_TO_UCAST",
              "IFLA_BRPORT_VLAN_TUNNEL", "IFLA_BRPORT_BCAST_FLOOD",
              "IFLA_BRPORT_NEIGH_SUPPRESS", "IFLA_BRPORT_ISOLATED",
              "IFLA_BRPORT_MRP_RING_OPEN", "IFLA_BRPORT_MRP_IN_OPEN", "IFLA_BRPORT_LOCKED"),
    IFLA_BRPORT_PRIORITY=decode_u16, IFLA_BRPORT_COST=decode_u32,
    IFLA_BRPORT_ROOT_ID=_bridge_id, IFLA_BRPORT_BRIDGE_ID=_bridge_id,
    IFLA_BRPORT_DESIGNATED_PORT=decode_u16, IFLA_BRPORT_DESIGNATED_COST=decode_u16,
    IFLA_BRPORT_ID=decode_u16, IFLA_BRPORT_NO=decode_u16,
    IFLA_BRPORT_MESSAGE_AGE_TIMER=decode_clock_t,
    IFLA_BRPORT_FORWARD_DELAY_TIMER=decode_clock_t, IFLA_BRPORT_HOLD_TIMER=decode_clock_t,
    IFLA_BRPORT_GROUP_FWD_MASK=decode_x16, IFLA_BRPORT_BACKUP_PORT=decode_ifindex,
    IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT=decode_u32, IFLA_BRPORT_MCAST_EHT_HOSTS_CNT=decode_u32))

_INET6_CACHEINFO = Struct(("max_reasm_len", "I", U), ("tstamp", "I", U),
                          ("reachable_time", "I", U), ("retrans_time", "I", U))
INET6_ATTRS = Attrs(xl.RTNL_IFLA_AF_SPEC_INET6_ATTRS, "IFLA_INET6_???", {
    "IFLA_INET6_FLAGS": nla_flags(xl.INET6_IF_FLAGS, "IF_???", 4),
    "IFLA_INET6_CONF": indexed_array(4, "i", xl.INET6_DEVCONF_INDICES, "DEVCONF_???", "d"),
    "IFLA_INET6_STATS": indexed_array(8, "Q", xl.SNMP_IP_STATS, "IPSTATS_MIB_???"),
    "IFLA_INET6_CACHEINFO": struct_decoder(_INET6_CACHEINFO),
    "IFLA_INET6_ICMP6STATS": indexed_array(8, "Q", xl.SNMP_ICMP6_STATS, "ICMP6_MIB_???"),
    "IFLA_INET6_TOKEN": decode_in6_addr,
    "IFLA_INET6_ADDR_GEN_MODE": nla_xval(xl.IN6_ADDR_GEN_MODE, "IN6_ADDR_GEN_MODE_???", 1),
    "IFLA_INET6_RA_MTU": decode_u32,
})


def _protinfo(call: Call, addr: int, length: int, context: bytes) -> str:
    return decode_af_spec(call, addr, length, context[0],
                          {AF_BRIDGE: BRPORT_ATTRS, AF_INET6: INET6_ATTRS})


_IFMAP = Struct(("mem_start", "Q", X), ("mem_end", "Q", X), ("base_addr", "Q", X),
                ("irq", "H", U), ("dma", "B", U), ("port", "B", U))


def _kind_text(raw: bytes) -> str:
    """What strace keeps of IFLA_INFO_KIND to choose IFLA_INFO_DATA's decoder."""
    if len(raw) >= 64:
        return ""
    return raw.split(b"\0", 1)[0].decode("latin-1")


def _remember(key: str):
    """IFLA_INFO_KIND and IFLA_INFO_SLAVE_KIND: printed, and kept for the
    attributes after them."""
    def decoder(call: Call, addr: int, length: int, context: dict) -> str:
        raw = call.mem.read(addr, length) if length < 64 else None
        context[key] = _kind_text(raw) if raw is not None else ""
        return decode_cstr(call, addr, length)
    return decoder


_BOOLOPT_FLAGS = flags(xl.RTNL_IFLA_BR_BOOLOPT_FLAGS, "1<<BR_BOOLOPT_???")
_BOOLOPT = Struct(("optval", "I", _BOOLOPT_FLAGS), ("optmask", "I", _BOOLOPT_FLAGS))
_QUERIER_ATTRS = Attrs(xl.RTNL_IFLA_BR_MCAST_QUERIER_ATTRS, "BRIDGE_QUERIER_???", {
    "BRIDGE_QUERIER_IP_ADDRESS": decode_in_addr,
    "BRIDGE_QUERIER_IP_PORT": decode_ifindex,
    "BRIDGE_QUERIER_IP_OTHER_TIMER": decode_clock_t,
    "BRIDGE_QUERIER_IPV6_ADDRESS": decode_in6_addr,
    "BRIDGE_QUERIER_IPV6_PORT": decode_ifindex,
    "BRIDGE_QUERIER_IPV6_OTHER_TIMER": decode_clock_t,
})
_BRIDGE_ATTRS = Attrs(xl.RTNL_IFLA_INFO_DATA_BRIDGE_ATTRS, "IFLA_BR_???", dict(
    {name: decode_clock_t for name in (
        "IFLA_BR_FORWARD_DELAY", "IFLA_BR_HELLO_TIME", "IFLA_BR_MAX_AGE",
        "IFLA_BR_AGEING_TIME", "IFLA_BR_HELLO_TIMER", "IFLA_BR_TCN_TIMER",
        "IFLA_BR_TOPOLOGY_CHANGE_TIMER", "IFLA_BR_GC_TIMER", "IFLA_BR_MCAST_LAST_MEMBER_INTVL",
        "IFLA_BR_MCAST_MEMBERSHIP_INTVL", "IFLA_BR_MCAST_QUERIER_INTVL",
        "IFLA_BR_MCAST_QUERY_INTVL", "IFLA_BR_MCAST_QUERY_RESPONSE_INTVL",
        "IFLA_BR_MCAST_STARTUP_QUERY_INTVL")},
    **_named_u8("IFLA_BR_VLAN_FILTERING", "IFLA_BR_TOPOLOGY_CHANGE",
                "IFLA_BR_TOPOLOGY_CHANGE_DETECTED", "IFLA_BR_MCAST_ROUTER",
                "IFLA_BR_MCAST_SNOOPING", "IFLA_BR_MCAST_QUERY_USE_IFADDR",
                "IFLA_BR_MCAST_QUERIER", "IFLA_BR_NF_CALL_IPTABLES",
                "IFLA_BR_NF_CALL_IP6TABLES", "IFLA_BR_NF_CALL_ARPTABLES",
                "IFLA_BR_VLAN_STATS_ENABLED", "IFLA_BR_MCAST_STATS_ENABLED",
                "IFLA_BR_MCAST_IGMP_VERSION", "IFLA_BR_MCAST_MLD_VERSION",
                "IFLA_BR_VLAN_STATS_PER_PORT"),
    **{name: decode_u32 for name in (
        "IFLA_BR_STP_STATE", "IFLA_BR_ROOT_PATH_COST", "IFLA_BR_MCAST_HASH_ELASTICITY",
        "IFLA_BR_MCAST_HASH_MAX", "IFLA_BR_MCAST_LAST_MEMBER_CNT",
        "IFLA_BR_MCAST_STARTUP_QUERY_CNT")},
    IFLA_BR_PRIORITY=decode_u16, IFLA_BR_ROOT_PORT=decode_u16,
    IFLA_BR_VLAN_DEFAULT_PVID=decode_u16,
    IFLA_BR_VLAN_PROTOCOL=nla_xval(ETHERNET_PROTOCOLS, "ETHER_P_???", 2, host_order=True),
    IFLA_BR_GROUP_FWD_MASK=decode_x16, IFLA_BR_ROOT_ID=_bridge_id,
    IFLA_BR_BRIDGE_ID=_bridge_id, IFLA_BR_GROUP_ADDR=decode_hwaddr,
    IFLA_BR_MULTI_BOOLOPT=struct_decoder(_BOOLOPT),
    IFLA_BR_MCAST_QUERIER_STATE=_QUERIER_ATTRS))
_TUN_ATTRS = Attrs(xl.RTNL_IFLA_INFO_DATA_TUN_ATTRS, "IFLA_TUN_???", dict(
    _named_u8("IFLA_TUN_PI", "IFLA_TUN_VNET_HDR", "IFLA_TUN_PERSIST", "IFLA_TUN_MULTI_QUEUE"),
    IFLA_TUN_OWNER=decode_uid, IFLA_TUN_GROUP=decode_gid,
    IFLA_TUN_TYPE=nla_xval(xl.TUN_DEVICE_TYPES, "IFF_???", 1),
    IFLA_TUN_NUM_QUEUES=decode_u32, IFLA_TUN_NUM_DISABLED_QUEUES=decode_u32))
_CAN_STATS = Struct(*((name, "I", U) for name in (
    "bus_error", "error_warning", "error_passive", "bus_off", "arbitration_lost", "restarts")))


def _by_kind(key: str, decoders: dict):
    """The decoder the link kind remembered under ``key`` calls for, if any."""
    def decoder(call: Call, addr: int, length: int, context: dict) -> str | None:
        chosen = decoders.get(context.get(key, ""))
        return chosen(call, addr, length, context) if chosen else None
    return decoder


_LINKINFO_ATTRS = Attrs(xl.RTNL_IFLA_INFO_ATTRS, "IFLA_INFO_???", {
    "IFLA_INFO_KIND": _remember("kind"),
    "IFLA_INFO_DATA": _by_kind("kind", {"bridge": _BRIDGE_ATTRS, "tun": _TUN_ATTRS}),
    "IFLA_INFO_XSTATS": _by_kind("kind", {"can": struct_decoder(_CAN_STATS)}),
    "IFLA_INFO_SLAVE_KIND": _remember("slave_kind"),
    "IFLA_INFO_SLAVE_DATA": _by_kind("slave_kind", {"bridge": BRPORT_ATTRS}),
})


def _linkinfo(call: Call, addr: int, length: int, context=None) -> str:
    return _LINKINFO_ATTRS.decode(call, addr, length, {"kind": "", "slave_kind": ""})


def _vf(*fields):
    """A struct ifla_vf_*: the VF number and the given fields."""
    return struct_decoder(Struct(("vf", "I", U), *fields))


def _vf_guid(call: Call, addr: int, length: int, context=None) -> str | None:
    """struct ifla_vf_guid, packed (12 bytes) or not (16)."""
    if length not in (12, 16):
        return None
    data, failed = fetch_text(call, addr, length)
    if data is None:
        return failed
    vf, guid = struct.unpack("<I4xQ" if length == 16 else "<IQ", data)
    return "{vf=%d, guid=%s}" % (vf, "%#x" % guid if guid else "0")


def _vlan_proto(value: int, call: Call) -> str:
    swapped = ((value & 0xFF) << 8) | (value >> 8)
    return "htons(%s)" % print_xval(swapped, ETHERNET_PROTOCOLS, "ETH_P_???",
                                    call.opts.xlat_style)


_VF_STATS_ATTRS = Attrs(xl.RTNL_IFLA_VF_STATS_ATTRS, "IFLA_VF_STATS_???", {
    name: decode_u64 for name in (
        "IFLA_VF_STATS_RX_PACKETS", "IFLA_VF_STATS_TX_PACKETS", "IFLA_VF_STATS_RX_BYTES",
        "IFLA_VF_STATS_TX_BYTES", "IFLA_VF_STATS_BROADCAST", "IFLA_VF_STATS_MULTICAST",
        "IFLA_VF_STATS_RX_DROPPED", "IFLA_VF_STATS_TX_DROPPED")})
_VF_VLAN_LIST_ATTRS = Attrs(xl.RTNL_IFLA_VF_VLAN_LIST_ATTRS, "IFLA_VF_VLAN_INFO_???", {
    "IFLA_VF_VLAN_INFO": _vf(("vlan", "I", U), ("qos", "I", U),
                             ("vlan_proto", "H", _vlan_proto), ("pad", "2x", None)),
})
_VF_INFO_ATTRS = Attrs(xl.RTNL_IFLA_VF_INFO_ATTRS, "IFLA_VF_???", {
    "IFLA_VF_MAC": _vf(("mac", "32s", mac)),
    "IFLA_VF_VLAN": _vf(("vlan", "I", U), ("qos", "I", U)),
    "IFLA_VF_TX_RATE": _vf(("rate", "I", U)),
    "IFLA_VF_SPOOFCHK": _vf(("setting", "I", U)),
    "IFLA_VF_LINK_STATE": _vf(("link_state", "I", xval(xl.RTNL_IFLA_VF_LINK_STATES,
                                                       "IFLA_VF_LINK_STATE_???"))),
    "IFLA_VF_RATE": _vf(("min_tx_rate", "I", U), ("max_tx_rate", "I", U)),
    "IFLA_VF_RSS_QUERY_EN": _vf(("setting", "I", U)),
    "IFLA_VF_STATS": _VF_STATS_ATTRS,
    "IFLA_VF_TRUST": _vf(("setting", "I", U)),
    "IFLA_VF_IB_NODE_GUID": _vf_guid,
    "IFLA_VF_IB_PORT_GUID": _vf_guid,
    "IFLA_VF_VLAN_LIST": _VF_VLAN_LIST_ATTRS,
    "IFLA_VF_BROADCAST": struct_decoder(Struct(("broadcast", "32s", mac))),
})
_VFINFO_LIST_ATTRS = Attrs(xl.RTNL_IFLA_VFINFO_LIST_ATTRS, "IFLA_VF_INFO_???", {
    "IFLA_VF_INFO": _VF_INFO_ATTRS,
})


def _nonzero_pad(value: bytes, call: Call) -> str | None:
    return hex_bytes(value, call) if any(value) else None


_PORT_VSI = Struct(("vsi_mgr_id", "B", U), ("vsi_type_id", "3s", hex_bytes),
                   ("vsi_type_version", "B", U), ("pad", "3s", _nonzero_pad))
_PORT_ATTRS = Attrs(xl.RTNL_IFLA_PORT_ATTRS, "IFLA_VF_PORT_???", {
    "IFLA_PORT_VF": decode_u32,
    "IFLA_PORT_PROFILE": decode_str,
    "IFLA_PORT_VSI_TYPE": struct_decoder(_PORT_VSI),
    "IFLA_PORT_REQUEST": decode_u8,
    "IFLA_PORT_RESPONSE": decode_u16,
})
_VF_PORTS_ATTRS = Attrs(xl.RTNL_IFLA_VF_PORT_ATTRS, "IFLA_VF_PORT_???", {
    "IFLA_VF_PORT": _PORT_ATTRS,
})
_XDP_ATTRS = Attrs(xl.RTNL_IFLA_XDP_ATTRS, "IFLA_XDP_???", {
    "IFLA_XDP_FD": decode_fd,
    "IFLA_XDP_ATTACHED": nla_xval(xl.RTNL_IFLA_XDP_ATTACHED_MODE, "XDP_ATTACHED_???", 1),
    "IFLA_XDP_FLAGS": flags_of("<I", xl.XDP_FLAGS, "XDP_FLAGS_???"),
    "IFLA_XDP_PROG_ID": decode_u32,
    "IFLA_XDP_DRV_PROG_ID": decode_u32,
    "IFLA_XDP_SKB_PROG_ID": decode_u32,
    "IFLA_XDP_HW_PROG_ID": decode_u32,
    "IFLA_XDP_EXPECTED_FD": decode_fd,
})

_BY_AF = {
    AF_INET: Attrs(xl.RTNL_IFLA_AF_SPEC_INET_ATTRS, "IFLA_INET_???", {
        "IFLA_INET_CONF": indexed_array(4, "i", xl.INET_DEVCONF_INDICES, "IPV4_DEVCONF_???",
                                        "d"),
    }),
    AF_INET6: INET6_ATTRS,
    AF_MCTP: Attrs(xl.RTNL_IFLA_AF_SPEC_MCTP_ATTRS, "IFLA_MCTP_???", {
        "IFLA_MCTP_NET": decode_u32,
    }),
}
_BRIDGE_VLAN_FLAGS = xl.NL_BRIDGE_VLAN_FLAGS


def _bridge_vlan_info(call: Call, addr: int, length: int, context=None) -> str | None:
    """struct bridge_vlan_info, and any bytes after it."""
    if length < 4:
        return None
    data, failed = fetch_text(call, addr, 4)
    if data is None:
        return failed
    vlan_flags, vid = struct.unpack("<HH", data)
    return "{flags=%s, vid=%d}%s" % (
        print_flags(vlan_flags, _BRIDGE_VLAN_FLAGS, "BRIDGE_VLAN_INFO_???",
                    call.opts.xlat_style), vid, hex_tail(call, addr, length, 4))


_VLAN_TUNNEL_ATTRS = Attrs(
    xl.RTNL_IFLA_AF_SPEC_BRIDGE_VLAN_TUNNEL_INFO_ATTRS, "IFLA_BRIDGE_VLAN_TUNNEL_???", {
        "IFLA_BRIDGE_VLAN_TUNNEL_ID": decode_u32,
        "IFLA_BRIDGE_VLAN_TUNNEL_VID": decode_u16,
        "IFLA_BRIDGE_VLAN_TUNNEL_FLAGS": nla_flags(_BRIDGE_VLAN_FLAGS, "BRIDGE_VLAN_INFO_???",
                                                   2),
    })
_AF_SPEC_BRIDGE_ATTRS = Attrs(xl.RTNL_IFLA_AF_SPEC_BRIDGE_ATTRS, "IFLA_BRIDGE_???", {
    "IFLA_BRIDGE_FLAGS": nla_flags(xl.RTNL_IFLA_BRIDGE_FLAGS, "BRIDGE_FLAGS_???", 2),
    "IFLA_BRIDGE_MODE": nla_xval(xl.RTNL_IFLA_BRIDGE_MODES, "BRIDGE_MODE_???", 2),
    "IFLA_BRIDGE_VLAN_INFO": _bridge_vlan_info,
    "IFLA_BRIDGE_VLAN_TUNNEL_INFO": _VLAN_TUNNEL_ATTRS,
})


def _one_family(call: Call, addr: int, length: int, nla_type: int) -> str:
    return decode_af_spec(call, addr, length, nla_type & 0xFF, _BY_AF)


_AF_SPEC_ATTRS = Attrs(ADDRESS_FAMILIES, "AF_???", each=_one_family)


def _af_spec(call: Call, addr: int, length: int, context: bytes) -> str:
    """IFLA_AF_SPEC: bridge settings for AF_BRIDGE, else one nest per family."""
    if context[0] == AF_BRIDGE:
        return _AF_SPEC_BRIDGE_ATTRS.decode(call, addr, length, context)
    return _AF_SPEC_ATTRS.decode(call, addr, length)


def _prop_list_attr(call: Call, addr: int, length: int, nla_type: int) -> str | None:
    return decode_str(call, addr, length) if nla_type == IFLA_ALT_IFNAME else None


_PROTO_DOWN_REASON_ATTRS = Attrs(
    xl.RTNL_IFLA_PROTO_DOWN_REASON_ATTRS, "IFLA_PROTO_DOWN_REASON_???", {
        "IFLA_PROTO_DOWN_REASON_MASK": decode_x32,
        "IFLA_PROTO_DOWN_REASON_VALUE": decode_x32,
    })

LINK_ATTRS = Attrs(xl.RTNL_LINK_ATTRS, "IFLA_???", dict(
    {name: decode_u32 for name in (
        "IFLA_MTU", "IFLA_LINK", "IFLA_MASTER", "IFLA_TXQLEN", "IFLA_WEIGHT",
        "IFLA_NET_NS_PID", "IFLA_NUM_VF", "IFLA_GROUP", "IFLA_PROMISCUITY",
        "IFLA_NUM_TX_QUEUES", "IFLA_NUM_RX_QUEUES", "IFLA_CARRIER_CHANGES",
        "IFLA_GSO_MAX_SEGS", "IFLA_GSO_MAX_SIZE", "IFLA_CARRIER_UP_COUNT",
        "IFLA_CARRIER_DOWN_COUNT", "IFLA_MIN_MTU", "IFLA_MAX_MTU", "IFLA_GRO_MAX_SIZE",
        "IFLA_TSO_MAX_SIZE", "IFLA_TSO_MAX_SEGS", "IFLA_ALLMULTI")},
    **{name: decode_str for name in (
        "IFLA_IFNAME", "IFLA_QDISC", "IFLA_IFALIAS", "IFLA_PHYS_PORT_NAME",
        "IFLA_ALT_IFNAME", "IFLA_PARENT_DEV_NAME", "IFLA_PARENT_DEV_BUS_NAME")},
    **_named_u8("IFLA_OPERSTATE", "IFLA_LINKMODE", "IFLA_CARRIER", "IFLA_PROTO_DOWN"),
    **{name: decode_s32 for name in (
        "IFLA_LINK_NETNSID", "IFLA_NEW_NETNSID", "IFLA_IF_NETNSID")},
    IFLA_ADDRESS=_hwaddr, IFLA_BROADCAST=_hwaddr, IFLA_PERM_ADDRESS=_hwaddr,
    IFLA_STATS=decode_link_stats, IFLA_PROTINFO=_protinfo,
    IFLA_MAP=struct_decoder(_IFMAP), IFLA_LINKINFO=_linkinfo,
    IFLA_VFINFO_LIST=_VFINFO_LIST_ATTRS, IFLA_STATS64=decode_link_stats64,
    IFLA_VF_PORTS=_VF_PORTS_ATTRS, IFLA_PORT_SELF=_PORT_ATTRS, IFLA_AF_SPEC=_af_spec,
    IFLA_NET_NS_FD=decode_fd,
    IFLA_EXT_MASK=nla_flags(xl.RTNL_IFLA_EXT_FILTER_FLAGS, "RTEXT_FILTER_???", 4),
    IFLA_XDP=_XDP_ATTRS,
    IFLA_EVENT=xval_of("<I", xl.RTNL_IFLA_EVENTS, "IFLA_EVENT_???"),
    IFLA_NEW_IFINDEX=decode_ifindex,
    IFLA_PROP_LIST=Attrs(xl.RTNL_LINK_ATTRS, "IFLA_???", each=_prop_list_attr),
    IFLA_PROTO_DOWN_REASON=_PROTO_DOWN_REASON_ATTRS))

_IFINFOMSG = Struct(
    ("ifi_family", "B", xval(ADDRESS_FAMILIES, "AF_???")), ("pad", "x", None),
    ("ifi_type", "H", xval(xl.ARP_HARDWARE_TYPES, "ARPHRD_???")),
    ("ifi_index", "i", ifindex), ("ifi_flags", "I", flags(xl.IFFFLAGS, "IFF_???")),
    ("ifi_change", "I", X))
decode_ifinfomsg = family_message(_IFINFOMSG, LINK_ATTRS)
