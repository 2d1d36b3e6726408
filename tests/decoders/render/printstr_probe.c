/* printstr_ex probe: bpf and keyctl calls whose strings strace prints with
 * printstr_ex (tests/decoders/render/test_strings.py).  Run it as
 *   gcc -o probe printstr_probe.c && strace -v -e trace=bpf,keyctl,delete_module,write,chdir ./probe
 * adding -s 5, -s 25, -s 26, -x or -xx. */
#include <linux/bpf.h>
#include <linux/keyctl.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static long bpf(int cmd, void *attr, unsigned size) { return syscall(SYS_bpf, cmd, attr, size); }

static void raw_tp(const void *name)
{
	union bpf_attr a;
	memset(&a, 0, sizeof a);
	a.raw_tracepoint.name = (uintptr_t) name;
	a.raw_tracepoint.prog_fd = -1;
	bpf(BPF_RAW_TRACEPOINT_OPEN, &a, sizeof a.raw_tracepoint);
}

static void prog_load_log(const char *log, unsigned size)
{
	union bpf_attr a;
	memset(&a, 0, sizeof a);
	a.prog_type = 0x7f;
	a.log_buf = (uintptr_t) log;
	a.log_size = size;
	a.log_level = 1;
	bpf(BPF_PROG_LOAD, &a, 0x30);   /* ends after kern_version */
}

int main(void)
{
	char *page = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(page + 4096, 4096);
	static char big[200];
	memset(big, 'a', sizeof big);

	raw_tp("sys_enter");
	raw_tp("abcdef");
	raw_tp("abcde");
	raw_tp("\1" "2\t\"\\\377x");
	raw_tp(big);
	raw_tp(NULL);
	raw_tp((void *) 0x1000);
	memcpy(page + 4096 - 3, "xyz", 3);      /* no NUL before the unmapped page */
	raw_tp(page + 4096 - 3);
	prog_load_log("abcdefgh", 4);
	prog_load_log("abcdefgh", 0);
	prog_load_log("abcdefgh", 9);
	prog_load_log("ab\0cdefgh", 6);

	long k = syscall(SYS_add_key, "user", "fam-key", "secret\0data\1\n", 13, KEY_SPEC_PROCESS_KEYRING);
	char buf[256];
	memset(buf, 0xaa, sizeof buf);
	syscall(SYS_keyctl, KEYCTL_DESCRIBE, k, buf, sizeof buf);
	syscall(SYS_keyctl, KEYCTL_DESCRIBE, k, buf, 8);
	memset(buf, 0xaa, sizeof buf);
	syscall(SYS_keyctl, KEYCTL_READ, k, buf, sizeof buf);
	syscall(SYS_keyctl, KEYCTL_READ, k, buf, 4);
	syscall(SYS_keyctl, KEYCTL_READ, k, buf, 0);

	/* strings that end where the mapping ends (page + 4096) */
	prog_load_log("abcd", 4);
	memcpy(page + 4096 - 5, "abcd", 5);
	prog_load_log(page + 4096 - 5, 4);
	prog_load_log(page + 4096 - 5, 5);
	prog_load_log(page + 4096 - 5, 6);
	prog_load_log(page + 4096 - 4, 4);
	prog_load_log(page + 4096 - 4, 5);
	memcpy(page + 4096 - 32, "0123456789abcdef0123456789abcdef", 32);
	syscall(SYS_delete_module, page + 4096 - 32, 0);
	syscall(SYS_delete_module, page + 4096 - 31, 0);
	page[4095] = 0;
	syscall(SYS_delete_module, page + 4096 - 32, 0);
	memset(page + 4096 - 40, 'w', 40);
	syscall(SYS_write, -1, page + 4096 - 32, 100);
	syscall(SYS_write, -1, page + 4096 - 33, 100);
	syscall(SYS_write, -1, page + 4096 - 32, 32);
	syscall(SYS_chdir, page + 4096 - 40);
	static char long_path[5000];
	memset(long_path, 'a', sizeof long_path);
	long_path[4095] = 0;
	syscall(SYS_chdir, long_path);
	long_path[4095] = 'a';
	long_path[4096] = 0;
	syscall(SYS_chdir, long_path);
	long_path[4096] = 'a';
	syscall(SYS_chdir, long_path);

	/* jited_prog_insns: printed in hex whatever -x says */
	struct bpf_insn insns[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	union bpf_attr a;
	memset(&a, 0, sizeof a);
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insns = (uintptr_t) insns;
	a.insn_cnt = 2;
	a.license = (uintptr_t) "GPL";
	int fd = bpf(BPF_PROG_LOAD, &a, sizeof a);
	if (fd >= 0) {
		struct bpf_prog_info info;
		unsigned char jited[256];
		memset(&info, 0, sizeof info);
		info.jited_prog_len = sizeof jited;
		info.jited_prog_insns = (uintptr_t) jited;
		memset(&a, 0, sizeof a);
		a.info.bpf_fd = fd;
		a.info.info_len = sizeof info;
		a.info.info = (uintptr_t) &info;
		bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof a.info);
	}
	return 0;
}
