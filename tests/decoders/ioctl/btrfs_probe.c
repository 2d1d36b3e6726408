/* btrfs ioctls (probe.h) on a bad descriptor; the inject option sets make
 * them succeed, which shows what is printed at exit. */
#include "probe.h"
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>
#include <sys/sysmacros.h>

#define FILL(p) memset((p), 0, sizeof(*(p)))

int main(void)
{
	probe_start();
	probe("sync", -1, BTRFS_IOC_SYNC, 0x1234);
	probe("balance-ctl", -1, BTRFS_IOC_BALANCE_CTL, 2);
	probe("balance-ctl-bad", -1, BTRFS_IOC_BALANCE_CTL, 0xffffffff00000007UL);
	uint64_t *u64 = tail_alloc(8);
	*u64 = 0xdeadbeefcafef00dULL;
	PROBE_STRUCT("start-sync", -1, BTRFS_IOC_START_SYNC, u64);
	PROBE_STRUCT("wait-sync", -1, BTRFS_IOC_WAIT_SYNC, u64);
	*u64 = BTRFS_SUBVOL_RDONLY | 0x100;
	PROBE_STRUCT("getflags", -1, BTRFS_IOC_SUBVOL_GETFLAGS, u64);
	PROBE_STRUCT("setflags", -1, BTRFS_IOC_SUBVOL_SETFLAGS, u64);

	struct btrfs_ioctl_balance_args *bal = tail_alloc(sizeof(*bal));
	FILL(bal);
	bal->flags = BTRFS_BALANCE_DATA | BTRFS_BALANCE_SYSTEM | 0x1000;
	bal->state = BTRFS_BALANCE_STATE_RUNNING;
	bal->data.profiles = BTRFS_BLOCK_GROUP_RAID1;
	bal->data.usage = ~0ULL;
	bal->data.devid = makedev(8, 1);
	bal->data.flags = BTRFS_BALANCE_ARGS_USAGE;
	bal->sys.vend = 7;
	PROBE_STRUCT("balance-v2", -1, BTRFS_IOC_BALANCE_V2, bal);
	PROBE_STRUCT("balance-progress", -1, BTRFS_IOC_BALANCE_PROGRESS, bal);

	struct btrfs_ioctl_defrag_range_args *defrag = tail_alloc(sizeof(*defrag));
	FILL(defrag);
	defrag->len = ~0ULL;
	defrag->flags = BTRFS_DEFRAG_RANGE_COMPRESS | 0x10;
	defrag->compress_type = 2;
	PROBE_STRUCT("defrag-range", -1, BTRFS_IOC_DEFRAG_RANGE, defrag);

	struct btrfs_ioctl_dev_info_args *info = tail_alloc(sizeof(*info));
	FILL(info);
	info->devid = 1;
	PROBE_STRUCT("dev-info", -1, BTRFS_IOC_DEV_INFO, info);
	memset(info->uuid, 0xab, sizeof(info->uuid));
	strcpy((char *) info->path, "/dev/sda1");
	info->bytes_used = 5;
	PROBE_STRUCT("dev-info-uuid", -1, BTRFS_IOC_DEV_INFO, info);

	struct btrfs_ioctl_dev_replace_args *rep = tail_alloc(sizeof(*rep));
	FILL(rep);
	rep->cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_START;
	rep->start.srcdevid = 3;
	strcpy((char *) rep->start.srcdev_name, "/dev/sdb");
	memset(rep->start.tgtdev_name, 'x', sizeof(rep->start.tgtdev_name));
	PROBE_STRUCT("dev-replace-start", -1, BTRFS_IOC_DEV_REPLACE, rep);
	FILL(rep);
	rep->cmd = BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS;
	rep->status.replace_state = 1;
	rep->status.progress_1000 = 456;
	rep->status.time_started = 1700000000;
	PROBE_STRUCT("dev-replace-status", -1, BTRFS_IOC_DEV_REPLACE, rep);

	struct btrfs_ioctl_feature_flags *ff = tail_alloc(3 * sizeof(*ff));
	memset(ff, 0, 3 * sizeof(*ff));
	ff[0].compat_ro_flags = BTRFS_FEATURE_COMPAT_RO_FREE_SPACE_TREE;
	ff[1].incompat_flags = BTRFS_FEATURE_INCOMPAT_MIXED_BACKREF | (1ULL << 40);
	mem(ff, 3 * sizeof(*ff));
	probe("get-features", -1, BTRFS_IOC_GET_FEATURES, (unsigned long) ff);
	mem(ff, 3 * sizeof(*ff));
	probe("set-features", -1, BTRFS_IOC_SET_FEATURES, (unsigned long) ff);
	mem(ff, 3 * sizeof(*ff));
	probe("get-supported", -1, BTRFS_IOC_GET_SUPPORTED_FEATURES, (unsigned long) ff);
	mem(ff + 1, 2 * sizeof(*ff));
	probe("get-supported-short", -1, BTRFS_IOC_GET_SUPPORTED_FEATURES,
	      (unsigned long) (ff + 1));

	struct btrfs_ioctl_fs_info_args *fsi = tail_alloc(sizeof(*fsi));
	FILL(fsi);
	fsi->max_id = 1; fsi->num_devices = 1; fsi->nodesize = 16384;
	fsi->flags = BTRFS_FS_INFO_FLAG_CSUM_INFO | BTRFS_FS_INFO_FLAG_GENERATION;
	fsi->csum_type = 1; fsi->csum_size = 8; fsi->generation = 9;
	PROBE_STRUCT("fs-info", -1, BTRFS_IOC_FS_INFO, fsi);

	struct btrfs_ioctl_get_dev_stats *st = tail_alloc(sizeof(*st));
	FILL(st);
	st->devid = 1; st->nr_items = 7; st->flags = BTRFS_DEV_STATS_RESET;
	st->values[2] = 42;
	PROBE_STRUCT("dev-stats", -1, BTRFS_IOC_GET_DEV_STATS, st);

	struct btrfs_ioctl_ino_lookup_args *lk = tail_alloc(sizeof(*lk));
	FILL(lk);
	lk->objectid = BTRFS_FIRST_FREE_OBJECTID;
	strcpy(lk->name, "sub/dir");
	PROBE_STRUCT("ino-lookup", -1, BTRFS_IOC_INO_LOOKUP, lk);

	struct btrfs_data_container *dc = tail_alloc(sizeof(*dc) + 3 * 8);
	dc->bytes_left = 1; dc->bytes_missing = 2; dc->elem_cnt = 3; dc->elem_missed = 4;
	dc->val[0] = 1; dc->val[1] = 2; dc->val[2] = 3;
	struct btrfs_ioctl_logical_ino_args *li = tail_alloc(sizeof(*li));
	FILL(li);
	li->logical = 4096; li->size = 64; li->reserved[1] = 5;
	li->flags = BTRFS_LOGICAL_INO_ARGS_IGNORE_OFFSET; li->inodes = (unsigned long) dc;
	mem(li, sizeof(*li)); mem(dc, sizeof(*dc) + 24);
	probe("logical-ino", -1, BTRFS_IOC_LOGICAL_INO, (unsigned long) li);

	struct btrfs_ioctl_qgroup_limit_args *ql = tail_alloc(sizeof(*ql));
	FILL(ql);
	ql->qgroupid = 5; ql->lim.flags = BTRFS_QGROUP_LIMIT_MAX_RFER; ql->lim.max_rfer = 100;
	PROBE_STRUCT("qgroup-limit", -1, BTRFS_IOC_QGROUP_LIMIT, ql);
	struct btrfs_ioctl_quota_ctl_args *qc = tail_alloc(sizeof(*qc));
	qc->cmd = BTRFS_QUOTA_CTL_ENABLE; qc->status = 0;
	PROBE_STRUCT("quota-ctl", -1, BTRFS_IOC_QUOTA_CTL, qc);
	struct btrfs_ioctl_quota_rescan_args *qr = tail_alloc(sizeof(*qr));
	FILL(qr);
	qr->progress = BTRFS_FS_TREE_OBJECTID;
	PROBE_STRUCT("quota-rescan-status", -1, BTRFS_IOC_QUOTA_RESCAN_STATUS, qr);
	struct btrfs_ioctl_qgroup_assign_args *qa = tail_alloc(sizeof(*qa));
	qa->assign = 1; qa->src = 2; qa->dst = 3;
	PROBE_STRUCT("qgroup-assign", -1, BTRFS_IOC_QGROUP_ASSIGN, qa);

	struct btrfs_ioctl_received_subvol_args *rs = tail_alloc(sizeof(*rs));
	FILL(rs);
	rs->stransid = 7; rs->stime.sec = 1700000000; rs->stime.nsec = 123;
	rs->rtime.sec = 1; rs->rtime.nsec = 1000000000;
	PROBE_STRUCT("received-subvol", -1, BTRFS_IOC_SET_RECEIVED_SUBVOL, rs);

	struct btrfs_ioctl_scrub_args *sc = tail_alloc(sizeof(*sc));
	FILL(sc);
	sc->devid = 1; sc->end = ~0ULL; sc->flags = BTRFS_SCRUB_READONLY;
	sc->progress.csum_errors = 3;
	PROBE_STRUCT("scrub", -1, BTRFS_IOC_SCRUB, sc);
	PROBE_STRUCT("scrub-progress", -1, BTRFS_IOC_SCRUB_PROGRESS, sc);

	struct btrfs_ioctl_search_args *sa = tail_alloc(sizeof(*sa));
	FILL(sa);
	sa->key.tree_id = BTRFS_ROOT_TREE_OBJECTID;
	sa->key.min_objectid = BTRFS_FIRST_FREE_OBJECTID;
	sa->key.max_objectid = BTRFS_LAST_FREE_OBJECTID;
	sa->key.max_offset = ~0ULL; sa->key.max_type = BTRFS_ROOT_ITEM_KEY;
	sa->key.nr_items = 2;
	struct btrfs_ioctl_search_header *sh = (void *) sa->buf;
	sh->transid = 1; sh->objectid = BTRFS_FS_TREE_OBJECTID; sh->type = BTRFS_ROOT_ITEM_KEY;
	sh->len = 8;
	sh = (void *) (sa->buf + sizeof(*sh) + 8);
	sh->offset = 5;
	mem(sa, sizeof(*sa));
	probe("tree-search", -1, BTRFS_IOC_TREE_SEARCH, (unsigned long) sa);
	sa->key.min_objectid = 300;
	mem(sa, sizeof(*sa));
	probe("tree-search-min", -1, BTRFS_IOC_TREE_SEARCH, (unsigned long) sa);

	struct btrfs_ioctl_search_args_v2 *sa2 = tail_alloc(sizeof(*sa2) + 64);
	memcpy(&sa2->key, &sa->key, sizeof(sa->key));
	sa2->buf_size = 64;
	memcpy(sa2->buf, sa->buf, 64);
	mem(sa2, sizeof(*sa2) + 64);
	probe("tree-search-v2", -1, BTRFS_IOC_TREE_SEARCH_V2, (unsigned long) sa2);

	uint64_t *sources = tail_alloc(16);
	sources[0] = BTRFS_FS_TREE_OBJECTID; sources[1] = 1000;
	struct btrfs_ioctl_send_args *send = tail_alloc(sizeof(*send));
	FILL(send);
	send->send_fd = 1; send->clone_sources_count = 2;
	send->clone_sources = sources; send->flags = BTRFS_SEND_FLAG_NO_FILE_DATA;
	mem(send, sizeof(*send)); mem(sources, 16);
	probe("send", -1, BTRFS_IOC_SEND, (unsigned long) send);

	struct btrfs_ioctl_space_args *sp = tail_alloc(sizeof(*sp) + 2 * sizeof(sp->spaces[0]));
	sp->space_slots = 2; sp->total_spaces = 2;
	sp->spaces[0].flags = BTRFS_BLOCK_GROUP_DATA; sp->spaces[0].total_bytes = 10;
	sp->spaces[1].flags = 0; sp->spaces[1].used_bytes = 3;
	mem(sp, sizeof(*sp) + 2 * sizeof(sp->spaces[0]));
	probe("space-info", -1, BTRFS_IOC_SPACE_INFO, (unsigned long) sp);

	struct btrfs_ioctl_vol_args *va = tail_alloc(sizeof(*va));
	FILL(va);
	va->fd = 2;
	strcpy(va->name, "snap\"1\"");
	PROBE_STRUCT("snap-create", -1, BTRFS_IOC_SNAP_CREATE, va);

	struct btrfs_qgroup_inherit *qi = tail_alloc(sizeof(*qi) + 16);
	FILL(qi);
	qi->num_qgroups = 2; qi->qgroups[0] = 5; qi->qgroups[1] = 6;
	struct btrfs_ioctl_vol_args_v2 *v2 = tail_alloc(sizeof(*v2));
	FILL(v2);
	v2->fd = 0; v2->flags = BTRFS_SUBVOL_QGROUP_INHERIT | BTRFS_SUBVOL_RDONLY;
	v2->size = sizeof(*qi) + 16; v2->qgroup_inherit = qi; v2->transid = 77;
	strcpy(v2->name, "subvol");
	mem(v2, sizeof(*v2)); mem(qi, sizeof(*qi) + 16);
	probe("subvol-create-v2", -1, BTRFS_IOC_SUBVOL_CREATE_V2, (unsigned long) v2);
	probe("unknown", -1, _IO(0x94, 0xfe), 0x10);
	return 0;
}
