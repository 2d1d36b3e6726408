/* NETLINK_SOCK_DIAG requests and answers of every family strace decodes,
 * whole, cut short and running into unreadable memory (see probe.h).  The
 * requests ask the kernel for nothing but lists; the answers, not flagged
 * NLM_F_REQUEST, are ignored by it.  Tags name the decoder module. */
#include "probe.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <linux/filter.h>
#include <linux/inet_diag.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/smc_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>

#define SOCK_DIAG NETLINK_SOCK_DIAG
static int fd;
static char buf[1024], attrs[800];

#define SEND(tag, type, flags, hdr, p) do {				\
	memcpy(buf, &(hdr), sizeof(hdr));				\
	size_t at_ = NLMSG_ALIGN(sizeof(hdr));				\
	size_t n_ = (p) - attrs;					\
	memmove(buf + at_, attrs, n_);					\
	probe_message(tag, fd, SOCK_DIAG, (type), (flags), buf, at_ + n_); \
} while (0)

static void inet(void)
{
	struct inet_diag_req_v2 req = { .sdiag_family = AF_INET, .sdiag_protocol = IPPROTO_TCP,
					.idiag_ext = 1 << (INET_DIAG_INFO - 1),
					.idiag_states = 1 << 10 | 1 << 1 };
	req.id.idiag_sport = htons(22);
	req.id.idiag_src[0] = htonl(0x7f000001);
	req.id.idiag_if = 1;
	char *p = attrs;
	struct { struct inet_diag_bc_op op; struct inet_diag_hostcond cond; uint32_t a; } bc =
		{ { INET_DIAG_BC_S_COND, 4, 8 }, { AF_INET, 32, 22 }, htonl(0x7f000001) };
	put_attr(&p, INET_DIAG_REQ_BYTECODE, &bc, sizeof(bc));
	SEND("sock_diag_inet-request", SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, req, p);
	struct inet_diag_req old = { .idiag_family = AF_INET6, .idiag_src_len = 128,
				     .idiag_states = 0xfff, .idiag_dbs = 3 };
	old.id.idiag_dst[3] = htonl(1);
	SEND("sock_diag_inet-compat", TCPDIAG_GETSOCK, NLM_F_REQUEST | NLM_F_DUMP, old, attrs);

	struct inet_diag_msg msg = { .idiag_family = AF_INET, .idiag_state = 10,
				     .idiag_timer = 1, .idiag_uid = 1000, .idiag_inode = 4242 };
	msg.id.idiag_dport = htons(443);
	msg.id.idiag_dst[0] = htonl(0x0a000001);
	p = attrs;
	struct inet_diag_meminfo mi = { 1, 2, 3, 4 };
	put_attr(&p, INET_DIAG_MEMINFO, &mi, sizeof(mi));
	put_attr(&p, INET_DIAG_CONG, "cubic", 6);
	PUT(p, INET_DIAG_SHUTDOWN, (uint8_t) 3);
	uint32_t skmem[3] = { 10, 20, 30 };
	put_attr(&p, INET_DIAG_SKMEMINFO, skmem, sizeof(skmem));
	uint16_t sockopt = 1 | 1 << 4 | 1 << 9;
	put_attr(&p, INET_DIAG_SOCKOPT, &sockopt, sizeof(sockopt));
	PUT(p, INET_DIAG_PROTOCOL, (uint8_t) IPPROTO_MPTCP);
	SEND("sock_diag_inet-message", SOCK_DIAG_BY_FAMILY, NLM_F_MULTI, msg, p);
}

