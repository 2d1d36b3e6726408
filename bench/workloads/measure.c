/* Runs a command and reports its wall time, peak RSS and exit status.
 *
 * The benchmark starts commands through this small program rather than
 * straight from Python: a child forked from the Python harness inherits the
 * harness's resident pages, and Linux keeps that high-water mark in the
 * child's ru_maxrss even after exec, so every command would appear to use at
 * least as much memory as the harness.  A child forked from this program
 * starts from a mark of a few hundred KiB instead.
 *
 * usage: measure RESULT_FILE COMMAND [ARGS...]
 * RESULT_FILE gets one line: "SECONDS MAXRSS_KIB EXIT_CODE CPU_SECONDS";
 * EXIT_CODE is 128+N when the command was killed by signal N; CPU_SECONDS is
 * the user and system time of the command and every child it reaped. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    struct timespec start, end;
    struct rusage usage;
    int status;
    pid_t child, reaped;
    FILE *out;

    if (argc < 3) {
        fprintf(stderr, "usage: measure RESULT_FILE COMMAND [ARGS...]\n");
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &start);
    child = fork();
    if (child < 0) {
        perror("measure: fork");
        return 2;
    }
    if (child == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "measure: exec %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    do
        reaped = wait4(child, &status, 0, &usage);
    while (reaped < 0 && errno == EINTR);
    clock_gettime(CLOCK_MONOTONIC, &end);
    if (reaped < 0) {
        perror("measure: wait4");
        return 2;
    }
    out = fopen(argv[1], "w");
    if (out == NULL) {
        perror("measure: result file");
        return 2;
    }
    fprintf(out, "%.6f %ld %d %.6f\n",
            (double)(end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9,
            usage.ru_maxrss,
            WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
            (double)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6);
    return fclose(out) == 0 ? 0 : 2;
}
