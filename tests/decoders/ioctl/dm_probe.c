/* Device mapper ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/dm-ioctl.h>

static struct dm_ioctl *dm_arg(size_t extra)
{
	struct dm_ioctl *d = tail_alloc(sizeof(*d) + extra);
	memset(d, 0, sizeof(*d) + extra);
	d->version[0] = 4; d->version[1] = 41; d->data_size = sizeof(*d) + extra;
	d->data_start = sizeof(*d);
	return d;
}

int main(void)
{
	probe_start();
	struct dm_ioctl *d = dm_arg(0);
	strcpy(d->name, "vg-lv"); d->dev = 0xfd00; d->flags = DM_READONLY_FLAG | 0x80000000;
	mem(d, sizeof(*d));
	probe("version", -1, DM_VERSION, (unsigned long) d);
	mem(d, sizeof(*d));
	probe("dev-status", -1, DM_DEV_STATUS, (unsigned long) d);
	mem(d, sizeof(*d));
	probe("dev-suspend", -1, DM_DEV_SUSPEND, (unsigned long) d);
	d->version[0] = 3;
	mem(d, sizeof(*d));
	probe("bad-version", -1, DM_DEV_CREATE, (unsigned long) d);
	d->version[0] = 4; d->data_size = 100;
	mem(d, sizeof(*d));
	probe("small", -1, DM_DEV_CREATE, (unsigned long) d);
	d->data_size = 8;
	mem(d, sizeof(*d));
	probe("too-small", -1, DM_DEV_CREATE, (unsigned long) d);

	size_t extra = sizeof(struct dm_target_spec) + 16;
	d = dm_arg(extra);
	d->target_count = 1;
	struct dm_target_spec *ts = (void *) (d + 1);
	ts->sector_start = 0; ts->length = 2048; strcpy(ts->target_type, "linear");
	ts->next = extra;
	strcpy((char *) (ts + 1), "8:1 0");
	mem(d, sizeof(*d) + extra);
	probe("table-load", -1, DM_TABLE_LOAD, (unsigned long) d);
	mem(d, sizeof(*d) + extra);
	probe("table-status", -1, DM_TABLE_STATUS, (unsigned long) d);
	d->target_count = 3;
	mem(d, sizeof(*d) + extra);
	probe("table-load-misplaced", -1, DM_TABLE_LOAD, (unsigned long) d);

	extra = 12 + 16;
	d = dm_arg(extra);
	struct dm_name_list *nl = (void *) (d + 1);
	nl->dev = 0xfd01; nl->next = 0;
	strcpy(nl->name, "vg-root");
	mem(d, sizeof(*d) + extra);
	probe("list-devices", -1, DM_LIST_DEVICES, (unsigned long) d);
	d = dm_arg(16);
	d->flags = DM_DATA_OUT_FLAG;
	*(uint64_t *) (d + 1) = 5;
	strcpy((char *) (d + 1) + 8, "msg");
	mem(d, sizeof(*d) + 16);
	probe("target-msg", -1, DM_TARGET_MSG, (unsigned long) d);
	d = dm_arg(8);
	strcpy((char *) (d + 1), "newname");
	mem(d, sizeof(*d) + 8);
	probe("dev-rename", -1, DM_DEV_RENAME, (unsigned long) d);
	probe("null", -1, DM_VERSION, 0);
	return 0;
}
