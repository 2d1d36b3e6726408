/* Shared by the tests/decoders/ioctl/ *_probe.c programs: each makes ioctl
 * calls and prints, for each one, its raw arguments and result and the bytes
 * of every memory block involved, before ("P") and after ("D") the call.
 * live.py runs a probe under strace and renders every call from those bytes.
 *
 * Structures are put at the end of a page whose next page is inaccessible
 * (tail_alloc), so that a block's dumped bytes are exactly the readable
 * ones: a structure cut short there is unreadable for both tracers. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

struct block { const void *p; size_t n; };
static struct block blocks[16];
static int nblocks;

/* n bytes ending where an inaccessible page starts */
static void *tail_alloc(size_t n)
{
	size_t page = sysconf(_SC_PAGESIZE);
	size_t len = (n + page - 1) / page * page;
	char *p = mmap(NULL, len + page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED || mprotect(p + len, page, PROT_NONE))
		abort();
	return p + len - n;
}

/* a copy of n bytes at the end of their own page */
static void *tail_memdup(const void *src, size_t n)
{
	void *p = tail_alloc(n);
	memcpy(p, src, n);
	return p;
}

/* a memory block the next call reads or writes, dumped around it */
static void mem(const void *p, size_t n)
{
	blocks[nblocks].p = p;
	blocks[nblocks++].n = n;
}

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

static long probe(const char *tag, long fd, unsigned long code, unsigned long arg)
{
	dump('P', tag);
	errno = 0;
	long rv = syscall(SYS_ioctl, fd, code, arg);
	int err = rv == -1 ? errno : 0;
	printf("A %s %lx %lx %lx %ld %d\n", tag, fd, code, arg, rv, err);
	dump('D', tag);
	nblocks = 0;
	fflush(stdout);
	return rv;
}

/* the same structure, whole, cut short by one byte, and at NULL */
#define PROBE_STRUCT(tag, fd, code, ptr) do {				\
	mem((ptr), sizeof(*(ptr)));					\
	probe(tag, fd, code, (unsigned long) (ptr));			\
	mem((char *) (ptr) + 1, sizeof(*(ptr)) - 1);			\
	probe(tag "-short", fd, code, (unsigned long) (ptr) + 1);	\
	probe(tag "-null", fd, code, 0);				\
} while (0)

static void probe_start(void)
{
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
}
