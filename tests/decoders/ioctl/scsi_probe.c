/* SCSI generic ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <scsi/sg.h>
#include <linux/bsg.h>
#include <sys/uio.h>

#ifndef SG_SCSI_RESET_NO_ESCALATE
# define SG_SCSI_RESET_NO_ESCALATE 0x100
#endif

int main(void)
{
	probe_start();
	unsigned char *cmd = tail_alloc(6);
	memcpy(cmd, "\x12\x00\x00\x00\x24\x00", 6);
	unsigned char *buf = tail_alloc(16);
	memset(buf, 0xb0, 16);
	unsigned char *sense = tail_alloc(8);
	memset(sense, 0x70, 8);
	struct sg_io_hdr *h = tail_alloc(sizeof(*h));
	memset(h, 0, sizeof(*h));
	h->interface_id = 'S'; h->dxfer_direction = SG_DXFER_TO_DEV; h->cmd_len = 6;
	h->cmdp = cmd; h->dxfer_len = 16; h->dxferp = buf; h->sbp = sense; h->sb_len_wr = 8;
	h->flags = SG_FLAG_DIRECT_IO; h->status = 2; h->resid = 4; h->info = SG_INFO_CHECK;
	mem(h, sizeof(*h)); mem(cmd, 6); mem(buf, 16); mem(sense, 8);
	probe("v3-to-dev", -1, SG_IO, (unsigned long) h);
	h->dxfer_direction = SG_DXFER_FROM_DEV;
	mem(h, sizeof(*h)); mem(cmd, 6); mem(buf, 16); mem(sense, 8);
	probe("v3-from-dev", -1, SG_IO, (unsigned long) h);
	h->dxfer_direction = SG_DXFER_TO_FROM_DEV;
	mem(h, sizeof(*h)); mem(cmd, 6); mem(buf, 16); mem(sense, 8);
	probe("v3-to-from-dev", -1, SG_IO, (unsigned long) h);
	struct iovec *iov = tail_alloc(2 * sizeof(*iov));
	iov[0].iov_base = buf; iov[0].iov_len = 4;
	iov[1].iov_base = buf + 4; iov[1].iov_len = 12;
	h->dxfer_direction = SG_DXFER_TO_DEV; h->iovec_count = 2; h->dxferp = iov;
	mem(h, sizeof(*h)); mem(cmd, 6); mem(buf, 16); mem(sense, 8); mem(iov, 2 * sizeof(*iov));
	probe("v3-iovec", -1, SG_IO, (unsigned long) h);
	int *iid = tail_alloc(4);
	*iid = 'X';
	PROBE_STRUCT("bad-iid", -1, SG_IO, iid);
	char *cut = tail_alloc(8);
	memcpy(cut, "S\0\0\0\0\0\0\0", 8);
	mem(cut, 8);
	probe("v3-short", -1, SG_IO, (unsigned long) cut);

	struct sg_io_v4 *v4 = tail_alloc(sizeof(*v4));
	memset(v4, 0, sizeof(*v4));
	v4->guard = 'Q'; v4->protocol = BSG_PROTOCOL_SCSI;
	v4->subprotocol = BSG_SUB_PROTOCOL_SCSI_CMD; v4->request_len = 6;
	v4->request = (unsigned long) cmd; v4->dout_xfer_len = 16; v4->dout_xferp = (unsigned long) buf;
	v4->din_xfer_len = 16; v4->din_xferp = (unsigned long) buf; v4->din_resid = 8;
	v4->response = (unsigned long) sense; v4->response_len = 8; v4->flags = BSG_FLAG_Q_AT_TAIL;
	v4->info = 1;
	mem(v4, sizeof(*v4)); mem(cmd, 6); mem(buf, 16); mem(sense, 8);
	probe("v4", -1, SG_IO, (unsigned long) v4);

	int *num = tail_alloc(4);
	*num = SG_SCSI_RESET_DEVICE | SG_SCSI_RESET_NO_ESCALATE;
	PROBE_STRUCT("reset", -1, SG_SCSI_RESET, num);
	*num = 0x77;
	PROBE_STRUCT("reset-bad", -1, SG_SCSI_RESET, num);
	PROBE_STRUCT("set-timeout", -1, SG_SET_TIMEOUT, num);
	PROBE_STRUCT("get-version", -1, SG_GET_VERSION_NUM, num);
	struct sg_scsi_id *id = tail_alloc(sizeof(*id));
	memset(id, 0, sizeof(*id));
	id->host_no = 1; id->scsi_id = 0x10; id->d_queue_depth = -1;
	PROBE_STRUCT("scsi-id", -1, SG_GET_SCSI_ID, id);
	struct sg_req_info *ri = tail_alloc(sizeof(*ri));
	memset(ri, 0, sizeof(*ri));
	ri->req_state = 2; ri->pack_id = -1; ri->usr_ptr = (void *) 0x1234; ri->duration = 5;
	PROBE_STRUCT("request-table", -1, SG_GET_REQUEST_TABLE, ri);
	probe("set-transform", -1, SG_SET_TRANSFORM, 0xffffffff00000010UL);
	probe("get-timeout", -1, SG_GET_TIMEOUT, 0x10);
	return 0;
}
