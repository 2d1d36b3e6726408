/* KVM ioctls (probe.h) on a bad descriptor; with an argument, a real vCPU
 * run (for -e kvm=vcpu) when /dev/kvm can be opened. */
#include "probe.h"
#include <linux/kvm.h>

static int run_vcpu(void)
{
	int kvm = open("/dev/kvm", O_RDWR);
	if (kvm < 0)
		return 77;
	int vm = ioctl(kvm, KVM_CREATE_VM, 0);
	int vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	long size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (vm < 0 || vcpu < 0 || size < (long) sizeof(struct kvm_run))
		return 77;
	if (mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0) == MAP_FAILED)
		return 77;
	/* one page of guest memory holding "out %al, (%dx); hlt", run in real mode */
	unsigned char *code = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
				   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	code[0] = 0xee; code[1] = 0xf4;
	struct kvm_userspace_memory_region region = {
		.slot = 0, .guest_phys_addr = 0x1000, .memory_size = 4096,
		.userspace_addr = (unsigned long) code,
	};
	struct kvm_sregs sregs;
	struct kvm_regs regs = { .rip = 0x1000, .rflags = 2, .rdx = 0x3f8 };
	if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &region) || ioctl(vcpu, KVM_GET_SREGS, &sregs))
		return 77;
	sregs.cs.base = 0; sregs.cs.selector = 0;
	if (ioctl(vcpu, KVM_SET_SREGS, &sregs) || ioctl(vcpu, KVM_SET_REGS, &regs))
		return 77;
	ioctl(vcpu, KVM_RUN, 0);
	ioctl(vcpu, KVM_RUN, 0);
	ioctl(-1, KVM_RUN, 0);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 1)
		return run_vcpu();
	probe_start();
	probe("create-vcpu", -1, KVM_CREATE_VCPU, 0xffffffff00000003UL);
	probe("create-vm", -1, KVM_CREATE_VM, 0);
	probe("check-extension", -1, KVM_CHECK_EXTENSION, KVM_CAP_USER_MEMORY);
	probe("check-extension-bad", -1, KVM_CHECK_EXTENSION, 0xdeadbeef);
	probe("run", -1, KVM_RUN, 0);
	struct kvm_userspace_memory_region *m = tail_alloc(sizeof(*m));
	m->slot = 1; m->flags = KVM_MEM_READONLY | 0x10; m->guest_phys_addr = 0x1000;
	m->memory_size = 4096; m->userspace_addr = 0x7f0000000000;
	PROBE_STRUCT("memory-region", -1, KVM_SET_USER_MEMORY_REGION, m);
	struct kvm_regs *r = tail_alloc(sizeof(*r));
	memset(r, 0, sizeof(*r));
	r->rax = 2; r->rip = 0x1000; r->rflags = 2; r->r15 = 15;
	PROBE_STRUCT("set-regs", -1, KVM_SET_REGS, r);
	PROBE_STRUCT("get-regs", -1, KVM_GET_REGS, r);
	struct kvm_sregs *s = tail_alloc(sizeof(*s));
	memset(s, 0, sizeof(*s));
	s->cs.base = 0xffff0000; s->cs.limit = 0xffff; s->cs.type = 11; s->cs.present = 1;
	s->gdt.limit = 7; s->cr0 = 0x60000010; s->apic_base = 0xfee00900;
	s->interrupt_bitmap[3] = 1;
	PROBE_STRUCT("set-sregs", -1, KVM_SET_SREGS, s);
	PROBE_STRUCT("get-sregs", -1, KVM_GET_SREGS, s);
	size_t size = sizeof(struct kvm_cpuid2) + 2 * sizeof(struct kvm_cpuid_entry2);
	struct kvm_cpuid2 *c = tail_alloc(size);
	memset(c, 0, size);
	c->nent = 2; c->entries[0].function = 0xd; c->entries[0].flags = 1;
	c->entries[1].eax = 0x756e6547;
	mem(c, size);
	probe("set-cpuid2", -1, KVM_SET_CPUID2, (unsigned long) c);
	mem(c, size);
	probe("get-supported-cpuid", -1, KVM_GET_SUPPORTED_CPUID, (unsigned long) c);
	return 0;
}
