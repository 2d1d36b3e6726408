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
 *
 * Compiled for an editable install, PYTRACE_ROOT is the source tree that
 * holds pytrace/ and decoders/ (hatch_build.py defines it).  Python then
 * starts without site.py (-S), whose directory scans and .pth files cost
 * every run a few milliseconds, and without the working directory on its
 * path (-P): the root is put on the path here, and the site-packages only
 * when a module outside the standard library is wanted (entry.py).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char entry[] = "from pytrace.front.entry import launched; launched()";
#ifdef PYTRACE_ROOT
/* argv: -c ENTRY ROOT ARGV0 SIGIGN ARGS..., ROOT taken out before entry.py reads argv */
static const char entry_without_site[] =
	"import sys; sys.path.append(sys.argv.pop(1)); "
	"from pytrace.front.entry import launched; launched(site=False)";
#endif

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

/* -c ENTRY at rest; the place after it */
static char **with_entry(char **rest)
{
	*rest++ = "-c";
	*rest++ = (char *) entry;
	return rest;
}

/* ARGV0 SIGIGN ARGS... at rest, then the terminating NULL */
static void fill(char **rest, int argc, char **argv, char *ignored)
{
	*rest++ = argv[0];
	*rest++ = ignored;
	memcpy(rest, argv + 1, (argc - 1) * sizeof(*rest));
	rest[argc - 1] = NULL;
}

int main(int argc, char **argv)
{
	char ignored[64], python[PATH_MAX];
	char **args = calloc(argc + 8, sizeof(*args));

	if (!args || argc < 1)
		return 127;
	read_ignored(ignored, sizeof(ignored));
	python_beside_us(python, sizeof(python));
	if (python[0] && access(python, X_OK) == 0) {
		args[0] = python;
#ifdef PYTRACE_ROOT
		char **rest = args + 1;

		*rest++ = "-S";
		*rest++ = "-P";
		*rest++ = "-c";
		*rest++ = (char *) entry_without_site;
		*rest++ = PYTRACE_ROOT;
		fill(rest, argc, argv, ignored);
		execv(python, args);
#endif
		fill(with_entry(args + 1), argc, argv, ignored);
		execv(python, args);
	}
	args[0] = "python3";
	fill(with_entry(args + 1), argc, argv, ignored);
	execvp("python3", args);
	fprintf(stderr, "%s: cannot run python3: %s\n", argv[0], strerror(errno));
	return 127;
}
