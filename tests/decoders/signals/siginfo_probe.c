/* si_pid under -Y (tests/decoders/signals/test_siginfo_pids_live.py): siginfos that
 * name this process, pid 1, no process at all, a zombie child and the same
 * child once reaped; the process is renamed first so that its comm needs
 * escaping.  Nothing here races: SIGCHLD stays blocked and is taken with
 * rt_sigtimedwait while the child is still a zombie. */
#define _GNU_SOURCE
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void handler(int sig)
{
	(void) sig;
}

static void queue(int pid)
{
	siginfo_t si;
	memset(&si, 0, sizeof si);
	si.si_signo = SIGUSR2;
	si.si_code = SI_QUEUE;
	si.si_pid = pid;
	si.si_uid = getuid();
	si.si_value.sival_int = 42;
	syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR2, &si);
}

int main(void)
{
	prctl(PR_SET_NAME, "sig<probe>");
	signal(SIGUSR1, handler);
	signal(SIGUSR2, handler);
	kill(getpid(), SIGUSR1);
	queue(getpid());
	queue(1);
	queue(INT_MAX);

	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid_t child = fork();
	if (child == 0)
		_exit(3);
	siginfo_t si;
	memset(&si, 0, sizeof si);
	waitid(P_PID, child, &si, WEXITED | WNOWAIT);
	sigtimedwait(&chld, &si, NULL);
	waitid(P_PID, child, &si, WEXITED);
	return 0;
}
