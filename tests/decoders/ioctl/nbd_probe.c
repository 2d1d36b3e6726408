/* NBD ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/nbd.h>

int main(void)
{
	probe_start();
	probe("set-sock", -1, NBD_SET_SOCK, 0xffffffff00000001UL);
	probe("set-blksize", -1, NBD_SET_BLKSIZE, 0xffffffffffffffffUL);
	probe("set-size", -1, NBD_SET_SIZE, 4096);
	probe("set-flags", -1, NBD_SET_FLAGS, NBD_FLAG_READ_ONLY | 0x800);
	probe("set-flags-none", -1, NBD_SET_FLAGS, 0);
	probe("do-it", -1, NBD_DO_IT, 0x42);
	probe("disconnect", -1, NBD_DISCONNECT, 0);
	probe("unknown", -1, _IO(0xab, 0x42), 0x10);
	return 0;
}
