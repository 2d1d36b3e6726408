/* TEE ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/tee.h>

int main(void)
{
	probe_start();
	struct tee_ioctl_version_data *v = tail_alloc(sizeof(*v));
	v->impl_id = TEE_IMPL_ID_OPTEE; v->impl_caps = TEE_OPTEE_CAP_TZ; v->gen_caps = 0x10;
	PROBE_STRUCT("version", -1, TEE_IOC_VERSION, v);
	v->impl_id = 9;
	PROBE_STRUCT("version-other", -1, TEE_IOC_VERSION, v);

	size_t size = sizeof(struct tee_ioctl_open_session_arg) + 3 * sizeof(struct tee_ioctl_param);
	struct tee_ioctl_open_session_arg *os = tail_alloc(size);
	memset(os, 0, size);
	memset(os->uuid, 0x11, 16);
	os->clnt_login = TEE_IOCTL_LOGIN_GROUP; os->clnt_uuid[0] = 100;
	os->num_params = 3; os->session = 0xabc; os->ret_origin = 2;
	os->params[0].attr = TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INPUT; os->params[0].a = 1;
	os->params[1].attr = TEE_IOCTL_PARAM_ATTR_TYPE_VALUE_INOUT | TEE_IOCTL_PARAM_ATTR_META;
	os->params[2].attr = 0x42;
	struct tee_ioctl_buf_data *buf = tail_alloc(sizeof(*buf));
	buf->buf_ptr = (unsigned long) os; buf->buf_len = size;
	mem(buf, sizeof(*buf)); mem(os, size);
	probe("open-session", -1, TEE_IOC_OPEN_SESSION, (unsigned long) buf);
	os->clnt_login = 0x77;
	mem(buf, sizeof(*buf)); mem(os, size);
	probe("open-session-login", -1, TEE_IOC_OPEN_SESSION, (unsigned long) buf);
	buf->buf_len = size - 1;
	mem(buf, sizeof(*buf)); mem(os, size);
	probe("open-session-badlen", -1, TEE_IOC_OPEN_SESSION, (unsigned long) buf);
	buf->buf_len = 2000;
	PROBE_STRUCT("open-session-toolong", -1, TEE_IOC_OPEN_SESSION, buf);

	size = sizeof(struct tee_ioctl_invoke_arg);
	struct tee_ioctl_invoke_arg *inv = tail_alloc(size);
	memset(inv, 0, size);
	inv->func = 1; inv->session = 2;
	buf->buf_ptr = (unsigned long) inv; buf->buf_len = size;
	mem(buf, sizeof(*buf)); mem(inv, size);
	probe("invoke", -1, TEE_IOC_INVOKE, (unsigned long) buf);
	struct tee_iocl_supp_recv_arg *rcv = tail_alloc(sizeof(*rcv));
	rcv->func = 3; rcv->num_params = 0;
	buf->buf_ptr = (unsigned long) rcv; buf->buf_len = sizeof(*rcv);
	mem(buf, sizeof(*buf)); mem(rcv, sizeof(*rcv));
	probe("suppl-recv", -1, TEE_IOC_SUPPL_RECV, (unsigned long) buf);
	struct tee_iocl_supp_send_arg *snd = tail_alloc(sizeof(*snd));
	snd->ret = 5; snd->num_params = 0;
	buf->buf_ptr = (unsigned long) snd; buf->buf_len = sizeof(*snd);
	mem(buf, sizeof(*buf)); mem(snd, sizeof(*snd));
	probe("suppl-send", -1, TEE_IOC_SUPPL_SEND, (unsigned long) buf);

	struct tee_ioctl_cancel_arg *c = tail_alloc(sizeof(*c));
	c->cancel_id = 1; c->session = 0xff;
	PROBE_STRUCT("cancel", -1, TEE_IOC_CANCEL, c);
	struct tee_ioctl_close_session_arg *cs = tail_alloc(sizeof(*cs));
	cs->session = 0x10;
	PROBE_STRUCT("close", -1, TEE_IOC_CLOSE_SESSION, cs);
	struct tee_ioctl_shm_alloc_data *sa = tail_alloc(sizeof(*sa));
	sa->size = 4096; sa->flags = 3; sa->id = -1;
	PROBE_STRUCT("shm-alloc", -1, TEE_IOC_SHM_ALLOC, sa);
	struct tee_ioctl_shm_register_data *sr = tail_alloc(sizeof(*sr));
	sr->addr = 0x1000; sr->length = 16; sr->flags = 0; sr->id = 7;
	PROBE_STRUCT("shm-register", -1, TEE_IOC_SHM_REGISTER, sr);
	return 0;
}
