/* The netlink protocols besides route and sock_diag: audit, xfrm, selinux,
 * netfilter, generic and kobject uevents (see probe.h).  Nothing sent asks
 * the kernel to change anything: requests only read, and messages that
 * would change something go without NLM_F_REQUEST, which the kernel then
 * ignores, or with a subsystem no kernel has. */
#include "probe.h"
#include <arpa/inet.h>
#include <linux/audit.h>
#include <linux/genetlink.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/selinux_netlink.h>
#include <linux/xfrm.h>

static void audit(void)
{
	int fd = nl_socket(NETLINK_AUDIT);
	if (fd < 0)
		return;
	struct nlmsghdr *nlh = message(AUDIT_GET, NLM_F_REQUEST, NULL, 0);
	probe("audit-get", fd, NETLINK_AUDIT, nlh, nlh->nlmsg_len);
	probe_message("audit-unknown", fd, NETLINK_AUDIT, 0x7777, NLM_F_ACK, "abcdefgh", 8);
	close(fd);
}

static void xfrm(void)
{
	int fd = nl_socket(NETLINK_XFRM);
	if (fd < 0)
		return;
	struct xfrm_usersa_id id = { .family = 2, .proto = 50 };
	probe_message("xfrm-getsa", fd, NETLINK_XFRM, XFRM_MSG_GETSA,
		      NLM_F_REQUEST | NLM_F_DUMP, &id, sizeof(id));
	probe_message("xfrm-delsa", fd, NETLINK_XFRM, XFRM_MSG_DELSA, NLM_F_NONREC, &id,
		      sizeof(id));
	probe_message("xfrm-newae", fd, NETLINK_XFRM, XFRM_MSG_NEWAE, NLM_F_REPLACE, &id,
		      sizeof(id));
	close(fd);
}

static void selinux(void)
{
	int fd = nl_socket(NETLINK_SELINUX);
	if (fd < 0)
		return;
	struct selnl_msg_setenforce enforce = { -1 };
	probe_message("selinux-setenforce", fd, NETLINK_SELINUX, SELNL_MSG_SETENFORCE, 0,
		      &enforce, sizeof(enforce));
	struct selnl_msg_policyload load = { 7 };
	probe_message("selinux-policyload", fd, NETLINK_SELINUX, SELNL_MSG_POLICYLOAD, 0,
		      &load, sizeof(load));
	probe_message("selinux-other", fd, NETLINK_SELINUX, 0x12, 0, &load, sizeof(load));
	close(fd);
}

static void netfilter(void)
{
	int fd = nl_socket(NETLINK_NETFILTER);
	if (fd < 0)
		return;
	struct { struct nfgenmsg nfg; char attrs[16]; } m = {
		{ .nfgen_family = 2, .version = NFNETLINK_V0, .res_id = htons(0x7f) } };
	char *p = m.attrs;
	PUT(p, CTA_MARK, (uint32_t) 1);
	put_attr(&p, CTA_HELP | NLA_F_NESTED, "ab", 2);
	probe_message("netfilter-batch", fd, NETLINK_NETFILTER, NFNL_MSG_BATCH_BEGIN, 0,
		      &m, sizeof(m.nfg));
	probe_message("netfilter-ct-get", fd, NETLINK_NETFILTER,
		      NFNL_SUBSYS_CTNETLINK << 8 | IPCTNL_MSG_CT_NEW, NLM_F_CREATE, &m,
		      sizeof(m));
	m.nfg.res_id = htons(NFNL_SUBSYS_NFTABLES);
	probe_message("netfilter-nft", fd, NETLINK_NETFILTER,
		      NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_DELRULE, NLM_F_ACK, &m, sizeof(m));
	m.nfg.res_id = NFNL_SUBSYS_NFTABLES;
	probe_message("netfilter-nft-host-order", fd, NETLINK_NETFILTER,
		      NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_NEWTABLE, 0, &m, sizeof(m));
	probe_message("netfilter-unknown-subsys", fd, NETLINK_NETFILTER, 0x2a07, 0, &m, 3);
	close(fd);
}

static void generic_and_uevents(void)
{
	int fd = nl_socket(NETLINK_GENERIC);
	if (fd >= 0) {
		struct genlmsghdr g = { .cmd = CTRL_CMD_GETFAMILY, .version = 1 };
		probe_message("generic-ctrl", fd, NETLINK_GENERIC, GENL_ID_CTRL,
			      NLM_F_REQUEST | NLM_F_DUMP, &g, sizeof(g));
		close(fd);
	}
	fd = nl_socket(NETLINK_KOBJECT_UEVENT);
	if (fd < 0)
		return;
	static const char uevent[] = "add@/devices/virtual\0ACTION=add";
	char *copy = tail_memdup(uevent, sizeof(uevent));
	probe("kobject_uevent-kernel", fd, NETLINK_KOBJECT_UEVENT, copy, sizeof(uevent));
	struct {
		char prefix[8];
		uint32_t magic, header_size, properties_off, properties_len;
		uint32_t subsystem, devtype, bloom_hi, bloom_lo;
		char properties[12];
	} udev = { "libudev", htonl(0xfeedcafe), 40, 40, 12, htonl(1), 0, 2, 3, "ACTION=add" };
	copy = tail_memdup(&udev, sizeof(udev));
	probe("kobject_uevent-udev", fd, NETLINK_KOBJECT_UEVENT, copy, sizeof(udev));
	probe("kobject_uevent-header", fd, NETLINK_KOBJECT_UEVENT, copy, 40);
	probe("kobject_uevent-short", fd, NETLINK_KOBJECT_UEVENT, copy, 20);
	close(fd);
}

int main(void)
{
	audit();
	xfrm();
	selinux();
	netfilter();
	generic_and_uevents();
	return 0;
}
