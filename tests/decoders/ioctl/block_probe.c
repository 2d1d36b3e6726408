/* Block device ioctls (probe.h): on a block device where there is one
 * readable, else on a bad descriptor. */
#include "probe.h"
#include <linux/fs.h>
#include <linux/blkpg.h>
#include <linux/blktrace_api.h>

int main(void)
{
	probe_start();
	int fd = open("/dev/loop0", O_RDONLY);
	uint64_t *u64 = tail_alloc(8);
	unsigned long *ul = tail_alloc(sizeof(*ul));
	int *num = tail_alloc(sizeof(*num));
	unsigned short *us = tail_alloc(sizeof(*us));
	PROBE_STRUCT("getsize64", fd, BLKGETSIZE64, u64);
	PROBE_STRUCT("getsize", fd, BLKGETSIZE, ul);
	PROBE_STRUCT("sszget", fd, BLKSSZGET, num);
	PROBE_STRUCT("pbszget", fd, BLKPBSZGET, num);
	PROBE_STRUCT("raget", fd, BLKRAGET, ul);
	PROBE_STRUCT("sectget", fd, BLKSECTGET, us);
	PROBE_STRUCT("rotational", fd, BLKROTATIONAL, us);
	*num = -1;
	PROBE_STRUCT("roset", -1, BLKROSET, num);
	probe("raset", -1, BLKRASET, 0xffffffffffffffffUL);
	uint64_t *pair = tail_alloc(16);
	pair[0] = 4096; pair[1] = ~0ULL;
	mem(pair, 16);
	probe("discard", -1, BLKDISCARD, (unsigned long) pair);
	mem(pair + 1, 8);
	probe("discard-short", -1, BLKZEROOUT, (unsigned long) (pair + 1));
	probe("rrpart", -1, BLKRRPART, 0x10);

	struct blkpg_partition *part = tail_alloc(sizeof(*part));
	memset(part, 0, sizeof(*part));
	part->start = -1; part->length = 4096; part->pno = 3;
	strcpy(part->devname, "sda3");
	memset(part->volname, 'v', sizeof(part->volname));
	struct blkpg_ioctl_arg *pg = tail_alloc(sizeof(*pg));
	pg->op = BLKPG_ADD_PARTITION; pg->flags = 0; pg->datalen = sizeof(*part); pg->data = part;
	mem(pg, sizeof(*pg)); mem(part, sizeof(*part));
	probe("blkpg", -1, BLKPG, (unsigned long) pg);
	pg->op = 0x10; pg->data = (char *) part + 1;
	mem(pg, sizeof(*pg)); mem((char *) part + 1, sizeof(*part) - 1);
	probe("blkpg-short-data", -1, BLKPG, (unsigned long) pg);
	PROBE_STRUCT("blkpg-arg", -1, BLKPG, pg);

	struct blk_user_trace_setup *buts = tail_alloc(sizeof(*buts));
	memset(buts, 0, sizeof(*buts));
	strcpy(buts->name, "trace");
	buts->act_mask = 1; buts->buf_size = 2; buts->buf_nr = 3;
	buts->start_lba = 4; buts->end_lba = 5; buts->pid = 1;
	PROBE_STRUCT("tracesetup", -1, BLKTRACESETUP, buts);
	probe("unknown", -1, _IO(0x12, 0xfe), 0);
	return 0;
}
