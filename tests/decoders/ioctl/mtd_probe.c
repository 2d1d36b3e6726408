/* MTD ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <mtd/mtd-abi.h>

int main(void)
{
	probe_start();
	struct erase_info_user *ei = tail_alloc(sizeof(*ei));
	ei->start = 0x1000; ei->length = 0xffffffff;
	PROBE_STRUCT("erase", -1, MEMERASE, ei);
	struct erase_info_user64 *ei64 = tail_alloc(sizeof(*ei64));
	ei64->start = 1; ei64->length = 0;
	PROBE_STRUCT("erase64", -1, MEMERASE64, ei64);
	struct mtd_oob_buf *oob = tail_alloc(sizeof(*oob));
	oob->start = 1; oob->length = 2; oob->ptr = (void *) 0xdeadbeef;
	PROBE_STRUCT("readoob", -1, MEMREADOOB, oob);
	struct mtd_oob_buf64 *oob64 = tail_alloc(sizeof(*oob64));
	oob64->start = 1; oob64->pad = 7; oob64->length = 2; oob64->usr_ptr = 0;
	PROBE_STRUCT("writeoob64", -1, MEMWRITEOOB64, oob64);
	struct mtd_write_req *wr = tail_alloc(sizeof(*wr));
	memset(wr, 0, sizeof(*wr));
	wr->start = 1; wr->usr_data = 0x1234; wr->mode = MTD_OPS_RAW;
	PROBE_STRUCT("write", -1, MEMWRITE, wr);
	wr->mode = 0x55;
	PROBE_STRUCT("write-bad-mode", -1, MEMWRITE, wr);
	struct otp_info *otp = tail_alloc(sizeof(*otp));
	otp->start = 1; otp->length = 2; otp->locked = 1;
	PROBE_STRUCT("otplock", -1, OTPLOCK, otp);
	PROBE_STRUCT("otpgetregioninfo", -1, OTPGETREGIONINFO, otp);
	unsigned int *u = tail_alloc(4);
	*u = MTD_OTP_USER;
	PROBE_STRUCT("otpselect", -1, OTPSELECT, u);
	PROBE_STRUCT("otpgetregioncount", -1, OTPGETREGIONCOUNT, u);
	probe("filemode", -1, MTDFILEMODE, MTD_FILE_MODE_RAW);
	probe("filemode-bad", -1, MTDFILEMODE, 0x100000000UL);
	long long *ll = tail_alloc(8);
	*ll = -1;
	PROBE_STRUCT("getbadblock", -1, MEMGETBADBLOCK, ll);
	struct mtd_info_user *info = tail_alloc(sizeof(*info));
	memset(info, 0, sizeof(*info));
	info->type = MTD_NANDFLASH; info->flags = MTD_WRITEABLE | 0x1; info->size = 0x100000;
	PROBE_STRUCT("getinfo", -1, MEMGETINFO, info);
	struct nand_oobinfo *oi = tail_alloc(sizeof(*oi));
	memset(oi, 0, sizeof(*oi));
	oi->useecc = MTD_NANDECC_AUTOPLACE; oi->oobfree[0][1] = 5; oi->eccpos[31] = 9;
	PROBE_STRUCT("getoobsel", -1, MEMGETOOBSEL, oi);
	struct nand_ecclayout_user *el = tail_alloc(sizeof(*el));
	memset(el, 0, sizeof(*el));
	el->eccbytes = 3; el->eccpos[63] = 1; el->oobfree[7].length = 2;
	PROBE_STRUCT("getlayout", -1, ECCGETLAYOUT, el);
	struct mtd_ecc_stats *es = tail_alloc(sizeof(*es));
	es->corrected = 1; es->failed = 2; es->badblocks = 3; es->bbtblocks = 4;
	PROBE_STRUCT("getstats", -1, ECCGETSTATS, es);
	struct region_info_user *ri = tail_alloc(sizeof(*ri));
	ri->offset = 1; ri->erasesize = 2; ri->numblocks = 3; ri->regionindex = 4;
	PROBE_STRUCT("getregioninfo", -1, MEMGETREGIONINFO, ri);
	return 0;
}
