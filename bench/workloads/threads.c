/* Several threads, each making a stream of cheap system calls, so that a
 * tracer has to follow clone()d threads and interleave their stops.
 * usage: threads NTHREADS ITERATIONS */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static long iterations;
static int devnull;

static void *worker(void *unused)
{
    char buf[16] = "0123456789abcde";
    (void)unused;
    for (long i = 0; i < iterations; i++) {
        syscall(SYS_getppid);   /* bypass any libc caching: a real syscall each time */
        if (write(devnull, buf, sizeof buf) < 0)
            abort();
    }
    return NULL;
}

int main(int argc, char **argv)
{
    int nthreads = argc > 1 ? atoi(argv[1]) : 4;
    iterations = argc > 2 ? atol(argv[2]) : 10000;
    pthread_t tids[64];
    if (nthreads < 1 || nthreads > 64)
        return 2;
    devnull = open("/dev/null", O_WRONLY);
    if (devnull < 0)
        return 1;
    for (int t = 0; t < nthreads; t++)
        if (pthread_create(&tids[t], NULL, worker, NULL) != 0)
            return 1;
    for (int t = 0; t < nthreads; t++)
        pthread_join(tids[t], NULL);
    return 0;
}
