/* /dev/random ioctls (probe.h). */
#include "probe.h"
#include <linux/random.h>

int main(void)
{
	probe_start();
	int fd = open("/dev/urandom", O_RDONLY);
	int *num = tail_alloc(sizeof(*num));
	PROBE_STRUCT("getentcnt", fd, RNDGETENTCNT, num);
	*num = -5;
	PROBE_STRUCT("addtoentcnt", -1, RNDADDTOENTCNT, num);
	struct rand_pool_info *info = tail_alloc(sizeof(*info) + 8);
	info->entropy_count = 3;
	info->buf_size = 8;
	memcpy(info->buf, "\1\2abcdef", 8);
	mem(info, sizeof(*info) + 8);
	probe("addentropy", -1, RNDADDENTROPY, (unsigned long) info);
	info->buf_size = 9;
	mem(info, sizeof(*info) + 8);
	probe("addentropy-past-end", -1, RNDADDENTROPY, (unsigned long) info);
	info->buf_size = -1;
	mem(info, sizeof(*info) + 8);
	probe("addentropy-negative", -1, RNDADDENTROPY, (unsigned long) info);
	probe("addentropy-null", -1, RNDADDENTROPY, 0);
	probe("zap", -1, RNDZAPENTCNT, 0x10);
	probe("clear", -1, RNDCLEARPOOL, 0);
	probe("reseed", -1, RNDRESEEDCRNG, 0);
	probe("getpool", -1, RNDGETPOOL, 0x20);
	return 0;
}
