/* seccomp notification ioctls (probe.h) on a bad descriptor. */
#include "probe.h"
#include <linux/audit.h>
#include <linux/seccomp.h>

int main(void)
{
	probe_start();
	struct seccomp_notif *n = tail_alloc(sizeof(*n));
	memset(n, 0, sizeof(*n));
	PROBE_STRUCT("recv-zero", -1, SECCOMP_IOCTL_NOTIF_RECV, n);
	n->id = 0x1234; n->pid = 1; n->flags = 2;
	n->data.nr = 39; n->data.arch = AUDIT_ARCH_X86_64;
	n->data.instruction_pointer = 0x401000; n->data.args[5] = 0xdeadbeef;
	PROBE_STRUCT("recv", -1, SECCOMP_IOCTL_NOTIF_RECV, n);
	n->data.arch = AUDIT_ARCH_I386; n->data.nr = 20;
	PROBE_STRUCT("recv-i386", -1, SECCOMP_IOCTL_NOTIF_RECV, n);
	n->data.arch = 0x123; n->data.nr = 0xffff;
	PROBE_STRUCT("recv-unknown-arch", -1, SECCOMP_IOCTL_NOTIF_RECV, n);
	struct seccomp_notif_resp *r = tail_alloc(sizeof(*r));
	r->id = 1; r->val = -1; r->error = -1; r->flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE | 2;
	PROBE_STRUCT("send", -1, SECCOMP_IOCTL_NOTIF_SEND, r);
	r->error = -4095;
	PROBE_STRUCT("send-unknown-error", -1, SECCOMP_IOCTL_NOTIF_SEND, r);
	uint64_t *id = tail_alloc(8);
	*id = 0xfeed;
	PROBE_STRUCT("id-valid", -1, SECCOMP_IOCTL_NOTIF_ID_VALID, id);
	PROBE_STRUCT("id-valid-wrong-dir", -1, _IOC(_IOC_READ, '!', 2, 8), id);
	struct seccomp_notif_addfd *a = tail_alloc(sizeof(*a));
	a->id = 3; a->flags = SECCOMP_ADDFD_FLAG_SETFD; a->srcfd = 0; a->newfd = -1;
	a->newfd_flags = O_CLOEXEC;
	PROBE_STRUCT("addfd", -1, SECCOMP_IOCTL_NOTIF_ADDFD, a);
	return 0;
}
