/* Classic BPF programs attached to a socket (SO_ATTACH_FILTER), one
 * instruction of every class and a few odd ones; prints each program's
 * address and bytes before the call (see test_sock_filter.py). */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/filter.h>

static struct sock_filter code[] = {
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
	BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_NET_OFF + 2),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_LL_OFF + 6),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + 0x200),
	BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14),
	BPF_STMT(BPF_ST, 1),
	BPF_STMT(BPF_STX | 0x100, 2),
	BPF_STMT(BPF_ALU | BPF_ADD | BPF_K, 3),
	BPF_STMT(BPF_ALU | BPF_NEG, 0),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x800, 1, 0),
	BPF_STMT(BPF_JMP | BPF_JA, 1),
	BPF_STMT(BPF_MISC | BPF_TAX, 0),
	BPF_STMT(BPF_MISC | 0x100 | BPF_TXA, 0),
	BPF_STMT(BPF_RET | BPF_K, 0xffff),
	BPF_STMT(BPF_RET | BPF_A | 0x200, 0),
};

int main(void)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct sock_fprog prog = { sizeof(code) / sizeof(code[0]), code };
	printf("%lx ", (unsigned long) code);
	for (size_t i = 0; i < sizeof(code); i++)
		printf("%02x", ((unsigned char *) code)[i]);
	printf("\n");
	fflush(stdout);
	setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	return 0;
}
