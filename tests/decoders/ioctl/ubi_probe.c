/* UBI ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <mtd/ubi-user.h>

int main(void)
{
	probe_start();
	struct ubi_mkvol_req *mk = tail_alloc(sizeof(*mk));
	memset(mk, 0, sizeof(*mk));
	mk->vol_id = 1; mk->alignment = 2; mk->bytes = -3; mk->vol_type = UBI_STATIC_VOLUME;
	mk->flags = UBI_VOL_SKIP_CRC_CHECK_FLG | 0x80; mk->name_len = 4;
	strcpy(mk->name, "volume");
	PROBE_STRUCT("mkvol", -1, UBI_IOCMKVOL, mk);
	mk->name_len = 1000; mk->vol_type = -9;
	memset(mk->name, 'n', sizeof(mk->name));
	PROBE_STRUCT("mkvol-long", -1, UBI_IOCMKVOL, mk);
	struct ubi_rsvol_req *rs = tail_alloc(sizeof(*rs));
	rs->bytes = 1; rs->vol_id = -1;
	PROBE_STRUCT("rsvol", -1, UBI_IOCRSVOL, rs);
	struct ubi_rnvol_req *rn = tail_alloc(sizeof(*rn));
	memset(rn, 0, sizeof(*rn));
	rn->count = 2; rn->ents[0].vol_id = 1; rn->ents[0].name_len = 2;
	strcpy(rn->ents[0].name, "ab"); rn->ents[1].name_len = -1;
	PROBE_STRUCT("rnvol", -1, UBI_IOCRNVOL, rn);
	rn->count = 40;
	PROBE_STRUCT("rnvol-many", -1, UBI_IOCRNVOL, rn);
	struct ubi_leb_change_req *leb = tail_alloc(sizeof(*leb));
	memset(leb, 0, sizeof(*leb));
	leb->lnum = 1; leb->bytes = 2; leb->dtype = 3;
	PROBE_STRUCT("ebch", -1, UBI_IOCEBCH, leb);
	struct ubi_attach_req *at = tail_alloc(sizeof(*at));
	memset(at, 0, sizeof(*at));
	at->ubi_num = -1; at->mtd_num = 2; at->max_beb_per1024 = 20;
	PROBE_STRUCT("att", -1, UBI_IOCATT, at);
	struct ubi_map_req *map = tail_alloc(sizeof(*map));
	map->lnum = 5; map->dtype = -1;
	PROBE_STRUCT("ebmap", -1, UBI_IOCEBMAP, map);
	struct ubi_set_vol_prop_req *prop = tail_alloc(sizeof(*prop));
	memset(prop, 0, sizeof(*prop));
	prop->property = UBI_VOL_PROP_DIRECT_WRITE; prop->value = 1;
	PROBE_STRUCT("setvolprop", -1, UBI_IOCSETVOLPROP, prop);
	int64_t *i64 = tail_alloc(8);
	*i64 = -5;
	PROBE_STRUCT("volup", -1, UBI_IOCVOLUP, i64);
	int *i32 = tail_alloc(4);
	*i32 = 3;
	PROBE_STRUCT("rmvol", -1, UBI_IOCRMVOL, i32);
	probe("volcrblk", -1, UBI_IOCVOLCRBLK, 0x10);
	return 0;
}
