/* Probe for tests/decoders/test_structs_live.py: makes syscalls whose
 * arguments are structures and prints, for each one, its raw arguments,
 * result and the bytes of every memory block involved, before ("P") and
 * after ("D") the call.  A write(-1, "@tag") before each call lets the
 * test find strace's line for it. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/times.h>
#include <sys/timex.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <sys/wait.h>

#include "record_probe.h"

#define C(tag, nr, ...) call(tag, nr, __VA_ARGS__)
#define L(x) ((long) (x))

int main(int argc, char **argv)
{
	const char *dir = argv[1];
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	/* stdio's first write looks at stdout (fstat, ioctl): get it over with */
	printf("S start\n");
	fflush(stdout);
	char path[256];
	static struct stat st;
	static struct statx stx;
	static struct statfs sfs;

	/* stat family */
	mem(&st, sizeof(st));
	C("stat_reg", SYS_newfstatat, AT_FDCWD, L("/etc/passwd"), L(&st), 0, 0, 0);
	mem(&st, sizeof(st));
	C("stat_chr", SYS_newfstatat, AT_FDCWD, L("/dev/null"), L(&st), 0, 0, 0);
	mem(&st, sizeof(st));
	C("stat_enoent", SYS_newfstatat, AT_FDCWD, L("/nonexistent"), L(&st), 0, 0, 0);
	C("stat_efault", SYS_newfstatat, AT_FDCWD, L("/etc/passwd"), 8, 0, 0, 0);
	mem(&stx, sizeof(stx));
	C("statx", SYS_statx, AT_FDCWD, L("/etc/passwd"), 0, STATX_ALL, L(&stx), 0);
	mem(&sfs, sizeof(sfs));
	C("statfs_root", SYS_statfs, L("/"), L(&sfs), 0, 0, 0, 0);
	mem(&sfs, sizeof(sfs));
	C("statfs_proc", SYS_statfs, L("/proc"), L(&sfs), 0, 0, 0, 0);
	snprintf(path, sizeof(path), "%s/fifo", dir);
	C("mknod_fifo", SYS_mknodat, AT_FDCWD, L(path), S_IFIFO | 0600, 0, 0, 0);
	snprintf(path, sizeof(path), "%s/chr", dir);
	C("mknod_chr", SYS_mknodat, AT_FDCWD, L(path), S_IFCHR | S_ISUID | 0640, makedev(1, 3), 0, 0);

	/* time */
	snprintf(path, sizeof(path), "%s/file", dir);
	close(open(path, O_CREAT | O_WRONLY, 0644));
	static struct timespec special[2] = {{0, UTIME_NOW}, {0, UTIME_OMIT}};
	mem(special, sizeof(special));
	C("utimensat_special", SYS_utimensat, AT_FDCWD, L(path), L(special), 0, 0, 0);
	static struct timespec times2[2] = {{1700000000, 123}, {1700000001, 0}};
	mem(times2, sizeof(times2));
	C("utimensat_times", SYS_utimensat, AT_FDCWD, L(path), L(times2), 0, 0, 0);
	static struct timeval tvs[2] = {{1700000000, 5}, {0, 0}};
	mem(tvs, sizeof(tvs));
	C("utimes", SYS_utimes, L(path), L(tvs), 0, 0, 0, 0);
	static struct timespec req = {0, 5};
	mem(&req, sizeof(req));
	C("nanosleep", SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, L(&req), 0, 0, 0);
	static struct timespec now;
	mem(&now, sizeof(now));
	C("clock_gettime", SYS_clock_gettime, CLOCK_BOOTTIME, L(&now), 0, 0, 0, 0);
	C("clock_getres_cpu", SYS_clock_getres, -6, 0, 0, 0, 0, 0);
	static struct timeval tv; static struct timezone tz;
	mem(&tv, sizeof(tv)); mem(&tz, sizeof(tz));
	C("gettimeofday", SYS_gettimeofday, L(&tv), L(&tz), 0, 0, 0, 0);
	static struct itimerval itv = {{1, 2}, {3, 4}}, old_itv;
	mem(&itv, sizeof(itv)); mem(&old_itv, sizeof(old_itv));
	C("setitimer", SYS_setitimer, ITIMER_REAL, L(&itv), L(&old_itv), 0, 0, 0);
	mem(&old_itv, sizeof(old_itv));
	C("getitimer", SYS_getitimer, ITIMER_REAL, L(&old_itv), 0, 0, 0, 0);
	itv.it_value.tv_sec = itv.it_value.tv_usec = 0;
	mem(&itv, sizeof(itv));
	C("setitimer_off", SYS_setitimer, ITIMER_REAL, L(&itv), 0, 0, 0, 0);
	long tfd = C("timerfd_create", SYS_timerfd_create, CLOCK_REALTIME, TFD_CLOEXEC | TFD_NONBLOCK, 0, 0, 0, 0);
	static struct itimerspec its = {{0, 0}, {100, 0}}, old_its;
	mem(&its, sizeof(its)); mem(&old_its, sizeof(old_its));
	C("timerfd_settime", SYS_timerfd_settime, tfd, TFD_TIMER_ABSTIME, L(&its), L(&old_its), 0, 0);
	mem(&old_its, sizeof(old_its));
	C("timerfd_gettime", SYS_timerfd_gettime, tfd, L(&old_its), 0, 0, 0, 0);
	static struct timex tx;
	mem(&tx, sizeof(tx));
	C("adjtimex", SYS_adjtimex, L(&tx), 0, 0, 0, 0, 0);
	static time_t tloc;
	mem(&tloc, sizeof(tloc));
	C("time", SYS_time, L(&tloc), 0, 0, 0, 0, 0);

	/* sockets */
	static struct sockaddr_un un = {AF_UNIX}, peer;
	static socklen_t plen;
	snprintf(un.sun_path, sizeof(un.sun_path), "%s/sock", dir);
	long s = C("socket_unix", SYS_socket, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, 0, 0, 0);
	mem(&un, sizeof(un));
	C("bind_unix", SYS_bind, s, L(&un), sizeof(un), 0, 0, 0);
	listen(s, 5);
	long c = socket(AF_UNIX, SOCK_STREAM, 0);
	mem(&un, sizeof(un));
	C("connect_unix", SYS_connect, c, L(&un), offsetof(struct sockaddr_un, sun_path) + strlen(un.sun_path) + 1, 0, 0, 0);
	plen = sizeof(peer);
	mem(&peer, sizeof(peer)); mem(&plen, sizeof(plen));
	long a = C("accept", SYS_accept4, s, L(&peer), L(&plen), SOCK_NONBLOCK, 0, 0);
	plen = sizeof(peer);
	mem(&peer, sizeof(peer)); mem(&plen, sizeof(plen));
	C("getsockname", SYS_getsockname, s, L(&peer), L(&plen), 0, 0, 0);
	plen = 4;
	mem(&peer, sizeof(peer)); mem(&plen, sizeof(plen));
	C("getsockname_short", SYS_getsockname, s, L(&peer), L(&plen), 0, 0, 0);
	plen = sizeof(peer);
	mem(&peer, sizeof(peer)); mem(&plen, sizeof(plen));
	C("getsockname_ebadf", SYS_getsockname, 999, L(&peer), L(&plen), 0, 0, 0);
	static struct sockaddr_un ab = {AF_UNIX};
	memcpy(ab.sun_path, "\0abs\n", 5);
	long s2 = socket(AF_UNIX, SOCK_DGRAM, 0);
	mem(&ab, sizeof(ab));
	C("bind_abstract", SYS_bind, s2, L(&ab), offsetof(struct sockaddr_un, sun_path) + 5, 0, 0, 0);
	static struct sockaddr_in in = {AF_INET};
	in.sin_port = htons(9); in.sin_addr.s_addr = inet_addr("127.0.0.1");
	long s3 = socket(AF_INET, SOCK_DGRAM, 0);
	mem(&in, sizeof(in));
	C("connect_inet", SYS_connect, s3, L(&in), sizeof(in), 0, 0, 0);
	static struct sockaddr_in6 in6 = {AF_INET6};
	in6.sin6_port = htons(443); in6.sin6_flowinfo = htonl(5);
	inet_pton(AF_INET6, "::1", &in6.sin6_addr);
	long s4 = socket(AF_INET6, SOCK_DGRAM, 0);
	mem(&in6, sizeof(in6));
	C("connect_inet6", SYS_connect, s4, L(&in6), sizeof(in6), 0, 0, 0);
	static struct sockaddr_nl nl = {AF_NETLINK};
	long s5 = socket(AF_NETLINK, SOCK_RAW, 0);
	mem(&nl, sizeof(nl));
	C("bind_netlink", SYS_bind, s5, L(&nl), sizeof(nl), 0, 0, 0);
	static struct sockaddr unspec = {AF_UNSPEC}, odd = {99, "ab\1c"};
	mem(&unspec, sizeof(unspec));
	C("connect_unspec", SYS_connect, s4, L(&unspec), sizeof(unspec), 0, 0, 0);
	mem(&odd, sizeof(odd));
	C("connect_unknown", SYS_connect, s4, L(&odd), sizeof(odd), 0, 0, 0);
	mem(&in, sizeof(in));
	C("connect_short", SYS_connect, s3, L(&in), 1, 0, 0, 0);
	C("shutdown", SYS_shutdown, s3, SHUT_RDWR + 0, 0, 0, 0, 0);
	long sp[2];
	static int pair[2];
	mem(pair, sizeof(pair));
	C("socketpair", SYS_socketpair, AF_UNIX, SOCK_SEQPACKET, 0, L(pair), 0, 0);
	sp[0] = pair[0]; sp[1] = pair[1];

	/* iovecs and messages */
	static char wbuf[64] = "hello, world\n", rbuf[100];
	static struct iovec wiov[2] = {{wbuf, 5}, {wbuf + 5, 40}};
	mem(wiov, sizeof(wiov)); mem(wbuf, sizeof(wbuf));
	C("writev", SYS_writev, sp[0], L(wiov), 2, 0, 0, 0);
	static struct iovec riov[2] = {{rbuf, 3}, {rbuf + 3, 90}};
	mem(riov, sizeof(riov)); mem(rbuf, sizeof(rbuf));
	C("readv", SYS_readv, sp[1], L(riov), 2, 0, 0, 0);
	mem(riov, sizeof(riov)); mem(rbuf, sizeof(rbuf));
	C("readv_ebadf", SYS_readv, 999, L(riov), 2, 0, 0, 0);
	static struct iovec siov = {"ping", 4};
	static union { struct cmsghdr h; char buf[CMSG_SPACE(2 * sizeof(int))]; } ctl;
	static struct msghdr smsg;
	smsg.msg_iov = &siov; smsg.msg_iovlen = 1;
	smsg.msg_control = ctl.buf; smsg.msg_controllen = sizeof(ctl.buf);
	ctl.h.cmsg_len = CMSG_LEN(2 * sizeof(int)); ctl.h.cmsg_level = SOL_SOCKET; ctl.h.cmsg_type = SCM_RIGHTS;
	((int *) CMSG_DATA(&ctl.h))[0] = 0; ((int *) CMSG_DATA(&ctl.h))[1] = 1;
	mem(&smsg, sizeof(smsg)); mem(&siov, sizeof(siov)); mem("ping", 5); mem(ctl.buf, sizeof(ctl.buf));
	C("sendmsg", SYS_sendmsg, sp[0], L(&smsg), MSG_DONTWAIT | MSG_NOSIGNAL, 0, 0, 0);
	static struct msghdr rmsg;
	static struct iovec rmiov = {rbuf, 100};
	static char rctl[64];
	static struct sockaddr_un rname;
	rmsg.msg_iov = &rmiov; rmsg.msg_iovlen = 1;
	rmsg.msg_control = rctl; rmsg.msg_controllen = sizeof(rctl);
	rmsg.msg_name = &rname; rmsg.msg_namelen = sizeof(rname);
	mem(&rmsg, sizeof(rmsg)); mem(&rmiov, sizeof(rmiov)); mem(rbuf, sizeof(rbuf)); mem(rctl, sizeof(rctl)); mem(&rname, sizeof(rname));
	C("recvmsg", SYS_recvmsg, sp[1], L(&rmsg), MSG_CMSG_CLOEXEC, 0, 0, 0);
	mem(&rmsg, sizeof(rmsg));
	C("recvmsg_eagain", SYS_recvmsg, sp[1], L(&rmsg), MSG_DONTWAIT, 0, 0, 0);
	static struct mmsghdr mm[2];
	static struct iovec mmiov[2] = {{"one", 3}, {"three", 5}};
	mm[0].msg_hdr.msg_iov = &mmiov[0]; mm[0].msg_hdr.msg_iovlen = 1;
	mm[1].msg_hdr.msg_iov = &mmiov[1]; mm[1].msg_hdr.msg_iovlen = 1;
	mem(mm, sizeof(mm)); mem(mmiov, sizeof(mmiov)); mem("one", 4); mem("three", 6);
	C("sendmmsg", SYS_sendmmsg, sp[0], L(mm), 2, 0, 0, 0);
	static struct mmsghdr rmm[3];
	static char rb1[8], rb2[8], rb3[8];
	static struct iovec rmmiov[3] = {{rb1, 8}, {rb2, 8}, {rb3, 8}};
	for (int i = 0; i < 3; i++) { rmm[i].msg_hdr.msg_iov = &rmmiov[i]; rmm[i].msg_hdr.msg_iovlen = 1; }
	mem(rmm, sizeof(rmm)); mem(rmmiov, sizeof(rmmiov)); mem(rb1, 8); mem(rb2, 8); mem(rb3, 8);
	C("recvmmsg", SYS_recvmmsg, sp[1], L(rmm), 3, MSG_DONTWAIT, 0, 0);

	/* poll, select, epoll */
	write(c, "x", 1);
	static struct pollfd pfd[3];
	pfd[0].fd = a; pfd[0].events = POLLIN | POLLPRI;
	pfd[1].fd = -1; pfd[1].events = POLLIN;
	pfd[2].fd = sp[0]; pfd[2].events = POLLOUT;
	mem(pfd, sizeof(pfd));
	C("poll", SYS_poll, L(pfd), 3, 1000, 0, 0, 0);
	static struct timespec pto = {5, 0};
	mem(pfd, sizeof(pfd)); mem(&pto, sizeof(pto));
	C("ppoll", SYS_ppoll, L(pfd), 3, L(&pto), 0, 8, 0);
	pfd[0].fd = sp[1]; pfd[0].events = POLLIN; pfd[2].events = 0;
	mem(pfd, sizeof(pfd));
	C("poll_timeout", SYS_poll, L(pfd), 1, 0, 0, 0, 0);
	static fd_set rfds, wfds;
	FD_SET(0, &rfds); FD_SET(a, &rfds); FD_SET(sp[0], &wfds);
	static struct timeval sto = {2, 0};
	mem(&rfds, sizeof(rfds)); mem(&wfds, sizeof(wfds)); mem(&sto, sizeof(sto));
	C("select", SYS_select, sp[0] + 1, L(&rfds), L(&wfds), 0, L(&sto), 0);
	static fd_set none;
	static struct timeval zero;
	FD_SET(sp[1], &none);
	mem(&none, sizeof(none)); mem(&zero, sizeof(zero));
	C("select_timeout", SYS_select, sp[1] + 1, L(&none), 0, 0, L(&zero), 0);
	static struct pollfd many[40];
	for (int i = 0; i < 40; i++) { many[i].fd = sp[0]; many[i].events = POLLOUT; }
	mem(many, sizeof(many));
	C("poll_many", SYS_poll, L(many), 40, 0, 0, 0, 0);
	/* an array whose second element lies in an unmapped page */
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(page + 4096, 4096);
	struct pollfd *edge = (struct pollfd *) (page + 4096 - sizeof(struct pollfd));
	edge->fd = sp[0]; edge->events = POLLOUT;
	mem(edge, sizeof(*edge));
	C("poll_edge", SYS_poll, L(edge), 2, 0, 0, 0, 0);
	mem(edge, sizeof(*edge));
	C("stat_unmapped", SYS_newfstatat, AT_FDCWD, L("/etc/passwd"), L(page + 4096), 0, 0, 0);
	C("accept_null", SYS_accept4, s2, 0, 0, 0, 0, 0);
	long ep = epoll_create1(EPOLL_CLOEXEC);
	static struct epoll_event ev = {EPOLLIN | EPOLLET, {.u64 = 0x100000003ULL}};
	mem(&ev, sizeof(ev));
	C("epoll_ctl", SYS_epoll_ctl, ep, EPOLL_CTL_ADD, a, L(&ev), 0, 0);
	C("epoll_ctl_del", SYS_epoll_ctl, ep, EPOLL_CTL_DEL, a, L(&ev), 0, 0);
	epoll_ctl(ep, EPOLL_CTL_ADD, a, &ev);
	static struct epoll_event evs[4];
	mem(evs, sizeof(evs));
	C("epoll_wait", SYS_epoll_wait, ep, L(evs), 4, 0, 0, 0);

	/* resources and system */
	static struct rlimit rl;
	mem(&rl, sizeof(rl));
	C("prlimit_stack", SYS_prlimit64, 0, RLIMIT_STACK, 0, L(&rl), 0, 0);
	static struct rlimit nrl = {1024, 4096 + 1024};
	mem(&nrl, sizeof(nrl));
	C("setrlimit", SYS_setrlimit, RLIMIT_NOFILE, L(&nrl), 0, 0, 0, 0);
	static struct rusage ru;
	mem(&ru, sizeof(ru));
	C("getrusage", SYS_getrusage, RUSAGE_SELF, L(&ru), 0, 0, 0, 0);
	C("getrusage_children", SYS_getrusage, RUSAGE_CHILDREN, 0, 0, 0, 0, 0);
	static struct sysinfo si;
	mem(&si, sizeof(si));
	C("sysinfo", SYS_sysinfo, L(&si), 0, 0, 0, 0, 0);
	static struct utsname uts;
	mem(&uts, sizeof(uts));
	C("uname", SYS_uname, L(&uts), 0, 0, 0, 0, 0);
	for (volatile long spin = 0; spin < 30000000; spin++)
		;
	static struct tms tmsb;
	mem(&tmsb, sizeof(tmsb));
	C("times", SYS_times, L(&tmsb), 0, 0, 0, 0, 0);
	long d = open(dir, O_RDONLY | O_DIRECTORY);
	static char dbuf[4096];
	mem(dbuf, sizeof(dbuf));
	C("getdents64", SYS_getdents64, d, L(dbuf), sizeof(dbuf), 0, 0, 0);
	mem(dbuf, sizeof(dbuf));
	C("getdents64_end", SYS_getdents64, d, L(dbuf), sizeof(dbuf), 0, 0, 0);
	static int fds[2];
	mem(fds, sizeof(fds));
	C("pipe2", SYS_pipe2, L(fds), O_CLOEXEC, 0, 0, 0, 0);

	/* wait statuses */
	static int status;
	static struct rusage wru;
	pid_t k = fork();
	if (!k) _exit(3);
	mem(&status, sizeof(status)); mem(&wru, sizeof(wru));
	C("wait_exit", SYS_wait4, k, L(&status), 0, L(&wru), 0, 0);
	k = fork();
	if (!k) { kill(getpid(), SIGKILL); }
	mem(&status, sizeof(status));
	C("wait_signal", SYS_wait4, k, L(&status), 0, 0, 0, 0);
	k = fork();
	if (!k) { raise(SIGSTOP); _exit(0); }
	mem(&status, sizeof(status));
	C("wait_stop", SYS_wait4, k, L(&status), WUNTRACED, 0, 0, 0);
	kill(k, SIGKILL);
	waitpid(k, NULL, 0);
	mem(&status, sizeof(status));
	C("wait_echild", SYS_wait4, -1, L(&status), WNOHANG, 0, 0, 0);
	return 0;
}
