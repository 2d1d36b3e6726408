/* Message headers, chains of messages, NLMSG_ERROR and NLMSG_DONE, and
 * attributes, on a NETLINK_SOCK_DIAG socket (see probe.h). */
#include "probe.h"
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>

static void chains(int fd)
{
	static const char magic[4] = "abcd";
	struct nlmsghdr *nlh = message(NLMSG_NOOP, NLM_F_REQUEST | NLM_F_DUMP, magic, 4);

	probe("message-noop", fd, 4, nlh, nlh->nlmsg_len);
	probe("message-header-only", fd, 4, nlh, NLMSG_HDRLEN);
	probe("message-too-short", fd, 4, NLMSG_DATA(nlh), 4);
	probe("message-unreadable", fd, 4, (char *) alloc_end - 8, NLMSG_HDRLEN);
	probe("message-null", fd, 4, NULL, 16);
	nlh->nlmsg_len = 8;
	probe("message-bad-len", fd, 4, nlh, NLMSG_HDRLEN + 4);

	/* three messages, the last one's header cut by the end of memory */
	const size_t one = NLMSG_ALIGN(NLMSG_HDRLEN + 4);
	char *three = tail_alloc(3 * one - 8);
	for (int i = 0; i < 3; i++) {
		struct nlmsghdr h = { NLMSG_HDRLEN + 4, NLMSG_NOOP, NLM_F_REQUEST, i, 0 };
		memcpy(three + i * one, &h, i < 2 ? sizeof(h) : 8);
	}
	probe("message-chain-cut", fd, 4, three, 3 * one);
	probe("message-chain-short", fd, 4, three, 2 * one - 2);

	/* more messages than -s prints */
	struct nlmsghdr *many = tail_alloc(40 * NLMSG_HDRLEN);
	for (int i = 0; i < 40; i++)
		many[i] = (struct nlmsghdr) { NLMSG_HDRLEN, NLMSG_NOOP, 0, i, 1234 };
	probe("message-many", fd, 4, many, 40 * NLMSG_HDRLEN);
}

static void errors_and_done(int fd)
{
	struct {
		struct nlmsgerr err;
		char extra[24];
	} e;
	memset(&e, 0, sizeof(e));
	e.err.error = -13;
	e.err.msg = (struct nlmsghdr) { NLMSG_HDRLEN + 4, SOCK_DIAG_BY_FAMILY,
					NLM_F_REQUEST, 42, 1234 };
	probe_message("message-error", fd, 4, NLMSG_ERROR, 0, &e.err, sizeof(e.err));
	probe_message("message-error-payload", fd, 4, NLMSG_ERROR, 0, &e.err,
		      sizeof(e.err) + 4);
	e.err.error = 12;
	probe_message("message-error-positive", fd, 4, NLMSG_ERROR, 0, &e.err, 8);

	/* an extended ack: the request's header only, then attributes */
	char *p = e.extra;
	put_attr(&p, NLMSGERR_ATTR_MSG, "bad", 4);
	PUT(p, NLMSGERR_ATTR_OFFS, (uint32_t) 20);
	e.err.error = -22;
	e.err.msg.nlmsg_len = 100;
	probe_message("message-error-ack", fd, 4, NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS,
		      &e, sizeof(e.err) + (p - e.extra));
	p = e.extra;
	put_attr(&p, NLMSGERR_ATTR_COOKIE, "\1\2\3\4\5", 5);
	probe_message("message-error-cookie", fd, 4, NLMSG_ERROR, NLM_F_CAPPED, &e,
		      sizeof(e.err) + (p - e.extra));

	int zero = 0;
	probe_message("message-done", fd, 4, NLMSG_DONE, NLM_F_MULTI, &zero, sizeof(zero));
	probe_message("message-done-odd", fd, 4, NLMSG_DONE, NLM_F_MULTI, "12345", 5);
	probe_message("message-overrun", fd, 4, NLMSG_OVERRUN, 0xffff, "12345678", 8);
	probe_message("message-unknown-type", fd, 4, 0x7777, 0, "xy", 2);
}

/* attributes of a unix_diag_msg: flags in their types, lengths that lie,
 * more attributes than -s prints, the last one cut by unreadable memory */
static void attributes(int fd)
{
	struct { struct unix_diag_msg msg; char attrs[400]; } m = {
		{ .udiag_family = AF_UNIX, .udiag_type = SOCK_DGRAM, .udiag_ino = 5 } };
	char *p = m.attrs;
	PUT(p, UNIX_DIAG_PEER | NLA_F_NESTED | NLA_F_NET_BYTEORDER, (uint32_t) 9);
	PUT(p, 0x3ff, (uint16_t) 1);
	put_attr(&p, UNIX_DIAG_NAME, "sock", 4);
	put_attr(&p, UNIX_DIAG_SHUTDOWN, "", 0);
	size_t n = p - m.attrs;
	probe_message("nlattr-flags", fd, 4, SOCK_DIAG_BY_FAMILY, 0, &m, sizeof(m.msg) + n);

	p = m.attrs;
	PUT(p, UNIX_DIAG_PEER, (uint32_t) 9);
	((struct nlattr *) m.attrs)->nla_len = 200;
	probe_message("nlattr-too-long", fd, 4, SOCK_DIAG_BY_FAMILY, 0, &m, sizeof(m.msg) + 8);
	((struct nlattr *) m.attrs)->nla_len = 2;
	probe_message("nlattr-too-short", fd, 4, SOCK_DIAG_BY_FAMILY, 0, &m, sizeof(m.msg) + 8);
	probe_message("nlattr-partial-header", fd, 4, SOCK_DIAG_BY_FAMILY, 0, &m,
		      sizeof(m.msg) + 3);

	p = m.attrs;
	for (int i = 0; i < 40; i++)
		PUT(p, UNIX_DIAG_PEER, (uint32_t) i);
	probe_message("nlattr-many", fd, 4, SOCK_DIAG_BY_FAMILY, 0, &m,
		      sizeof(m.msg) + (p - m.attrs));
}

int main(void)
{
	int fd = nl_socket(NETLINK_SOCK_DIAG);
	if (fd < 0)
		return 0;
	chains(fd);
	errors_and_done(fd);
	attributes(fd);
	return 0;
}
