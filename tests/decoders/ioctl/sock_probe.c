/* Socket ioctls (probe.h) on a UDP socket, which answers the interface
 * requests, and on a bad descriptor. */
#include "probe.h"
#include <net/if.h>
#include <netinet/in.h>
#include <linux/sockios.h>
#include <sys/socket.h>

int main(void)
{
	probe_start();
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct ifreq *ifr = tail_alloc(sizeof(*ifr));
	memset(ifr, 0, sizeof(*ifr));
	strcpy(ifr->ifr_name, "lo");
	PROBE_STRUCT("gifflags", s, SIOCGIFFLAGS, ifr);
	PROBE_STRUCT("gifindex", s, SIOCGIFINDEX, ifr);
	PROBE_STRUCT("gifaddr", s, SIOCGIFADDR, ifr);
	PROBE_STRUCT("gifnetmask", s, SIOCGIFNETMASK, ifr);
	PROBE_STRUCT("gifhwaddr", s, SIOCGIFHWADDR, ifr);
	PROBE_STRUCT("gifmtu", s, SIOCGIFMTU, ifr);
	PROBE_STRUCT("giftxqlen", s, SIOCGIFTXQLEN, ifr);
	PROBE_STRUCT("gifmap", s, SIOCGIFMAP, ifr);
	ifr->ifr_ifindex = 1;
	PROBE_STRUCT("gifname", s, SIOCGIFNAME, ifr);
	strcpy(ifr->ifr_name, "nosuchif0");
	PROBE_STRUCT("gifflags-enodev", s, SIOCGIFFLAGS, ifr);
	ifr->ifr_flags = IFF_UP | IFF_LOOPBACK | 0x8000;
	PROBE_STRUCT("sifflags", -1, SIOCSIFFLAGS, ifr);
	struct sockaddr_in *sin = (struct sockaddr_in *) &ifr->ifr_addr;
	sin->sin_family = AF_INET; sin->sin_port = htons(1); sin->sin_addr.s_addr = htonl(0x7f000001);
	PROBE_STRUCT("sifaddr", -1, SIOCSIFADDR, ifr);
	ifr->ifr_hwaddr.sa_family = 1;
	memcpy(ifr->ifr_hwaddr.sa_data, "\x00\x11\x22\x33\x44\x55\x66\x77", 8);
	PROBE_STRUCT("sifhwaddr", -1, SIOCSIFHWADDR, ifr);
	strcpy(ifr->ifr_newname, "new\tname");
	PROBE_STRUCT("sifname", -1, SIOCSIFNAME, ifr);
	ifr->ifr_ifindex = 1;
	PROBE_STRUCT("braddif", -1, SIOCBRADDIF, ifr);
	char *br = tail_alloc(IFNAMSIZ);
	strcpy(br, "br0");
	mem(br, IFNAMSIZ);
	probe("braddbr", -1, SIOCBRADDBR, (unsigned long) br);
	int *num = tail_alloc(4);
	*num = 42;
	PROBE_STRUCT("fiosetown", -1, FIOSETOWN, num);
	PROBE_STRUCT("siocgpgrp", s, SIOCGPGRP, num);
	probe("siocgstamp", -1, SIOCGSTAMP_OLD, 0x1234);

	struct ifconf *ifc = tail_alloc(sizeof(*ifc));
	ifc->ifc_len = 0; ifc->ifc_buf = NULL;
	PROBE_STRUCT("gifconf-size", s, SIOCGIFCONF, ifc);
	struct ifreq *buf = tail_alloc(4 * sizeof(*buf));
	memset(buf, 0, 4 * sizeof(*buf));
	ifc->ifc_len = 4 * sizeof(*buf); ifc->ifc_buf = (char *) buf;
	mem(ifc, sizeof(*ifc)); mem(buf, 4 * sizeof(*buf));
	probe("gifconf", s, SIOCGIFCONF, (unsigned long) ifc);
	ifc->ifc_len = 4 * sizeof(*buf); ifc->ifc_buf = (char *) buf;
	mem(ifc, sizeof(*ifc)); mem(buf, 4 * sizeof(*buf));
	probe("gifconf-bad", -1, SIOCGIFCONF, (unsigned long) ifc);
	return 0;
}
