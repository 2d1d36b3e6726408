/* Probe for tests/decoders/ipc/test_sysv_ctl.py: msgctl, shmctl and semctl
 * with each command strace decodes a structure for, on real queues, segments
 * and semaphore sets, and with unreadable buffers and failing calls.  Same
 * protocol as ../structs_probe.c (../record_probe.h). */
#define _GNU_SOURCE
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

#include "../record_probe.h"

#define L(x) ((long) (x))

static union {
	struct msqid_ds msq;
	struct msginfo msginfo;
	struct shmid_ds shm;
	struct shminfo shminfo;
	struct shm_info shm_info;
	struct semid_ds sem;
	struct seminfo seminfo;
	char bytes[256];
} buf;

static void queues(void)
{
	int id = msgget(IPC_PRIVATE, 0600);
	if (id < 0)
		return;
	static const struct { const char *tag; int cmd; } cmds[] = {
		{ "msg_stat", IPC_STAT }, { "msg_info", MSG_INFO }, { "msg_ipc_info", IPC_INFO },
		{ "msg_msg_stat", MSG_STAT }, { "msg_stat_any", 13 /* MSG_STAT_ANY */ },
	};
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		mem(&buf, sizeof(buf));
		call(cmds[i].tag, SYS_msgctl, cmds[i].cmd == IPC_STAT ? id : 0, cmds[i].cmd,
		     L(&buf), 0, 0, 0);
	}
	msgctl(id, IPC_STAT, &buf.msq);
	buf.msq.msg_qbytes = 4096;
	mem(&buf, sizeof(buf));
	call("msg_set", SYS_msgctl, id, IPC_SET, L(&buf), 0, 0, 0);
	mem(&buf, sizeof(buf));
	call("msg_stat_64", SYS_msgctl, id, IPC_STAT | 0x100, L(&buf), 0, 0, 0);
	call("msg_stat_fault", SYS_msgctl, id, IPC_STAT, 8, 0, 0, 0);
	mem(&buf, sizeof(buf));
	call("msg_stat_einval", SYS_msgctl, -1, IPC_STAT, L(&buf), 0, 0, 0);
	call("msg_set_fault", SYS_msgctl, id, IPC_SET, -1, 0, 0, 0);
	call("msg_rmid", SYS_msgctl, id, IPC_RMID, 0, 0, 0, 0);
	call("msg_bogus", SYS_msgctl, id, 0xdead, L(&buf), 0, 0, 0);
}

static void segments(void)
{
	int id = shmget(IPC_PRIVATE, 8192, 0640);
	if (id < 0)
		return;
	void *at = shmat(id, NULL, 0);
	static const struct { const char *tag; int cmd; } cmds[] = {
		{ "shm_stat", IPC_STAT }, { "shm_ipc_info", IPC_INFO }, { "shm_info", SHM_INFO },
		{ "shm_shm_stat", SHM_STAT }, { "shm_stat_any", 15 /* SHM_STAT_ANY */ },
	};
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		mem(&buf, sizeof(buf));
		call(cmds[i].tag, SYS_shmctl, cmds[i].cmd == IPC_STAT ? id : 0, cmds[i].cmd,
		     L(&buf), 0, 0, 0);
	}
	shmctl(id, IPC_STAT, &buf.shm);
	buf.shm.shm_perm.mode = 0600;
	mem(&buf, sizeof(buf));
	call("shm_set", SYS_shmctl, id, IPC_SET, L(&buf), 0, 0, 0);
	call("shm_lock", SYS_shmctl, id, SHM_LOCK, 0, 0, 0, 0);
	call("shm_stat_fault", SYS_shmctl, id, IPC_STAT, 8, 0, 0, 0);
	shmdt(at);
	call("shm_rmid", SYS_shmctl, id, IPC_RMID, 0, 0, 0, 0);
}

static void semaphores(void)
{
	int id = semget(IPC_PRIVATE, 3, 0600);
	if (id < 0)
		return;
	static const struct { const char *tag; int cmd; } cmds[] = {
		{ "sem_stat", IPC_STAT }, { "sem_ipc_info", IPC_INFO }, { "sem_info", SEM_INFO },
		{ "sem_sem_stat", SEM_STAT }, { "sem_stat_any", 20 /* SEM_STAT_ANY */ },
	};
	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		mem(&buf, sizeof(buf));
		call(cmds[i].tag, SYS_semctl, cmds[i].cmd == IPC_STAT ? id : 0, 1, cmds[i].cmd,
		     L(&buf), 0, 0);
	}
	semctl(id, 0, IPC_STAT, &buf.sem);
	mem(&buf, sizeof(buf));
	call("sem_set", SYS_semctl, id, 0, IPC_SET, L(&buf), 0, 0);
	call("sem_setval", SYS_semctl, id, 1, SETVAL, 5, 0, 0);
	call("sem_getval", SYS_semctl, id, 1, GETVAL, 0, 0, 0);
	mem(&buf, sizeof(buf));
	call("sem_stat_einval", SYS_semctl, -1, 0, IPC_STAT, L(&buf), 0, 0);
	call("sem_rmid", SYS_semctl, id, 0, IPC_RMID, 0, 0, 0);
}

int main(int argc, char **argv)
{
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	printf("S start\n");
	fflush(stdout);
	queues();
	segments();
	semaphores();
	return 0;
}
