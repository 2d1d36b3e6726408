/* Namespace ioctls on a namespace file and on a bad descriptor (probe.h). */
#include "probe.h"
#include <linux/nsfs.h>

int main(void)
{
	probe_start();
	int fd = open("/proc/self/ns/uts", O_RDONLY);
	unsigned int *uid = tail_alloc(sizeof(*uid));
	probe("userns-bad", -1, NS_GET_USERNS, 0x1234);
	probe("parent-bad", -1, NS_GET_PARENT, 0);
	probe("nstype-bad", -1, NS_GET_NSTYPE, 0);
	probe("nstype", fd, NS_GET_NSTYPE, 0);
	int userns = probe("userns", fd, NS_GET_USERNS, 0);
	probe("nstype-user", userns, NS_GET_NSTYPE, 0);
	probe("parent", userns, NS_GET_PARENT, 0);
	PROBE_STRUCT("owner-uid", userns, NS_GET_OWNER_UID, uid);
	PROBE_STRUCT("owner-uid-bad", -1, NS_GET_OWNER_UID, uid);
	probe("unknown", fd, _IO(0xb7, 0x42), 0x10);
	return 0;
}
