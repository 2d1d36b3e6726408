/* Loop device ioctls (probe.h), on /dev/loop0 and /dev/loop-control where
 * they exist and on a bad descriptor. */
#include "probe.h"
#include <linux/loop.h>
#include <sys/sysmacros.h>

int main(void)
{
	probe_start();
	int fd = open("/dev/loop0", O_RDONLY);
	int ctl = open("/dev/loop-control", O_RDWR);
	struct loop_info *info = tail_alloc(sizeof(*info));
	struct loop_info64 *info64 = tail_alloc(sizeof(*info64));
	PROBE_STRUCT("get-status", fd, LOOP_GET_STATUS, info);
	PROBE_STRUCT("get-status64", fd, LOOP_GET_STATUS64, info64);
	memset(info, 0, sizeof(*info));
	info->lo_number = -2; info->lo_device = makedev(7, 1); info->lo_offset = -1;
	info->lo_flags = LO_FLAGS_READ_ONLY | 0x100;
	strcpy(info->lo_name, "/tmp/image");
	PROBE_STRUCT("set-status", -1, LOOP_SET_STATUS, info);
	info->lo_encrypt_type = LO_CRYPT_XOR; info->lo_encrypt_key_size = 40;
	memset(info->lo_encrypt_key, 'k', sizeof(info->lo_encrypt_key));
	memset(info->lo_name, 'n', sizeof(info->lo_name));
	PROBE_STRUCT("set-status-crypt", -1, LOOP_SET_STATUS, info);
	memset(info64, 0, sizeof(*info64));
	info64->lo_offset = 512; info64->lo_sizelimit = 4096; info64->lo_number = 4;
	info64->lo_encrypt_type = 0x77; info64->lo_encrypt_key_size = 3;
	strcpy((char *) info64->lo_encrypt_key, "a\1b");
	strcpy((char *) info64->lo_crypt_name, "xor");
	PROBE_STRUCT("set-status64", -1, LOOP_SET_STATUS64, info64);
	struct loop_config *config = tail_alloc(sizeof(*config));
	memset(config, 0, sizeof(*config));
	config->fd = 0; config->block_size = 4096;
	config->info.lo_flags = LO_FLAGS_DIRECT_IO;
	PROBE_STRUCT("configure", -1, LOOP_CONFIGURE, config);
	config->__reserved[7] = 9;
	PROBE_STRUCT("configure-reserved", -1, LOOP_CONFIGURE, config);
	probe("set-fd", -1, LOOP_SET_FD, 0xffffffff00000002UL);
	probe("clr-fd", -1, LOOP_CLR_FD, 0x1234);
	probe("set-block-size", -1, LOOP_SET_BLOCK_SIZE, 4096);
	probe("get-free", ctl, LOOP_CTL_GET_FREE, 0);
	probe("ctl-remove", -1, LOOP_CTL_REMOVE, 0xffffffff);
	return 0;
}
