/* ATA disk ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/hdreg.h>

int main(void)
{
	probe_start();
	struct hd_geometry *geo = tail_alloc(sizeof(*geo));
	geo->heads = 255; geo->sectors = 63; geo->cylinders = 1024; geo->start = 2048;
	PROBE_STRUCT("getgeo", -1, HDIO_GETGEO, geo);
	unsigned char *cmd = tail_alloc(4 + 512);
	cmd[0] = 0xec; cmd[1] = 1; cmd[2] = 2; cmd[3] = 1;
	memset(cmd + 4, 0x5a, 512);
	mem(cmd, 4 + 512);
	probe("drive-cmd", -1, HDIO_DRIVE_CMD, (unsigned long) cmd);
	cmd[0] = 0x11; cmd[3] = 0;
	mem(cmd, 4 + 512);
	probe("drive-cmd-unknown", -1, HDIO_DRIVE_CMD, (unsigned long) cmd);
	unsigned long *ul = tail_alloc(sizeof(*ul));
	*ul = 3;
	PROBE_STRUCT("get-32bit", -1, HDIO_GET_32BIT, ul);
	PROBE_STRUCT("get-busstate", -1, HDIO_GET_BUSSTATE, ul);
	*ul = IDE_NICE_DSC_OVERLAP | 0x100;
	PROBE_STRUCT("get-nice", -1, HDIO_GET_NICE, ul);
	char *id = tail_alloc(512);
	memset(id, 'i', 512);
	mem(id, 512);
	probe("get-identity", -1, HDIO_GET_IDENTITY, (unsigned long) id);
	mem(id + 400, 112);
	probe("obsolete-identity", -1, HDIO_OBSOLETE_IDENTITY, (unsigned long) (id + 400));
	probe("set-dma", -1, HDIO_SET_DMA, 0xffffffffffffffffUL);
	probe("set-busstate", -1, HDIO_SET_BUSSTATE, 2);
	probe("set-busstate-bad", -1, HDIO_SET_BUSSTATE, 0x100000002UL);
	probe("set-nice", -1, HDIO_SET_NICE, 0x20);
	int *triple = tail_alloc(12);
	triple[0] = 1; triple[1] = -1; triple[2] = 0;
	mem(triple, 12);
	probe("scan-hwif", -1, HDIO_SCAN_HWIF, (unsigned long) triple);
	mem(triple + 1, 8);
	probe("drive-reset", -1, HDIO_DRIVE_RESET, (unsigned long) (triple + 1));
	probe("unknown", -1, HDIO_DRIVE_TASK, 0x10);
	return 0;
}
