/* Shared by the tests/decoders/net/netlink/ *_probe.c programs: each sends
 * netlink messages on netlink sockets and prints, for each one, its tag,
 * the socket's protocol and the call's arguments and result ("A"), and the
 * bytes of the buffer the tracee can read ("P").  live.py runs a probe under
 * strace and renders every buffer from those bytes with our decoders.
 *
 * Messages are put at the end of a page whose next page is inaccessible
 * (tail_alloc), so that the dumped bytes are exactly the readable ones: a
 * message cut short there is unreadable for both tracers. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/netlink.h>

static const char *alloc_end;

/* n bytes ending where an inaccessible page starts */
static void *tail_alloc(size_t n)
{
	size_t page = sysconf(_SC_PAGESIZE);
	size_t len = (n + page - 1) / page * page;
	char *p = mmap(NULL, len + page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED || mprotect(p + len, page, PROT_NONE))
		abort();
	alloc_end = p + len;
	return p + len - n;
}

/* a copy of n bytes at the end of their own page */
static void *tail_memdup(const void *src, size_t n)
{
	void *p = tail_alloc(n);
	memcpy(p, src, n);
	return p;
}

/* a bound netlink socket: the tracers find its protocol over sock_diag,
 * which lists a netlink socket only once it has an address */
static int nl_socket(int protocol)
{
	struct sockaddr_nl addr = { .nl_family = AF_NETLINK };
	int fd = socket(AF_NETLINK, SOCK_RAW, protocol);
	if (fd < 0 || bind(fd, (struct sockaddr *) &addr, sizeof(addr))) {
		printf("S %d\n", protocol);
		return -1;
	}
	return fd;
}

/* send len bytes at buf (inside the last tail allocation) on fd */
static void probe(const char *tag, int fd, int protocol, const void *buf, size_t len)
{
	size_t readable = buf && (const char *) buf < alloc_end
		? (size_t) (alloc_end - (const char *) buf) : 0;
	if (readable > len)
		readable = len;
	const unsigned char *c = buf;
	printf("P %s %lx ", tag, (unsigned long) buf);
	for (size_t i = 0; i < readable; i++)
		printf("%02x", c[i]);
	printf("\n");
	errno = 0;
	long rv = sendto(fd, buf, len, MSG_DONTWAIT, NULL, 0);
	printf("A %s %d %d %lx %zu %ld %d\n", tag, protocol, fd, (unsigned long) buf, len,
	       rv, rv < 0 ? errno : 0);
	fflush(stdout);
}

/* a message of the given type and flags holding len bytes of payload,
 * copied from src, at the end of its own page */
static struct nlmsghdr *message(uint16_t type, uint16_t flags, const void *src, size_t len)
{
	struct nlmsghdr *nlh = tail_alloc(NLMSG_HDRLEN + len);
	nlh->nlmsg_len = NLMSG_HDRLEN + len;
	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = flags;
	nlh->nlmsg_seq = 0;
	nlh->nlmsg_pid = 0;
	memcpy(NLMSG_DATA(nlh), src, len);
	return nlh;
}

/* the message whole, cut short before its end, and running into the
 * inaccessible page (its length claims 8 bytes more than there are) */
static void probe_message(const char *tag, int fd, int protocol, uint16_t type,
			  uint16_t flags, const void *src, size_t len)
{
	char name[128];
	struct nlmsghdr *nlh = message(type, flags, src, len);
	probe(tag, fd, protocol, nlh, nlh->nlmsg_len);
	snprintf(name, sizeof(name), "%s-short", tag);
	probe(name, fd, protocol, nlh, nlh->nlmsg_len - (len > 1 ? len / 2 : 1));
	snprintf(name, sizeof(name), "%s-efault", tag);
	nlh->nlmsg_len += 8;
	probe(name, fd, protocol, nlh, nlh->nlmsg_len);
}

/* appends an attribute to the payload being built at *p */
static void put_attr(char **p, uint16_t type, const void *data, size_t len)
{
	struct nlattr *nla = (struct nlattr *) *p;
	nla->nla_len = NLA_HDRLEN + len;
	nla->nla_type = type;
	memcpy(*p + NLA_HDRLEN, data, len);
	memset(*p + NLA_HDRLEN + len, 0, NLA_ALIGN(len) - len);
	*p += NLA_HDRLEN + NLA_ALIGN(len);
}

#define PUT(p, type, value) do {				\
	__typeof__(value) v_ = (value);				\
	put_attr(&(p), (type), &v_, sizeof(v_));			\
} while (0)
