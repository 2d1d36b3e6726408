/* Probe for tests/decoders/test_argument_widths.py: makes every x86_64 syscall
 * number with chosen register patterns, none of them executed: a seccomp
 * filter makes each call fail with ENOSYS after the tracer's entry stop, so a
 * tracer prints every argument as it reads it from the registers, whatever the
 * call would have done.
 *
 * usage: every_syscall_probe FIRST LAST PATTERN...
 * A PATTERN is a 64-bit hex number: argument i of each call gets PATTERN + i
 * (so that two arguments never look alike).  Or it is six comma-separated
 * items, one per argument: a hex number, or "pN", a pointer N bytes before
 * the end of a readable area whose next page is unmapped (its bytes all
 * FILL, the last item, "fXX"), so that what a tracer reads there is known
 * and a read past it fails.  exit_group is the only call let through: the
 * probe ends with exit_group(0). */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

static long raw_syscall6(long nr, unsigned long a, unsigned long b, unsigned long c,
			 unsigned long d, unsigned long e, unsigned long f)
{
	register unsigned long r10 __asm__("r10") = d;
	register unsigned long r8 __asm__("r8") = e;
	register unsigned long r9 __asm__("r9") = f;
	long ret;
	__asm__ volatile ("syscall"
			  : "=a"(ret)
			  : "0"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
			  : "rcx", "r11", "memory");
	return ret;
}

static void deny_everything_but_exit_group(void)
{
	struct sock_filter insns[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_exit_group, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
	};
	struct sock_fprog prog = { .len = sizeof(insns) / sizeof(insns[0]), .filter = insns };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog))
		_exit(77);
}

static char *area, *area_end;
#define AREA_SIZE (4 * 4096)

/* the args of one pattern, and the fill byte of the area (-1: untouched) */
struct call_args { unsigned long a[6]; int fill; };

static void parse(const char *pattern, struct call_args *out)
{
	out->fill = -1;
	if (!strchr(pattern, ',')) {
		unsigned long base = strtoul(pattern, NULL, 16);
		for (int i = 0; i < 6; i++)
			out->a[i] = base + i;
		return;
	}
	char *copy = strdup(pattern), *item = strtok(copy, ",");
	for (int i = 0; i < 6 && item; i++, item = strtok(NULL, ","))
		out->a[i] = *item == 'p' ? (unsigned long) (area_end - strtoul(item + 1, NULL, 10))
					 : strtoul(item, NULL, 16);
	out->fill = item && *item == 'f' ? (int) strtoul(item + 1, NULL, 16) : 0;
	free(copy);
}

int main(int argc, char **argv)
{
	if (argc < 4)
		return 2;
	long first = strtol(argv[1], NULL, 0), last = strtol(argv[2], NULL, 0);

	/* everything that makes syscalls happens before the filter */
	area = mmap(NULL, AREA_SIZE + 4096, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (area == MAP_FAILED || munmap(area + AREA_SIZE, 4096))
		return 78;
	area_end = area + AREA_SIZE;
	struct call_args *calls = calloc(argc, sizeof(*calls));
	for (int p = 3; p < argc; p++)
		parse(argv[p], &calls[p]);

	deny_everything_but_exit_group();
	for (int p = 3; p < argc; p++) {
		const unsigned long *a = calls[p].a;
		if (calls[p].fill >= 0)
			memset(area, calls[p].fill, AREA_SIZE);
		for (long nr = first; nr <= last; nr++) {
			/* uretprobe and uprobe (335, 336 since Linux 6.11 and 6.18)
			 * pass seccomp and kill a caller outside a probe trampoline */
			if (nr == __NR_exit_group || nr == 335 || nr == 336)
				continue;
			raw_syscall6(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
		}
	}
	raw_syscall6(__NR_exit_group, 0, 0, 0, 0, 0, 0);
	return 0;
}
