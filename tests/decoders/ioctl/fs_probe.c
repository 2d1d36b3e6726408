/* File system ioctls (probe.h), on a real file where the kernel answers. */
#include "probe.h"
#include <linux/fs.h>
#include <linux/fiemap.h>

int main(void)
{
	probe_start();
	char name[] = "/tmp/fs_probe_XXXXXX";
	int fd = mkstemp(name);
	unlink(name);
	static char buf[65536];
	memset(buf, 'x', sizeof(buf));
	write(fd, buf, sizeof(buf));
	fsync(fd);
	unsigned int *flags = tail_alloc(sizeof(*flags));
	PROBE_STRUCT("getflags", fd, FS_IOC_GETFLAGS, flags);
	*flags = FS_NOATIME_FL | 0x40000000;
	PROBE_STRUCT("setflags-bad", -1, FS_IOC_SETFLAGS, flags);
	PROBE_STRUCT("getflags32", -1, FS_IOC32_GETFLAGS, flags);

	size_t size = sizeof(struct fiemap) + 3 * sizeof(struct fiemap_extent);
	struct fiemap *fm = tail_alloc(size);
	memset(fm, 0, size);
	fm->fm_length = ~0ULL;
	fm->fm_flags = FIEMAP_FLAG_SYNC;
	fm->fm_extent_count = 3;
	mem(fm, size);
	probe("fiemap", fd, FS_IOC_FIEMAP, (unsigned long) fm);
	fm->fm_flags = 0xfff0;
	mem(fm, size);
	probe("fiemap-bad", -1, FS_IOC_FIEMAP, (unsigned long) fm);
	fm->fm_flags = 0;
	fm->fm_extent_count = 0;
	mem(fm, size);
	probe("fiemap-count", fd, FS_IOC_FIEMAP, (unsigned long) fm);
	mem(fm, sizeof(*fm));
	probe("fiemap-null", fd, FS_IOC_FIEMAP, 0);

	struct fstrim_range *range = tail_alloc(sizeof(*range));
	range->start = 0x1000; range->len = ~0ULL; range->minlen = 4096;
	PROBE_STRUCT("fitrim", -1, FITRIM, range);
	probe("fifreeze", -1, FIFREEZE, 0x1234);
	probe("fithaw", -1, FITHAW, 0);

	struct fsxattr *fx = tail_alloc(sizeof(*fx));
	PROBE_STRUCT("fsgetxattr", fd, FS_IOC_FSGETXATTR, fx);
	fx->fsx_xflags = FS_XFLAG_IMMUTABLE | 0x10000000;
	fx->fsx_projid = 0x42;
	PROBE_STRUCT("fssetxattr", -1, FS_IOC_FSSETXATTR, fx);

	probe("ficlone", -1, FICLONE, 0xffffffff00000003UL);
	struct file_clone_range *cr = tail_alloc(sizeof(*cr));
	cr->src_fd = fd; cr->src_offset = 1; cr->src_length = 2; cr->dest_offset = 3;
	PROBE_STRUCT("ficlonerange", -1, FICLONERANGE, cr);

	size = sizeof(struct file_dedupe_range) + 3 * sizeof(struct file_dedupe_range_info);
	struct file_dedupe_range *dr = tail_alloc(size);
	memset(dr, 0, size);
	dr->src_length = 4096;
	dr->dest_count = 3;
	for (int i = 0; i < 3; i++) {
		dr->info[i].dest_fd = fd;
		dr->info[i].dest_offset = 4096 * (i + 1);
	}
	mem(dr, size);
	probe("dedupe", fd, FIDEDUPERANGE, (unsigned long) dr);
	dr->dest_count = 1;
	mem(dr, size);
	probe("dedupe-one", fd, FIDEDUPERANGE, (unsigned long) dr);
	dr->dest_count = 0;
	mem(dr, size);
	probe("dedupe-none", fd, FIDEDUPERANGE, (unsigned long) dr);
	dr->dest_count = 5;
	mem(dr, size);
	probe("dedupe-past-end", -1, FIDEDUPERANGE, (unsigned long) dr);
	char *cut = tail_alloc(sizeof(*dr) - 1);
	mem(cut, sizeof(*dr) - 1);
	probe("dedupe-short", -1, FIDEDUPERANGE, (unsigned long) cut);

	char *label = tail_alloc(FSLABEL_MAX);
	memset(label, 'L', FSLABEL_MAX);
	PROBE_STRUCT("setfslabel", -1, FS_IOC_SETFSLABEL, (char (*)[FSLABEL_MAX]) label);
	strcpy(label, "root\tfs");
	PROBE_STRUCT("getfslabel", -1, FS_IOC_GETFSLABEL, (char (*)[FSLABEL_MAX]) label);
	probe("unknown-f", -1, _IO('f', 0xff), 0);
	probe("unknown-X", -1, _IOR('X', 0xff, int), 0x10);
	return 0;
}
