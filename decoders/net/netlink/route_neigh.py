"""NETLINK_ROUTE neighbours and neighbour tables: struct ndmsg and struct
ndtmsg with their attributes."""
from __future__ import annotations

from decoders import Call
from decoders.net.netlink import route_neigh_xlat as xl
from decoders.net.netlink.fields import (
    U, Struct, family_message, family_only, fetch_text, flags, ifindex, xval, zero_x)
from decoders.net.netlink.nlattr import (
    Attrs, decode_be16, decode_hwaddr, decode_ifindex, decode_str, decode_u16, decode_u32,
    decode_u64, nla_flags, nla_xval, struct_decoder)
from decoders.net.netlink.route_route import address_of_family
from decoders.net.netlink.route_xlat import ROUTING_TYPES
from decoders.net.socket_xlat import ADDRESS_FAMILIES, INET_PROTOCOLS

_CACHEINFO = Struct(("ndm_confirmed", "I", U), ("ndm_used", "I", U),
                    ("ndm_updated", "I", U), ("ndm_refcnt", "I", U))
_FDB_EXT_ATTRS = Attrs(xl.RTNL_NEIGH_FDB_EXT_ATTRS, "NFEA_???", {
    "NFEA_ACTIVITY_NOTIFY": nla_flags(xl.FDB_NOTIFY_FLAGS, "FDB_NOTIFY_???", 1),
})
_ATTRS = Attrs(xl.RTNL_NEIGH_ATTRS, "NDA_???", {
    "NDA_DST": address_of_family,
    "NDA_LLADDR": decode_hwaddr,
    "NDA_CACHEINFO": struct_decoder(_CACHEINFO),
    "NDA_PROBES": decode_u32,
    "NDA_VLAN": decode_u16,
    "NDA_PORT": decode_be16,
    "NDA_VNI": decode_u32,
    "NDA_IFINDEX": decode_ifindex,
    "NDA_MASTER": decode_ifindex,
    "NDA_LINK_NETNSID": decode_u32,
    "NDA_SRC_VNI": decode_u32,
    "NDA_PROTOCOL": nla_xval(INET_PROTOCOLS, "IPPROTO_???"),
    "NDA_NH_ID": decode_u32,
    "NDA_FDB_EXT_ATTRS": _FDB_EXT_ATTRS,
    "NDA_FLAGS_EXT": nla_flags(xl.NEIGHBOR_CACHE_ENTRY_EXT_FLAGS, "NTF_EXT_???", 4),
    "NDA_NDM_STATE_MASK": nla_flags(xl.NEIGHBOR_CACHE_ENTRY_STATES, "NUD_???", 2),
    "NDA_NDM_FLAGS_MASK": nla_flags(xl.NEIGHBOR_CACHE_ENTRY_FLAGS, "NTF_???", 1),
})
_NDMSG = Struct(
    ("ndm_family", "B", xval(ADDRESS_FAMILIES, "AF_???")), ("pad", "3x", None),
    ("ndm_ifindex", "i", ifindex),
    ("ndm_state", "H", flags(xl.NEIGHBOR_CACHE_ENTRY_STATES, "NUD_???")),
    ("ndm_flags", "B", flags(xl.NEIGHBOR_CACHE_ENTRY_FLAGS, "NTF_???")),
    ("ndm_type", "B", xval(ROUTING_TYPES, "RTN_???")))
decode_ndmsg = family_message(_NDMSG, _ATTRS)

_CONFIG = Struct(
    ("ndtc_key_len", "H", U), ("ndtc_entry_size", "H", U), ("ndtc_entries", "I", U),
    ("ndtc_last_flush", "I", U), ("ndtc_last_rand", "I", U), ("ndtc_hash_rnd", "I", U),
    ("ndtc_hash_mask", "I", zero_x(4)), ("ndtc_hash_chain_gc", "I", U),
    ("ndtc_proxy_qlen", "I", U))
_STATS_FIELDS = ("ndts_allocs", "ndts_destroys", "ndts_hash_grows", "ndts_res_failed",
                 "ndts_lookups", "ndts_hits", "ndts_rcv_probes_mcast",
                 "ndts_rcv_probes_ucast", "ndts_periodic_gc_runs", "ndts_forced_gc_runs",
                 "ndts_table_fulls")
_STATS = Struct(*((name, "Q", U) for name in _STATS_FIELDS))
_STATS_OLD = Struct(*((name, "Q", U) for name in _STATS_FIELDS[:-1]))


def _stats(call: Call, addr: int, length: int, context=None) -> str | None:
    """struct ndt_stats, with or without the ndts_table_fulls of newer kernels."""
    if length >= _STATS.size:
        layout = _STATS
    elif length == _STATS_OLD.size:
        layout = _STATS_OLD
    else:
        return None
    data, failed = fetch_text(call, addr, layout.size)
    return failed if data is None else layout.text(data, call)


_PARMS_ATTRS = Attrs(xl.RTNL_NEIGHTBL_PARMS_ATTRS, "NDTPA_???", dict(
    {name: decode_u32 for name in (
        "NDTPA_REFCNT", "NDTPA_QUEUE_LEN", "NDTPA_APP_PROBES", "NDTPA_UCAST_PROBES",
        "NDTPA_MCAST_PROBES", "NDTPA_PROXY_QLEN", "NDTPA_QUEUE_LENBYTES",
        "NDTPA_MCAST_REPROBES")},
    **{name: decode_u64 for name in (
        "NDTPA_REACHABLE_TIME", "NDTPA_BASE_REACHABLE_TIME", "NDTPA_RETRANS_TIME",
        "NDTPA_GC_STALETIME", "NDTPA_DELAY_PROBE_TIME", "NDTPA_ANYCAST_DELAY",
        "NDTPA_PROXY_DELAY", "NDTPA_LOCKTIME", "NDTPA_INTERVAL_PROBE_TIME_MS")},
    NDTPA_IFINDEX=decode_ifindex))
_TABLE_ATTRS = Attrs(xl.RTNL_NEIGHTBL_ATTRS, "NDTA_???", {
    "NDTA_NAME": decode_str,
    "NDTA_THRESH1": decode_u32,
    "NDTA_THRESH2": decode_u32,
    "NDTA_THRESH3": decode_u32,
    "NDTA_CONFIG": struct_decoder(_CONFIG),
    "NDTA_PARMS": _PARMS_ATTRS,
    "NDTA_STATS": _stats,
    "NDTA_GC_INTERVAL": decode_u64,
})
decode_ndtmsg = family_only("ndtm_family", _TABLE_ATTRS, size=4)
