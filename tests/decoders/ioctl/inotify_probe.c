/* inotify's ioctl (probe.h). */
#include "probe.h"
#include <sys/inotify.h>
#ifndef INOTIFY_IOC_SETNEXTWD
#define INOTIFY_IOC_SETNEXTWD _IOW('I', 0, int)
#endif

int main(void)
{
	probe_start();
	int fd = inotify_init1(0);
	probe("setnextwd", fd, INOTIFY_IOC_SETNEXTWD, 0xffffffff00000007UL);
	probe("setnextwd-bad", -1, INOTIFY_IOC_SETNEXTWD, 0xffffffff);
	probe("unknown", fd, _IOW('I', 1, int), 0);
	return 0;
}
