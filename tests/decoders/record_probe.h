/* The record protocol of tests/decoders/probes.py, shared by the probes that
 * use it (structs_probe.c, ipc/sysv_ctl_probe.c): before each call a
 * write(-1, "@tag") marker for the tracer's line, then the bytes of every
 * block the call reads or writes before ("P") and after ("D") it, and its
 * raw arguments and result ("A"). */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

struct block { const void *p; size_t n; };
static struct block blocks[16];
static int nblocks;

static void dump(char kind, const char *tag)
{
	for (int i = 0; i < nblocks; i++) {
		const unsigned char *c = blocks[i].p;
		printf("%c %s %lx ", kind, tag, (unsigned long) blocks[i].p);
		for (size_t j = 0; j < blocks[i].n; j++)
			printf("%02x", c[j]);
		printf("\n");
	}
}

static void mem(const void *p, size_t n)
{
	blocks[nblocks].p = p;
	blocks[nblocks++].n = n;
}

static long call(const char *tag, long nr, long a0, long a1, long a2, long a3,
		 long a4, long a5)
{
	char marker[64];
	snprintf(marker, sizeof(marker), "@%s", tag);
	syscall(SYS_write, -1, marker, strlen(marker));
	dump('P', tag);
	errno = 0;
	long rv = syscall(nr, a0, a1, a2, a3, a4, a5);
	int err = rv == -1 ? errno : 0;
	printf("A %s %ld %lx %lx %lx %lx %lx %lx %ld %d\n", tag, nr, a0, a1, a2,
	       a3, a4, a5, rv, err);
	dump('D', tag);
	nblocks = 0;
	fflush(stdout);
	return rv;
}