static void unix_netlink_packet_smc(void)
{
	struct unix_diag_req ureq = { .sdiag_family = AF_UNIX, .udiag_states = -1,
				      .udiag_ino = 123, .udiag_show = UDIAG_SHOW_NAME | 0x100,
				      .udiag_cookie = { -1, -1 } };
	SEND("sock_diag_unix-request", SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, ureq, attrs);
	struct unix_diag_msg umsg = { .udiag_family = AF_UNIX, .udiag_type = SOCK_STREAM,
				      .udiag_state = 10, .udiag_ino = 123 };
	char *p = attrs;
	put_attr(&p, UNIX_DIAG_NAME, "\0abstract", 9);
	struct unix_diag_vfs vfs = { .udiag_vfs_ino = 7, .udiag_vfs_dev = 0x801 };
	put_attr(&p, UNIX_DIAG_VFS, &vfs, sizeof(vfs));
	uint32_t icons[2] = { 5, 6 };
	put_attr(&p, UNIX_DIAG_ICONS, icons, sizeof(icons));
	PUT(p, UNIX_DIAG_UID, (uint32_t) -1);
	SEND("sock_diag_unix-message", SOCK_DIAG_BY_FAMILY, NLM_F_MULTI, umsg, p);

	struct netlink_diag_req nreq = { .sdiag_family = AF_NETLINK, .sdiag_protocol = 255,
					 .ndiag_show = NDIAG_SHOW_GROUPS };
	SEND("sock_diag_netlink-request", SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP,
	     nreq, attrs);
	struct netlink_diag_msg nmsg = { .ndiag_family = AF_NETLINK, .ndiag_type = SOCK_RAW,
					 .ndiag_protocol = NETLINK_ROUTE, .ndiag_portid = 77 };
	p = attrs;
	uint64_t groups[2] = { 1, 0x80 };
	put_attr(&p, NETLINK_DIAG_GROUPS, groups, sizeof(groups));
	PUT(p, NETLINK_DIAG_FLAGS, (uint32_t) (NDIAG_FLAG_CB_RUNNING | 0x100));
	SEND("sock_diag_netlink-message", SOCK_DIAG_BY_FAMILY, 0, nmsg, p);

	struct packet_diag_req preq = { .sdiag_family = AF_PACKET,
					.pdiag_show = PACKET_SHOW_INFO | PACKET_SHOW_FILTER };
	SEND("sock_diag_packet-request", SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP,
	     preq, attrs);
	struct packet_diag_msg pmsg = { .pdiag_family = AF_PACKET, .pdiag_type = SOCK_DGRAM,
					.pdiag_num = 0x0300, .pdiag_ino = 9 };
	p = attrs;
	struct packet_diag_info info = { .pdi_index = 1, .pdi_version = 2,
					 .pdi_flags = PDI_RUNNING | PDI_LOSS };
	put_attr(&p, PACKET_DIAG_INFO, &info, sizeof(info));
	struct sock_filter filter[2] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x800, 0, 1),
	};
	put_attr(&p, PACKET_DIAG_FILTER, filter, sizeof(filter));
	SEND("sock_diag_packet-message", SOCK_DIAG_BY_FAMILY, 0, pmsg, p);

	struct smc_diag_req sreq = { .diag_family = AF_SMC, .diag_ext = 3 };
	SEND("sock_diag_smc-request", SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, sreq,
	     attrs);
	struct smc_diag_msg smsg = { .diag_family = AF_SMC, .diag_state = 1,
				     .diag_fallback = 1, .diag_inode = 99 };
	p = attrs;
	PUT(p, SMC_DIAG_SHUTDOWN, (uint8_t) 1);
	struct smc_diag_fallback fb = { 0x3030000, 0x7777 };
	put_attr(&p, SMC_DIAG_FALLBACK, &fb, sizeof(fb));
	SEND("sock_diag_smc-message", SOCK_DIAG_BY_FAMILY, 0, smsg, p);
	struct { uint8_t family; char rest[7]; } other = { AF_APPLETALK, "abcdef" };
	SEND("sock_diag-other-family", SOCK_DIAG_BY_FAMILY, 0, other, attrs);
}

int main(void)
{
	fd = nl_socket(NETLINK_SOCK_DIAG);
	if (fd < 0)
		return 0;
	inet();
	unix_netlink_packet_smc();
	return 0;
}
