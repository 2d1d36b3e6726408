/*
 * pytrace's launcher, installed as `pytrace` beside the Python it runs with
 * (hatch_build.py compiles it; without a C compiler, bin/pytrace, a shell
 * script, takes its place).
 *
 * Python ignores SIGPIPE and SIGXFSZ as it starts, before any of pytrace
 * runs, and keeps no note of what they were; a shell would catch SIGCHLD.
 * The command pytrace starts must inherit the dispositions pytrace was
 * started with, as under strace, so this reads them while they are intact and
 * passes them on, with the name pytrace was invoked by (its messages start
 * with it: `strace: ...` from a link named strace), to
 * pytrace/front/entry.py.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char entry[] = "from pytrace.front.entry import launched; launched()";

/* The SigIgn mask of this process, as /proc prints it; "" if unknown. */
static void read_ignored(char *mask, size_t size)
{
	char line[256];
	FILE *status = fopen("/proc/self/status", "r");

	mask[0] = '\0';
	if (!status)
		return;
	while (fgets(line, sizeof(line), status)) {
		if (strncmp(line, "SigIgn:", 7) == 0) {
			char *value = line + 7 + strspn(line + 7, " \t");
			value[strcspn(value, " \t\n")] = '\0';
			snprintf(mask, size, "%s", value);
			break;
		}
	}
	fclose(status);
}

/* The python3 beside this executable (a venv's bin), or "" if none. */
static void python_beside_us(char *path, size_t size)
{
	static const char name[] = "/python3";
	ssize_t n = readlink("/proc/self/exe", path, size - sizeof(name));
	char *slash;

	if (n <= 0) {
		path[0] = '\0';
		return;
	}
	path[n] = '\0';
	slash = strrchr(path, '/');
	if (!slash) {
		path[0] = '\0';
		return;
	}
	strcpy(slash, name);
}

int main(int argc, char **argv)
{
	char ignored[64], python[PATH_MAX];
	char **args = calloc(argc + 5, sizeof(*args));

	if (!args || argc < 1)
		return 127;
	read_ignored(ignored, sizeof(ignored));
	python_beside_us(python, sizeof(python));
	args[1] = "-c";
	args[2] = (char *) entry;
	args[3] = argv[0];
	args[4] = ignored;
	memcpy(args + 5, argv + 1, (argc - 1) * sizeof(*args));
	if (python[0] && access(python, X_OK) == 0) {
		args[0] = python;
		execv(python, args);
	}
	args[0] = "python3";
	execvp("python3", args);
	fprintf(stderr, "%s: cannot run python3: %s\n", argv[0], strerror(errno));
	return 127;
}
