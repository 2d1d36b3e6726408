/* Watchdog ioctls (probe.h): no watchdog device, so a bad descriptor. */
#include "probe.h"
#include <linux/watchdog.h>

int main(void)
{
	probe_start();
	int *num = tail_alloc(sizeof(*num));
	*num = 60;
	PROBE_STRUCT("gettimeout", -1, WDIOC_GETTIMEOUT, num);
	PROBE_STRUCT("settimeout", -1, WDIOC_SETTIMEOUT, num);
	PROBE_STRUCT("getstatus", -1, WDIOC_GETSTATUS, num);
	probe("keepalive", -1, WDIOC_KEEPALIVE, 0x42);
	probe("getsupport", -1, WDIOC_GETSUPPORT, 0);
	return 0;
}
